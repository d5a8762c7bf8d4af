/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-print-marks.h"
#include "test-catalogue-common.h"
#include "test-pdf-utils.h"

/* The catalogue as the print shop and readers get it: an A5 catalogue is a stapled booklet
 * (a multiple of 4 pages, notes pages, the back cover last), its running heads fit the
 * measure, large print sets the body at 12 pt or more, the PDF for print has its boxes on
 * every page and colour in the bleed, and the structure tree has the headings, entries,
 * links and figures in reading order. */

#define LONG_TITLE                                                                                        \
  "Katalog poskytovatelů sociálních služeb a navazujících aktivit na území obce s rozšířenou " \
  "působností Žďár nad Sázavou"

/* The parts the running heads of the A–Z catalogue name (in Czech, whatever the locale). */
static const char *const parts[] = {
  "Úvod",
  "Obsah",
  "Poskytovatelé od A do Z",
  "Krizové linky",
  "Rejstřík obcí",
  "Rejstřík cílových skupin",
  "Tiráž",
  "Poznámky",
};

static KpCatalogueOptions *
booklet_options (const char *title)
{
  KpCatalogueOptions *o = build_options (KP_CATALOGUE_BY_PROVIDER, KP_PAGE_SIZE_A5);

  if (title != NULL)
    {
      g_free (o->title);
      o->title = g_strdup (title);
    }
  kp_catalogue_options_add_contact (o, "Odbor sociálních věcí MěÚ Žďár nad Sázavou",
                                    "+420 566 688 111", "Žižkova 227/1, po a st 8–17");
  return o;
}

/* A snapshot of the first @n fixtures. */
static KpCatalogueSnapshot *
snapshot_of (guint n)
{
  KpCatalogueSnapshot *all = build_snapshot (TRUE);

  while (all->entries->len > n)
    g_ptr_array_remove_index (all->entries, all->entries->len - 1);
  return all;
}

/* A page of notes: its heading (and the running head), lines, a page number. */
static gboolean
is_notes_page (const char *text)
{
  return strstr (text, "Poznámky") != NULL && strstr (text, "Tiráž") == NULL &&
         strlen (text) < 200;
}

static void
test_booklet (void)
{
  const guint sizes[] = { 0, 1, 2, 5, N_FIXTURES };
  gboolean    had_notes = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int large = 0; large < 2; large++)
      {
        g_autoptr (KpCatalogueSnapshot) snapshot = snapshot_of (sizes[i]);
        g_autoptr (KpCatalogueOptions) options = booklet_options (NULL);
        g_autofree char *name = g_strdup_printf ("booklet-%u%s.pdf", sizes[i], large ? "-large" : "");
        g_autofree char *number = NULL;
        Output           out = { 0 };
        int              n, notes = 0;
        const char      *back;

        options->print.large_print = large;
        render_output (&out, snapshot, options, name);
        n = poppler_document_get_n_pages (out.doc);
        g_assert_cmpint (n % 4, ==, 0);
        g_assert_cmpint (out.result.n_pages, ==, n);
        /* the back cover, last: issuer, contacts, emergency numbers, publicity, no number */
        back = out.pages[n - 1];
        g_assert_nonnull (strstr (back, "Vydal Město Žďár nad Sázavou"));
        g_assert_nonnull (strstr (back, "Kam se obrátit"));
        g_assert_nonnull (strstr (back, "Odbor sociálních věcí MěÚ Žďár nad Sázavou"));
        g_assert_nonnull (strstr (back, "+420 566 688 111"));
        g_assert_nonnull (strstr (back, "Sociální pracovnice MěÚ"));
        g_assert_nonnull (strstr (back, "Tísňová volání"));
        g_assert_nonnull (strstr (back, "Projekt Komunitní plánování sociálních služeb"));
        number = g_strdup_printf (" %d", n);
        g_assert_false (g_str_has_suffix (back, number));
        /* the notes pages come right before it, after the impressum */
        for (int p = n - 1; p > 1 && is_notes_page (out.pages[p - 1]); p--)
          notes++;
        g_assert_cmpint (notes, <, 4);
        had_notes |= notes > 0;
        g_assert_nonnull (strstr (out.pages[n - 2 - notes], "Tiráž"));
        output_clear (&out);
      }
  g_assert_true (had_notes);
}

