/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"
#include "test-pdf-utils.h"

/* komplan-cli export catalogue and export leaflet on the sample project, through the built
 * executable ($KOMPLAN_CLI); the PDFs are reopened with Poppler. The documents are those set
 * up in the Publications view and kept in the project; an option changes one for the run. */

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

/* Whether page @index, rendered at 1 px per point, has pure blue pixels (logo.svg). */
static gboolean
page_has_blue (PopplerDocument *doc,
               int              index)
{
  PopplerPage     *page = poppler_document_get_page (doc, index);
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           w, h;
  gboolean         found = FALSE;

  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < (int) h && !found; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < (int) w && !found; x++)
        found = ((row[x] >> 16) & 0xff) < 40 && ((row[x] >> 8) & 0xff) < 40 && (row[x] & 0xff) > 215;
    }
  cairo_surface_destroy (surface);
  g_object_unref (page);
  return found;
}

static void
page_size (PopplerDocument *doc,
           double          *width,
           double          *height)
{
  PopplerPage *page = poppler_document_get_page (doc, 0);

  poppler_page_get_size (page, width, height);
  g_object_unref (page);
}

/* What the user set up in the application: the catalogue's title, introduction, logo,
 * structure and the services it lists; the crisis leaflet's issuer and format. */
static void
set_up_in_the_application (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_open (fixture->project, &error);
  g_autofree char *svg = g_test_build_filename (G_TEST_DIST, "data", "publications", "logo.svg", NULL);
  g_autoptr (GFile) logo = g_file_new_for_path (svg);
  KpPublications      *p;
  KpCatalogueSettings *catalogue;
  KpDocumentSettings  *crisis;

  g_assert_no_error (error);
  p = kp_project_get_publications (project);
  catalogue = kp_publications_get_catalogue (p);
  crisis = KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (p, "crisis"));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (catalogue),
                                                KP_DOCUMENT_TEXT_TITLE, "Průvodce pomocí Podlesí",
                                                &error));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (catalogue),
                                                KP_DOCUMENT_TEXT_INTRODUCTION,
                                                "Vážení spoluobčané, tento průvodce vám ukáže cestu.",
                                                &error));
  g_assert_true (kp_document_settings_add_logo_file (KP_DOCUMENT_SETTINGS (catalogue), logo, NULL,
                                                     &error));
  g_assert_true (kp_catalogue_settings_set_structure (catalogue, KP_CATALOGUE_BY_PROVIDER, &error));
  g_assert_true (kp_catalogue_settings_set_local (catalogue, FALSE, &error));
  g_assert_true (kp_document_settings_set_text (crisis, KP_DOCUMENT_TEXT_ISSUER,
                                                "Obec Lesná, odbor sociální", &error));
  g_assert_true (kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (crisis),
                                                 KP_LEAFLET_A5_TWO_SIDED, &error));
  g_assert_no_error (error);
}

static void
test_saved_settings (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "pruvodce.pdf", NULL);
  g_autofree char *a5 = g_build_filename (fixture->dir, "pruvodce-a5.pdf", NULL);
  g_autofree char *leaflet = g_build_filename (fixture->dir, "krize.pdf", NULL);
  g_autofree char *trifold = g_build_filename (fixture->dir, "krize-trifold.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (KpTestCliResult) overridden = NULL;
  g_autoptr (KpTestCliResult) crisis = NULL;
  g_autoptr (KpTestCliResult) crisis_trifold = NULL;
  PopplerDocument *doc;
  double           width, height;

  set_up_in_the_application (fixture);

  result = kp_test_run_cli ("export", "catalogue", fixture->project, out);
  g_assert_cmpint (result->status, ==, 0);
  doc = open_pdf (out);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "Průvodce pomocí Podlesí"));
  g_assert_nonnull (strstr (text, "tento průvodce vám ukáže cestu"));
  g_assert_null (strstr (text, "Catalogue of Social Service Providers"));
  /* the logo on the cover and the last page */
  g_assert_true (page_has_blue (doc, 0));
  g_assert_true (page_has_blue (doc, poppler_document_get_n_pages (doc) - 1));
  /* registered services only, A–Z by provider (local ones are left out) */
  g_assert_nonnull (strstr (text, "Domov pro seniory Lesná"));
  g_assert_null (strstr (text, "Linka pomoci Podlesí"));
  page_size (doc, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.3, 1.0);
  g_object_unref (doc);

  /* an option changes the run, not the project */
  overridden = kp_test_run_cli ("export", "catalogue", "--paper", "a5", fixture->project, a5);
  g_assert_cmpint (overridden->status, ==, 0);
  doc = open_pdf (a5);
  page_size (doc, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 419.5, 1.0);
  g_free (text);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "tento průvodce vám ukáže cestu"));
  g_object_unref (doc);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (KpProject) project = kp_project_open (fixture->project, &error);

    g_assert_no_error (error);
    g_assert_cmpint (kp_catalogue_settings_get_paper (kp_publications_get_catalogue (kp_project_get_publications (project))),
                     ==, KP_PAGE_SIZE_A4);
  }

  /* the leaflet of the group, in its saved format unless told otherwise */
  crisis = kp_test_run_cli ("export", "leaflet", "--group", "crisis", fixture->project, leaflet);
  g_assert_cmpint (crisis->status, ==, 0);
  doc = open_pdf (leaflet);
  page_size (doc, &width, &height);
  g_assert_cmpfloat (width, <, height); /* A5 portrait */
  g_free (text);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "Obec Lesná, odbor sociální"));
  g_object_unref (doc);
  crisis_trifold = kp_test_run_cli ("export", "leaflet", "--group", "crisis", "--format", "trifold",
                                    fixture->project, trifold);
  g_assert_cmpint (crisis_trifold->status, ==, 0);
  doc = open_pdf (trifold);
  page_size (doc, &width, &height);
  g_assert_cmpfloat (width, >, height); /* A4 folded in three */
  g_object_unref (doc);
}

