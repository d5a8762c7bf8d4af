/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-error.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* A project's network of services: the registered services of ORP Havlíčkův Brod taken
 * from rpss-a.json (9000001, 9000002, 9000004 ended, 9000006 by its scope, 9000007; not
 * 9000003 in Chotěboř nor 9000005 in Jihlava), capacity arithmetic, local data that a
 * refresh from rpss-b.json keeps, undo, local services and the sample project. */

typedef struct
{
  char      *dir;
  char      *library_path;
  char      *project_path;
  KpLibrary *library;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  fixture->library = kp_test_registry_library (fixture->library_path);
  records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  fixture->project = kp_test_registry_project (fixture->library, fixture->project_path);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->library_path);
  g_free (fixture->project_path);
}

static KpServiceNetwork *
network (Fixture *fixture)
{
  return kp_service_network_get (fixture->project);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
}

static KpService *
find (Fixture    *fixture,
      const char *identifikator)
{
  KpService *service = kp_service_network_find_service_by_identifikator (network (fixture),
                                                                         identifikator);

  g_assert_nonnull (service);
  return service;
}

static GPtrArray *
capacity (Fixture           *fixture,
          const char        *obec_kod,
          const char        *iso_date,
          KpCapacityGrouping grouping)
{
  return kp_service_network_get_capacity_totals (network (fixture), obec_kod, iso_date, grouping);
}

static gint64
total (GPtrArray  *totals,
       const char *type_code,
       const char *unit)
{
  return kp_capacity_lookup (totals, type_code, unit);
}

static void
test_snapshot (Fixture      *fixture,
               gconstpointer data)
{
  GListModel        *services = kp_service_network_get_services (network (fixture));
  KpService         *service;
  KpServiceForm     *form;
  KpServiceFacility *facility;
  g_auto (GStrv) phones = NULL;
  g_auto (GStrv) provider_phones = NULL;
  g_auto (GStrv) obce = NULL;
  g_auto (GStrv) groups = NULL;
  g_autofree char *paragraph = NULL;
  g_autoptr (GPtrArray) sources = NULL;
  g_autoptr (GError) error = NULL;
  gboolean has_registry_source = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 5);
  g_assert_null (kp_service_network_find_service_by_identifikator (network (fixture), "9000003"));
  g_assert_null (kp_service_network_find_service_by_identifikator (network (fixture), "9000005"));
  g_assert_cmpuint (kp_service_network_count_active_services (network (fixture)), ==, 4);

  service = find (fixture, "9000001");
  g_assert_cmpstr (kp_service_get_name (service), ==, "Domov Příklad");
  g_assert_cmpstr (kp_service_get_type_code (service), ==, "DruhSocialniSluzby/8");
  g_assert_cmpstr (kp_service_get_type_name (service), ==, "odlehčovací služby");
  g_assert_cmpstr (kp_service_get_paragraph (service), ==, "§ 44");
  g_assert_cmpstr (kp_service_get_ico (service), ==, "01234567");
  g_assert_cmpstr (kp_service_get_provider_name (service), ==, "Domov Příklad, z. ú.");
  g_assert_cmpstr (kp_service_get_date_from (service), ==, "2015-01-01");
  g_assert_null (kp_service_get_date_to (service));
  g_assert_true (kp_service_get_is_active (service));
  g_assert_true (kp_service_get_in_registry (service));
  g_assert_false (kp_service_get_is_local (service));
  g_assert_cmpuint (kp_service_get_forms (service)->len, ==, 2);
  form = g_ptr_array_index (kp_service_get_forms (service), 0);
  g_assert_cmpstr (form->form, ==, "pob");
  g_assert_cmpstr (form->unit, ==, "luzka");
  g_assert_cmpint (form->capacity, ==, 10);
  g_assert_cmpint (form->nonstop, ==, 1);
  form = g_ptr_array_index (kp_service_get_forms (service), 1);
  g_assert_cmpstr (form->form, ==, "ter");
  g_assert_cmpstr (form->unit, ==, "klient");
  g_assert_cmpint (form->capacity, ==, 15);
  /* The facility listed twice is one, listed twice. */
  g_assert_cmpuint (kp_service_get_facilities (service)->len, ==, 1);
  facility = g_ptr_array_index (kp_service_get_facilities (service), 0);
  g_assert_cmpuint (facility->repeats, ==, 2);
  g_assert_cmpstr (facility->address_point, ==, "99999991");
  g_assert_cmpstr (facility->address, ==, "Příkladová 1001/12, 580 01 Havlíčkův Brod");
  g_object_get (service, "phones", &phones, "provider-phones", &provider_phones, "obce", &obce,
                "target-groups", &groups, "paragraph", &paragraph, NULL);
  g_assert_cmpstrv (phones, ((const char *const[]){ "+420 000 000 002", NULL }));
  g_assert_cmpstrv (provider_phones, ((const char *const[]){ "+420 000 000 001", NULL }));
  g_assert_cmpstrv (obce, ((const char *const[]){ "568414", NULL }));
  g_assert_cmpstrv (groups, ((const char *const[]){ "osoby žijící s demencí", "senioři", NULL }));
  g_assert_cmpstr (paragraph, ==, "§ 44");

  /* One registration at two addresses; the second has no address point. */
  service = find (fixture, "9000002");
  g_assert_cmpuint (kp_service_get_facilities (service)->len, ==, 2);
  g_assert_cmpstrv (kp_service_get_obce (service),
                    ((const char *const[]){ "568414", "569704", NULL }));
  facility = g_ptr_array_index (kp_service_get_facilities (service), 1);
  g_assert_null (facility->address_point);

  /* Ended, although its facility shows no end date. */
  service = find (fixture, "9000004");
  g_assert_false (kp_service_get_is_active (service));
  g_assert_cmpstr (kp_service_get_date_to (service), ==, "2024-06-30");

  sources = kp_project_list_sources (fixture->project, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sources->len; i++)
    has_registry_source |= ((KpImportRecord *) sources->pdata[i])->kind ==
                           KP_REFERENCE_KIND_REGISTRY;
  g_assert_true (has_registry_source);
}

