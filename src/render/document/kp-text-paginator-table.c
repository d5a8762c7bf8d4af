/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-text-paginator-private.h"

/* Tables: a caption above ("Tabulka 3: …"), header rows on a light band, rules between
 * rows, no vertical rules. A table breaks between rows; on every page it goes on to, its
 * caption with "(pokračování)" and its header rows come first. A row is never split unless
 * it is taller than a page, and then between lines. The header keeps the first row with
 * it. A wide table is set on landscape pages (kp-text-paginator.c). */

#define PAD_X 4.0
#define PAD_Y 3.0

typedef struct
{
  KpTextPaginator  *pag;
  const KpDocTable *table;
  int               number;
  double            widths[64];
  double            x[64];
  guint             n_caption; /* lines of the caption */
  guint             caption_first;
  guint             n_rows;
  double            header_height;
  double            continued_height;
  gboolean          begun;
} TablePlace;

static KpTextLayout *
cell_layout (KpTextPaginator *pag,
             guint            column)
{
  while (pag->cells->len <= column)
    g_ptr_array_add (pag->cells, kp_text_layout_new (pag->cache));
  return g_ptr_array_index (pag->cells, column);
}

static guint
n_columns (const KpDocTable *table)
{
  return MIN (table->n_columns, 64);
}

/* The widest word of the header cells of @column: a column is never narrower, so that no
 * word of a header is split. */
static double
header_word_width (TablePlace *t,
                   guint       column)
{
  KpTextPaginator *pag = t->pag;
  double           widest = 0;

  for (guint r = 0; r < t->table->n_header_rows; r++)
    {
      const KpDocParagraph *cell = kp_doc_table_get_cell (t->table, r, column);

      for (guint i = 0; cell != NULL && i < cell->spans->len; i++)
        {
          const KpDocSpan *span = &g_array_index (cell->spans, KpDocSpan, i);
          g_auto (GStrv) words = g_strsplit_set (span->text, " \n", -1);
          guint style = kp_pag_span_style (pag, KP_PAG_HEAD_CELL, span->flags, FALSE);

          for (guint w = 0; words[w] != NULL; w++)
            widest = MAX (widest, kp_text_cache_measure (pag->cache, style, words[w]));
        }
    }
  return widest > 0 ? widest + 2 * PAD_X + 1 : 0;
}

static void
column_geometry (TablePlace *t)
{
  const KpPagGeometry *g = kp_pag_geometry (t->pag);
  guint                n = n_columns (t->table);
  g_autofree double   *all = g_new0 (double, t->table->n_columns);
  double               minimum[64], x = g->left;

  kp_doc_table_get_widths (t->table, all);
  for (guint c = 0; c < n; c++)
    {
      t->widths[c] = all[c] * g->width;
      minimum[c] = MIN (header_word_width (t, c), g->width / n);
    }
  kp_doc_widths_fit_minimum (t->widths, minimum, n);
  for (guint c = 0; c < n; c++)
    {
      t->x[c] = x;
      x += t->widths[c];
    }
}

/* Lays out the cells of @row in pag->cells; returns the number of lines of the tallest. */
static guint
layout_row (TablePlace *t,
            guint       row)
{
  KpTextPaginator  *pag = t->pag;
  const KpDocTable *table = t->table;
  KpPagContext      context = row < table->n_header_rows ? KP_PAG_HEAD_CELL : KP_PAG_CELL;
  guint             n_lines = 1;

  for (guint c = 0; c < n_columns (table); c++)
    {
      KpTextLayout *layout = cell_layout (pag, c);
      KpTextAlign   align = (KpTextAlign) table->columns[c].align;

      kp_text_layout_reset (layout, MAX (t->widths[c] - 2 * PAD_X, 8));
      kp_text_layout_set_align (layout, align);
      kp_pag_append_paragraph (pag, layout, kp_doc_table_get_cell (table, row, c), context);
      n_lines = MAX (n_lines, kp_text_layout_get_n_lines (layout));
    }
  return n_lines;
}

static double
cell_line_height (KpTextPaginator *pag)
{
  return kp_text_cache_get_line_height (pag->cache, pag->st.span[KP_PAG_CELL][0]);
}

/* "Tabulka 3: caption" in pag->label, at the table's width. */
static void
layout_caption (TablePlace *t,
                gboolean    continued)
{
  KpTextPaginator *pag = t->pag;
  g_autofree char *label = g_strdup_printf ("%s %d", pag->words->table, t->number);

  kp_text_layout_reset (pag->label, kp_pag_geometry (pag)->width);
  kp_text_layout_append (pag->label, pag->st.caption_label, label);
  if (t->table->caption != NULL)
    {
      kp_text_layout_append (pag->label, pag->st.caption_label, ":");
      kp_text_layout_append (pag->label, pag->st.caption, " ");
      kp_text_layout_append (pag->label, pag->st.caption, t->table->caption);
    }
  if (continued)
    {
      kp_text_layout_append (pag->label, pag->st.continued, " ");
      kp_text_layout_append (pag->label, pag->st.continued, pag->words->continued);
    }
}

