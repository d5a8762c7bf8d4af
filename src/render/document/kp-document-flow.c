/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-flow.h"

#define EPSILON 0.01

/**
 * kp_flow_init:
 * @page: the page the flow starts on
 * @top: top of the frames, points
 * @bottom: bottom of the frames, points
 * @new_page: (nullable): called after the flow moves to a new page
 */
void
kp_flow_init (KpFlow        *flow,
              int            page,
              double         top,
              double         bottom,
              KpFlowPageFunc new_page,
              gpointer       user_data)
{
  flow->top = top;
  flow->column_top = top;
  flow->bottom = bottom;
  flow->y = top;
  flow->page = page;
  flow->column = 0;
  flow->n_columns = 1;
  flow->empty = TRUE;
  flow->keep_next = FALSE;
  flow->new_page = new_page;
  flow->user_data = user_data;
}

/**
 * kp_flow_set_columns:
 *
 * Splits the rest of the page, below what is placed so far, into columns; the pages
 * after it have them from the top.
 */
void
kp_flow_set_columns (KpFlow *flow,
                     int     n_columns)
{
  flow->n_columns = MAX (n_columns, 1);
  flow->column = 0;
  flow->column_top = flow->y;
}

void
kp_flow_next_frame (KpFlow *flow)
{
  if (flow->column + 1 < flow->n_columns)
    {
      flow->column++;
      flow->y = flow->column_top;
    }
  else
    {
      flow->column = 0;
      flow->column_top = flow->top;
      flow->y = flow->top;
      flow->page++;
      if (flow->new_page != NULL)
        flow->new_page (flow, flow->user_data);
    }
  flow->empty = TRUE;
  flow->keep_next = FALSE;
}

/**
 * kp_flow_next_page:
 *
 * Moves to the top of the next page, unless the flow is at the top of a page with
 * nothing on it yet.
 */
void
kp_flow_next_page (KpFlow *flow)
{
  if (flow->empty && flow->column == 0)
    return;
  flow->column = flow->n_columns - 1;
  kp_flow_next_frame (flow);
}

static double
rows_height (const KpFlowRow *rows,
             guint            from,
             guint            to,
             gboolean         at_top)
{
  double h = 0;

  for (guint i = from; i < to; i++)
    {
      if ((rows[i].flags & KP_FLOW_ROW_SPACE) && at_top)
        continue;
      at_top = FALSE;
      h += rows[i].height;
    }
  return h;
}

static guint
chunk_end (const KpFlowRow *rows,
           guint            from,
           guint            n_rows)
{
  guint j = from;

  while (j + 1 < n_rows && (rows[j].flags & (KP_FLOW_ROW_GLUE | KP_FLOW_ROW_SPACE)))
    j++;
  return j + 1;
}

/**
 * kp_flow_lead_height:
 * @before: the height of the heading that must stay with these rows
 *
 * Returns: how much of the block must fit below a heading: all of it when heading and
 *   block fit in one frame, else its first unbreakable part
 */
double
kp_flow_lead_height (KpFlow          *flow,
                     const KpFlowRow *rows,
                     guint            n_rows,
                     double           before)
{
  double total = rows_height (rows, 0, n_rows, FALSE);

  if (before + total <= flow->bottom - flow->top + EPSILON)
    return total;
  return rows_height (rows, 0, chunk_end (rows, 0, n_rows), FALSE);
}

static void
place_rows (KpFlow          *flow,
            const KpFlowRow *rows,
            guint            from,
            guint            to,
            gboolean         may_break,
            double           continuation_height,
            KpFlowPlaceFunc  place,
            gpointer         user_data)
{
  for (guint i = from; i < to; i++)
    {
      if (rows[i].flags & KP_FLOW_ROW_SPACE)
        {
          if (!flow->empty)
            flow->y += rows[i].height;
          continue;
        }
      if (may_break && !flow->empty && flow->y + rows[i].height > flow->bottom + EPSILON)
        {
          kp_flow_next_frame (flow);
          if (continuation_height > 0)
            {
              place (flow, -1, flow->y, user_data);
              flow->y += continuation_height;
            }
        }
      place (flow, i, flow->y, user_data);
      flow->y += rows[i].height;
      flow->empty = FALSE;
    }
}

