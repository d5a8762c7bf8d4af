/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "kp-document-flow.h"
#include "kp-text-document-private.h"
#include "test-pdf-utils.h"
#include "test-text-document-sample.h"

/* The PDF of a KpTextDocument, read back with Poppler as a reader would: the synthetic plan
 * of 1 000 activities is written once; every activity heading is there in order, the page
 * the contents give for a chapter or section holds it, a table's header is repeated on
 * every page it goes on to, a wide table is on landscape pages, no page ends with a
 * heading; a smaller plan for the structure tree (figures with their alternative text,
 * headings, tables), the bookmarks and metadata; and the flow's widow and orphan rule. */

typedef struct
{
  char           *path;
  char           *dir;
  int             n_pages;
  char          **pages; /* each page's text, its white space made single spaces */
  char          **raw;   /* each page's text as Poppler gives it */
  double         *widths;
  double         *heights;
  SamplePlanInfo  info;
  KpTextDocument *doc;
} Written;

static Written big;

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';

      if (space && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, space ? ' ' : *p);
    }
  return g_string_free (out, FALSE);
}

static void
write_plan (Written *w,
            guint    n_activities)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) pdf = NULL;

  w->dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_assert_no_error (error);
  w->path = g_build_filename (w->dir, "plan.pdf", NULL);
  w->doc = sample_plan_new (n_activities, &w->info);
  g_assert_true (kp_document_write_file (KP_DOCUMENT (w->doc), w->path, KP_DOCUMENT_FORMAT_PDF,
                                         NULL, NULL, &error));
  g_assert_no_error (error);
  pdf = pdf_open (w->path);
  w->n_pages = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (w->n_pages, ==, kp_document_get_n_pages (KP_DOCUMENT (w->doc)));
  w->pages = g_new0 (char *, w->n_pages + 1);
  w->raw = g_new0 (char *, w->n_pages + 1);
  w->widths = g_new0 (double, w->n_pages);
  w->heights = g_new0 (double, w->n_pages);
  for (int i = 0; i < w->n_pages; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (pdf, i);

      w->raw[i] = poppler_page_get_text (page);
      w->pages[i] = squeeze (w->raw[i]);
      poppler_page_get_size (page, &w->widths[i], &w->heights[i]);
    }
}

static void
written_clear (Written *w)
{
  g_unlink (w->path);
  g_rmdir (w->dir);
  g_free (w->path);
  g_free (w->dir);
  g_strfreev (w->pages);
  g_strfreev (w->raw);
  g_free (w->widths);
  g_free (w->heights);
  g_clear_object (&w->doc);
}

/* The first page from @from (0-based) whose text holds @text, or -1. */
static int
find_page (Written    *w,
           const char *text,
           int         from)
{
  for (int i = MAX (from, 0); i < w->n_pages; i++)
    if (strstr (w->pages[i], text) != NULL)
      return i;
  return -1;
}

static void
test_pdf_activities_in_order (void)
{
  int         page = find_page (&big, "Tabulka 2: Přehled aktivit", 0);
  const char *at;

  /* the size the benchmark and ARCHITECTURE.md speak of */
  g_assert_cmpint (big.n_pages, >=, 250);
  g_assert_cmpint (page, >, 0);
  page = find_page (&big, "Priorita 1:", page + 1);
  g_assert_cmpint (page, >, 0);
  at = strstr (big.pages[page], "Priorita 1:");
  for (guint i = 0; i < big.info.n_activities; i++)
    {
      g_autofree char *code = sample_activity_code (&big.info, i);
      g_autofree char *title = sample_activity_title (i);
      g_autofree char *heading = g_strdup_printf ("%s %s", code, title);
      const char      *found = strstr (at, heading);

      while (found == NULL && page + 1 < big.n_pages)
        {
          at = big.pages[++page];
          found = strstr (at, heading);
        }
      if (found == NULL)
        g_error ("Activity “%s” is missing or out of order", heading);
      at = found + strlen (heading);
    }
}

/* The page number the contents give for the heading that starts with @heading: the digits
 * at the right of the same line (Poppler reads the column of numbers apart). -1: none. */
static int
contents_page_of (PopplerDocument *pdf,
                  int              first,
                  int              last,
                  const char      *heading)
{
  g_autofree char *prefix = g_utf8_substring (heading, 0, MIN (g_utf8_strlen (heading, -1), 15));

  for (int i = first; i <= last; i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char             *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint                        n_rects = 0;
      const char                  *at = strstr (text, prefix);
      double                       y, width, height;
      glong                        index;
      int                          number = 0;
      gboolean                     any = FALSE;

      if (at == NULL)
        continue;
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      poppler_page_get_size (page, &width, &height);
      index = g_utf8_pointer_to_offset (text, at);
      g_assert_cmpuint (index, <, n_rects);
      y = (rects[index].y1 + rects[index].y2) / 2;
      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        {
          glong             k = g_utf8_pointer_to_offset (text, p);
          PopplerRectangle *r = &rects[k];

          if (k < (glong) n_rects && g_ascii_isdigit (*p) && r->x1 > width * 0.75 &&
              fabs ((r->y1 + r->y2) / 2 - y) < 3)
            {
              number = number * 10 + (*p - '0');
              any = TRUE;
            }
        }
      return any ? number : -1;
    }
  return -1;
}