static void
test_capacity (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GPtrArray) by_unit = capacity (fixture, NULL, NULL, KP_CAPACITY_BY_UNIT);
  g_autoptr (GPtrArray) by_type = capacity (fixture, NULL, NULL, KP_CAPACITY_BY_TYPE_AND_UNIT);
  g_autoptr (GPtrArray) veznice = capacity (fixture, "569704", NULL, KP_CAPACITY_BY_UNIT);
  g_autoptr (GPtrArray) hurtova = capacity (fixture, "568406", NULL, KP_CAPACITY_BY_UNIT);
  g_autoptr (GPtrArray) in_2012 = capacity (fixture, NULL, "2012-06-01", KP_CAPACITY_BY_UNIT);
  KpCapacityTotal *first;

  /* Beds: 10 (the repeated facility counts once, never 20) + 2. Units never mix. */
  g_assert_cmpuint (by_unit->len, ==, 4);
  g_assert_cmpint (total (by_unit, NULL, "luzka"), ==, 12);
  g_assert_cmpint (total (by_unit, NULL, "klient"), ==, 15 + 40 + 10); /* 9000004 ended */
  g_assert_cmpint (total (by_unit, NULL, "kontakt"), ==, 200);
  g_assert_cmpint (total (by_unit, NULL, "hovor"), ==, 3);
  first = g_ptr_array_index (by_unit, 0);
  g_assert_cmpstr (first->unit, ==, "luzka");
  g_assert_cmpuint (first->services, ==, 2);

  g_assert_cmpint (total (by_type, "DruhSocialniSluzby/8", "luzka"), ==, 10);
  g_assert_cmpint (total (by_type, "DruhSocialniSluzby/8", "klient"), ==, 15);
  g_assert_cmpint (total (by_type, "DruhSocialniSluzby/4", "klient"), ==, 40);
  g_assert_cmpint (total (by_type, "DruhSocialniSluzby/17", "kontakt"), ==, 200);
  g_assert_cmpint (total (by_type, "DruhSocialniSluzby/1", "klient"), ==, 0);

  /* In one obec: the services with a facility there, each once. */
  g_assert_cmpuint (veznice->len, ==, 1);
  g_assert_cmpint (total (veznice, NULL, "klient"), ==, 40);
  g_assert_cmpuint (hurtova->len, ==, 0);

  /* On an earlier date the ended service counts and the later ones do not. */
  g_assert_cmpint (total (in_2012, NULL, "klient"), ==, 40 + 5);
  g_assert_cmpint (total (in_2012, NULL, "luzka"), ==, 0);
}

