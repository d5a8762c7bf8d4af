/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-document.h"
#include "kp-database-private.h"
#include "kp-document-builder.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Finding one's way in a catalogue built from a project (issue 12.8, 12.9): a catalogue by
 * provider prints each provider's block once, and obce of one name are told apart by their
 * okres where the territory has both. The registry records are the real-shaped ones of
 * tests/data/registry/real/; the territory adds two obce named Nová Ves in two okresy. */

static const char namesakes_sql[] =
    "INSERT INTO kraj (kod, nazev, nuts3_kod, csu_kod) VALUES "
    "('27', 'Středočeský kraj', 'CZ020', '3026'), ('86', 'Královéhradecký kraj', 'CZ052', '3085');"
    "INSERT INTO okres (kod, nazev, lau1_kod, kraj_kod) VALUES "
    "('3204', 'Kolín', 'CZ0204', '27'), ('3605', 'Rychnov nad Kněžnou', 'CZ0524', '86');"
    "INSERT INTO orp (kod, csu_kod, nazev, kraj_kod) VALUES "
    "('2107', '2107', 'Kolín', '27'), ('5207', '5207', 'Rychnov nad Kněžnou', '86');"
    "INSERT INTO pou (kod, nazev, orp_kod, kraj_kod) VALUES "
    "('2107', 'Kolín', '2107', '27'), ('5207', 'Rychnov nad Kněžnou', '5207', '86');"
    "INSERT INTO obec (kod, nazev, status_kod, pou_kod, okres_kod) VALUES "
    "('533459', 'Nová Ves', 2, '2107', '3204'), ('576573', 'Nová Ves', 2, '5207', '3605');"
    "INSERT INTO population SELECT kod, 'celkem', '2020-12-31', 180, "
    "10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 FROM obec "
    "WHERE kod IN ('533459', '576573');";

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
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *library = NULL;
  g_autofree char *project = NULL;
  g_autofree char *rpss = kp_test_registry_path ("real/rpss.json");
  g_autofree char *groups = kp_test_registry_path ("real/cilove-skupiny-osoby.json");
  const char      *obce[] = { "568414", "569704", "568406", "568350", "533459", "576573", NULL };
  KpProjectSpec    spec = { 0 };

  fixture->dir = kp_test_make_tmpdir ();
  library = g_build_filename (fixture->dir, "library.sqlite", NULL);
  project = g_build_filename (fixture->dir, "finding.komplan", NULL);
  fixture->library = kp_test_registry_library (library);
  db = kp_database_open (library, KP_DATABASE_KIND_LIBRARY, 0, &error);
  g_assert_no_error (error);
  kp_database_exec (db, namesakes_sql, &error);
  g_assert_no_error (error);
  records = kp_test_registry_import (fixture->library, groups, rpss, NULL);

  spec.name = "Plán 2026";
  spec.kind = KP_TERRITORY_CUSTOM;
  spec.obce = obce;
  spec.territory_name = "MAS Dvě Nové Vsi";
  spec.period_from = 2026;
  spec.period_to = 2028;
  fixture->project = kp_project_create (fixture->library, project, &spec, &error);
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
  return g_ptr_array_find_with_equal_func (array, value, g_str_equal, NULL);
}

/* The text of the catalogue the project's settings describe, all pages, lines joined. */
static char *
catalogue_text (Fixture             *fixture,
                KpCatalogueStructure structure,
                KpDocument         **out_document)
{
  g_autoptr (GError) error = NULL;
  KpCatalogueSettings *settings = kp_publications_get_catalogue (
      kp_project_get_publications (fixture->project));
  g_autofree char *path = g_build_filename (fixture->dir, "catalogue.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KpDocument) document = NULL;
  GString         *text = g_string_new (NULL);
  PopplerDocument *pdf;

  kp_catalogue_settings_set_structure (settings, structure, &error);
  g_assert_no_error (error);
  document = kp_document_builder_build (fixture->project, KP_DOCUMENT_SETTINGS (settings));
  kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      char        *page_text = poppler_page_get_text (page);

      for (char *p = page_text; *p != '\0'; p++)
        if (*p == '\n')
          *p = ' ';
      g_string_append (text, page_text);
      g_string_append_c (text, ' ');
      g_free (page_text);
      g_object_unref (page);
    }
  g_object_unref (pdf);
  if (out_document != NULL)
    *out_document = g_steal_pointer (&document);
  return g_string_free (text, FALSE);
}