static void
test_pdf_contents_pages (void)
{
  g_autoptr (PopplerDocument) pdf = pdf_open (big.path);
  KpDocModel model;
  int        first_body = -1;
  guint      n_checked = 0;

  kp_text_document_get_model (big.doc, &model);
  /* the contents: from page 2 to the page before the first chapter */
  for (int i = 1; i < big.n_pages && first_body < 0; i++)
    if (strstr (big.pages[i], "Obsah") == NULL)
      first_body = i;
  g_assert_cmpint (first_body, >, 1);
  for (guint b = 0; b < model.blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (model.blocks, b);
      int               listed, actual;

      if (block->kind != KP_DOC_BLOCK_HEADING || block->level > 2)
        continue;
      listed = contents_page_of (pdf, 1, first_body - 1, block->text);
      actual = find_page (&big, block->text, first_body);
      g_assert_cmpint (listed, >, 0);
      /* the contents' page number is the page's number (the title page is page 1) */
      g_assert_cmpint (listed, ==, actual + 1);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 4 + 5 + big.info.n_priorities);
}

static void
test_pdf_table_header_repeated (void)
{
  static const char *const overview_header[] = { "Kód", "Aktivita", "Termín", "Náklady (Kč)" };
  static const char *const services_header[] = { "Identifikátor", "Druh služby", "Kapacita",
                                                 "Působnost", "Úvazky" };
  int                      first = find_page (&big, "Tabulka 2: Přehled aktivit", 0);
  int                      n_continued = 0;
  int                      wide = find_page (&big, "Tabulka 1: Přehled registrovaných služeb", 0);
  int                      i;

  g_assert_cmpint (first, >, 0);
  for (i = first + 1; i < big.n_pages; i++)
    {
      /* a page with rows of the overview ("2026–2027" is in no other table) */
      if (strstr (big.pages[i], "2026–2027") == NULL && strstr (big.pages[i], "2027–2028") == NULL)
        continue;
      g_assert_nonnull (strstr (big.pages[i], "Tabulka 2: Přehled aktivit (pokračování)"));
      for (guint h = 0; h < G_N_ELEMENTS (overview_header); h++)
        g_assert_nonnull (strstr (big.pages[i], overview_header[h]));
      n_continued++;
    }
  /* 1 000 rows do not fit on two pages */
  g_assert_cmpint (n_continued, >=, 10);

  /* the wide table: landscape pages, each with the header, then portrait again */
  g_assert_cmpint (wide, >, 0);
  g_assert_cmpfloat (big.widths[wide], >, big.heights[wide]);
  g_assert_cmpfloat (big.widths[wide - 1], <, big.heights[wide - 1]);
  /* its heading and the sentence before it went with it */
  g_assert_nonnull (strstr (big.pages[wide], "2.2 Síť sociálních služeb"));
  for (i = wide + 1; strstr (big.pages[i], "služeb na území (pokračování)") != NULL; i++)
    {
      g_assert_cmpfloat (big.widths[i], >, big.heights[i]);
      for (guint h = 0; h < G_N_ELEMENTS (services_header); h++)
        g_assert_nonnull (strstr (big.pages[i], services_header[h]));
    }
  g_assert_cmpint (i, >, wide + 1);
  g_assert_cmpfloat (big.widths[i], <, big.heights[i]);
}

static void
test_pdf_no_heading_at_foot (void)
{
  KpDocModel model;

  kp_text_document_get_model (big.doc, &model);
  for (int i = 1; i < big.n_pages; i++)
    {
      g_autofree char *foot = g_strdup_printf ("Strana %d z %d", i + 1, big.n_pages);
      char            *end = strstr (big.pages[i], foot);
      g_autofree char *body = NULL;

      /* the page number is the last line, on every page but the title page */
      g_assert_nonnull (end);
      body = g_strstrip (g_strndup (big.pages[i], end - big.pages[i]));
      for (guint b = 0; b < model.blocks->len; b++)
        {
          const KpDocBlock *block = g_ptr_array_index (model.blocks, b);

          if (block->kind == KP_DOC_BLOCK_HEADING && g_str_has_suffix (body, block->text))
            g_error ("Page %d ends with the heading “%s”", i + 1, block->text);
        }
    }
}