static gboolean
has_caption (const KpDocTable *table)
{
  return table->caption != NULL;
}

/* The rows of the table's flow in pag->rows, its rows' geometry in pag->trows. */
static void
measure (TablePlace *t,
         guint       up_to)
{
  KpTextPaginator     *pag = t->pag;
  const KpDocTable    *table = t->table;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  double               line_height = cell_line_height (pag);
  double               frame = g->bottom - g->top;

  column_geometry (t);
  g_array_set_size (pag->rows, 0);
  g_array_set_size (pag->trows, 0);
  kp_flow_rows_add (pag->rows, pag->st.body_size * 0.9, KP_FLOW_ROW_SPACE);
  t->caption_first = pag->rows->len;
  t->n_caption = 0;
  if (has_caption (table))
    {
      layout_caption (t, FALSE);
      t->n_caption = kp_text_layout_get_n_lines (pag->label);
      for (guint i = 0; i < t->n_caption; i++)
        kp_flow_rows_add (pag->rows, kp_text_layout_get_line_height (pag->label), KP_FLOW_ROW_GLUE);
      kp_flow_rows_add (pag->rows, 3, KP_FLOW_ROW_GLUE);
    }
  layout_caption (t, TRUE);
  t->continued_height = has_caption (table) ? kp_text_layout_get_height (pag->label) + 3 : 0;
  t->header_height = 0;
  t->n_rows = MIN (kp_doc_table_get_n_rows (table), up_to);
  for (guint r = 0; r < t->n_rows; r++)
    {
      KpPagTableRow trow = { 0 };
      gboolean      header = r < table->n_header_rows;
      /* the header and the first row stay together */
      guint flags = header ? KP_FLOW_ROW_GLUE : 0;

      trow.n_lines = layout_row (t, r);
      trow.height = trow.n_lines * line_height + 2 * PAD_Y;
      trow.first = pag->rows->len;
      if (header)
        t->header_height += trow.height;
      if (!header && trow.height > frame - t->header_height - t->continued_height - 2 * PAD_Y)
        {
          /* taller than a page: split between its lines */
          trow.n_flow = trow.n_lines;
          for (guint i = 0; i < trow.n_lines; i++)
            kp_flow_rows_add (pag->rows, line_height + (i == 0 || i + 1 == trow.n_lines ? PAD_Y : 0),
                              0);
        }
      else
        {
          trow.n_flow = 1;
          kp_flow_rows_add (pag->rows, trow.height, flags);
        }
      g_array_append_val (pag->trows, trow);
    }
}

#define SMALL_ROWS 16

/* Whether the measured table is small enough never to be split (an activity's fields): at
 * most SMALL_ROWS rows and a third of a page. */
static gboolean
is_small (TablePlace *t)
{
  KpTextPaginator *pag = t->pag;
  double           frame = kp_pag_geometry (pag)->bottom - kp_pag_geometry (pag)->top;
  double           height = 0;

  if (kp_doc_table_get_n_rows (t->table) > SMALL_ROWS)
    return FALSE;
  for (guint i = 0; i < pag->rows->len; i++)
    height += g_array_index (pag->rows, KpFlowRow, i).height;
  return height <= frame / 3;
}

static double
rows_height (KpTextPaginator *pag)
{
  double height = 0;

  for (guint i = 0; i < pag->rows->len; i++)
    height += g_array_index (pag->rows, KpFlowRow, i).height;
  return height;
}

/**
 * kp_pag_table_lead:
 *
 * Returns: the height of the caption, the header and the first row, with the space above
 */
double
kp_pag_table_lead (KpTextPaginator  *pag,
                   const KpDocTable *table)
{
  TablePlace t = { pag, table, pag->n_tables + 1 };

  if (kp_doc_table_get_n_rows (table) <= SMALL_ROWS)
    {
      measure (&t, SMALL_ROWS);
      if (is_small (&t))
        return rows_height (pag);
    }
  measure (&t, table->n_header_rows + 1);
  return kp_flow_first_chunk_height ((const KpFlowRow *) (gpointer) pag->rows->data,
                                     pag->rows->len);
}

static void
draw_cells (TablePlace *t,
            guint       row,
            double      y,
            guint       first_line,
            guint       n_lines,
            double      height,
            gboolean    last_part,
            gboolean    tagged)
{
  KpTextPaginator *pag = t->pag;
  gboolean         header = row < t->table->n_header_rows;
  double           total = t->x[n_columns (t->table) - 1] + t->widths[n_columns (t->table) - 1] -
                 t->x[0];
  double text_y = y + (first_line == 0 ? PAD_Y : 0);

  if (header)
    kp_document_fill_rect (pag->cr, KP_PUB_ACCENT_LIGHT, t->x[0], y, total, height);
  if (tagged)
    kp_document_writer_begin (pag->writer, KP_TAG_TR);
  for (guint c = 0; c < n_columns (t->table); c++)
    {
      KpTextLayout *layout = g_ptr_array_index (pag->cells, c);
      guint         have = kp_text_layout_get_n_lines (layout);

      if (tagged)
        kp_document_writer_begin (pag->writer, header ? KP_TAG_TH : KP_TAG_TD);
      if (first_line < have)
        kp_text_layout_draw_lines (layout, pag->cr, t->x[c] + PAD_X, text_y, first_line,
                                   MIN (n_lines, have - first_line));
      if (tagged)
        kp_document_writer_end (pag->writer, header ? KP_TAG_TH : KP_TAG_TD);
    }
  if (tagged)
    kp_document_writer_end (pag->writer, KP_TAG_TR);
  if (last_part && (row + 1 == t->table->n_header_rows || row + 1 == t->n_rows))
    kp_document_hline (pag->cr, KP_PUB_ACCENT_DARK, t->x[0], y + height, total, 0.9);
  else if (last_part)
    kp_document_hline (pag->cr, KP_PUB_RULE, t->x[0], y + height, total, 0.4);
}

