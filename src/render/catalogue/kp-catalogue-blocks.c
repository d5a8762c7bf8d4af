/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-private.h"

/* Small blocks every part of the catalogue places: paragraphs, headings, bookmarks, and
 * the bookkeeping of pages between the two passes. */

/**
 * kp_catalogue_record_page:
 *
 * Remembers the page something starts on in the measuring pass, and checks in the
 * drawing pass that it is still there.
 */
void
kp_catalogue_record_page (KpCatalogue *cat,
                          int         *field,
                          int          page)
{
  if (cat->cr == NULL)
    *field = page;
  else if (*field != page)
    cat->mismatch = TRUE;
}

/**
 * kp_catalogue_add_outline:
 * @out_id: (out) (optional): the bookmark's id, 0 while measuring
 */
void
kp_catalogue_add_outline (KpCatalogue *cat,
                          int          parent,
                          const char  *title,
                          double       y,
                          int         *out_id)
{
  int id = 0;

  if (cat->writer != NULL)
    id = kp_document_writer_add_outline (cat->writer, parent, title, y, FALSE);
  if (out_id != NULL)
    *out_id = id;
}

void
kp_catalogue_place_block (KpCatalogue    *cat,
                          double          keep_with,
                          KpFlowPlaceFunc place,
                          gpointer        user_data)
{
  kp_flow_place (&cat->flow, (const KpFlowRow *) cat->rows->data, cat->rows->len, keep_with, 0,
                 place, user_data);
}

typedef struct
{
  KpCatalogue *cat;
  KpTag        tag;
  guint        n_lines;
} TextPlace;

static void
place_text_line (KpFlow  *flow,
                 int      row,
                 double   y,
                 gpointer user_data)
{
  TextPlace   *t = user_data;
  KpCatalogue *cat = t->cat;

  if (cat->cr == NULL || row <= 0)
    return;
  if (row == 1)
    kp_document_writer_begin (cat->writer, t->tag);
  kp_text_layout_draw_lines (cat->text, cat->cr, cat->left, y, row - 1, 1);
  if (row == (int) t->n_lines)
    kp_document_writer_end (cat->writer, t->tag);
}

/**
 * kp_catalogue_text_block:
 * @tag: the structure element it is (P, H2 …)
 * @space_before: white space above it, dropped at the top of a page
 * @keep_with: height that must follow it on the same page (a subheading's), or 0
 *
 * Places the text the caller has put in cat->text, full width.
 */
void
kp_catalogue_text_block (KpCatalogue *cat,
                         KpTag        tag,
                         double       space_before,
                         double       keep_with)
{
  TextPlace t = { cat, tag, kp_text_layout_get_n_lines (cat->text) };

  g_array_set_size (cat->rows, 0);
  kp_flow_rows_add (cat->rows, space_before, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add_lines (cat->rows, t.n_lines, kp_text_layout_get_line_height (cat->text),
                          keep_with > 0 ? KP_FLOW_ROW_GLUE : 0);
  kp_catalogue_place_block (cat, keep_with, place_text_line, &t);
}

/**
 * kp_catalogue_paragraph:
 *
 * kp_catalogue_text_block() of a paragraph (P).
 */
void
kp_catalogue_paragraph (KpCatalogue *cat,
                        double       space_before,
                        double       keep_with)
{
  kp_catalogue_text_block (cat, KP_TAG_P, space_before, keep_with);
}

/**
 * kp_catalogue_field_line:
 * @label: the label, "Phone"
 * @value: its value
 * @line: the line drawn now, of the longer of the two
 * @value_x: where the value starts
 *
 * One line of a label and its value, in columns, one paragraph read as "Phone +420 …": it
 * begins on the first line and ends on the last. (A list item with Lbl and LBody would say
 * the same with three elements a field; a national catalogue has 50 000 fields.)
 */
void
kp_catalogue_field_line (KpCatalogue  *cat,
                         KpTextLayout *label,
                         KpTextLayout *value,
                         guint         line,
                         double        x,
                         double        value_x,
                         double        y)
{
  guint n = MAX (kp_text_layout_get_n_lines (label), kp_text_layout_get_n_lines (value));

  if (cat->cr == NULL)
    return;
  if (line == 0)
    kp_document_writer_begin (cat->writer, KP_TAG_P);
  kp_text_layout_set_trailing_space (label, TRUE);
  kp_text_layout_draw_lines (label, cat->cr, x, y, line, 1);
  kp_text_layout_draw_lines (value, cat->cr, value_x, y, line, 1);
  if (line + 1 >= n)
    kp_document_writer_end (cat->writer, KP_TAG_P);
}

/**
 * kp_catalogue_draw_logos:
 *
 * The logos in a row, as one figure whose alternative text names them.
 */
void
kp_catalogue_draw_logos (KpCatalogue *cat,
                         double       x,
                         double       y,
                         double       height)
{
  g_autofree char *alt = kp_document_logos_alt (cat->options->logos);

  if (cat->cr == NULL || cat->logos->len == 0)
    return;
  kp_document_writer_begin_figure (cat->writer, alt);
  kp_document_draw_logos (cat->cr, cat->logos, x, y, height, height / 2);
  kp_document_writer_end (cat->writer, KP_TAG_FIGURE);
}

/**
 * kp_catalogue_subheading:
 * @keep_with: height of what must follow it on the same page
 */
void
kp_catalogue_subheading (KpCatalogue *cat,
                         const char  *title,
                         double       keep_with)
{
  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.subheading, title);
  kp_catalogue_text_block (cat, KP_TAG_H2, cat->style.body_size * 1.4, keep_with);
}

typedef struct
{
  KpCatalogue *cat;
  const char  *title;
  const char  *dest;
  int         *page;
  guint        n_lines;
} PageHeading;

static void
place_page_heading (KpFlow  *flow,
                    int      row,
                    double   y,
                    gpointer user_data)
{
  PageHeading *h = user_data;
  KpCatalogue *cat = h->cat;

  if (row == 0)
    {
      kp_catalogue_record_page (cat, h->page, flow->page);
      if (cat->cr != NULL)
        {
          kp_document_writer_add_dest (cat->writer, h->dest, cat->left, y);
          kp_catalogue_add_outline (cat, 0, h->title, y, NULL);
          kp_document_writer_begin (cat->writer, KP_TAG_H1);
        }
    }
  if (cat->cr == NULL || row >= (int) h->n_lines)
    return;
  kp_text_layout_draw_lines (cat->text, cat->cr, cat->left, y, row, 1);
  if (row + 1 == (int) h->n_lines)
    kp_document_writer_end (cat->writer, KP_TAG_H1);
}

/**
 * kp_catalogue_heading:
 * @dest: the named destination of the heading
 * @out_page: where the page of the heading is recorded
 *
 * Places the title of a part ("Contents", "Crisis lines" …) with a bookmark.
 */
void
kp_catalogue_heading (KpCatalogue *cat,
                      const char  *title,
                      const char  *dest,
                      int         *out_page)
{
  PageHeading h = { cat, title, dest, out_page, 0 };

  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.heading, title);
  h.n_lines = kp_text_layout_get_n_lines (cat->text);
  g_array_set_size (cat->rows, 0);
  for (guint i = 0; i < h.n_lines; i++)
    kp_flow_rows_add (cat->rows, kp_text_layout_get_line_height (cat->text), KP_FLOW_ROW_GLUE);
  kp_flow_rows_add (cat->rows, cat->style.body_size * 1.2, KP_FLOW_ROW_SPACE);
  kp_catalogue_place_block (cat, 0, place_page_heading, &h);
}
