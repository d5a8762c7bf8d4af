/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-leaflet-document.h"
#include "kp-print-marks.h"
#include "test-pdf-utils.h"

/* The leaflet as the print shop and its readers get it: the folded A4's panels are
 * 97 + 100 + 100 mm with the narrow flap folding in, marked at the folds for print; large
 * print keeps the body at 12 pt or more on one sheet, leaving services out; the structure
 * tree reads the panels in order. */

#define ACCENT 0x1b5e8c

static KpCatalogueSnapshot *
build_snapshot (guint n)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char  *name = g_strdup_printf ("Pečovatelská služba číslo %u", i + 1);
      KpCatalogueEntry *e = kp_catalogue_entry_new (name, "Charita Žďár nad Sázavou", "44990260");

      kp_catalogue_entry_set_type (e, "pečovatelská služba", "§ 40", KP_SERVICE_FORM_FIELD);
      kp_catalogue_entry_add_target_group (e, "senioři");
      kp_catalogue_entry_add_address (e, "Dolní 165/30, 591 01 Žďár nad Sázavou");
      kp_catalogue_entry_set_contacts (e, "+420 566 623 111", "info@charita-zdar.cz",
                                       "www.charita-zdar.cz");
      e->description = g_strdup ("Pomáháme seniorům zůstat doma co nejdéle, s hygienou, nákupy i "
                                 "doprovodem k lékaři.");
      kp_catalogue_snapshot_add_entry (snapshot, e);
    }
  /* the national help lines a project starts with, as its builder adds them */
  kp_catalogue_snapshot_add_crisis_line (
      snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, "Linka bezpečí", "116 111",
                                    "nonstop", "Pro děti a studenty do 26 let; zdarma"));
  kp_catalogue_snapshot_add_crisis_line (
      snapshot, kp_crisis_line_new (KP_CRISIS_LINE_HELPLINE, "Linka první psychické pomoci",
                                    "116 123", "nonstop",
                                    "Pro dospělé v krizi a jejich blízké; zdarma"));
  return snapshot;
}

static KpLeafletOptions *
build_options (KpLeafletFormat format)
{
  KpLeafletOptions *o = kp_leaflet_options_new ("Senioři a pečující", format);
  g_autofree char  *logo = g_test_build_filename (G_TEST_DIST, "data", "publications",
                                                  "logo.png", NULL);
  g_autoptr (GError) error = NULL;

  o->subtitle = g_strdup ("Kam se obrátit v ORP Žďár nad Sázavou");
  o->introduction = g_strdup ("Leták je pro seniory a pro ty, kdo o ně pečují.");
  o->issuer = g_strdup ("Město Žďár nad Sázavou");
  o->year = 2026;
  o->catalogue_hint = g_strdup ("www.zdarns.cz/katalog");
  kp_leaflet_options_add_contact (o, "Sociální pracovnice MěÚ Žďár nad Sázavou",
                                  "+420 566 688 250", "Žižkova 227/1");
  kp_leaflet_options_add_logo (o, kp_document_logo_new_from_file (logo, &error));
  g_assert_no_error (error);
  return o;
}

typedef struct
{
  char            *dir;
  char            *path;
  PopplerDocument *doc;
  KpRenderResult   result;
} Output;

static void
render_output (Output                    *out,
               const KpCatalogueSnapshot *snapshot,
               const KpLeafletOptions    *options,
               const char                *name)
{
  g_autoptr (KpDocument) document = kp_leaflet_document_new (kp_catalogue_snapshot_copy (snapshot),
                                                             kp_leaflet_options_copy (options));
  g_autoptr (GError) error = NULL;
  const char *keep = g_getenv ("KP_TEST_PDF_DIR");

  out->dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_assert_no_error (error);
  out->path = g_build_filename (out->dir, name, NULL);
  kp_document_write_file (document, out->path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  kp_leaflet_document_get_result (KP_LEAFLET_DOCUMENT (document), &out->result);
  if (keep != NULL)
    {
      g_autofree char *copy = g_build_filename (keep, name, NULL);
      g_autofree char *data = NULL;
      gsize            length = 0;

      g_file_get_contents (out->path, &data, &length, NULL);
      g_file_set_contents (copy, data, length, NULL);
    }
  out->doc = pdf_open (out->path);
  g_assert_cmpint (poppler_document_get_n_pages (out->doc), ==, 2);
}

static void
output_clear (Output *out)
{
  g_clear_object (&out->doc);
  g_unlink (out->path);
  g_rmdir (out->dir);
  g_free (out->path);
  g_free (out->dir);
}

/* The cover is the last 100 mm of the outside: its colour starts at 197 mm. The flap's
 * text keeps to 97 mm, panel 3's inside starts at 200 mm. */
static void
test_panels (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (6);
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A4_TRIFOLD);
  g_autoptr (PopplerPage) outside = NULL;
  g_autoptr (PopplerPage) inside = NULL;
  PopplerRectangle flap = { 0, 0, TEST_MM (97), TEST_MM (210) };
  PopplerRectangle third = { TEST_MM (200), 0, TEST_MM (297), TEST_MM (210) };
  double           min, max;
  Output           out = { 0 };

  render_output (&out, snapshot, options, "trifold-panels.pdf");
  outside = poppler_document_get_page (out.doc, 0);
  inside = poppler_document_get_page (out.doc, 1);
  g_assert_true (pixel_is_near (pdf_pixel (outside, TEST_MM (197) + 1, 20), ACCENT));
  g_assert_true (pixel_is_white (pdf_pixel (outside, TEST_MM (197) - 1, 20)));
  g_assert_true (pixel_is_near (pdf_pixel (outside, TEST_MM (297) - 1, 20), ACCENT));
  /* text on the flap and in the narrow inside panel */
  pdf_font_sizes (outside, &flap, &min, &max);
  g_assert_cmpfloat (max, >, 0);
  pdf_font_sizes (inside, &third, &min, &max);
  g_assert_cmpfloat (max, >, 0);
  output_clear (&out);
}