static void
test_pdf_metadata_and_bookmarks (void)
{
  g_autoptr (PopplerDocument) pdf = pdf_open (big.path);
  g_autofree char  *title = poppler_document_get_title (pdf);
  g_autofree char  *author = poppler_document_get_author (pdf);
  PopplerIndexIter *iter = poppler_index_iter_new (pdf);
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpstr (title, ==, "Střednědobý plán rozvoje sociálních služeb ORP Lesná");
  g_assert_cmpstr (author, ==, "Město Lesná");
  g_assert_nonnull (iter);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_ptr_array_add (titles, g_strdup (action->any.title));
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);
  /* the title, the contents and the chapters at the top level */
  g_assert_cmpuint (titles->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (titles, 1), ==, "Obsah");
  g_assert_cmpstr (g_ptr_array_index (titles, 2), ==, "1 Úvod");
  g_assert_cmpstr (g_ptr_array_index (titles, 5), ==, "4 Rozpočet");
}

static void
test_pdf_structure (void)
{
  Written small = { 0 };
  g_autoptr (PopplerDocument) pdf = NULL;
  g_autoptr (GPtrArray) elements = NULL;
  guint n_figures = 0, n_th = 0;
  int   at;

  write_plan (&small, 24);
  pdf = pdf_open (small.path);
  elements = pdf_structure (pdf);
  g_assert_nonnull (elements);
  for (guint i = 0; i < elements->len; i++)
    {
      const PdfElement *e = g_ptr_array_index (elements, i);

      if (e->kind == POPPLER_STRUCTURE_ELEMENT_FIGURE)
        {
          g_assert_nonnull (e->alt);
          n_figures++;
        }
      n_th += e->kind == POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING;
    }
  g_assert_cmpuint (n_figures, ==, small.info.n_charts);
  /* the header cells are tagged once, not again on the pages the table goes on to */
  g_assert_cmpuint (n_th, ==, 9 + 4 + 5);
  at = pdf_structure_find (elements, POPPLER_STRUCTURE_ELEMENT_HEADING_1, "1 Úvod", 0);
  g_assert_cmpint (at, >=, 0);
  at = pdf_structure_find (elements, POPPLER_STRUCTURE_ELEMENT_HEADING_2, "1.1 Organizační", at);
  g_assert_cmpint (at, >=, 0);
  at = pdf_structure_find (elements, POPPLER_STRUCTURE_ELEMENT_LIST_ITEM, "senioři", at);
  g_assert_cmpint (at, >=, 0);
  at = pdf_structure_find (elements, POPPLER_STRUCTURE_ELEMENT_TABLE, "Identifikátor", at);
  g_assert_cmpint (at, >=, 0);
  /* user text is never markup */
  g_assert_cmpint (find_page (&small, "s <b>značkami</b> & \"uvozovkami\"", 0), >=, 0);
  /* figures: the captions under them */
  g_assert_cmpint (find_page (&small, "Obrázek 1: Věková pyramida", 0), >, 0);
  written_clear (&small);
}

typedef struct
{
  double width;
  double height;
  guint  n_calls;
} DrawnAt;

