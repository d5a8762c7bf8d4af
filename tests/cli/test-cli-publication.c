/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-project.h"
#include "kp-test-utils.h"

/* komplan-cli export catalogue and export leaflet on the sample project, through the built
 * executable ($KOMPLAN_CLI); the PDFs are reopened with Poppler. */

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = g_build_filename (fixture->dir, "sample.komplan", NULL);
  project = kp_project_create_sample (fixture->project, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project);
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  PopplerDocument *doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static char *
document_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      char        *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
      g_free (page_text);
      g_object_unref (page);
    }
  return g_string_free (text, FALSE);
}

/* Counts links to web or mail addresses in the whole document. */
static int
count_uri_links (PopplerDocument *doc,
                 const char      *prefix)
{
  int n = 0;

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      GList       *mapping = poppler_page_get_link_mapping (page);

      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *m = l->data;

          if (m->action->type == POPPLER_ACTION_URI &&
              g_str_has_prefix (m->action->uri.uri, prefix))
            n++;
        }
      poppler_page_free_link_mapping (mapping);
      g_object_unref (page);
    }
  return n;
}

static void
test_catalogue (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "katalog.pdf", NULL);
  g_autofree char *part = g_strconcat (out, ".part", NULL);
  g_autofree char *text = NULL;
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("export", "catalogue", fixture->project,
                                                        out);
  PopplerDocument *doc;

  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->out, "14"));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  doc = open_pdf (out);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 4);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "Domov pro seniory Lesná"));
  g_assert_nonnull (strstr (text, "Pečovatelská služba Lesná"));
  g_assert_nonnull (strstr (text, "Mikroregion Podlesí"));
  g_assert_null (strstr (text, "Klub Čeňkov")); /* ended */
  g_assert_cmpint (count_uri_links (doc, "https://socialni-sluzby-lesna.example"), >, 0);
  g_assert_cmpint (count_uri_links (doc, "mailto:"), >, 0);
  g_object_unref (doc);
}

static void
test_catalogue_options (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *a4 = g_build_filename (fixture->dir, "a4.pdf", NULL);
  g_autofree char *a5 = g_build_filename (fixture->dir, "a5.pdf", NULL);
  g_autoptr (KpTestCliResult) by_provider = NULL;
  g_autoptr (KpTestCliResult) by_type = NULL;
  g_autoptr (KpTestCliResult) by_colour = NULL;
  PopplerDocument *doc;
  PopplerPage     *page;
  double           width, height;

  by_provider = kp_test_run_cli ("export", "catalogue", "--by", "provider", fixture->project, a4);
  g_assert_cmpint (by_provider->status, ==, 0);
  by_type = kp_test_run_cli ("export", "catalogue", "--by", "type", "--paper", "a5",
                             fixture->project, a5);
  g_assert_cmpint (by_type->status, ==, 0);
  doc = open_pdf (a5);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 419.5, 1.0);
  g_assert_cmpfloat_with_epsilon (height, 595.3, 1.0);
  g_object_unref (page);
  g_object_unref (doc);

  by_colour = kp_test_run_cli ("export", "catalogue", "--by", "colour", fixture->project, a4);
  g_assert_cmpint (by_colour->status, ==, 2);
  g_assert_nonnull (strstr (by_colour->err, "target-group"));
}

static void
test_leaflet (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "senioři.pdf", NULL);
  g_autofree char *a5 = g_build_filename (fixture->dir, "krize-a5.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *crisis_text = NULL;
  g_autoptr (KpTestCliResult) seniors = NULL;
  g_autoptr (KpTestCliResult) crisis = NULL;
  PopplerDocument *doc;
  PopplerPage     *page;
  double           width, height;

  seniors = kp_test_run_cli ("export", "leaflet", "--group", "Senioři", fixture->project, out);
  g_assert_cmpint (seniors->status, ==, 0);
  doc = open_pdf (out);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 2);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (width, >, height); /* A4 landscape, folded in three */
  g_object_unref (page);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "Domov pro seniory Lesná"));
  g_assert_nonnull (strstr (text, "+420 999 200 101")); /* the social department */
  g_assert_null (strstr (text, "Raná péče Podlesí"));
  g_object_unref (doc);

  crisis = kp_test_run_cli ("export", "leaflet", "--group", "crisis", "--format", "a5",
                            fixture->project, a5);
  g_assert_cmpint (crisis->status, ==, 0);
  doc = open_pdf (a5);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 2);
  crisis_text = document_text (doc);
  g_assert_nonnull (strstr (crisis_text, "Krizová pomoc Lesná"));
  g_assert_nonnull (strstr (crisis_text, "Linka pomoci Podlesí"));
  g_assert_cmpint (count_uri_links (doc, "mailto:poradna@"), >, 0);
  g_object_unref (doc);
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "letak.pdf", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "letak.png", NULL);
  g_autoptr (KpTestCliResult) unknown = NULL;
  g_autoptr (KpTestCliResult) no_group = NULL;
  g_autoptr (KpTestCliResult) not_pdf = NULL;
  g_autoptr (KpTestCliResult) exists = NULL;
  g_autoptr (KpTestCliResult) forced = NULL;
  g_autoptr (KpTestCliResult) no_project = NULL;

  /* an unknown group lists the valid ones */
  unknown = kp_test_run_cli ("export", "leaflet", "--group", "astronauti", fixture->project, out);
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_nonnull (strstr (unknown->err, "astronauti"));
  g_assert_nonnull (strstr (unknown->err, "seniors"));
  g_assert_nonnull (strstr (unknown->err, "disability"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  no_group = kp_test_run_cli ("export", "leaflet", fixture->project, out);
  g_assert_cmpint (no_group->status, ==, 2);
  g_assert_nonnull (strstr (no_group->err, "--group"));

  not_pdf = kp_test_run_cli ("export", "leaflet", "--group", "seniors", fixture->project, png);
  g_assert_cmpint (not_pdf->status, ==, 2);

  /* an existing file needs --force */
  g_assert_true (g_file_set_contents (out, "x", 1, NULL));
  exists = kp_test_run_cli ("export", "leaflet", "--group", "seniors", fixture->project, out);
  g_assert_cmpint (exists->status, ==, 1);
  g_assert_nonnull (strstr (exists->err, "--force"));
  forced = kp_test_run_cli ("export", "leaflet", "--group", "seniors", "--force", fixture->project,
                            out);
  g_assert_cmpint (forced->status, ==, 0);

  no_project = kp_test_run_cli ("export", "catalogue", "/nonexistent/x.komplan", png);
  g_assert_cmpint (no_project->status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/cli/export-catalogue", Fixture, NULL, fixture_setup, test_catalogue,
              fixture_teardown);
  g_test_add ("/kp/cli/export-catalogue/options", Fixture, NULL, fixture_setup,
              test_catalogue_options, fixture_teardown);
  g_test_add ("/kp/cli/export-leaflet", Fixture, NULL, fixture_setup, test_leaflet,
              fixture_teardown);
  g_test_add ("/kp/cli/export-leaflet/refusals", Fixture, NULL, fixture_setup, test_refusals,
              fixture_teardown);
  return g_test_run ();
}