/* An A4 catalogue is no booklet: it ends with its impressum. */
static void
test_a4_no_booklet (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_PROVIDER, KP_PAGE_SIZE_A4);
  Output out = { 0 };
  int    n;

  render_output (&out, snapshot, options, "a4-not-booklet.pdf");
  n = poppler_document_get_n_pages (out.doc);
  g_assert_nonnull (strstr (out.pages[n - 1], "Tiráž"));
  for (int p = 0; p < n; p++)
    g_assert_false (is_notes_page (out.pages[p]));
  output_clear (&out);
}

/* The characters of @page whose centres lie between @y1 and @y2, with the leftmost and
 * rightmost edges of their boxes. */
static char *
text_in_band (PopplerPage *page,
              double       y1,
              double       y2,
              double      *out_left,
              double      *out_right)
{
  g_autofree char  *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint             n = 0, i = 0;
  GString          *out = g_string_new (NULL);

  *out_left = G_MAXDOUBLE;
  *out_right = 0;
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
  for (const char *p = text; *p != '\0' && i < n; p = g_utf8_next_char (p), i++)
    {
      double cy = (rects[i].y1 + rects[i].y2) / 2;

      if (*p == '\n' || cy < y1 || cy > y2)
        continue;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        {
          *out_left = MIN (*out_left, rects[i].x1);
          *out_right = MAX (*out_right, rects[i].x2);
        }
    }
  g_free (rects);
  return g_strstrip (g_string_free (out, FALSE));
}

/* @head is @full, or its start cut after a whole word with "…". */
static gboolean
fits_as_head (const char *head,
              const char *full)
{
  gsize len;

  if (g_str_equal (head, full))
    return TRUE;
  if (!g_str_has_suffix (head, "…"))
    return FALSE;
  len = strlen (head) - strlen ("…");
  return len > 0 && strncmp (head, full, len) == 0 && full[len] != '\0' &&
         strchr (" ,;:", full[len]) != NULL;
}

static gboolean
is_part_head (const char *head)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (fits_as_head (head, parts[i]))
      return TRUE;
  return FALSE;
}

/* A5: one head a page at its outer edge, inside the measure: the catalogue's title on the
 * left pages (cut after a word, and not after "s"), the part on the right ones. */
static void
test_running_heads_a5 (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = booklet_options (LONG_TITLE);
  const double left = TEST_MM (15), right = TEST_MM (148 - 15);
  const double y1 = TEST_MM (8) - 2, y2 = TEST_MM (8) + 12;
  Output       out = { 0 };
  int          n, cut = 0;

  render_output (&out, snapshot, options, "heads-a5.pdf");
  n = poppler_document_get_n_pages (out.doc);
  for (int p = 2; p < n; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p - 1);
      double           x1, x2;
      g_autofree char *head = text_in_band (page, y1, y2, &x1, &x2);

      g_assert_cmpstr (head, !=, "");
      g_assert_cmpfloat (x1, >=, left - 0.5);
      g_assert_cmpfloat (x2, <=, right + 0.5);
      if (p % 2 == 0)
        {
          g_assert_true (fits_as_head (head, LONG_TITLE));
          g_assert_false (g_str_has_suffix (head, " s…"));
          cut += g_str_has_suffix (head, "…");
          /* at the left edge */
          g_assert_cmpfloat (x1, <=, left + 1);
        }
      else
        {
          g_assert_true (is_part_head (head));
          g_assert_cmpfloat (x2, >=, right - 1);
        }
    }
  g_assert_cmpint (cut, >, 0);
  output_clear (&out);
}

/* A4: the title at the left, the part at the right, both on one line, apart. */
static void
test_running_heads_a4 (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_PROVIDER, KP_PAGE_SIZE_A4);
  const double left = TEST_MM (20), right = TEST_MM (210 - 20);
  Output       out = { 0 };
  int          n;

  g_free (options->title);
  options->title = g_strdup (LONG_TITLE " – průvodce pro občany, jejich rodiny a pečující");
  render_output (&out, snapshot, options, "heads-a4.pdf");
  n = poppler_document_get_n_pages (out.doc);
  for (int p = 2; p <= n; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p - 1);
      double           x1, x2;
      g_autofree char *head = text_in_band (page, TEST_MM (13) - 2, TEST_MM (13) + 12, &x1, &x2);

      g_assert_cmpfloat (x1, >=, left - 0.5);
      g_assert_cmpfloat (x2, <=, right + 0.5);
      gboolean part = FALSE;

      g_assert_true (g_str_has_prefix (head, "Katalog poskytovatelů"));
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        part |= g_str_has_suffix (head, parts[i]);
      g_assert_true (part || g_str_has_suffix (head, "…"));
    }
  output_clear (&out);
}

