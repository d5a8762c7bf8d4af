/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-render-types.h"
#include "kp-text-paginator-private.h"

#include <string.h>

/* The passes of the paginator, its pages and their furniture, and the blocks in order; see
 * kp-text-paginator-private.h for the other parts.
 *
 * A4 with margins of 22 mm at the sides, body text of 10.5 pt on 15 pt. Running heads (the
 * document's title at the left, the chapter at the right) and the page number ("Strana 3
 * z 40") are drawn when a page is complete, so a page can still turn landscape when its
 * first block is a wide table. */

#define PROGRESS_STEP    32
#define MEASURE_FRACTION 0.3
#define BODY_SIZE        10.5
#define DEFAULT_FAMILY   "Noto Sans, DejaVu Sans, Sans"

static void
geometry_init (KpPagGeometry *g,
               double         page_width,
               double         page_height)
{
  double side = KP_PUB_MM (22);

  g->page_width = page_width;
  g->page_height = page_height;
  g->left = side;
  g->width = page_width - 2 * side;
  g->top = KP_PUB_MM (24);
  g->bottom = page_height - KP_PUB_MM (22);
}

static void
styles_init (KpTextPaginator *pag)
{
  KpPagStyles *st = &pag->st;
  KpTextCache *cache = pag->cache;
  const double b = BODY_SIZE;
  const double sizes[KP_PAG_N_CONTEXTS] = { b, b - 1.0, b - 1.0 };
  const double spacing[KP_PAG_N_CONTEXTS] = { 1.42, 1.3, 1.3 };

  st->body_size = b;
  st->cell_size = b - 1.0;
  for (guint c = 0; c < KP_PAG_N_CONTEXTS; c++)
    for (guint f = 0; f < 8; f++)
      {
        KpTextWeight weight = ((f & 3) | (c == KP_PAG_HEAD_CELL ? KP_TEXT_BOLD : 0));
        guint32      rgb = (f & KP_PAG_LINK)       ? KP_PUB_LINK
                           : c == KP_PAG_HEAD_CELL ? KP_PUB_ACCENT_DARK
                                                   : KP_PUB_TEXT;

        st->span[c][f] = kp_text_cache_add_style (cache, sizes[c], weight, rgb, spacing[c]);
      }
  st->heading[1] = kp_text_cache_add_style (cache, b * 1.9, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK, 1.2);
  st->heading[2] = kp_text_cache_add_style (cache, b * 1.4, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK, 1.25);
  st->heading[3] = kp_text_cache_add_style (cache, b * 1.15, KP_TEXT_BOLD, KP_PUB_ACCENT, 1.3);
  st->heading[4] = kp_text_cache_add_style (cache, b, KP_TEXT_BOLD | KP_TEXT_ITALIC, KP_PUB_TEXT,
                                            1.42);
  st->label = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_ACCENT, 1.42);
  st->caption_label = kp_text_cache_add_style (cache, b - 1.0, KP_TEXT_BOLD, KP_PUB_MUTED, 1.3);
  st->caption = kp_text_cache_add_style (cache, b - 1.0, KP_TEXT_ITALIC, KP_PUB_MUTED, 1.3);
  st->continued = kp_text_cache_add_style (cache, b - 1.0, KP_TEXT_ITALIC, KP_PUB_MUTED, 1.3);
  st->small = kp_text_cache_add_style (cache, 9, KP_TEXT_REGULAR, KP_PUB_MUTED, 1.3);
  st->toc[1] = kp_text_cache_add_style (cache, b + 0.5, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK, 1.42);
  st->toc[2] = kp_text_cache_add_style (cache, b, KP_TEXT_REGULAR, KP_PUB_TEXT, 1.42);
  st->toc[3] = kp_text_cache_add_style (cache, b - 0.5, KP_TEXT_REGULAR, KP_PUB_MUTED, 1.42);
  st->toc[4] = st->toc[3];
  st->title = kp_text_cache_add_style (cache, b * 2.8, KP_TEXT_BOLD, KP_PUB_ACCENT_DARK, 1.15);
  st->subtitle = kp_text_cache_add_style (cache, b * 1.5, KP_TEXT_REGULAR, KP_PUB_ACCENT_DARK, 1.3);
  st->issuer = kp_text_cache_add_style (cache, b * 1.3, KP_TEXT_BOLD, KP_PUB_TEXT, 1.3);
  st->date = kp_text_cache_add_style (cache, b * 1.1, KP_TEXT_REGULAR, KP_PUB_MUTED, 1.3);
}

