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

static void
place_paragraph_line (KpFlow  *flow,
                      int      row,
                      double   y,
                      gpointer user_data)
{
  KpCatalogue *cat = user_data;

  if (cat->cr != NULL && row > 0)
    kp_text_layout_draw_lines (cat->text, cat->cr, cat->left, y, row - 1, 1);
}

/**
 * kp_catalogue_paragraph:
 * @space_before: white space above it, dropped at the top of a page
 * @keep_with: height that must follow it on the same page (a subheading's), or 0
 *
 * Places the paragraph the caller has put in cat->text, full width.
 */
void
kp_catalogue_paragraph (KpCatalogue *cat,
                        double       space_before,
                        double       keep_with)
{
  g_array_set_size (cat->rows, 0);
  kp_flow_rows_add (cat->rows, space_before, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add_lines (cat->rows, kp_text_layout_get_n_lines (cat->text),
                          kp_text_layout_get_line_height (cat->text),
                          keep_with > 0 ? KP_FLOW_ROW_GLUE : 0);
  kp_catalogue_place_block (cat, keep_with, place_paragraph_line, cat);
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
  kp_catalogue_paragraph (cat, cat->style.body_size * 1.4, keep_with);
}

typedef struct
{
  KpCatalogue *cat;
  const char  *title;
  const char  *dest;
  int         *page;
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
        }
    }
  if (cat->cr != NULL)
    kp_text_layout_draw_lines (cat->text, cat->cr, cat->left, y, row, 1);
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
  PageHeading h = { cat, title, dest, out_page };
  guint       n;

  kp_text_layout_reset (cat->text, cat->width);
  kp_text_layout_append (cat->text, cat->style.heading, title);
  n = kp_text_layout_get_n_lines (cat->text);
  g_array_set_size (cat->rows, 0);
  for (guint i = 0; i < n; i++)
    kp_flow_rows_add (cat->rows, kp_text_layout_get_line_height (cat->text), KP_FLOW_ROW_GLUE);
  kp_flow_rows_add (cat->rows, cat->style.body_size * 1.2, KP_FLOW_ROW_SPACE);
  kp_catalogue_place_block (cat, 0, place_page_heading, &h);
}