/* The text of the pages of entries, between the running head and the page number. */
static void
body_font_sizes (Output *out,
                 double *out_min,
                 double *out_max)
{
  int n = poppler_document_get_n_pages (out->doc);

  *out_min = G_MAXDOUBLE;
  *out_max = 0;
  for (int p = 2; p < n; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, p - 1);
      double           width, height, min, max;
      PopplerRectangle body;

      poppler_page_get_size (page, &width, &height);
      body.x1 = 0;
      body.x2 = width;
      body.y1 = TEST_MM (18);
      body.y2 = height - TEST_MM (17);
      pdf_font_sizes (page, &body, &min, &max);
      *out_min = MIN (*out_min, min);
      *out_max = MAX (*out_max, max);
    }
}

static void
test_large_print (gconstpointer data)
{
  KpPageSize paper = GPOINTER_TO_INT (data);
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP, paper);
  Output out = { 0 }, large = { 0 };
  double min, max;

  render_output (&out, snapshot, options, "normal-print.pdf");
  body_font_sizes (&out, &min, &max);
  g_assert_cmpfloat (min, <, 12);
  options->print.large_print = TRUE;
  render_output (&large, snapshot, options, paper == KP_PAGE_SIZE_A5 ? "large-a5.pdf" : "large-a4.pdf");
  body_font_sizes (&large, &min, &max);
  g_assert_cmpfloat (min, >=, 12 - 0.01);
  /* the same catalogue, on more pages */
  g_assert_cmpint (large.result.n_entries, ==, N_FIXTURES);
  g_assert_cmpint (poppler_document_get_n_pages (large.doc), >, poppler_document_get_n_pages (out.doc));
  if (paper == KP_PAGE_SIZE_A5)
    g_assert_cmpint (poppler_document_get_n_pages (large.doc) % 4, ==, 0);
  output_clear (&out);
  output_clear (&large);
}

/* The tree: the title, then the parts in order, each entry a section with its name as a
 * heading under its letter, links in the contents and in the entries, the logos a figure;
 * the running heads in none of it. */
static void
test_structure (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = booklet_options (NULL);
  const char *order[] = { CATALOGUE, "Úvod", "Obsah", "Poskytovatelé od A do Z",
                          "Krizové linky a tísňová volání", "Rejstřík obcí",
                          "Rejstřík cílových skupin", "Tiráž" };
  g_autoptr (GPtrArray) tree = NULL;
  Output out = { 0 };
  int    at = 0, toc, figure;

  render_output (&out, snapshot, options, "tagged.pdf");
  tree = pdf_structure (out.doc);
  g_assert_nonnull (tree);
  g_assert_cmpint (((PdfElement *) g_ptr_array_index (tree, 0))->kind, ==,
                   POPPLER_STRUCTURE_ELEMENT_DOCUMENT);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      int h = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_1, order[i], at);

      g_assert_cmpint (h, >, at);
      at = h;
    }
  /* the cover's subtitle and year, two words apart */
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH, "občany 2026", 0), >, 0);
  toc = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_TOC, NULL, 0);
  g_assert_cmpint (toc, >, 0);
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_TOC_ITEM, "Tiráž", toc), >, toc);
  g_assert_cmpint (((PdfElement *) g_ptr_array_index (tree, toc + 2))->kind, ==,
                   POPPLER_STRUCTURE_ELEMENT_LINK);

  /* every entry once as a heading, in the order of the pages, under its provider's heading
   * (H3) under its letter */
  at = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_1, "Poskytovatelé od A do Z", 0);
  for (guint i = 0; i < N_FIXTURES; i++)
    {
      int h = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_4, fixtures[i].name, at);
      int provider = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_3,
                                         fixtures[i].provider, at);
      int section = h - 1;

      g_assert_cmpint (h, >, at);
      g_assert_cmpint (provider, >, at);
      g_assert_cmpint (provider, <, h);
      g_assert_cmpint (((PdfElement *) g_ptr_array_index (tree, section))->kind, ==,
                       POPPLER_STRUCTURE_ELEMENT_SECTION);
      g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_4, fixtures[i].name,
                                           h + 1),
                       ==, -1);
    }
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_2, "Ž", 0), >, 0);
  /* a field is a paragraph, its label and value two words apart */
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH,
                                       "Provozní doba po–pá 7:00–15:30", 0),
                   >, 0);
  /* a contents line reads as its title and page: "Tiráž 23" */
  {
    int         line = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "Tiráž ", toc);
    const char *text = line > 0 ? ((PdfElement *) g_ptr_array_index (tree, line))->text : "";

    g_assert_cmpint (line, >, toc);
    g_assert_true (g_ascii_isdigit (text[strlen ("Tiráž ")]));
  }
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "www.ranapece.cz", 0), >, 0);
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "+420 566 688 111", 0),
                   >, 0);
  figure = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_FIGURE, NULL, 0);
  g_assert_cmpint (figure, >, 0);
  g_assert_cmpstr (((PdfElement *) g_ptr_array_index (tree, figure))->alt, ==, "Logo: logo");

  /* the part named in the running heads of many pages is a heading and a contents line */
  for (guint i = 0; i < tree->len; i++)
    {
      const PdfElement *e = g_ptr_array_index (tree, i);

      if (e->kind == POPPLER_STRUCTURE_ELEMENT_PARAGRAPH || e->kind == POPPLER_STRUCTURE_ELEMENT_LIST_BODY ||
          e->kind == POPPLER_STRUCTURE_ELEMENT_HEADING_3)
        g_assert_null (strstr (e->text, "Poskytovatelé od A do Z"));
    }
  output_clear (&out);
}