/* @text cut after a whole word, with an ellipsis, to fit @width in @style. */
static char *
fit_head (KpTextPaginator *pag,
          guint            style,
          const char      *text,
          double           width)
{
  g_autoptr (GString) head = g_string_new (text);

  if (kp_text_cache_measure (pag->cache, style, text) <= width)
    return g_string_free (g_steal_pointer (&head), FALSE);
  while (head->len > 0)
    {
      char *space = strrchr (head->str, ' ');

      g_string_truncate (head, space != NULL ? (gsize) (space - head->str) : 0);
      while (head->len > 0 && strchr (",;:-–", head->str[head->len - 1]) != NULL)
        g_string_truncate (head, head->len - 1);
      g_string_append (head, "…");
      if (kp_text_cache_measure (pag->cache, style, head->str) <= width)
        break;
      g_string_truncate (head, head->len - strlen ("…"));
    }
  return g_string_free (g_steal_pointer (&head), FALSE);
}

static void
draw_furniture_text (KpTextPaginator *pag,
                     const char      *text,
                     double           x,
                     double           y,
                     double           width,
                     KpTextAlign      align)
{
  kp_text_layout_reset (pag->furniture, width);
  kp_text_layout_set_align (pag->furniture, align);
  kp_text_layout_append (pag->furniture, pag->st.small, text);
  kp_text_layout_draw_lines (pag->furniture, pag->cr, x, y, 0, 1);
}

/* The running heads and the page number of the page that is complete, outside the
 * structure tree. */
static void
draw_furniture (KpTextPaginator *pag,
                int              page)
{
  const KpPagGeometry *g = kp_pag_geometry (pag);
  double               head_y = KP_PUB_MM (12);
  double               foot_y = g->page_height - KP_PUB_MM (14);
  double               half = (g->width - 12) / 2;
  g_autofree char     *number = NULL;
  g_autofree char     *title = NULL;

  if (pag->cr == NULL || pag->bare_page)
    return;
  kp_document_writer_begin_artifact (pag->writer);
  title = fit_head (pag, pag->st.small, pag->model->title, pag->running != NULL ? half : g->width);
  draw_furniture_text (pag, title, g->left, head_y, g->width, KP_TEXT_ALIGN_LEFT);
  if (pag->running != NULL && g_strcmp0 (pag->running, pag->model->title) != 0)
    {
      g_autofree char *running = fit_head (pag, pag->st.small, pag->running, half);

      draw_furniture_text (pag, running, g->left, head_y, g->width, KP_TEXT_ALIGN_RIGHT);
    }
  kp_document_hline (pag->cr, KP_PUB_RULE, g->left, head_y + 14, g->width, 0.5);
  number = g_strdup_printf ("%s %d %s %d", pag->words->page, page, pag->words->page_of,
                            pag->n_pages);
  kp_document_writer_end_artifact (pag->writer);
  kp_document_writer_begin_artifact (pag->writer);
  draw_furniture_text (pag, number, g->left, foot_y, g->width, KP_TEXT_ALIGN_CENTER);
  kp_document_writer_end_artifact (pag->writer);
}

static void
apply_geometry (KpTextPaginator *pag)
{
  const KpPagGeometry *g = kp_pag_geometry (pag);

  pag->flow.top = g->top;
  pag->flow.column_top = g->top;
  pag->flow.bottom = g->bottom;
  pag->flow.y = g->top;
}

static void
on_flow_new_page (KpFlow  *flow,
                  gpointer user_data)
{
  KpTextPaginator *pag = user_data;

  if (pag->cr != NULL)
    {
      kp_pag_stroke_leaders (pag);
      /* the page that ends: flow->page is the next one already */
      draw_furniture (pag, flow->page - 1);
      kp_document_writer_show_page (pag->writer);
      if (kp_document_writer_get_page (pag->writer) != flow->page)
        pag->mismatch = TRUE;
    }
  pag->bare_page = FALSE;
  if (pag->landscape_now == pag->landscape_next)
    {
      apply_geometry (pag);
      return;
    }
  pag->landscape_now = pag->landscape_next;
  if (pag->writer != NULL)
    {
      const KpPagGeometry *g = kp_pag_geometry (pag);

      kp_document_writer_set_page_size (pag->writer, g->page_width, g->page_height);
    }
  apply_geometry (pag);
}

/* Turns the pages from here on landscape or portrait: the page being laid out when
 * nothing is on it yet, else the next one. */