static void
test_refresh_keeps_local_data (Fixture      *fixture,
                               gconstpointer data)
{
  KpService *service = find (fixture, "9000001");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpServicesRefresh) refresh = NULL;
  g_autoptr (KpServicesRefresh) again = NULL;
  g_autoptr (GPtrArray) totals = NULL;
  const KpKrajNetworkEntry *entry;
  static const struct
  {
    KpRegistryChangeKind kind;
    const char          *identifikator;
  } expected[] = {
    { KP_REGISTRY_CHANGE_NEW, "9000008" },
    { KP_REGISTRY_CHANGE_CHANGED, "9000001" },
    { KP_REGISTRY_CHANGE_ENDED, "9000002" },
    { KP_REGISTRY_CHANGE_ENDED, "9000006" },
  };

  g_assert_true (kp_service_network_set_text (network (fixture), service,
                                              KP_SERVICE_TEXT_DESCRIPTION,
                                              "  Krátký pobyt, když si rodina potřebuje odpočinout. ",
                                              &error));
  g_assert_true (kp_service_network_set_text (network (fixture), service, KP_SERVICE_TEXT_HOURS,
                                              "nepřetržitě", &error));
  g_assert_true (kp_service_network_set_text (network (fixture), service, KP_SERVICE_TEXT_FEES,
                                              "zdarma", &error));
  g_assert_true (kp_service_network_set_text (network (fixture), service,
                                              KP_SERVICE_TEXT_ACCESSIBILITY, "bezbariérový",
                                              &error));
  g_assert_true (kp_service_network_set_scope (network (fixture), service, "568414", 60, &error));
  g_assert_true (kp_service_network_set_kraj_entry (network (fixture), service, 2026, TRUE, 8.5,
                                                    "uvazky", &error));
  g_assert_true (kp_service_network_set_kraj_entry (network (fixture), find (fixture, "9000006"),
                                                    2026, TRUE, 1, "uvazky", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_service_get_description (service), ==,
                   "Krátký pobyt, když si rodina potřebuje odpočinout.");

  records = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  refresh = kp_test_refresh_services (fixture->project, fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (refresh->new_services, ==, 1);
  g_assert_cmpuint (refresh->changed_services, ==, 1);
  g_assert_cmpuint (refresh->ended_services, ==, 2);
  g_assert_cmpuint (refresh->services, ==, 5);
  g_assert_cmpuint (refresh->changes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KpRegistryChange *change = refresh->changes->pdata[i];

      g_assert_cmpint (change->kind, ==, expected[i].kind);
      g_assert_cmpstr (change->identifikator, ==, expected[i].identifikator);
    }

  /* Reopened, to be sure it is the file and not the objects that kept it. */
  reopen (fixture);
  service = find (fixture, "9000001");
  g_assert_cmpstr (kp_service_get_description (service), ==,
                   "Krátký pobyt, když si rodina potřebuje odpočinout.");
  g_assert_cmpstr (kp_service_get_hours (service), ==, "nepřetržitě");
  g_assert_cmpstr (kp_service_get_fees (service), ==, "zdarma");
  g_assert_cmpstr (kp_service_get_accessibility (service), ==, "bezbariérový");
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 1);
  g_assert_cmpfloat (((KpServiceScope *) kp_service_get_scope (service)->pdata[0])->share, ==,
                     60.0);
  entry = kp_service_get_kraj_entry (service, 2026);
  g_assert_nonnull (entry);
  g_assert_true (entry->in_network);
  g_assert_cmpfloat (entry->capacity, ==, 8.5);
  g_assert_cmpstr (entry->unit, ==, "uvazky");
  /* The registry's part did change. */
  g_assert_cmpint (((KpServiceForm *) kp_service_get_forms (service)->pdata[0])->capacity, ==,
                   12);
  /* No longer listed: kept, with its local data, but not active. */
  service = find (fixture, "9000006");
  g_assert_false (kp_service_get_in_registry (service));
  g_assert_false (kp_service_get_is_active (service));
  g_assert_nonnull (kp_service_get_kraj_entry (service, 2026));
  g_assert_false (kp_service_get_is_active (find (fixture, "9000002")));
  g_assert_nonnull (find (fixture, "9000008"));

  totals = capacity (fixture, NULL, NULL, KP_CAPACITY_BY_UNIT);
  g_assert_cmpint (total (totals, NULL, "luzka"), ==, 12 + 2);
  g_assert_cmpint (total (totals, NULL, "klient"), ==, 15 + 10 + 12 + 4);
  g_assert_cmpint (total (totals, NULL, "hovor"), ==, 0);

  /* Nothing new the second time. */
  again = kp_test_refresh_services (fixture->project, fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->changes->len, ==, 0);
}

