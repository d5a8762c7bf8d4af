/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-project.h"
#include "kp-test-utils.h"

/* komplan-cli export map on the sample project, through the built executable
 * ($KOMPLAN_CLI): the image's size and colours, the formats, and refusals. */

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

static void
test_png (Fixture      *fixture,
          gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "mapa.png", NULL);
  g_autofree char *part = NULL;
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("export", "map", "--indicator",
                                                        "population", "--size", "800x500",
                                                        fixture->project, out);
  cairo_surface_t *image;
  guint32          centre;

  g_assert_cmpint (result->status, ==, 0);
  image = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 500);
  /* The middle of the fitted territory is an obec filled with a class colour of the
   * yellow-orange-red ramp, not the grey of the surroundings: far more red than blue. */
  cairo_surface_flush (image);
  centre = *(guint32 *) (cairo_image_surface_get_data (image) +
                         250 * cairo_image_surface_get_stride (image) + 4 * 400);
  g_assert_cmpint ((int) ((centre >> 16) & 0xff), >, (int) (centre & 0xff) + 40);
  cairo_surface_destroy (image);
  part = g_strconcat (out, ".part", NULL);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

static void
test_vector_formats (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "mapa.pdf", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "mapa.svg", NULL);
  g_autofree char *contents = NULL;
  gsize            length;
  g_autoptr (KpTestCliResult) density = NULL;
  g_autoptr (KpTestCliResult) ageing = NULL;

  density = kp_test_run_cli ("export", "map", "-i", "density", "-m", "natural", fixture->project,
                             pdf);
  g_assert_cmpint (density->status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (length > 1000 && memcmp (contents, "%PDF-", 5) == 0);
  g_clear_pointer (&contents, g_free);
  ageing = kp_test_run_cli ("export", "map", "-i", "ageing", "-c", "4", fixture->project, svg);
  g_assert_cmpint (ageing->status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
}

/* The default PDF is a page for print (issue 12, item 13): A4 landscape, the territory's
 * name as its title, class limits that do not share their ends, the data sources with
 * their dates, and no text smaller than 6 pt (the names of the obce were 5,6 pt when a
 * 1600 × 1000 pt map was printed on A4). */
static void
test_pdf_page (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "mapa.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("export", "map", "--indicator", "population",
                                                        fixture->project, pdf);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *doc;
  PopplerPage     *page;
  GList           *attributes;
  double           width, height, smallest = G_MAXDOUBLE;
  guint            runs = 0;

  g_assert_cmpint (result->status, ==, 0);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 1);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 297.0 / 25.4 * 72.0, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 210.0 / 25.4 * 72.0, 0.5);

  text = poppler_page_get_text (page);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Mikroregion Podlesí"));
  /* The sample's obce in the size groups of population, their ends apart. */
  g_assert_nonnull (strstr (text, "0–199"));
  g_assert_nonnull (strstr (text, "200–499"));
  g_assert_nonnull (strstr (text, "Source: fictional sample data of Komplan, population at 31. 12. 2020"));
  g_assert_nonnull (strstr (text, "Lesná"));
  g_assert_nonnull (strstr (text, "Ostrůvek"));
  g_assert_cmpstr (poppler_document_get_title (doc), ==, "Mikroregion Podlesí");

  attributes = poppler_page_get_text_attributes (page);
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      smallest = MIN (smallest, a->font_size);
      runs++;
    }
  poppler_page_free_text_attributes (attributes);
  g_assert_cmpuint (runs, >, 10);
  g_test_message ("smallest text: %.2f pt", smallest);
  g_assert_cmpfloat (smallest, >=, 6.0);

  if (g_getenv ("KP_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *keep = g_build_filename (g_getenv ("KP_SCREENSHOT_DIR"), "map-page.pdf", NULL);
      g_autofree char *contents = NULL;
      gsize            length;

      g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (keep, contents, (gssize) length, NULL));
    }
  g_object_unref (page);
  g_object_unref (doc);
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "mapa.png", NULL);
  g_autofree char *gif = g_build_filename (fixture->dir, "mapa.gif", NULL);
  g_autoptr (KpTestCliResult) size = NULL;
  g_autoptr (KpTestCliResult) indicator = NULL;
  g_autoptr (KpTestCliResult) format = NULL;
  g_autoptr (KpTestCliResult) first = NULL;
  g_autoptr (KpTestCliResult) again = NULL;

  size = kp_test_run_cli ("export", "map", "--size", "10x10", fixture->project, png);
  g_assert_cmpint (size->status, ==, 2);
  g_assert_nonnull (strstr (size->err, "--size"));
  indicator = kp_test_run_cli ("export", "map", "--indicator", "nonsense", fixture->project, png);
  g_assert_cmpint (indicator->status, ==, 2);
  g_assert_nonnull (strstr (indicator->err, "nonsense"));
  format = kp_test_run_cli ("export", "map", fixture->project, gif);
  g_assert_cmpint (format->status, ==, 2);
  g_assert_nonnull (strstr (format->err, ".png, .svg or .pdf"));
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));

  first = kp_test_run_cli ("export", "map", fixture->project, png);
  g_assert_cmpint (first->status, ==, 0);
  again = kp_test_run_cli ("export", "map", fixture->project, png);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_nonnull (strstr (again->err, "--force"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add ("/kp/cli/export-map/" path, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("png", test_png);
  ADD ("vector-formats", test_vector_formats);
  ADD ("pdf-page", test_pdf_page);
  ADD ("refusals", test_refusals);
#undef ADD
  return g_test_run ();
}
