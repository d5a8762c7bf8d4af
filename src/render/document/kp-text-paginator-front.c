/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"
#include "kp-document-logo.h"
#include "kp-text-paginator-private.h"

/* The title page, the table of contents and figures.
 *
 * The title page has the title a quarter down, the issuer and date lower, and at its foot
 * the logos in a row with the EU publicity text under them (the order of the EU's rules:
 * the emblem with the funding statement).
 *
 * The contents list the headings down to its depth with their pages, right-aligned in a
 * column of fixed width after a dotted leader, so the measuring pass (which does not know
 * the pages yet) breaks the lines as the drawing pass does. Every entry links to its
 * heading. A figure is scaled down, keeping its shape, to the text width and to what a
 * page holds with its caption; it is never split. */

#define TOC_INDENT        16.0
#define TITLE_LOGO_HEIGHT 42.0
#define TITLE_LOGO_GAP    18.0

static void
draw_text (KpTextPaginator *pag,
           guint            style,
           const char      *text,
           KpTag            tag,
           double           x,
           double          *y,
           double           width)
{
  kp_text_layout_reset (pag->text, width);
  kp_text_layout_append (pag->text, style, text);
  kp_document_writer_begin (pag->writer, tag);
  kp_text_layout_draw (pag->text, pag->cr, x, *y);
  kp_document_writer_end (pag->writer, tag);
  *y += kp_text_layout_get_height (pag->text);
}

/* The logos' row and the publicity text at the foot of the title page, from @foot up.
 * Returns: the top of what was drawn */
static double
draw_cover_foot (KpTextPaginator *pag,
                 double           foot)
{
  const KpPagGeometry *g = &pag->portrait;
  const KpDocModel    *model = pag->model;
  GPtrArray           *logos = model->logo_images;
  double               logo_height = TITLE_LOGO_HEIGHT;

  if (model->publicity != NULL)
    {
      kp_text_layout_reset (pag->text, g->width);
      kp_text_layout_append (pag->text, pag->st.small, model->publicity);
      foot -= kp_text_layout_get_height (pag->text);
      kp_document_writer_begin (pag->writer, KP_TAG_P);
      kp_text_layout_draw (pag->text, pag->cr, g->left, foot);
      kp_document_writer_end (pag->writer, KP_TAG_P);
    }
  if (logos != NULL && logos->len > 0)
    {
      g_autofree char *alt = kp_document_logos_alt (model->logos);
      double           width = kp_document_measure_logos (logos, logo_height, TITLE_LOGO_GAP);

      /* a row wider than the page is made lower, never cut */
      if (width > g->width)
        logo_height *= g->width / width;
      foot -= logo_height + (model->publicity != NULL ? pag->st.body_size : 0);
      kp_document_writer_begin_figure (pag->writer, alt);
      kp_document_draw_logos (pag->cr, logos, g->left, foot, logo_height, TITLE_LOGO_GAP);
      kp_document_writer_end (pag->writer, KP_TAG_FIGURE);
    }
  return foot;
}

/**
 * kp_pag_draw_title_page:
 *
 * The first page: a band of the accent colour, the title, the subtitle, the issuer and
 * date, and at its foot the logos and the EU publicity text. No running head, no page
 * number.
 */
