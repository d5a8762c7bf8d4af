/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-catalogue-builder.h"
#include "kp-leaflet-builder.h"
#include "kp-project.h"
#include "kp-test-utils.h"

/* The provider catalogue and leaflets built from the sample project: 12 registered services
 * (one ended in 2024) and 4 local ones (health care, an authority, a crisis line, a
 * community service). */

typedef struct
{
  char      *dir;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_create_sample (path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const KpCatalogueEntry *
find_entry (const KpCatalogueSnapshot *snapshot,
            const char                *name)
{
  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);

      if (strcmp (e->name, name) == 0)
        return e;
    }
  return NULL;
}

static gboolean
has_string (GPtrArray  *array,
            const char *value)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
test_entry_count (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) all = NULL;
  g_autoptr (KpCatalogueSnapshot) registered = NULL;
  KpPublicationSelection selection;

  kp_publication_selection_init (&selection);
  all = kp_catalogue_builder_build (fixture->project, &selection);
  /* 11 active registered services and 3 local ones; the local crisis line is a line, after
   * the 7 national help lines of the project */
  g_assert_cmpuint (all->entries->len, ==, 14);
  g_assert_cmpuint (all->crisis_lines->len, ==, 8);
  g_assert_null (find_entry (all, "Klub Čeňkov (nízkoprahový klub)")); /* ended in 2024 */

  selection.local = FALSE;
  registered = kp_catalogue_builder_build (fixture->project, &selection);
  g_assert_cmpuint (registered->entries->len, ==, 11);
  g_assert_cmpuint (registered->crisis_lines->len, ==, 7); /* the national ones only */
  for (guint i = 0; i < registered->entries->len; i++)
    g_assert_false (((KpCatalogueEntry *) g_ptr_array_index (registered->entries, i))->is_local);
  kp_publication_selection_clear (&selection);
}

/* A catalogue as of another day lists the services provided that day. */
static void
test_entry_date (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) past = NULL;
  KpPublicationSelection selection;

  kp_publication_selection_init (&selection);
  selection.date = g_strdup ("2019-06-01");
  past = kp_catalogue_builder_build (fixture->project, &selection);
  g_assert_nonnull (find_entry (past, "Klub Čeňkov (nízkoprahový klub)"));
  g_assert_null (find_entry (past, "Denní stacionář Dubovice")); /* from 2020 */
  kp_publication_selection_clear (&selection);
}