static void
test_undo (Fixture      *fixture,
           gconstpointer data)
{
  KpService *service = find (fixture, "9000002");
  g_autoptr (GError) error = NULL;

  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_assert_true (kp_service_network_set_text (network (fixture), service, KP_SERVICE_TEXT_HOURS,
                                              "po–pá 7–15 h", &error));
  g_assert_true (kp_project_get_can_undo (fixture->project));
  g_assert_true (kp_service_network_set_scope (network (fixture), service, "569704", -1, &error));
  g_assert_true (kp_service_network_set_kraj_entry (network (fixture), service, 2027, FALSE, -1,
                                                    NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 1);
  g_assert_cmpfloat (((KpServiceScope *) kp_service_get_scope (service)->pdata[0])->share, ==,
                     -1.0);

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_null (kp_service_get_kraj_entry (service, 2027));
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 0);
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_null (kp_service_get_hours (service));
  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_service_get_hours (service), ==, "po–pá 7–15 h");

  reopen (fixture);
  service = find (fixture, "9000002");
  g_assert_cmpstr (kp_service_get_hours (service), ==, "po–pá 7–15 h");
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 0);

  /* Refused edits change nothing. */
  g_assert_false (kp_service_network_set_text (network (fixture), service, KP_SERVICE_TEXT_NAME,
                                               "Jiné jméno", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_service_network_set_scope (network (fixture), service, "586846", 10, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (kp_service_network_set_scope (network (fixture), service, "568414", 120,
                                                &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_service_network_set_kraj_entry (network (fixture), service, 2026, TRUE, 3,
                                                     "klienti", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

static void
test_local_services (Fixture      *fixture,
                     gconstpointer data)
{
  GListModel *services = kp_service_network_get_services (network (fixture));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) contacts = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_service_contact_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpServicesRefresh) refresh = NULL;
  g_auto (GStrv) phones = NULL;
  KpService *line;
  KpService *doctor;
  gint64     line_id;

  line = kp_service_network_add_local_service (network (fixture), "Linka pomoci Brod",
                                               KP_SERVICE_LOCAL_CRISIS_LINE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  line_id = kp_service_get_id (line);
  g_assert_true (kp_service_get_is_local (line));
  g_assert_null (kp_service_get_identifikator (line));
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 6);
  g_assert_cmpstr (kp_service_get_type_name (line), ==, "crisis line");

  g_ptr_array_add (contacts, kp_service_contact_new (FALSE, KP_SERVICE_CONTACT_PHONE,
                                                     "+420 000 111 222", "nonstop"));
  g_ptr_array_add (contacts, kp_service_contact_new (TRUE, KP_SERVICE_CONTACT_WEB,
                                                     "https://linka.example", NULL));
  g_assert_true (kp_service_network_set_local_contacts (network (fixture), line, contacts,
                                                        &error));
  g_assert_true (kp_service_network_set_text (network (fixture), line,
                                              KP_SERVICE_TEXT_PROVIDER_ADDRESS,
                                              "Nádražní 1, 580 01 Havlíčkův Brod", &error));
  g_assert_true (kp_service_network_set_text (network (fixture), line, KP_SERVICE_TEXT_NAME,
                                              "Linka pomoci Vysočina", &error));
  g_assert_no_error (error);
  g_assert_true (kp_service_has_contact (line));
  g_assert_cmpuint (kp_service_network_count_active_services (network (fixture)), ==, 4);

  doctor = kp_service_network_add_local_service (network (fixture), "Praktický lékař",
                                                 KP_SERVICE_LOCAL_HEALTH, &error);
  g_assert_no_error (error);
  g_assert_true (kp_service_network_set_local_kind (network (fixture), doctor,
                                                    KP_SERVICE_LOCAL_COMMUNITY, &error));
  g_assert_true (kp_service_network_remove_local_service (network (fixture), doctor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 6);
  g_assert_true (kp_project_undo (fixture->project, &error)); /* the removal */
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 7);
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 6);

  /* A refresh from the registry leaves local services alone, and the removal can still be
   * undone after it: the refresh is an undo step of its own, then the removal is undone. */
  records = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  refresh = kp_test_refresh_services (fixture->project, fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 7); /* 6 registered + the line */
  g_assert_true (kp_project_undo (fixture->project, &error));    /* the refresh */
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 6); /* 5 registered + the line */
  g_assert_true (kp_project_undo (fixture->project, &error));    /* the removal */
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 7);
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 7);

  reopen (fixture);
  services = kp_service_network_get_services (network (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 7); /* 6 registered + the line */
  line = kp_service_network_find_service (network (fixture), line_id);
  g_assert_nonnull (line);
  g_assert_cmpstr (kp_service_get_name (line), ==, "Linka pomoci Vysočina");
  g_assert_cmpint (kp_service_get_local_kind (line), ==, KP_SERVICE_LOCAL_CRISIS_LINE);
  g_assert_cmpstr (kp_service_get_provider_address (line), ==,
                   "Nádražní 1, 580 01 Havlíčkův Brod");
  g_object_get (line, "phones", &phones, NULL);
  g_assert_cmpstrv (phones, ((const char *const[]){ "+420 000 111 222", NULL }));
  g_assert_cmpuint (kp_service_get_contacts (line)->len, ==, 2);
  /* The removed one is gone for good once the session ended. */
  g_assert_cmpint (kp_test_query_int (fixture->project_path, TRUE,
                                      "SELECT count (*) FROM service WHERE is_local = 1"),
                   ==, 1);
}

static void
test_no_registry (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *library_path = g_build_filename (dir, "reference.sqlite", NULL);
  g_autofree char *project_path = g_build_filename (dir, "plan.komplan", NULL);
  g_autoptr (KpLibrary) library = kp_test_registry_library (library_path);
  g_autoptr (KpProject) project = kp_test_registry_project (library, project_path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpServicesRefresh) refresh = NULL;

  /* A library without the registry makes a project without registered services. */
  g_assert_cmpuint (g_list_model_get_n_items (
                        kp_service_network_get_services (kp_service_network_get (project))),
                    ==, 0);
  refresh = kp_test_refresh_services (project, library, &error);
  g_assert_null (refresh);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NO_REFERENCE);
  g_clear_object (&project);
  g_clear_object (&library);
  kp_test_remove_tree (dir);
}