/* The logo files of a project of version 5 are brought into it; the command names the one
 * that is gone and prints the rest. */
static void
test_older_project (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *svg = g_test_build_filename (G_TEST_DIST, "data", "publications", "logo.svg", NULL);
  g_autofree char *gone = g_build_filename (fixture->dir, "zmizele-logo.png", NULL);
  g_autofree char *logos = g_strdup_printf ("%s\n%s", gone, svg);
  g_autofree char *out = g_build_filename (fixture->dir, "katalog.pdf", NULL);
  g_autofree char *text = NULL;
  const char      *settings[] = { "publication.logos", logos, "catalogue.title", "Katalog 2025", NULL };
  g_autoptr (KpTestCliResult) result = NULL;
  PopplerDocument *doc;

  kp_test_make_version_5 (fixture->project, settings);
  result = kp_test_run_cli ("export", "catalogue", fixture->project, out);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->err, "zmizele-logo.png"));
  doc = open_pdf (out);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "Katalog 2025"));
  g_assert_true (page_has_blue (doc, 0));
  g_object_unref (doc);
}

/* The sheet of a PDF for print: the trimmed page with 10 mm of bleed and marks around it;
 * pdfinfo shows the boxes. */
static void
assert_for_print (const char *path,
                  double      width,
                  double      height)
{
  PopplerDocument *doc = open_pdf (path);
  const double     slug = TEST_MM (10), bleed = TEST_MM (3);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PdfBoxes     boxes;
      double       w, h;
      PopplerPage *page = poppler_document_get_page (doc, i);

      poppler_page_get_size (page, &w, &h);
      g_object_unref (page);
      g_assert_cmpfloat_with_epsilon (w, width + 2 * slug, 0.1);
      g_assert_cmpfloat_with_epsilon (h, height + 2 * slug, 0.1);
      if (!pdf_boxes (path, i + 1, &boxes))
        continue;
      g_assert_cmpfloat_with_epsilon (boxes.trim[0], slug, 0.02);
      g_assert_cmpfloat_with_epsilon (boxes.trim[2] - boxes.trim[0], width, 0.05);
      g_assert_cmpfloat_with_epsilon (boxes.trim[3] - boxes.trim[1], height, 0.05);
      g_assert_cmpfloat_with_epsilon (boxes.bleed[0], slug - bleed, 0.02);
      g_assert_cmpfloat_with_epsilon (boxes.bleed[3], slug + height + bleed, 0.05);
    }
  g_object_unref (doc);
}

/* The smallest font size of page @index. */
static double
smallest_text (const char *path,
               int         index)
{
  PopplerDocument *doc = open_pdf (path);
  PopplerPage     *page = poppler_document_get_page (doc, index);
  double           min, max;

  pdf_font_sizes (page, NULL, &min, &max);
  g_object_unref (page);
  g_object_unref (doc);
  return min;
}

/* --for-print and --large-print, for this run only; an A5 catalogue a booklet with its back
 * cover last. */