static int
count (const char *haystack,
       const char *needle)
{
  int n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Two obce named Nová Ves in different okresy carry their okres wherever the catalogue
 * names them; an obec whose name is unique does not. */
static void
test_namesakes (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpServiceNetwork *network = kp_service_network_get (fixture->project);
  KpService        *service;
  g_autoptr (KpCatalogueSnapshot) snapshot = NULL;
  g_autofree char        *text = NULL;
  const char             *index;
  const KpCatalogueEntry *e;
  KpPublicationSelection  selection;

  service = kp_service_network_add_local_service (network, "Obecní pečovatelky Nových Vsí",
                                                  KP_SERVICE_LOCAL_OTHER, &error);
  g_assert_no_error (error);
  kp_service_network_set_scope (network, service, "533459", -1, &error);
  g_assert_no_error (error);
  kp_service_network_set_scope (network, service, "576573", -1, &error);
  g_assert_no_error (error);
  kp_service_network_set_scope (network, service, "569704", -1, &error);
  g_assert_no_error (error);

  kp_publication_selection_init (&selection);
  snapshot = kp_catalogue_builder_build (fixture->project, &selection);
  kp_publication_selection_clear (&selection);
  e = find_entry (snapshot, "Obecní pečovatelky Nových Vsí");
  g_assert_nonnull (e);
  g_assert_cmpuint (e->obce->len, ==, 3);
  g_assert_true (has_string (e->obce, "Nová Ves, okres Kolín"));
  g_assert_true (has_string (e->obce, "Nová Ves, okres Rychnov nad Kněžnou"));
  g_assert_true (has_string (e->obce, "Věžnice"));
  /* its kind in Czech, as the whole document, whatever the process locale */
  g_assert_cmpstr (e->type_name, ==, "jiná navazující služba");
  /* a registered home in Věžnice, the same obec by its code */
  g_assert_true (has_string (find_entry (snapshot, "Domov pro seniory Věžnice")->obce, "Věžnice"));

  text = catalogue_text (fixture, KP_CATALOGUE_BY_TARGET_GROUP, NULL);
  index = strstr (text, "Rejstřík obcí");
  g_assert_nonnull (index);
  index = strstr (index + 1, "Rejstřík obcí"); /* the index itself, after the contents */
  g_assert_nonnull (index);
  /* under each namesake the service, with its page */
  g_assert_nonnull (strstr (index, "Nová Ves, okres Kolín Obecní pečovatelky Nových Vsí"));
  g_assert_nonnull (
      strstr (index, "Nová Ves, okres Rychnov nad Kněžnou Obecní pečovatelky Nových Vsí"));
  g_assert_null (strstr (text, "Věžnice, okres"));
  g_assert_null (strstr (text, "Havlíčkův Brod, okres"));
  g_assert_null (strstr (text, "Nová Ves Obecní"));
}

/* Issue 12.8: the provider of two registered services (real-shaped: IČO with leading
 * zeros, phones as the registry keeps them) is printed once, its services under it. */
static void
test_by_provider (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (KpDocument) document = NULL;
  g_autofree char           *text = catalogue_text (fixture, KP_CATALOGUE_BY_PROVIDER, &document);
  const KpCatalogueSnapshot *snapshot =
      kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document));
  const KpCatalogueEntry *home_care = find_entry (snapshot, "Pečovatelská služba Havlíčkův Brod");
  const char             *provider = "Sociální služby města Havlíčkova Brodu, příspěvková organizace";
  const char             *block, *first, *second;
  g_autofree char        *chapter = NULL;

  g_assert_nonnull (home_care);
  g_assert_cmpstr (home_care->provider_ico, ==, "00091200");
  g_assert_nonnull (home_care->provider_address);
  g_assert_nonnull (strstr (home_care->provider_address, "Husova"));

  /* the chapters start after the contents; the provider's block is there once */
  chapter = g_strdup (strstr (text, "Poskytovatelé od A do Z"));
  g_assert_nonnull (chapter);
  block = strstr (strstr (chapter + 1, "Poskytovatelé od A do Z"), provider);
  g_assert_nonnull (block);
  g_assert_cmpint (count (block, "IČO 00091200"), ==, 1);
  g_assert_nonnull (strstr (block, "IČO 00091200"));
  /* its two services after it, in Czech order */
  first = strstr (block, "Denní stacionář pro seniory Brod");
  second = strstr (block, "Pečovatelská služba Havlíčkův Brod");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (strstr (block, "IČO 00091200") < first);
  g_assert_true (first < second);
  g_assert_cmpint (count (block, provider), ==, 1);

  /* the charity's phone in its block only; its shelter keeps a number of its own */
  block = strstr (strstr (chapter + 1, "Poskytovatelé od A do Z"), "Oblastní charita Havlíčkův Brod");
  g_assert_nonnull (block);
  g_assert_cmpint (count (block, "IČO 00091300"), ==, 1);
  g_assert_cmpint (count (block, "569 421 413"), ==, 1);
  g_assert_cmpint (count (block, "569 433 333"), ==, 1);
  g_assert_true (strstr (block, "569 421 413") < strstr (block, "Azylový dům Havlíčkův Brod"));
  g_assert_true (strstr (block, "Azylový dům Havlíčkův Brod") < strstr (block, "569 433 333"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/catalogue-finding/namesakes", Fixture, NULL, fixture_setup, test_namesakes,
              fixture_teardown);
  g_test_add ("/kp/catalogue-finding/by-provider", Fixture, NULL, fixture_setup,
              test_by_provider, fixture_teardown);
  return g_test_run ();
}
