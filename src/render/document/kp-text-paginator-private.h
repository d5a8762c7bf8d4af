/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-flow.h"
#include "kp-document-style.h"
#include "kp-document-words.h"
#include "kp-text-layout.h"
#include "kp-text-paginator.h"

G_BEGIN_DECLS

/* The paginator of a KpTextDocument, in parts:
 *   kp-text-paginator.c         passes, pages (portrait and landscape), running heads and
 *                               page numbers, bookmarks, the blocks in order
 *   kp-text-paginator-text.c    headings, paragraphs, lists; what a heading keeps with it
 *   kp-text-paginator-table.c   tables: header rows repeated, rows split only when taller
 *                               than a page
 *   kp-text-paginator-front.c   the title page, the contents and figures
 * Both passes run the same code; the measuring pass has no writer and no cairo context,
 * and tagging and drawing do nothing then. */

/* The text styles of a context: plain, bold, italic, bold italic; then the same as links. */
typedef enum
{
  KP_PAG_BODY,
  KP_PAG_CELL,
  KP_PAG_HEAD_CELL,
  KP_PAG_N_CONTEXTS
} KpPagContext;

#define KP_PAG_LINK 4

typedef struct
{
  double body_size;
  double cell_size;
  guint  span[KP_PAG_N_CONTEXTS][8];
  guint  heading[5]; /* by level, 1–4 */
  guint  label;      /* a list's bullet or number */
  guint  caption_label;
  guint  caption;
  guint  continued;
  guint  small;
  guint  toc[5]; /* by level */
  guint  title;
  guint  subtitle;
  guint  issuer;
  guint  date;
} KpPagStyles;

/* The text frame of a page. */
typedef struct
{
  double page_width;
  double page_height;
  double left;
  double width;
  double top;
  double bottom;
} KpPagGeometry;

typedef struct
{
  double height;
  guint  n_lines; /* of its tallest cell */
  guint  first;   /* its first flow row */
  guint  n_flow;  /* 1, or one per line when it is taller than a page */
} KpPagTableRow;

typedef struct _KpTextPaginator
{
  const KpDocModel      *model;
  const KpDocumentWords *words;
  KpProgress            *progress;
  GCancellable          *cancellable;

  KpTextCache  *cache;
  KpPagStyles   st;
  KpTextLayout *text;      /* the block being placed */
  KpTextLayout *label;     /* a list item's label, a caption's number */
  KpTextLayout *look;      /* the block after a heading, measured for keep-with-next */
  KpTextLayout *furniture; /* running heads and page numbers */
  GPtrArray    *cells;     /* KpTextLayout, one per column of the table being placed */
  GArray       *rows;      /* KpFlowRow of the block being placed */
  GArray       *look_rows; /* KpFlowRow of the block measured for keep-with-next */
  GArray       *trows;     /* KpPagTableRow of the table being placed */
  GArray       *leaders;   /* double x1, x2, y: the page's contents leaders */

  KpPagGeometry portrait;
  KpPagGeometry landscape;
  gboolean      landscape_now;   /* the page being laid out is landscape */
  gboolean      landscape_next;  /* the page begun next is */
  gboolean     *block_landscape; /* per block: set on landscape pages */

  KpDocumentWriter *writer; /* NULL in the measuring pass */
  cairo_t          *cr;     /* NULL in the measuring pass */
  KpFlow            flow;
  int              *block_page; /* per block: the page it starts on (measuring pass) */
  int               n_pages;    /* of the measuring pass */
  const char       *running;    /* the chapter named in the running head */
  gboolean          bare_page;  /* the page being laid out has no running head or number */
  int               outline[5]; /* the last bookmark of each level, 0 for none */
  int               n_tables;
  int               n_figures;
  guint             block;    /* the block being placed */
  gboolean          mismatch; /* the drawing pass paginated differently (a bug) */
} KpTextPaginator;

static inline const KpPagGeometry *
kp_pag_geometry (KpTextPaginator *pag)
{
  return pag->landscape_now ? &pag->landscape : &pag->portrait;
}

/* kp-text-paginator.c */
void kp_pag_record_page (KpTextPaginator *pag,
                         guint            block,
                         int              page);
void kp_pag_add_outline (KpTextPaginator *pag,
                         int              level,
                         const char      *title,
                         double           y);
void kp_pag_place_rows (KpTextPaginator *pag,
                        gboolean         breaking,
                        double           keep_with,
                        double           continuation_height,
                        KpFlowPlaceFunc  place,
                        gpointer         user_data);

/* kp-text-paginator-text.c */
guint  kp_pag_span_style (KpTextPaginator *pag,
                          KpPagContext     context,
                          guint            flags,
                          gboolean         link);
void   kp_pag_append_paragraph (KpTextPaginator      *pag,
                                KpTextLayout         *layout,
                                const KpDocParagraph *paragraph,
                                KpPagContext          context);
double kp_pag_lead_height (KpTextPaginator *pag,
                           guint            block,
                           int              depth);
void   kp_pag_place_heading (KpTextPaginator *pag,
                             guint            block);
void   kp_pag_place_paragraph (KpTextPaginator *pag,
                               guint            block);
void   kp_pag_place_list (KpTextPaginator *pag,
                          guint            block);

/* kp-text-paginator-table.c */
void   kp_pag_place_table (KpTextPaginator *pag,
                           guint            block);
double kp_pag_table_lead (KpTextPaginator  *pag,
                          const KpDocTable *table);

/* kp-text-paginator-front.c */
void   kp_pag_draw_title_page (KpTextPaginator *pag);
void   kp_pag_place_contents (KpTextPaginator *pag,
                              guint            block);
void   kp_pag_stroke_leaders (KpTextPaginator *pag);
void   kp_pag_place_figure (KpTextPaginator *pag,
                            guint            block);
double kp_pag_figure_height (KpTextPaginator   *pag,
                             const KpDocFigure *figure,
                             double            *out_width,
                             double            *out_figure_height);

G_END_DECLS