static void
test_print_options (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *booklet = g_build_filename (fixture->dir, "brozura.pdf", NULL);
  g_autofree char *leaflet = g_build_filename (fixture->dir, "senioři-tisk.pdf", NULL);
  g_autofree char *large = g_build_filename (fixture->dir, "senioři-velke.pdf", NULL);
  g_autoptr (KpTestCliResult) catalogue = NULL;
  g_autoptr (KpTestCliResult) folded = NULL;
  g_autoptr (KpTestCliResult) big = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *doc;
  int              n;

  catalogue = kp_test_run_cli ("export", "catalogue", "--paper", "a5", "--for-print",
                               fixture->project, booklet);
  g_assert_cmpint (catalogue->status, ==, 0);
  assert_for_print (booklet, TEST_MM (148), TEST_MM (210));
  doc = open_pdf (booklet);
  n = poppler_document_get_n_pages (doc);
  g_assert_cmpint (n % 4, ==, 0);
  {
    PopplerPage *back = poppler_document_get_page (doc, n - 1);

    text = poppler_page_get_text (back);
    g_object_unref (back);
  }
  g_assert_nonnull (strstr (text, "Mikroregion Podlesí"));
  g_assert_nonnull (strstr (text, "+420 999 200 101")); /* the social department */
  g_object_unref (doc);

  folded = kp_test_run_cli ("export", "leaflet", "--group", "seniors", "--for-print",
                            fixture->project, leaflet);
  g_assert_cmpint (folded->status, ==, 0);
  assert_for_print (leaflet, TEST_MM (297), TEST_MM (210));

  big = kp_test_run_cli ("export", "leaflet", "--group", "seniors", "--large-print",
                         fixture->project, large);
  g_assert_cmpint (big->status, ==, 0);
  g_assert_cmpfloat (smallest_text (large, 1), >=, 12 - 0.01);

  /* the run only: the project is as it was */
  project = kp_project_open (fixture->project, &error);
  g_assert_no_error (error);
  g_assert_false (kp_document_settings_get_for_print (
      KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (kp_project_get_publications (project)))));
  g_assert_false (kp_document_settings_get_large_print (KP_DOCUMENT_SETTINGS (
      kp_publications_get_leaflet (kp_project_get_publications (project), "seniors"))));
}

/* Under the Czech locale (a decimal comma) the boxes are numbers all the same. */
static void
test_print_czech (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "katalog-cs.pdf", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("LC_ALL"));
  g_autoptr (KpTestCliResult) result = NULL;
  g_autofree char *locales = NULL;

  if (!g_spawn_command_line_sync ("locale -a", &locales, NULL, NULL, NULL) ||
      (strstr (locales, "cs_CZ.utf8") == NULL && strstr (locales, "cs_CZ.UTF-8") == NULL))
    {
      g_test_skip ("the Czech locale is not installed");
      return;
    }
  g_setenv ("LC_ALL", "cs_CZ.UTF-8", TRUE);
  result = kp_test_run_cli ("export", "catalogue", "--paper", "a5", "--for-print",
                            fixture->project, out);
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
  g_assert_cmpint (result->status, ==, 0);
  assert_for_print (out, TEST_MM (148), TEST_MM (210));
}

/* Under LANG=C, and with LANGUAGE=en, the documents are Czech all the same (issue 12.1): their
 * language is theirs, not the process's. */