static void
set_orientation (KpTextPaginator *pag,
                 gboolean         landscape)
{
  pag->landscape_next = landscape;
  if (pag->landscape_now == landscape)
    return;
  if (pag->flow.empty && pag->flow.column == 0 && !pag->bare_page)
    {
      pag->landscape_now = landscape;
      if (pag->writer != NULL)
        {
          const KpPagGeometry *g = kp_pag_geometry (pag);

          kp_document_writer_set_page_size (pag->writer, g->page_width, g->page_height);
        }
      apply_geometry (pag);
      return;
    }
  kp_flow_next_page (&pag->flow);
}

/**
 * kp_pag_record_page:
 *
 * Remembers the page a block starts on in the measuring pass, and checks in the drawing
 * pass that it is still there.
 */
void
kp_pag_record_page (KpTextPaginator *pag,
                    guint            block,
                    int              page)
{
  if (pag->cr == NULL)
    pag->block_page[block] = page;
  else if (pag->block_page[block] != page)
    pag->mismatch = TRUE;
}

/**
 * kp_pag_add_outline:
 * @level: 1–4; a bookmark goes under the last one of a higher level
 *
 * Adds a bookmark to the current page, in the drawing pass.
 */
void
kp_pag_add_outline (KpTextPaginator *pag,
                    int              level,
                    const char      *title,
                    double           y)
{
  int parent = 0;

  if (pag->writer == NULL)
    return;
  for (int l = level - 1; l >= 1 && parent == 0; l--)
    parent = pag->outline[l];
  pag->outline[level] = kp_document_writer_add_outline (pag->writer, parent, title, y, level == 1);
  for (int l = level + 1; l <= 4; l++)
    pag->outline[l] = 0;
}

/**
 * kp_pag_place_rows:
 * @breaking: the block may be split over pages where its glue allows (running text, long
 *   tables), rather than moved whole to the next page
 *
 * Places the rows in pag->rows.
 */
void
kp_pag_place_rows (KpTextPaginator *pag,
                   gboolean         breaking,
                   double           keep_with,
                   double           continuation_height,
                   KpFlowPlaceFunc  place,
                   gpointer         user_data)
{
  const KpFlowRow *rows = (const KpFlowRow *) (gpointer) pag->rows->data;

  if (breaking)
    kp_flow_place_breaking (&pag->flow, rows, pag->rows->len, keep_with, continuation_height,
                            place, user_data);
  else
    kp_flow_place (&pag->flow, rows, pag->rows->len, keep_with, continuation_height, place,
                   user_data);
}

static void
report_progress (KpTextPaginator *pag,
                 guint            block)
{
  double done;

  if (pag->progress == NULL)
    return;
  done = (double) block / MAX (pag->model->blocks->len, 1);
  kp_progress_set_fraction (pag->progress, pag->cr == NULL
                                               ? done * MEASURE_FRACTION
                                               : MEASURE_FRACTION + done * (1 - MEASURE_FRACTION));
}