/* For print: boxes on both sides, the cover's colour in the bleed at the top and the
 * right, fold marks at 97 and 197 mm outside and at 100 and 200 mm inside. */
static void
test_folds_for_print (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (6);
  g_autoptr (KpLeafletOptions) options = build_options (KP_LEAFLET_A4_TRIFOLD);
  const double s = KP_PRINT_SLUG, b = KP_PRINT_BLEED, mark = KP_PRINT_MARK_OFFSET + 1;
  const double outside[] = { TEST_MM (97), TEST_MM (197) };
  const double inside[] = { TEST_MM (100), TEST_MM (200) };
  Output       out = { 0 };
  gboolean     ok = FALSE;

  options->print.for_print = TRUE;
  render_output (&out, snapshot, options, "trifold-for-print.pdf");
  for (int p = 0; p < 2; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p);
      const double *folds = p == 0 ? outside : inside;
      const double *other = p == 0 ? inside : outside;
      PdfBoxes      boxes;

      for (int f = 0; f < 2; f++)
        {
          g_assert_true (pixel_is_dark (pdf_pixel (page, s + folds[f], s + TEST_MM (210) + mark)));
          g_assert_true (pixel_is_dark (pdf_pixel (page, s + folds[f], s - mark)));
          g_assert_true (pixel_is_white (pdf_pixel (page, s + other[f], s + TEST_MM (210) + mark)));
        }
      if (pdf_boxes (out.path, p + 1, &boxes))
        {
          g_assert_cmpfloat_with_epsilon (boxes.trim[2] - boxes.trim[0], TEST_MM (297), 0.02);
          g_assert_cmpfloat_with_epsilon (boxes.bleed[2], boxes.trim[2] + b, 0.02);
        }
    }
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, 0);

    g_assert_true (pixel_is_near (pdf_pixel (page, s + TEST_MM (297) + b / 2, s + 30), ACCENT));
    g_assert_true (pixel_is_near (pdf_pixel (page, s + TEST_MM (250), s - b / 2), ACCENT));
    g_assert_true (pixel_is_white (pdf_pixel (page, s + TEST_MM (297) + b + 2, s + 30)));
  }
  if (pdf_qpdf_check (out.path, &ok))
    g_assert_true (ok);
  output_clear (&out);
}

/* The top of the first match of @text on @page, from the bottom of the page. */
static double
text_top (PopplerPage *page,
          const char  *text)
{
  GList *matches = poppler_page_find_text (page, text);
  double top;

  g_assert_nonnull (matches);
  top = ((PopplerRectangle *) matches->data)->y2;
  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
  return top;
}

static void
text_sizes (Output *out,
            int     page_index,
            double *out_min)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, page_index);
  double max;

  pdf_font_sizes (page, NULL, out_min, &max);
}

/* Large print: the smallest text inside is 12 pt, the sheet stays one sheet and says how
 * many services the catalogue has besides. */