static void
test_entry_fields (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = NULL;
  const KpCatalogueEntry *e;
  const KpCapacity       *capacity;
  KpPublicationSelection  selection;

  kp_publication_selection_init (&selection);
  snapshot = kp_catalogue_builder_build (fixture->project, &selection);
  kp_publication_selection_clear (&selection);

  e = find_entry (snapshot, "Pečovatelská služba Lesná");
  g_assert_nonnull (e);
  g_assert_cmpstr (e->provider_name, ==, "Sociální služby Lesná, příspěvková organizace (ukázka)");
  g_assert_cmpstr (e->provider_ico, ==, "99100022");
  g_assert_cmpstr (e->type_name, ==, "pečovatelská služba");
  g_assert_nonnull (strstr (e->paragraph, "40"));
  g_assert_cmpint (e->forms, ==, KP_SERVICE_FORM_FIELD | KP_SERVICE_FORM_OUTPATIENT);
  g_assert_true (has_string (e->target_groups, "senioři"));
  g_assert_cmpuint (e->capacities->len, ==, 2);
  capacity = &g_array_index (e->capacities, KpCapacity, 0);
  g_assert_cmpfloat (capacity->value, ==, 120);
  g_assert_cmpint (capacity->form, ==, KP_SERVICE_FORM_FIELD);
  g_assert_nonnull (capacity->unit);
  g_assert_cmpuint (e->addresses->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (e->addresses, 0), "Zahradní"));
  g_assert_cmpstr (e->phone, ==, "+420 999 100 102");
  g_assert_cmpstr (e->web, ==, "socialni-sluzby-lesna.example"); /* printed without its scheme */ /* the provider's */
  g_assert_cmpstr (e->hours, ==, "po–pá 7–15.30 h");
  g_assert_cmpstr (e->fees, ==, "podle ceníku, např. 150 Kč za hodinu");
  g_assert_cmpstr (e->description, ==, "Pomoc doma: nákupy, obědy, hygiena a doprovod k lékaři.");
  /* its facility's obec and the four obce of its scope, Lesná once */
  g_assert_cmpuint (e->obce->len, ==, 4);
  g_assert_true (has_string (e->obce, "Lesná"));
  g_assert_false (e->is_local);

  /* one registration at two houses: two addresses, one capacity */
  e = find_entry (snapshot, "Chráněné bydlení Skalná");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->addresses->len, ==, 2);
  g_assert_cmpuint (e->capacities->len, ==, 1);
  g_assert_cmpuint (e->obce->len, ==, 1);

  /* the shelter's address is not published: its obec only */
  e = find_entry (snapshot, "Azylový dům pro matky s dětmi Dubovice");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->addresses->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (e->addresses, 0), ==, "Dubovice");

  /* accessibility ends the description */
  e = find_entry (snapshot, "Domov pro seniory Lesná");
  g_assert_nonnull (e);
  g_assert_nonnull (strstr (e->description, "bezbariérový objekt"));
  g_assert_cmpstr (e->age_text, ==, "senioři od 65 let");

  e = find_entry (snapshot, "Městský úřad Lesná – sociální odbor");
  g_assert_nonnull (e);
  g_assert_true (e->is_local);
  g_assert_cmpstr (e->web, ==, "lesna.example/socialni-odbor");
  g_assert_cmpuint (e->addresses->len, ==, 1);
}

static void
test_filters (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) by_type = NULL;
  g_autoptr (KpCatalogueSnapshot) by_group = NULL;
  g_autoptr (KpCatalogueSnapshot) by_form = NULL;
  KpPublicationSelection selection;

  kp_publication_selection_init (&selection);
  selection.local = FALSE;
  selection.type_code = g_strdup ("DruhSocialniSluzby/13");
  by_type = kp_catalogue_builder_build (fixture->project, &selection);
  g_assert_cmpuint (by_type->entries->len, ==, 1);
  g_clear_pointer (&selection.type_code, g_free);

  selection.target_group = g_strdup ("Senioři"); /* case is ignored */
  by_group = kp_catalogue_builder_build (fixture->project, &selection);
  g_assert_cmpuint (by_group->entries->len, ==, 2);
  g_clear_pointer (&selection.target_group, g_free);

  selection.forms = KP_SERVICE_FORM_RESIDENTIAL;
  by_form = kp_catalogue_builder_build (fixture->project, &selection);
  /* DS, azylový dům, krizová pomoc, chráněné bydlení, DZR */
  g_assert_cmpuint (by_form->entries->len, ==, 5);
  kp_publication_selection_clear (&selection);
}