static void
test_document_language (Fixture      *fixture,
                        gconstpointer data)
{
  const char *const languages[] = { NULL, "en" };
  g_autofree char  *saved = g_strdup (g_getenv ("LC_ALL"));

  g_unsetenv ("LC_ALL");
  g_setenv ("LANG", "C", TRUE);
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *catalogue = g_build_filename (fixture->dir, "katalog-c.pdf", NULL);
      g_autofree char *leaflet = g_build_filename (fixture->dir, "letak-c.pdf", NULL);
      g_autoptr (KpTestCliResult) cat = NULL;
      g_autoptr (KpTestCliResult) leaf = NULL;
      g_autofree char *text = NULL;
      g_autofree char *leaflet_text = NULL;
      PopplerDocument *doc;

      if (languages[i] != NULL)
        g_setenv ("LANGUAGE", languages[i], TRUE);
      cat = kp_test_run_cli ("export", "catalogue", "--force", fixture->project, catalogue);
      leaf = kp_test_run_cli ("export", "leaflet", "--group", "seniors", "--force",
                              fixture->project, leaflet);
      g_unsetenv ("LANGUAGE");
      g_assert_cmpint (cat->status, ==, 0);
      g_assert_cmpint (leaf->status, ==, 0);

      doc = open_pdf (catalogue);
      text = document_text (doc);
      g_object_unref (doc);
      g_assert_nonnull (strstr (text, "Katalog poskytovatelů sociálních služeb"));
      g_assert_nonnull (strstr (text, "Telefon"));
      g_assert_nonnull (strstr (text, "lůžka"));
      g_assert_nonnull (strstr (text, "Obsah"));
      g_assert_null (strstr (text, "Catalogue of Social Service Providers"));
      g_assert_null (strstr (text, "Phone"));
      g_assert_null (strstr (text, "beds"));

      doc = open_pdf (leaflet);
      leaflet_text = document_text (doc);
      g_object_unref (doc);
      g_assert_nonnull (strstr (leaflet_text, "V krizi volejte"));
      g_assert_null (strstr (leaflet_text, "In a crisis, call"));
    }
  g_unsetenv ("LANG");
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
}

/* The check before printing (issue 12.4): a document with no services is refused unless
 * --allow-empty; --strict refuses one with any warning and leaves no file. */
static void
test_preprint (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *library_path = g_build_filename (fixture->dir, "library.sqlite", NULL);
  g_autofree char *empty_path = g_build_filename (fixture->dir, "empty.komplan", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "prazdny.pdf", NULL);
  g_autofree char *strict_out = g_build_filename (fixture->dir, "strict.pdf", NULL);
  g_autoptr (KpLibrary) library = kp_test_registry_library (library_path);
  g_autoptr (KpProject) empty = kp_test_registry_project (library, empty_path);
  g_autoptr (KpTestCliResult) refused = NULL;
  g_autoptr (KpTestCliResult) allowed = NULL;
  g_autoptr (KpTestCliResult) leaflet = NULL;
  g_autoptr (KpTestCliResult) strict = NULL;
  g_autoptr (KpTestCliResult) lenient = NULL;

  g_clear_object (&empty);
  refused = kp_test_run_cli ("export", "catalogue", empty_path, out);
  g_assert_cmpint (refused->status, !=, 0);
  g_assert_nonnull (strstr (refused->err, "--allow-empty"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  leaflet = kp_test_run_cli ("export", "leaflet", "--group", "crisis", empty_path, out);
  g_assert_cmpint (leaflet->status, !=, 0);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  allowed = kp_test_run_cli ("export", "catalogue", "--allow-empty", empty_path, out);
  g_assert_cmpint (allowed->status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  /* and says what it lacks: no authority to turn to first */
  g_assert_nonnull (strstr (allowed->out, "No authority to turn to first"));

  /* the sample's personal assistance has an e-mail but no phone: named among five */
  lenient = kp_test_run_cli ("export", "catalogue", fixture->project, strict_out);
  g_assert_cmpint (lenient->status, ==, 0);
  g_assert_nonnull (strstr (lenient->out, "have no phone number: "));
  g_assert_nonnull (strstr (lenient->out, "Osobní asistence Podlesí"));
  g_unlink (strict_out);
  strict = kp_test_run_cli ("export", "catalogue", "--strict", fixture->project, strict_out);
  g_assert_cmpint (strict->status, !=, 0);
  g_assert_nonnull (strstr (strict->err, "Osobní asistence Podlesí"));
  g_assert_nonnull (strstr (strict->err, "--strict"));
  g_assert_false (g_file_test (strict_out, G_FILE_TEST_EXISTS));
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
  g_test_add ("/kp/cli/export/saved-settings", Fixture, NULL, fixture_setup, test_saved_settings,
              fixture_teardown);
  g_test_add ("/kp/cli/export/older-project", Fixture, NULL, fixture_setup, test_older_project,
              fixture_teardown);
  g_test_add ("/kp/cli/export/print-options", Fixture, NULL, fixture_setup, test_print_options,
              fixture_teardown);
  g_test_add ("/kp/cli/export/print-options/czech", Fixture, NULL, fixture_setup,
              test_print_czech, fixture_teardown);
  g_test_add ("/kp/cli/export/document-language", Fixture, NULL, fixture_setup,
              test_document_language, fixture_teardown);
  g_test_add ("/kp/cli/export/preprint", Fixture, NULL, fixture_setup, test_preprint,
              fixture_teardown);
  return g_test_run ();
}
