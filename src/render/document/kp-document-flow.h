/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pagination: blocks of rows flowed down frames (columns of pages).
 *
 * A block (a catalogue entry, a heading, an index item) is a list of rows with heights.
 * A block that fits in a frame is never split: it goes whole to the next frame when the
 * current one is too full. A longer block is split between rows, but never after a row
 * marked GLUE: paragraphs glue their first and next-to-last lines, so no page starts with
 * a paragraph's last line (widow) or ends with its first (orphan), and a title is glued to
 * what follows it. A heading passes the height of what must follow it (keep_with), so it is
 * never left alone at the foot of a frame.
 *
 * The flow only computes positions. It is run twice with the same rows: once to learn
 * the pages (the table of contents needs them), once to draw. */

typedef enum
{
  KP_FLOW_ROW_GLUE = 1 << 0,  /* no frame break after this row */
  KP_FLOW_ROW_SPACE = 1 << 1, /* white space: dropped at the top of a frame */
} KpFlowRowFlags;

typedef struct
{
  double height;
  guint  flags;
} KpFlowRow;

typedef struct _KpFlow KpFlow;

/* Called when the flow moves to the next page (after the page number is incremented). */
typedef void (*KpFlowPageFunc) (KpFlow  *flow,
                                gpointer user_data);

/* Called for each row placed at @y (the row's top) in the current frame; @row is -1 for
 * the continuation line a split block gets at the top of a new frame. */
typedef void (*KpFlowPlaceFunc) (KpFlow  *flow,
                                 int      row,
                                 double   y,
                                 gpointer user_data);

struct _KpFlow
{
  double         top;
  double         bottom;
  double         column_top; /* top of the columns on the current page */
  double         y;
  int            page;
  int            column;
  int            n_columns;
  gboolean       empty;     /* nothing placed in the current frame yet */
  gboolean       keep_next; /* the last block is a heading: keep the next one with it */
  KpFlowPageFunc new_page;
  gpointer       user_data;
};

void   kp_flow_init (KpFlow        *flow,
                     int            page,
                     double         top,
                     double         bottom,
                     KpFlowPageFunc new_page,
                     gpointer       user_data);
void   kp_flow_set_columns (KpFlow *flow,
                            int     n_columns);
void   kp_flow_next_frame (KpFlow *flow);
void   kp_flow_next_page (KpFlow *flow);
double kp_flow_lead_height (KpFlow          *flow,
                            const KpFlowRow *rows,
                            guint            n_rows,
                            double           before);
void   kp_flow_place (KpFlow          *flow,
                      const KpFlowRow *rows,
                      guint            n_rows,
                      double           keep_with,
                      double           continuation_height,
                      KpFlowPlaceFunc  place,
                      gpointer         user_data);

void   kp_flow_place_breaking (KpFlow          *flow,
                               const KpFlowRow *rows,
                               guint            n_rows,
                               double           keep_with,
                               double           continuation_height,
                               KpFlowPlaceFunc  place,
                               gpointer         user_data);
double kp_flow_first_chunk_height (const KpFlowRow *rows,
                                   guint            n_rows);

void kp_flow_rows_add (GArray *rows,
                       double  height,
                       guint   flags);
void kp_flow_rows_add_lines (GArray *rows,
                             guint   n_lines,
                             double  line_height,
                             guint   last_flags);

G_END_DECLS
