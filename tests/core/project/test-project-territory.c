/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-error.h"
#include "kp-library.h"
#include "kp-project-territory.h"
#include "kp-project.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Changing the territory of an existing project (issue 11, item 6): obce added and removed
 * from the reference library, the obce list, totals and comparison the views show, one
 * undo step. The library is the CLI fixture (tests/data/cli): Lesná 990001, Borová 990002,
 * Dubí 990003 in ORP Lesná; Skalná 990006 elsewhere. */

typedef struct
{
  char      *dir;
  KpLibrary *library;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const names[] = { "kraje.csv", "okresy.csv", "orp.csv", "pou.csv",
                                       "ciselnik_CSU.csv", "UI_OBEC.csv",
                                       "2020_vek_do_999.xlsx" };
  static const char *const obce[] = { "990001", "990002", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *path = NULL;
  KpProjectSpec    spec = { .name = "MAS Test", .kind = KP_TERRITORY_CUSTOM, .obce = obce, .territory_name = "MAS Test", .period_from = 2026, .period_to = 2028 };

  fixture->dir = kp_test_make_tmpdir ();
  reference = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->library = kp_library_open (reference, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_build_filename ("cli", names[i], NULL);

      g_ptr_array_add (paths, kp_test_data_path (name));
    }
  g_ptr_array_add (paths, NULL);
  records = kp_library_import_files (fixture->library, (const char *const *) paths->pdata, NULL,
                                     NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "mas.komplan", NULL);
  fixture->project = kp_project_create (fixture->library, path, &spec, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static KpTerritoryChange *
change_in (KpProject         *project,
           KpLibrary         *library,
           const char *const *add,
           const char *const *remove,
           GError           **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kp_project_change_territory_async (project, library, add, remove, NULL, NULL, on_done_cb,
                                     &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return kp_project_change_territory_finish (project, result, error);
}

static KpTerritoryChange *
change (Fixture           *fixture,
        const char *const *add,
        const char *const *remove,
        GError           **error)
{
  return change_in (fixture->project, fixture->library, add, remove, error);
}

/* The names of the obce the Území table lists, in its order. */
static char *
obce_names (KpProject *project)
{
  GListModel *obce = kp_project_get_obce (project);
  GString    *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, kp_obec_get_nazev (obec));
    }
  return g_string_free (names, FALSE);
}

static int
totals_population (KpProject *project)
{
  return kp_area_get_totals (kp_project_get_totals (project))->total;
}

static void
test_add_remove_undo (Fixture      *fixture,
                      gconstpointer data)
{
  static const char *const add[] = { "990003", "990006", NULL };
  static const char *const remove[] = { "990001", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KpTerritoryChange) report = NULL;
  g_autofree char *before = obce_names (fixture->project);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  int              population = totals_population (fixture->project);

  g_assert_cmpstr (before, ==, "Borová, Lesná");
  report = change (fixture, add, remove, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->obce, ==, 3);
  g_assert_cmpint (report->added, ==, 2);
  g_assert_cmpint (report->removed, ==, 1);
  after = obce_names (fixture->project);
  g_assert_cmpstr (after, ==, "Borová, Dubí, Skalná");
  g_assert_cmpint (totals_population (fixture->project), !=, population);
  g_assert_true (kp_project_get_can_undo (fixture->project));

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  undone = obce_names (fixture->project);
  g_assert_cmpstr (undone, ==, "Borová, Lesná");
  g_assert_cmpint (totals_population (fixture->project), ==, population);

  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_free (after);
  after = obce_names (fixture->project);
  g_assert_cmpstr (after, ==, "Borová, Dubí, Skalná");
}

static void
test_reopened (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const add[] = { "990006", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KpTerritoryChange) report = change (fixture, add, NULL, &error);
  g_autoptr (KpProject) again = NULL;
  g_autofree char *path = g_strdup (kp_project_get_path (fixture->project));
  g_autofree char *names = NULL;

  g_assert_no_error (error);
  g_clear_object (&fixture->project);
  again = kp_project_open (path, &error);
  g_assert_no_error (error);
  names = obce_names (again);
  g_assert_cmpstr (names, ==, "Borová, Lesná, Skalná");
  /* The comparison names the ORP of every obec. */
  g_assert_cmpuint (g_list_model_get_n_items (kp_project_get_comparison (again)), >=, 4);
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const unknown[] = { "999999", "990003", NULL };
  static const char *const outside[] = { "990006", NULL };
  static const char *const all[] = { "990001", "990002", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KpTerritoryChange) report = NULL;
  g_autofree char *names = NULL;

  report = change (fixture, unknown, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "The reference data has no obec with code 999999; nothing was changed");
  g_clear_error (&error);
  report = change (fixture, NULL, outside, &error);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  report = change (fixture, NULL, all, &error);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  names = obce_names (fixture->project);
  g_assert_cmpstr (names, ==, "Borová, Lesná");
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The identifikátory of the registered services the Síť služeb view lists. */
static char *
service_codes (KpProject *project)
{
  GListModel *services = kp_service_network_get_services (kp_service_network_get (project));
  g_autoptr (GPtrArray) codes = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      if (kp_service_get_identifikator (service) != NULL)
        g_ptr_array_add (codes, (gpointer) kp_service_get_identifikator (service));
    }
  g_ptr_array_sort (codes, compare_codes);
  g_ptr_array_add (codes, NULL);
  return g_strjoinv (" ", (char **) codes->pdata);
}

/* ORP Havlíčkův Brod with the registry fixture rpss-a.json: 9000006 works there only through
 * its scope naming Hurtova Lhota (568406); 9000003 has its facility in Chotěboř (568759). */
static void
test_services (void)
{
  static const char *const add[] = { "568759", NULL };
  static const char *const remove[] = { "568406", NULL };
  g_autofree char         *dir = kp_test_make_tmpdir ();
  g_autofree char         *library_path = g_build_filename (dir, "reference.sqlite", NULL);
  g_autofree char         *project_path = g_build_filename (dir, "hb.komplan", NULL);
  g_autoptr (KpLibrary) library = kp_test_registry_library (library_path);
  g_autoptr (GPtrArray) records = kp_test_registry_import (library, "rpss-a.json", NULL);
  g_autoptr (KpProject) project = kp_test_registry_project (library, project_path);
  g_autoptr (KpTerritoryChange) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char  *before = service_codes (project);
  g_autofree char  *after = NULL;
  g_autofree char  *undone = NULL;
  KpServiceNetwork *network = kp_service_network_get (project);
  KpService        *local;

  g_assert_true (strstr (before, "9000006") != NULL);
  g_assert_null (strstr (before, "9000003"));
  g_assert_cmpint (kp_project_get_territory_kind (project), ==, KP_TERRITORY_ORP);
  local = kp_service_network_add_local_service (network, "Poradna", KP_SERVICE_LOCAL_OTHER,
                                                &error);
  g_assert_no_error (error);
  g_assert_true (kp_service_network_set_scope (network, local, "568406", -1, &error));
  g_assert_true (kp_service_network_set_scope (network, local, "568414", -1, &error));
  g_assert_no_error (error);

  report = change_in (project, library, add, remove, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->services_removed->len, ==, 1);
  g_assert_cmpint (report->scope_entries_removed, ==, 1);
  after = service_codes (project);
  g_assert_true (strstr (after, "9000003") != NULL);
  g_assert_null (strstr (after, "9000006"));
  g_assert_cmpint (kp_project_get_territory_kind (project), ==, KP_TERRITORY_CUSTOM);

  g_assert_true (kp_project_undo (project, &error));
  g_assert_no_error (error);
  undone = service_codes (project);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (kp_project_get_territory_kind (project), ==, KP_TERRITORY_ORP);
  g_clear_object (&project);
  g_clear_object (&library);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) \
  g_test_add ("/kp/project-territory/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("add-remove-undo", test_add_remove_undo);
  ADD ("reopened", test_reopened);
  ADD ("refusals", test_refusals);
#undef ADD
  g_test_add_func ("/kp/project-territory/services", test_services);
  return g_test_run ();
}