void
kp_pag_draw_title_page (KpTextPaginator *pag)
{
  const KpPagGeometry *g = &pag->portrait;
  const KpDocModel    *model = pag->model;
  double               y = g->page_height * 0.28;
  double               foot;
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *date = NULL;

  if (pag->cr == NULL)
    return;
  kp_document_writer_begin_artifact (pag->writer);
  kp_document_fill_rect (pag->cr, KP_PUB_ACCENT, g->left, y - 24, 60, 6);
  kp_document_writer_end_artifact (pag->writer);
  draw_text (pag, pag->st.title, model->title, KP_TAG_H1, g->left, &y, g->width);
  kp_pag_add_outline (pag, 1, model->title, 0);
  pag->outline[1] = 0;
  if (model->subtitle != NULL)
    {
      y += 12;
      draw_text (pag, pag->st.subtitle, model->subtitle, KP_TAG_P, g->left, &y, g->width);
    }

  /* the issuer and the date above the foot, or where they were without one */
  foot = draw_cover_foot (pag, g->bottom);
  y = foot < g->bottom ? foot - pag->st.body_size * 2.5 - 60 : g->bottom - 60;
  if (model->author != NULL)
    draw_text (pag, pag->st.issuer, model->author, KP_TAG_P, g->left, &y, g->width);
  if (model->date == NULL)
    now = g_date_time_new_now_local ();
  date = kp_czech_format_date_dt (model->date != NULL ? model->date : now);
  y += 4;
  draw_text (pag, pag->st.date, date, KP_TAG_P, g->left, &y, g->width);
}

/* The leaders of the contents (a dotted line from an entry to its page number) are stroked
 * once per page. */