static void
test_sample (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "ukazka.komplan", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_create_sample (path, &error);
  g_autoptr (GPtrArray) totals = NULL;
  KpServiceNetwork *network;
  GListModel       *services;
  guint             local = 0;
  KpService        *housing;

  g_assert_no_error (error);
  network = kp_service_network_get (project);
  services = kp_service_network_get_services (network);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 16);
  for (guint i = 0; i < 16; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      local += kp_service_get_is_local (service);
      g_assert_true (kp_service_get_identifikator (service) == NULL ||
                     g_str_has_prefix (kp_service_get_identifikator (service), "U99"));
    }
  g_assert_cmpuint (local, ==, 4);
  g_assert_cmpuint (kp_service_network_count_active_services (network), ==, 11);

  /* Chráněné bydlení has two houses and 12 beds. */
  housing = kp_service_network_find_service_by_identifikator (network, "U990009");
  g_assert_cmpuint (kp_service_get_facilities (housing)->len, ==, 2);
  totals = kp_service_network_get_capacity_totals (network, NULL, "2026-01-01",
                                                   KP_CAPACITY_BY_UNIT);
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "luzka"), ==, 62 + 18 + 4 + 12 + 40);
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "klient"),
                   ==, 120 + 15 + 2 + 25 + 12 + 4 + 3 + 30 + 15);
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "kontakt"), ==, 6); /* the club ended */
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "interv"), ==, 2);
  g_clear_pointer (&totals, g_ptr_array_unref);

  /* Only the residential form: all the beds, no contacts or interventions (those of
   * krizová pomoc are its field and outpatient forms). */
  totals = kp_capacity_compute (services, "pob", NULL, "2026-01-01", KP_CAPACITY_BY_UNIT);
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "luzka"), ==, 62 + 18 + 4 + 12 + 40);
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "kontakt"), ==, 0);
  g_assert_cmpint (kp_capacity_lookup (totals, NULL, "interv"), ==, 0);
  g_clear_object (&project);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/kp/services/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("snapshot", test_snapshot);
  ADD ("capacity", test_capacity);
  ADD ("refresh-keeps-local-data", test_refresh_keeps_local_data);
  ADD ("undo", test_undo);
  ADD ("local-services", test_local_services);
#undef ADD
  g_test_add_func ("/kp/services/no-registry", test_no_registry);
  g_test_add_func ("/kp/services/sample", test_sample);
  return g_test_run ();
}