static void
place_block (KpFlow          *flow,
             const KpFlowRow *rows,
             guint            n_rows,
             double           keep_with,
             double           continuation_height,
             gboolean         keep_whole,
             KpFlowPlaceFunc  place,
             gpointer         user_data)
{
  double   frame = flow->bottom - flow->top;
  double   at_top = rows_height (rows, 0, n_rows, TRUE);
  double   here = rows_height (rows, 0, n_rows, flow->empty);
  gboolean after_heading = flow->keep_next;

  flow->keep_next = FALSE;
  if (n_rows == 0)
    return;

  if (at_top <= frame + EPSILON)
    {
      if (flow->empty || flow->y + here + keep_with <= flow->bottom + EPSILON)
        {
          place_rows (flow, rows, 0, n_rows, FALSE, 0, place, user_data);
          flow->keep_next = keep_with > 0;
          return;
        }
      if (keep_whole && !after_heading)
        {
          kp_flow_next_frame (flow);
          place_rows (flow, rows, 0, n_rows, FALSE, 0, place, user_data);
          flow->keep_next = keep_with > 0;
          return;
        }
      /* it would fit in a frame, but the heading above it has taken too much of this
       * one (or it may be split anyway): split it rather than leave the heading alone */
    }

  for (guint i = 0; i < n_rows;)
    {
      guint  end = chunk_end (rows, i, n_rows);
      double h = rows_height (rows, i, end, flow->empty);

      /* a block placed breaking keeps what must follow its last part with it */
      if (!keep_whole && end == n_rows)
        h += keep_with;
      if (!flow->empty && flow->y + h > flow->bottom + EPSILON)
        {
          kp_flow_next_frame (flow);
          if (continuation_height > 0 && i > 0)
            {
              place (flow, -1, flow->y, user_data);
              flow->y += continuation_height;
              flow->empty = FALSE;
            }
        }
      place_rows (flow, rows, i, end, TRUE, continuation_height, place, user_data);
      i = end;
    }
  flow->keep_next = keep_with > 0;
}

/**
 * kp_flow_place:
 * @keep_with: height that must fit after this block in the same frame (a heading passes
 *   kp_flow_lead_height() of the block after it), or 0
 * @continuation_height: height of the continuation line drawn when the block is split,
 *   or 0 for none
 * @place: called for each row placed
 *
 * Places a block: whole in this frame or the next when it fits in a frame, otherwise
 * split between rows where the glue allows.
 */
void
kp_flow_place (KpFlow          *flow,
               const KpFlowRow *rows,
               guint            n_rows,
               double           keep_with,
               double           continuation_height,
               KpFlowPlaceFunc  place,
               gpointer         user_data)
{
  place_block (flow, rows, n_rows, keep_with, continuation_height, TRUE, place, user_data);
}

/**
 * kp_flow_place_breaking:
 *
 * Like kp_flow_place(), but a block that does not fit in what is left of the frame is
 * split where its glue allows even when it would fit in a frame of its own: running text
 * (a paragraph, a long table) goes on over the page rather than leave white space.
 */
void
kp_flow_place_breaking (KpFlow          *flow,
                        const KpFlowRow *rows,
                        guint            n_rows,
                        double           keep_with,
                        double           continuation_height,
                        KpFlowPlaceFunc  place,
                        gpointer         user_data)
{
  place_block (flow, rows, n_rows, keep_with, continuation_height, FALSE, place, user_data);
}

/**
 * kp_flow_first_chunk_height:
 *
 * Returns: the height of the block's first part that cannot be split (its white space at
 *   the start counted), what a heading before it must have below it on its page
 */
double
kp_flow_first_chunk_height (const KpFlowRow *rows,
                            guint            n_rows)
{
  if (n_rows == 0)
    return 0;
  return rows_height (rows, 0, chunk_end (rows, 0, n_rows), FALSE);
}

void
kp_flow_rows_add (GArray *rows,
                  double  height,
                  guint   flags)
{
  KpFlowRow row = { height, flags };

  g_array_append_val (rows, row);
}

/**
 * kp_flow_rows_add_lines:
 * @last_flags: flags of the last line (GLUE to keep it with what follows)
 *
 * Adds the lines of a paragraph, glued so that at least two lines stay together at
 * either end of a frame break.
 */
void
kp_flow_rows_add_lines (GArray *rows,
                        guint   n_lines,
                        double  line_height,
                        guint   last_flags)
{
  for (guint i = 0; i < n_lines; i++)
    {
      guint flags = 0;

      if (i + 1 == n_lines)
        flags = last_flags;
      else if (i == 0 || i + 2 == n_lines)
        flags = KP_FLOW_ROW_GLUE;
      kp_flow_rows_add (rows, line_height, flags);
    }
}