static void
record_size (cairo_t *cr,
             double   width,
             double   height,
             gpointer user_data)
{
  DrawnAt *at = user_data;

  at->width = width;
  at->height = height;
  at->n_calls++;
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* A figure far larger than a page is drawn smaller, its shape kept, within the text frame
 * (A4 with 22 mm margins), with its caption on the same page. */
static void
test_pdf_figure_fits (void)
{
  g_autoptr (KpTextDocument) doc = kp_text_document_new (KP_DOCUMENT_KIND_PLAN, "Obrázky");
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (PopplerDocument) poppler = NULL;
  DrawnAt      at = { 0 };
  KpDocFigure *figure;

  kp_text_document_set_title_page (doc, FALSE);
  kp_text_document_add_heading (doc, 1, NULL, "Mapa území");
  figure = kp_text_document_add_figure (doc, 3000, 4000, record_size, &at, NULL);
  kp_doc_figure_set_caption (figure, "Obce a jejich služby");
  pdf = kp_document_write_bytes (KP_DOCUMENT (doc), KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (at.n_calls, ==, 1);
  g_assert_cmpfloat (at.width, <=, 595.28 - 2 * TEST_MM (22));
  g_assert_cmpfloat (at.height, <=, 841.89 - TEST_MM (24) - TEST_MM (22));
  g_assert_cmpfloat_with_epsilon (at.width / at.height, 0.75, 0.001);
  poppler = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (poppler), ==, 1);
}

/* A PDF for print keeps one sheet size: a wide table is set across portrait pages. */
static void
test_pdf_for_print (void)
{
  g_autoptr (KpTextDocument) doc = g_object_new (KP_TYPE_TEXT_DOCUMENT, "kind",
                                                 KP_DOCUMENT_KIND_ACTION_PLAN, "title",
                                                 "Akční plán 2027", "for-print", TRUE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (PopplerDocument) poppler = NULL;
  KpDocTable *table;

  kp_text_document_add_heading (doc, 1, NULL, "Aktivity");
  table = kp_text_document_add_table (doc, 12);
  kp_doc_table_set_wide (table, TRUE);
  kp_doc_table_set_header_rows (table, 1);
  for (guint i = 0; i < 12 * 80; i++)
    kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, i < 12 ? "Sloupec" : "buňka");
  kp_text_document_add_text (doc, "Konec.");
  pdf = kp_document_write_bytes (KP_DOCUMENT (doc), KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  poppler = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (poppler); i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (poppler, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat (width, <, height);
    }
}

/* The contents link to their headings, by named destinations. */
static void
test_pdf_contents_links (void)
{
  g_autoptr (PopplerDocument) pdf = pdf_open (big.path);
  g_autoptr (PopplerPage) page = poppler_document_get_page (pdf, 1);
  GList *mapping = poppler_page_get_link_mapping (page);
  guint  n_named = 0;

  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;

      if (link->action->type == POPPLER_ACTION_GOTO_DEST &&
          link->action->goto_dest.dest->type == POPPLER_DEST_NAMED)
        {
          PopplerDest *dest =
              poppler_document_find_dest (pdf, link->action->goto_dest.dest->named_dest);

          g_assert_nonnull (dest);
          poppler_dest_free (dest);
          n_named++;
        }
    }
  poppler_page_free_link_mapping (mapping);
  /* every chapter and section on the first page of the contents */
  g_assert_cmpuint (n_named, >=, 4 + 5);
}

static void
place_nothing (KpFlow  *flow,
               int      row,
               double   y,
               gpointer user_data)
{
  int *first_page = user_data;

  if (row == 1)
    *first_page = flow->page;
}

/* A paragraph of 5 lines where one line is left on the page starts on the next (no
 * orphan); where four are left, it is split 3 + 2 (no widow). */
static void
test_flow_widows_orphans (void)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  KpFlow flow;
  int    first_page = 0;

  kp_flow_rows_add (rows, 5, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add_lines (rows, 5, 10, 0);
  kp_flow_init (&flow, 1, 0, 100, NULL, NULL);
  flow.y = 85;
  flow.empty = FALSE;
  kp_flow_place_breaking (&flow, (const KpFlowRow *) (gpointer) rows->data, rows->len, 0, 0,
                          place_nothing, &first_page);
  g_assert_cmpint (first_page, ==, 2);
  g_assert_cmpfloat (flow.y, ==, 50);

  kp_flow_init (&flow, 1, 0, 100, NULL, NULL);
  flow.y = 55;
  flow.empty = FALSE;
  kp_flow_place_breaking (&flow, (const KpFlowRow *) (gpointer) rows->data, rows->len, 0, 0,
                          place_nothing, &first_page);
  g_assert_cmpint (first_page, ==, 1);
  /* 3 lines here (55 + 5 + 30 = 90; the fourth would leave one alone), 2 on the next page */
  g_assert_cmpint (flow.page, ==, 2);
  g_assert_cmpfloat (flow.y, ==, 20);
}

static void
test_cancel_leaves_nothing (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (big.dir, "cancelled.odt", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);

  g_cancellable_cancel (cancellable);
  for (int f = 0; f < 2; f++)
    {
      g_assert_false (kp_document_write_file (KP_DOCUMENT (big.doc), path, f, NULL, cancellable,
                                              &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/text-document/flow/widows-orphans", test_flow_widows_orphans);
  g_test_add_func ("/kp/text-document/pdf/activities-in-order", test_pdf_activities_in_order);
  g_test_add_func ("/kp/text-document/pdf/contents-pages", test_pdf_contents_pages);
  g_test_add_func ("/kp/text-document/pdf/table-header-repeated", test_pdf_table_header_repeated);
  g_test_add_func ("/kp/text-document/pdf/no-heading-at-foot", test_pdf_no_heading_at_foot);
  g_test_add_func ("/kp/text-document/pdf/metadata-bookmarks", test_pdf_metadata_and_bookmarks);
  g_test_add_func ("/kp/text-document/pdf/structure", test_pdf_structure);
  g_test_add_func ("/kp/text-document/pdf/figure-fits", test_pdf_figure_fits);
  g_test_add_func ("/kp/text-document/pdf/contents-links", test_pdf_contents_links);
  g_test_add_func ("/kp/text-document/pdf/for-print", test_pdf_for_print);
  g_test_add_func ("/kp/text-document/cancel", test_cancel_leaves_nothing);
  write_plan (&big, 1000);
  status = g_test_run ();
  written_clear (&big);
  return status;
}