void
kp_pag_stroke_leaders (KpTextPaginator *pag)
{
  static const double dots[] = { 0.6, 2.4 };

  if (pag->cr == NULL || pag->leaders->len == 0)
    return;
  for (guint i = 0; i + 2 < pag->leaders->len; i += 3)
    {
      const double *l = &g_array_index (pag->leaders, double, i);

      cairo_move_to (pag->cr, l[0], l[2]);
      cairo_line_to (pag->cr, l[1], l[2]);
    }
  cairo_save (pag->cr);
  kp_text_cache_set_rgb (pag->cr, KP_PUB_MUTED);
  cairo_set_line_width (pag->cr, 0.8);
  cairo_set_line_cap (pag->cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (pag->cr, dots, G_N_ELEMENTS (dots), 0);
  cairo_stroke (pag->cr);
  cairo_restore (pag->cr);
  g_array_set_size (pag->leaders, 0);
}

typedef struct
{
  KpTextPaginator  *pag;
  const KpDocBlock *heading;
  guint             heading_index;
  double            indent;
  double            number_width;
  guint             n_lines;
} TocPlace;

static void
place_toc_row (KpFlow  *flow,
               int      row,
               double   y,
               gpointer user_data)
{
  TocPlace            *t = user_data;
  KpTextPaginator     *pag = t->pag;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  KpTextLayout        *text = pag->text;
  double               x = g->left + t->indent;
  g_autofree char     *link = NULL;
  guint                line;

  if (pag->cr == NULL || row <= 0)
    return;
  line = row - 1;
  if (line == 0)
    kp_document_writer_begin (pag->writer, KP_TAG_TOCI);
  link = kp_text_link_dest (t->heading->anchor);
  kp_document_writer_begin_link (pag->writer, link, x, y, g->left + g->width - x,
                                 kp_text_layout_get_line_height (text));
  /* the page number follows: read "Úvod 3" */
  kp_text_layout_set_trailing_space (text, TRUE);
  kp_text_layout_draw_lines (text, pag->cr, x, y, line, 1);
  if (line + 1 == t->n_lines)
    {
      g_autofree char *number = g_strdup_printf ("%d", pag->block_page[t->heading_index]);
      double           from = x + kp_text_layout_get_line_width (text, line) + 5;
      double           to = g->left + g->width - t->number_width - 3;
      double           baseline = y + kp_text_layout_get_baseline (text);

      if (to - from > 8)
        {
          double leader[3] = { from, to, baseline };

          g_array_append_vals (pag->leaders, leader, 3);
        }
      kp_text_layout_reset (pag->label, t->number_width);
      kp_text_layout_set_align (pag->label, KP_TEXT_ALIGN_RIGHT);
      kp_text_layout_append (pag->label, pag->st.toc[t->heading->level], number);
      kp_text_layout_draw_lines (pag->label, pag->cr, g->left + g->width - t->number_width,
                                 y + kp_text_layout_get_baseline (text) -
                                     kp_text_layout_get_baseline (pag->label),
                                 0, 1);
    }
  kp_document_writer_end_link (pag->writer);
  if (line + 1 == t->n_lines)
    kp_document_writer_end (pag->writer, KP_TAG_TOCI);
}

static void
place_toc_title (KpFlow  *flow,
                 int      row,
                 double   y,
                 gpointer user_data)
{
  KpTextPaginator     *pag = user_data;
  const KpPagGeometry *g = kp_pag_geometry (pag);

  if (pag->cr == NULL || row != 1)
    return;
  kp_document_writer_add_dest (pag->writer, "kp-contents", g->left, y);
  kp_pag_add_outline (pag, 1, pag->words->contents, y);
  pag->outline[1] = 0;
  kp_document_writer_begin (pag->writer, KP_TAG_H1);
  kp_text_layout_draw (pag->text, pag->cr, g->left, y);
  kp_document_writer_end (pag->writer, KP_TAG_H1);
}

/**
 * kp_pag_place_contents:
 *
 * The table of contents, from a new page: "Obsah", then every heading down to the depth
 * of the block, indented by level, with its page.
 */
void
kp_pag_place_contents (KpTextPaginator *pag,
                       guint            b)
{
  const KpDocBlock    *block = g_ptr_array_index (pag->model->blocks, b);
  GPtrArray           *blocks = pag->model->blocks;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  TocPlace             t = { pag };

  kp_flow_next_page (&pag->flow);
  pag->running = pag->words->contents;
  kp_text_layout_reset (pag->text, g->width);
  kp_text_layout_append (pag->text, pag->st.heading[1], pag->words->contents);
  g_array_set_size (pag->rows, 0);
  kp_flow_rows_add (pag->rows, 0, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add (pag->rows, kp_text_layout_get_height (pag->text), KP_FLOW_ROW_GLUE);
  kp_flow_rows_add (pag->rows, pag->st.body_size * 1.2, KP_FLOW_ROW_GLUE);
  kp_pag_place_rows (pag, FALSE, pag->st.body_size * 3, 0, place_toc_title, pag);

  t.number_width = kp_text_cache_measure (pag->cache, pag->st.toc[1], "0000");
  kp_document_writer_begin (pag->writer, KP_TAG_TOC);
  for (guint i = 0; i < blocks->len; i++)
    {
      const KpDocBlock *heading = g_ptr_array_index (blocks, i);
      double            line_height;

      if (heading->kind != KP_DOC_BLOCK_HEADING || heading->level > block->level)
        continue;
      t.heading = heading;
      t.heading_index = i;
      t.indent = (heading->level - 1) * TOC_INDENT;
      kp_text_layout_reset (pag->text, g->width - t.indent - t.number_width - 16);
      kp_text_layout_append (pag->text, pag->st.toc[heading->level], heading->text);
      t.n_lines = kp_text_layout_get_n_lines (pag->text);
      line_height = kp_text_layout_get_line_height (pag->text);
      g_array_set_size (pag->rows, 0);
      kp_flow_rows_add (pag->rows, heading->level == 1 ? pag->st.body_size * 0.7 : 0,
                        KP_FLOW_ROW_SPACE);
      for (guint l = 0; l < t.n_lines; l++)
        kp_flow_rows_add (pag->rows, line_height, l + 1 < t.n_lines ? KP_FLOW_ROW_GLUE : 0);
      /* a chapter keeps its first section with it */
      kp_pag_place_rows (pag, FALSE, heading->level == 1 ? line_height : 0, 0, place_toc_row, &t);
    }
  kp_document_writer_end (pag->writer, KP_TAG_TOC);
}

/**
 * kp_pag_figure_height:
 * @out_width: (optional): the width the figure is drawn at
 * @out_figure_height: (optional): the height it is drawn at
 *
 * Returns: the height of the figure block: space, figure and caption
 */
double
kp_pag_figure_height (KpTextPaginator   *pag,
                      const KpDocFigure *figure,
                      double            *out_width,
                      double            *out_figure_height)
{
  const KpPagGeometry *g = kp_pag_geometry (pag);
  double               caption = 0;
  double               scale, space = pag->st.body_size;
  double               max_height;

  if (figure->caption != NULL)
    {
      g_autofree char *label = g_strdup_printf ("%s %d: ", pag->words->figure, pag->n_figures + 1);

      kp_text_layout_reset (pag->label, g->width);
      kp_text_layout_append (pag->label, pag->st.caption_label, label);
      kp_text_layout_append (pag->label, pag->st.caption, figure->caption);
      caption = kp_text_layout_get_height (pag->label) + 4;
    }
  /* with room left for a heading above it on the same page */
  max_height = g->bottom - g->top - caption - space - pag->st.body_size * 5;
  scale = MIN (1.0, MIN (g->width / figure->width, max_height / figure->height));
  if (out_width != NULL)
    *out_width = figure->width * scale;
  if (out_figure_height != NULL)
    *out_figure_height = figure->height * scale;
  return space + figure->height * scale + caption;
}

typedef struct
{
  KpTextPaginator   *pag;
  const KpDocFigure *figure;
  double             width;
  double             height;
  int                number;
} FigurePlace;

static void
place_figure_row (KpFlow  *flow,
                  int      row,
                  double   y,
                  gpointer user_data)
{
  FigurePlace         *f = user_data;
  KpTextPaginator     *pag = f->pag;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  const KpDocFigure   *figure = f->figure;
  cairo_t             *cr = pag->cr;
  double               x = g->left + (g->width - f->width) / 2;

  if (cr == NULL || row <= 0)
    return;
  if (row == 1)
    {
      if (figure->anchor != NULL)
        kp_document_writer_add_dest (pag->writer, figure->anchor, g->left, y);
      kp_document_writer_begin_figure (pag->writer,
                                       figure->alt != NULL ? figure->alt : figure->caption);
      cairo_save (cr);
      cairo_rectangle (cr, x, y, f->width, f->height);
      cairo_clip (cr);
      cairo_translate (cr, x, y);
      figure->draw (cr, f->width, f->height, figure->user_data);
      cairo_restore (cr);
      kp_document_writer_end (pag->writer, KP_TAG_FIGURE);
      return;
    }
  if (figure->caption != NULL)
    {
      g_autofree char *label = g_strdup_printf ("%s %d: ", pag->words->figure, f->number);

      kp_text_layout_reset (pag->label, g->width);
      kp_text_layout_set_align (pag->label, KP_TEXT_ALIGN_CENTER);
      kp_text_layout_append (pag->label, pag->st.caption_label, label);
      kp_text_layout_append (pag->label, pag->st.caption, figure->caption);
      kp_document_writer_begin (pag->writer, KP_TAG_CAPTION);
      kp_text_layout_draw (pag->label, cr, g->left, y + 4);
      kp_document_writer_end (pag->writer, KP_TAG_CAPTION);
    }
}

/**
 * kp_pag_place_figure:
 *
 * A figure, centred, scaled down to fit, with its number and caption under it.
 */
void
kp_pag_place_figure (KpTextPaginator *pag,
                     guint            b)
{
  const KpDocBlock *block = g_ptr_array_index (pag->model->blocks, b);
  FigurePlace       f = { pag, block->figure };
  double            total;

  total = kp_pag_figure_height (pag, block->figure, &f.width, &f.height);
  f.number = block->figure->caption != NULL ? ++pag->n_figures : 0;
  g_array_set_size (pag->rows, 0);
  kp_flow_rows_add (pag->rows, pag->st.body_size, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add (pag->rows, f.height, KP_FLOW_ROW_GLUE);
  kp_flow_rows_add (pag->rows, total - pag->st.body_size - f.height, 0);
  kp_pag_place_rows (pag, FALSE, 0, 0, place_figure_row, &f);
}
