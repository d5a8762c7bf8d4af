/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-document.h"
#include "kp-document-builder.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Catalogues and leaflets from registry records shaped like real ones
 * (tests/data/registry/real/, issue 12): unformatted phones, services without contacts,
 * services registered for several target groups, unknown codes. */

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
  g_autofree char *library = NULL;
  g_autofree char *project = NULL;
  g_autofree char *rpss = kp_test_registry_path ("real/rpss.json");
  g_autofree char *groups = kp_test_registry_path ("real/cilove-skupiny-osoby.json");
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  library = g_build_filename (fixture->dir, "library.sqlite", NULL);
  project = g_build_filename (fixture->dir, "real.komplan", NULL);
  fixture->library = kp_test_registry_library (library);
  records = kp_test_registry_import (fixture->library, groups, rpss, NULL);
  fixture->project = kp_test_registry_project (fixture->library, project);
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

/* The text of every page of @document written as a PDF. */
static char *
pdf_text (Fixture    *fixture,
          KpDocument *document)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GString         *text = g_string_new (NULL);
  PopplerDocument *pdf;

  kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      char        *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
      g_free (page_text);
      g_object_unref (page);
    }
  g_object_unref (pdf);
  return g_string_free (text, FALSE);
}

static KpDocumentSettings *
catalogue_settings (Fixture *fixture)
{
  return KP_DOCUMENT_SETTINGS (
      kp_publications_get_catalogue (kp_project_get_publications (fixture->project)));
}

/* Issue 12.2: numbers grouped the Czech way, each on its own line; web without a scheme. */
static void
test_contacts (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpDocument) document = kp_document_builder_build (fixture->project,
                                                               catalogue_settings (fixture));
  const KpCatalogueSnapshot *snapshot =
      kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document));
  const KpCatalogueEntry *home_care = find_entry (snapshot, "Pečovatelská služba Havlíčkův Brod");
  const KpCatalogueEntry *charity = find_entry (snapshot, "Charitní pečovatelská služba");
  const KpCatalogueEntry *alarm = find_entry (snapshot, "Tísňová péče Život 90");
  g_autofree char        *text = NULL;

  g_assert_nonnull (home_care);
  g_assert_cmpstr (home_care->phone, ==, "569 429 111\n603 123 456");
  g_assert_cmpstr (home_care->web, ==, "www.socsluzby-hb.example");
  g_assert_cmpstr (charity->phone, ==, "569 421 413"); /* the provider's */
  g_assert_cmpstr (charity->web, ==, "www.charitahb.example");
  g_assert_cmpstr (alarm->phone, ==, "+420 800 157 157");

  text = pdf_text (fixture, document);
  g_assert_nonnull (strstr (text, "569 429 111\n603 123 456"));
  g_assert_nonnull (strstr (text, "+420 800 157 157"));
  g_assert_nonnull (strstr (text, "www.socsluzby-hb.example"));
  g_assert_null (strstr (text, "569429111"));
  g_assert_null (strstr (text, "http://"));
  /* the legal form whole on one line */
  g_assert_nonnull (strstr (text, "o. p. s."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/publication-real/contacts", Fixture, NULL, fixture_setup, test_contacts,
              fixture_teardown);
  return g_test_run ();
}