static void
test_leaflet_groups (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) seniors = kp_leaflet_builder_build (fixture->project,
                                                                      KP_PUBLICATION_GROUP_SENIORS);
  g_autoptr (KpCatalogueSnapshot) crisis = kp_leaflet_builder_build (fixture->project,
                                                                     KP_PUBLICATION_GROUP_CRISIS);
  g_autoptr (KpCatalogueSnapshot) families = kp_leaflet_builder_build (fixture->project,
                                                                       KP_PUBLICATION_GROUP_FAMILIES);
  g_autoptr (KpCatalogueSnapshot) disability = kp_leaflet_builder_build (fixture->project,
                                                                         KP_PUBLICATION_GROUP_DISABILITY);

  /* DS, pečovatelská služba (senioři), DZR (osoby žijící s demencí) */
  g_assert_cmpuint (seniors->entries->len, ==, 3);
  g_assert_nonnull (find_entry (seniors, "Domov pro seniory Lesná"));
  g_assert_nonnull (find_entry (seniors, "Domov se zvláštním režimem Radkovice"));
  g_assert_null (find_entry (seniors, "Raná péče Podlesí"));
  g_assert_null (find_entry (seniors, "Praktický lékař pro dospělé Lesná"));
  /* Linka seniorů, Senior telefon, 116 006, and the local line, on every leaflet */
  g_assert_cmpuint (seniors->crisis_lines->len, ==, 4);

  g_assert_nonnull (find_entry (crisis, "Krizová pomoc Lesná"));
  g_assert_nonnull (find_entry (crisis, "Poradna Podlesí"));
  g_assert_null (find_entry (crisis, "Domov pro seniory Lesná"));
  /* 116 111, 116 123, 116 006, 800 350 000 and Linka pomoci Podlesí */
  g_assert_cmpuint (crisis->crisis_lines->len, ==, 5);

  g_assert_nonnull (find_entry (families, "Raná péče Podlesí"));
  g_assert_nonnull (find_entry (families, "Rodinka – sociálně aktivizační služby"));
  g_assert_nonnull (find_entry (disability, "Osobní asistence Podlesí"));
  g_assert_nonnull (find_entry (disability, "Chráněné bydlení Skalná"));
}

static void
test_group_names (void)
{
  KpPublicationGroup group = KP_PUBLICATION_GROUP_ALL;

  g_assert_true (kp_publication_group_from_string ("seniors", &group));
  g_assert_cmpint (group, ==, KP_PUBLICATION_GROUP_SENIORS);
  g_assert_true (kp_publication_group_from_string ("Rodiny s dětmi", &group));
  g_assert_cmpint (group, ==, KP_PUBLICATION_GROUP_FAMILIES);
  g_assert_true (kp_publication_group_from_string ("LIDE V KRIZI", &group));
  g_assert_cmpint (group, ==, KP_PUBLICATION_GROUP_CRISIS);
  g_assert_true (kp_publication_group_from_string ("Osoby se zdravotním postižením", &group));
  g_assert_cmpint (group, ==, KP_PUBLICATION_GROUP_DISABILITY);
  g_assert_false (kp_publication_group_from_string ("astronauti", &group));
  g_assert_false (kp_publication_group_from_string (NULL, &group));
}

static void
test_default_options (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (KpCatalogueOptions) catalogue = kp_catalogue_builder_default_options (fixture->project);
  g_autoptr (KpLeafletOptions) leaflet = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_assert_cmpstr (catalogue->subtitle, ==, kp_project_get_territory_name (fixture->project));
  g_assert_cmpstr (catalogue->issuer, ==, kp_project_get_territory_name (fixture->project));
  g_assert_cmpint (catalogue->year, ==, g_date_time_get_year (now));
  g_assert_cmpstr (catalogue->data_date, ==, "2026-09-01");
  g_assert_true (catalogue->national_lines);
  g_assert_nonnull (catalogue->title);
  /* the same key contact on the back cover of an A5 catalogue */
  g_assert_cmpuint (catalogue->key_contacts->len, ==, 1);
  g_assert_cmpstr (((KpCrisisLine *) g_ptr_array_index (catalogue->key_contacts, 0))->phone, ==,
                   "+420 999 200 101");

  leaflet = kp_leaflet_builder_default_options (fixture->project, KP_PUBLICATION_GROUP_SENIORS,
                                                KP_LEAFLET_A5_TWO_SIDED);
  g_assert_cmpint (leaflet->format, ==, KP_LEAFLET_A5_TWO_SIDED);
  g_assert_nonnull (leaflet->introduction);
  g_assert_nonnull (strstr (leaflet->subtitle, kp_project_get_territory_name (fixture->project)));
  /* the town's social department is the key contact */
  g_assert_cmpuint (leaflet->key_contacts->len, ==, 1);
  g_assert_cmpstr (((KpCrisisLine *) g_ptr_array_index (leaflet->key_contacts, 0))->phone, ==,
                   "+420 999 200 101");
}