static gboolean
run_pass (KpTextPaginator *pag,
          GError         **error)
{
  GPtrArray *blocks = pag->model->blocks;

  pag->running = NULL;
  pag->n_tables = 0;
  pag->n_figures = 0;
  pag->landscape_now = FALSE;
  pag->landscape_next = FALSE;
  memset (pag->outline, 0, sizeof pag->outline);
  kp_flow_init (&pag->flow, 1, pag->portrait.top, pag->portrait.bottom, on_flow_new_page, pag);
  if (pag->progress != NULL)
    kp_progress_set (pag->progress, pag->cr == NULL ? 0 : MEASURE_FRACTION,
                     pag->cr == NULL ? _ ("Laying out the document…")
                                     : _ ("Writing the document…"));
  pag->bare_page = pag->model->title_page;
  if (pag->model->title_page)
    {
      kp_pag_draw_title_page (pag);
      pag->flow.empty = FALSE;
      kp_flow_next_page (&pag->flow);
    }

  for (guint b = 0; b < blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (blocks, b);

      if (b % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (pag->cancellable, error))
            return FALSE;
          report_progress (pag, b);
        }
      pag->block = b;
      set_orientation (pag, pag->block_landscape[b]);
      switch (block->kind)
        {
        case KP_DOC_BLOCK_HEADING:
          kp_pag_place_heading (pag, b);
          break;
        case KP_DOC_BLOCK_PARAGRAPH:
          kp_pag_place_paragraph (pag, b);
          break;
        case KP_DOC_BLOCK_LIST:
          kp_pag_place_list (pag, b);
          break;
        case KP_DOC_BLOCK_TABLE:
          kp_pag_place_table (pag, b);
          break;
        case KP_DOC_BLOCK_FIGURE:
          kp_pag_place_figure (pag, b);
          break;
        case KP_DOC_BLOCK_PAGE_BREAK:
          kp_flow_next_page (&pag->flow);
          break;
        case KP_DOC_BLOCK_CONTENTS:
          kp_pag_place_contents (pag, b);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  if (pag->cr != NULL)
    {
      kp_pag_stroke_leaders (pag);
      draw_furniture (pag, pag->flow.page);
    }
  return TRUE;
}

static void
paginator_free (KpTextPaginator *pag)
{
  g_clear_pointer (&pag->text, kp_text_layout_free);
  g_clear_pointer (&pag->label, kp_text_layout_free);
  g_clear_pointer (&pag->look, kp_text_layout_free);
  g_clear_pointer (&pag->furniture, kp_text_layout_free);
  g_clear_pointer (&pag->cells, g_ptr_array_unref);
  g_clear_pointer (&pag->rows, g_array_unref);
  g_clear_pointer (&pag->look_rows, g_array_unref);
  g_clear_pointer (&pag->trows, g_array_unref);
  g_clear_pointer (&pag->leaders, g_array_unref);
  g_free (pag->block_landscape);
  g_free (pag->block_page);
  g_clear_pointer (&pag->cache, kp_text_cache_free);
  g_free (pag);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTextPaginator, paginator_free)

static KpTextPaginator *
paginator_new (const KpDocModel *model,
               gboolean          for_print,
               KpProgress       *progress,
               GCancellable     *cancellable)
{
  KpTextPaginator *pag = g_new0 (KpTextPaginator, 1);
  double           width, height;
  guint            n_blocks = MAX (model->blocks->len, 1);

  pag->model = model;
  pag->words = kp_document_words_get (model->language);
  pag->progress = progress;
  pag->cancellable = cancellable;
  kp_page_size_get_points (KP_PAGE_SIZE_A4, &width, &height);
  geometry_init (&pag->portrait, width, height);
  geometry_init (&pag->landscape, height, width);
  pag->cache = kp_text_cache_new (model->font_family != NULL ? model->font_family
                                                             : DEFAULT_FAMILY);
  styles_init (pag);
  pag->text = kp_text_layout_new (pag->cache);
  pag->label = kp_text_layout_new (pag->cache);
  pag->look = kp_text_layout_new (pag->cache);
  pag->furniture = kp_text_layout_new (pag->cache);
  pag->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_text_layout_free);
  pag->rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  pag->look_rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  pag->trows = g_array_new (FALSE, FALSE, sizeof (KpPagTableRow));
  pag->leaders = g_array_new (FALSE, FALSE, sizeof (double));
  pag->block_landscape = g_new0 (gboolean, n_blocks);
  pag->block_page = g_new0 (int, n_blocks);
  /* a PDF for print keeps one sheet size (its TrimBox and BleedBox): wide tables are set
   * across a portrait page there */
  if (!for_print)
    kp_doc_model_find_landscape (model, pag->block_landscape);
  return pag;
}

/**
 * kp_text_paginator_write:
 * @writer: a writer of A4 portrait pages (landscape pages change its size, unless it is for
 *   print)
 * @progress: (nullable): receives the fraction done
 * @cancellable: (nullable): checked between blocks
 *
 * Lays the document out and draws it on @writer, which the caller finishes.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_text_paginator_write (const KpDocModel *model,
                         KpDocumentWriter *writer,
                         KpProgress       *progress,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autoptr (KpTextPaginator) pag = NULL;
  gint64   start = g_get_monotonic_time ();
  gboolean ok;

  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  pag = paginator_new (model, kp_document_writer_get_for_print (writer), progress, cancellable);
  if (!run_pass (pag, error))
    return FALSE;
  pag->n_pages = pag->flow.page;
  g_debug ("Document laid out: %d pages in %.3f s", pag->n_pages,
           (g_get_monotonic_time () - start) / 1e6);
  start = g_get_monotonic_time ();

  pag->writer = writer;
  pag->cr = kp_document_writer_get_cr (writer);
  kp_document_writer_set_text_cache (writer, pag->cache);
  kp_document_writer_set_tagged (writer, model->language);
  kp_document_writer_set_metadata (writer, model->title, model->author, model->subtitle,
                                   model->date);
  ok = run_pass (pag, error);
  /* The writer is finished by the caller, after the paginator's text cache is gone. */
  kp_document_writer_set_text_cache (writer, NULL);
  if (!ok)
    return FALSE;
  g_debug ("Document drawn in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  if (pag->mismatch || pag->flow.page != pag->n_pages)
    g_warning ("The document was paginated differently in its two passes");
  if (progress != NULL)
    kp_progress_set_fraction (progress, 1.0);
  return TRUE;
}