static void
test_large_print (gconstpointer data)
{
  KpLeafletFormat format = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (14);
  g_autoptr (KpLeafletOptions) options = build_options (format);
  Output out = { 0 }, large = { 0 };
  double min;

  render_output (&out, snapshot, options, format == KP_LEAFLET_A4_TRIFOLD ? "trifold-normal.pdf" : "a5-normal.pdf");
  text_sizes (&out, 1, &min);
  g_assert_cmpfloat (min, <, 12);
  options->print.large_print = TRUE;
  render_output (&large, snapshot, options, format == KP_LEAFLET_A4_TRIFOLD ? "trifold-large.pdf" : "a5-large.pdf");
  g_assert_cmpint (large.result.n_pages, ==, 2);
  /* the larger type still keeps clear of other text, the crisis lines' names too */
  for (int p = 0; p < 2; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (large.doc, p);

      g_assert_cmpuint (pdf_text_overlaps (page), ==, 0);
    }
  /* a long name beside an emergency number starts level with it, not up in the row above */
  if (format == KP_LEAFLET_A5_TWO_SIDED)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (large.doc, 1);

      g_assert_cmpfloat (text_top (page, "Jednotné"), <=, text_top (page, "112") + 1);
    }
  /* the inside of the folded leaflet, the second side of the A5: all of it */
  text_sizes (&large, 1, &min);
  g_assert_cmpfloat (min, >=, 12 - 0.01);
  /* the first side but the impressum (the folded leaflet's foot of the back) */
  if (format == KP_LEAFLET_A5_TWO_SIDED)
    {
      text_sizes (&large, 0, &min);
      g_assert_cmpfloat (min, >=, 12 - 0.01);
    }
  g_assert_cmpint (large.result.n_entries, <, out.result.n_entries);
  g_assert_cmpint (large.result.n_entries + large.result.n_omitted, ==, 14);
  g_assert_cmpint (large.result.n_entries, >, 0);
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (large.doc, 1);
    g_autofree char *text = poppler_page_get_text (page);
    g_autoptr (PopplerPage) first = poppler_document_get_page (large.doc, 0);
    g_autofree char *first_text = poppler_page_get_text (first);
    g_autofree char *all = g_strconcat (first_text, text, NULL);

    g_strdelimit (all, "\n", ' ');
    g_assert_nonnull (strstr (all, " v katalogu."));
  }
  output_clear (&out);
  output_clear (&large);
}

/* The tree: the title, the introduction, the contacts, the services as sections with
 * their names as headings, the crisis lines as a list, the logos a figure. */
static void
test_structure (gconstpointer data)
{
  KpLeafletFormat format = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (4);
  g_autoptr (KpLeafletOptions) options = build_options (format);
  g_autoptr (GPtrArray) tree = NULL;
  Output out = { 0 };
  int    title, intro, services, at, crisis, figure;

  render_output (&out, snapshot, options, format == KP_LEAFLET_A4_TRIFOLD ? "trifold-tags.pdf" : "a5-tags.pdf");
  tree = pdf_structure (out.doc);
  g_assert_nonnull (tree);
  title = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_1, "Senioři a pečující", 0);
  intro = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH, "Leták je pro seniory", 0);
  services = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_2, "Služby, které mohou pomoci", 0);
  crisis = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_2, "V krizi volejte", 0);
  figure = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_FIGURE, NULL, 0);
  g_assert_cmpint (title, >, 0);
  g_assert_cmpint (intro, >, title);
  g_assert_cmpint (services, >, intro);
  g_assert_cmpint (crisis, >, 0);
  g_assert_cmpint (figure, >, 0);
  g_assert_cmpstr (((PdfElement *) g_ptr_array_index (tree, figure))->alt, ==, "Logo: logo");
  at = services;
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pečovatelská služba číslo %u", i + 1);
      int              h = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_3, name, at);

      g_assert_cmpint (h, >, at);
      g_assert_cmpint (((PdfElement *) g_ptr_array_index (tree, h - 1))->kind, ==,
                       POPPLER_STRUCTURE_ELEMENT_SECTION);
      at = h;
    }
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "www.charita-zdar.cz", 0),
                   >, 0);
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LIST_LABEL, "155", crisis), >,
                   crisis);
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "+420 566 688 250", 0),
                   >, 0);
  output_clear (&out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/leaflet-print/panels", test_panels);
  g_test_add_func ("/kp/render/leaflet-print/folds-for-print", test_folds_for_print);
  g_test_add_data_func ("/kp/render/leaflet-print/large-print/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_large_print);
  g_test_add_data_func ("/kp/render/leaflet-print/large-print/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_large_print);
  g_test_add_data_func ("/kp/render/leaflet-print/structure/trifold",
                        GINT_TO_POINTER (KP_LEAFLET_A4_TRIFOLD), test_structure);
  g_test_add_data_func ("/kp/render/leaflet-print/structure/a5",
                        GINT_TO_POINTER (KP_LEAFLET_A5_TWO_SIDED), test_structure);
  return g_test_run ();
}