/* The main target group follows the type of service when one of the groups fits it. */
static void
test_primary_group_rule (void)
{
  const char *care[] = { "osoby se zdravotním postižením", "senioři", NULL };
  const char *shelter[] = { "rodiny s dítětem/dětmi", "osoby bez přístřeší", NULL };
  const char *early[] = { "osoby se zdravotním postižením", "rodiny s dítětem/dětmi", NULL };
  const char *dementia[] = { "osoby žijící s demencí", "senioři", NULL };
  const char *none[] = { NULL };

  /* pečovatelská služba, tísňová péče, domov pro seniory: seniors when listed */
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/4", care), ==, 1);
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/5", care), ==, 1);
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/13", care), ==, 1);
  /* domov pro seniory for people with dementia and seniors: seniors, the core of the group */
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/13", dementia), ==,
                   1);
  /* raná péče: families */
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/17", early), ==, 1);
  /* azylový dům: people without shelter, before the families it also takes */
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/20", shelter), ==,
                   1);
  /* a seniors' type for groups with no seniors among them: the first as stored */
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/4", shelter), ==,
                   0);
  g_assert_cmpint (kp_catalogue_builder_primary_target_group (NULL, care), ==, 0);
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("ukazka/x", care), ==, 0);
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/4", none), ==, -1);
  g_assert_cmpint (kp_catalogue_builder_primary_target_group ("DruhSocialniSluzby/4", NULL), ==, -1);
}

/* "Pečovatelská služba Lesná" is for seniors and people with disabilities: its chapter in a
 * catalogue by target group (the first group) is seniors, and it keeps both groups for the
 * index of target groups. */
static void
test_primary_group_sample (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) all = NULL;
  const KpCatalogueEntry *e;
  KpPublicationSelection  selection;

  kp_publication_selection_init (&selection);
  all = kp_catalogue_builder_build (fixture->project, &selection);
  e = find_entry (all, "Pečovatelská služba Lesná");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->target_groups->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (e->target_groups, 0), ==, "senioři");
  g_assert_true (has_string (e->target_groups, "osoby se zdravotním postižením"));
  /* one entry a service: the chapter is chosen, the service is not repeated */
  for (guint i = 0; i < all->entries->len; i++)
    for (guint j = i + 1; j < all->entries->len; j++)
      g_assert_cmpstr (((KpCatalogueEntry *) g_ptr_array_index (all->entries, i))->name, !=,
                       ((KpCatalogueEntry *) g_ptr_array_index (all->entries, j))->name);
  kp_publication_selection_clear (&selection);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/catalogue-builder/entry-count", Fixture, NULL, fixture_setup, test_entry_count,
              fixture_teardown);
  g_test_add ("/kp/catalogue-builder/entry-date", Fixture, NULL, fixture_setup, test_entry_date,
              fixture_teardown);
  g_test_add ("/kp/catalogue-builder/entry-fields", Fixture, NULL, fixture_setup,
              test_entry_fields, fixture_teardown);
  g_test_add ("/kp/catalogue-builder/filters", Fixture, NULL, fixture_setup, test_filters,
              fixture_teardown);
  g_test_add ("/kp/catalogue-builder/leaflet-groups", Fixture, NULL, fixture_setup,
              test_leaflet_groups, fixture_teardown);
  g_test_add_func ("/kp/catalogue-builder/group-names", test_group_names);
  g_test_add_func ("/kp/catalogue-builder/primary-group/rule", test_primary_group_rule);
  g_test_add ("/kp/catalogue-builder/primary-group/sample", Fixture, NULL, fixture_setup,
              test_primary_group_sample, fixture_teardown);
  g_test_add ("/kp/catalogue-builder/default-options", Fixture, NULL, fixture_setup,
              test_default_options, fixture_teardown);
  return g_test_run ();
}