/* For print: the boxes on every page, the cover's band and the back cover's in the bleed,
 * and the booklet still a multiple of 4. */
static void
test_for_print (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = booklet_options (NULL);
  const double s = KP_PRINT_SLUG, b = KP_PRINT_BLEED;
  const double w = TEST_MM (148), h = TEST_MM (210);
  Output       out = { 0 };
  gboolean     ok = FALSE;
  int          n;

  options->print.for_print = TRUE;
  render_output (&out, snapshot, options, "catalogue-for-print.pdf");
  n = poppler_document_get_n_pages (out.doc);
  g_assert_cmpint (n % 4, ==, 0);
  for (int p = 1; p <= n; p++)
    {
      PdfBoxes boxes;

      if (!pdf_boxes (out.path, p, &boxes))
        break;
      g_assert_cmpfloat_with_epsilon (boxes.media[2], w + 2 * s, 0.02);
      g_assert_cmpfloat_with_epsilon (boxes.trim[0], s, 0.02);
      g_assert_cmpfloat_with_epsilon (boxes.trim[2] - boxes.trim[0], w, 0.02);
      g_assert_cmpfloat_with_epsilon (boxes.bleed[0], boxes.trim[0] - b, 0.02);
      g_assert_cmpfloat_with_epsilon (boxes.bleed[3], boxes.trim[3] + b, 0.02);
    }
  {
    g_autoptr (PopplerPage) cover = poppler_document_get_page (out.doc, 0);
    g_autoptr (PopplerPage) back = poppler_document_get_page (out.doc, n - 1);

    g_assert_true (pixel_is_near (pdf_pixel (cover, s - b / 2, s + 20), 0x1b5e8c));
    g_assert_true (pixel_is_near (pdf_pixel (cover, s + w / 2, s - b / 2), 0x1b5e8c));
    g_assert_true (pixel_is_white (pdf_pixel (cover, s - b - 2, s + 20)));
    g_assert_true (pixel_is_near (pdf_pixel (back, s + w / 2, s + h + b / 2), 0x1b5e8c));
    g_assert_true (pixel_is_near (pdf_pixel (back, s + w + b / 2, s + h - 10), 0x1b5e8c));
  }
  if (pdf_qpdf_check (out.path, &ok))
    g_assert_true (ok);
  output_clear (&out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/catalogue-print/booklet", test_booklet);
  g_test_add_func ("/kp/render/catalogue-print/a4-no-booklet", test_a4_no_booklet);
  g_test_add_func ("/kp/render/catalogue-print/running-heads/a5", test_running_heads_a5);
  g_test_add_func ("/kp/render/catalogue-print/running-heads/a4", test_running_heads_a4);
  g_test_add_data_func ("/kp/render/catalogue-print/large-print/a5",
                        GINT_TO_POINTER (KP_PAGE_SIZE_A5), test_large_print);
  g_test_add_data_func ("/kp/render/catalogue-print/large-print/a4",
                        GINT_TO_POINTER (KP_PAGE_SIZE_A4), test_large_print);
  g_test_add_func ("/kp/render/catalogue-print/structure", test_structure);
  g_test_add_func ("/kp/render/catalogue-print/for-print", test_for_print);
  return g_test_run ();
}