/* On a page the table goes on to: the caption marked as continued and the header rows,
 * outside the structure (they are read once, where the table begins). */
static void
draw_continuation (TablePlace *t,
                   double      y)
{
  KpTextPaginator *pag = t->pag;

  kp_document_writer_begin_artifact (pag->writer);
  if (has_caption (t->table))
    {
      layout_caption (t, TRUE);
      kp_text_layout_draw (pag->label, pag->cr, kp_pag_geometry (pag)->left, y);
      y += t->continued_height;
    }
  for (guint r = 0; r < t->table->n_header_rows && r < t->n_rows; r++)
    {
      const KpPagTableRow *trow = &g_array_index (pag->trows, KpPagTableRow, r);

      layout_row (t, r);
      draw_cells (t, r, y, 0, trow->n_lines, trow->height, TRUE, FALSE);
      y += trow->height;
    }
  kp_document_writer_end_artifact (pag->writer);
}

/* The table row of a flow row, and which of its lines the flow row holds. */
static gboolean
find_row (TablePlace *t,
          guint       flow_row,
          guint      *out_row,
          guint      *out_line)
{
  KpTextPaginator *pag = t->pag;
  guint            lo = 0, hi = pag->trows->len;

  while (lo < hi)
    {
      guint                mid = (lo + hi) / 2;
      const KpPagTableRow *trow = &g_array_index (pag->trows, KpPagTableRow, mid);

      if (flow_row < trow->first)
        hi = mid;
      else if (flow_row >= trow->first + trow->n_flow)
        lo = mid + 1;
      else
        {
          *out_row = mid;
          *out_line = flow_row - trow->first;
          return TRUE;
        }
    }
  return FALSE;
}

static void
place_table_row (KpFlow  *flow,
                 int      row,
                 double   y,
                 gpointer user_data)
{
  TablePlace          *t = user_data;
  KpTextPaginator     *pag = t->pag;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  const KpDocTable    *table = t->table;
  const KpPagTableRow *trow;
  guint                r, line;

  if (pag->cr == NULL || row == 0)
    return;
  if (row < 0)
    {
      draw_continuation (t, y);
      return;
    }
  if (!t->begun)
    {
      t->begun = TRUE;
      if (table->anchor != NULL)
        kp_document_writer_add_dest (pag->writer, table->anchor, g->left, y);
      kp_document_writer_begin (pag->writer, KP_TAG_TABLE);
    }
  if ((guint) row >= t->caption_first && (guint) row < t->caption_first + t->n_caption)
    {
      guint caption_line = row - t->caption_first;

      if (caption_line == 0)
        {
          layout_caption (t, FALSE);
          kp_document_writer_begin (pag->writer, KP_TAG_CAPTION);
        }
      kp_text_layout_draw_lines (pag->label, pag->cr, g->left, y, caption_line, 1);
      if (caption_line + 1 == t->n_caption)
        kp_document_writer_end (pag->writer, KP_TAG_CAPTION);
      return;
    }
  if (!find_row (t, row, &r, &line))
    return;
  trow = &g_array_index (pag->trows, KpPagTableRow, r);
  if (line == 0)
    layout_row (t, r);
  if (trow->n_flow == 1)
    draw_cells (t, r, y, 0, trow->n_lines, trow->height, TRUE, TRUE);
  else
    draw_cells (t, r, y, line, 1, g_array_index (pag->rows, KpFlowRow, row).height,
                line + 1 == trow->n_flow, TRUE);
  if (r + 1 == t->n_rows && line + 1 == trow->n_flow)
    kp_document_writer_end (pag->writer, KP_TAG_TABLE);
}

/**
 * kp_pag_place_table:
 *
 * Places a table with its number, caption and anchor.
 */
void
kp_pag_place_table (KpTextPaginator *pag,
                    guint            b)
{
  const KpDocBlock *block = g_ptr_array_index (pag->model->blocks, b);
  TablePlace        t = { pag, block->table, block->table->caption != NULL ? ++pag->n_tables : 0 };

  if (kp_doc_table_get_n_rows (block->table) == 0)
    return;
  measure (&t, G_MAXUINT);
  kp_pag_place_rows (pag, !is_small (&t), 0, t.continued_height + t.header_height,
                     place_table_row, &t);
  if (pag->cr != NULL && !t.begun)
    pag->mismatch = TRUE;
}
