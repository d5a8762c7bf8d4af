/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-catalogue-private.h"
#include "kp-document-text.h"

#include <string.h>

/* The catalogue's two passes and the chapters of entries; see kp-catalogue-private.h for
 * the other parts, and kp-catalogue-document.c for the document that runs them. */

#define PROGRESS_STEP    64
#define MEASURE_FRACTION 0.3

typedef struct
{
  KpCatalogue        *cat;
  KpCatalogueSection *section;
  KpTextLayout       *text;
  double              pad;
  int                 row; /* the heading's row; the one before it is white space */
} HeadingPlace;

/* The leaders of the contents (a hairline from an entry to its page number) are stroked
 * once per page: cairo takes ~1 ms for each stroke of a page's worth of dotted lines. */
static void
stroke_leaders (KpCatalogue *cat)
{
  if (cat->leaders->len == 0)
    return;
  for (guint i = 0; i + 2 < cat->leaders->len; i += 3)
    {
      const double *l = &g_array_index (cat->leaders, double, i);

      cairo_move_to (cat->cr, l[0], l[2]);
      cairo_line_to (cat->cr, l[1], l[2]);
    }
  kp_text_cache_set_rgb (cat->cr, KP_PUB_RULE);
  cairo_set_line_width (cat->cr, 0.5);
  cairo_stroke (cat->cr);
  g_array_set_size (cat->leaders, 0);
}

static void
on_flow_new_page (KpFlow  *flow,
                  gpointer user_data)
{
  KpCatalogue *cat = user_data;

  if (cat->cr == NULL)
    return;
  stroke_leaders (cat);
  kp_document_writer_show_page (cat->writer);
  if (kp_document_writer_get_page (cat->writer) != flow->page)
    cat->mismatch = TRUE;
  if (!cat->bare_page)
    kp_catalogue_draw_furniture (cat);
}

/**
 * kp_catalogue_start_part:
 * @running: the part's name for the page header
 *
 * Starts a part (contents, a chapter, the indexes …) on a new page, in one column.
 */
void
kp_catalogue_start_part (KpCatalogue *cat,
                         const char  *running)
{
  cat->running = running;
  kp_flow_next_page (&cat->flow);
  kp_flow_set_columns (&cat->flow, 1);
}

static void
place_chapter_heading (KpFlow  *flow,
                       int      row,
                       double   y,
                       gpointer user_data)
{
  HeadingPlace       *h = user_data;
  KpCatalogue        *cat = h->cat;
  KpCatalogueSection *s = h->section;
  cairo_t            *cr = cat->cr;

  if (row != h->row)
    return;
  kp_catalogue_record_page (cat, &s->page, flow->page);
  if (cr == NULL)
    return;
  kp_document_writer_add_dest (cat->writer, s->dest, cat->left, y);
  if (s->level == 0)
    {
      kp_document_fill_rect (cr, KP_PUB_ACCENT, cat->left, y, cat->width,
                             kp_text_layout_get_height (h->text) + 2 * h->pad);
      kp_document_writer_begin (cat->writer, KP_TAG_H1);
      kp_text_layout_draw (h->text, cr, cat->left + h->pad, y + h->pad);
      kp_document_writer_end (cat->writer, KP_TAG_H1);
      kp_catalogue_add_outline (cat, 0, s->title, y, &cat->outline_chapter);
      cat->outline_parent = cat->outline_chapter;
      cat->outline_section = cat->outline_chapter;
    }
  else
    {
      kp_document_writer_begin (cat->writer, KP_TAG_H2);
      kp_text_layout_draw (h->text, cr, cat->left, y);
      kp_document_writer_end (cat->writer, KP_TAG_H2);
      kp_document_hline (cr, KP_PUB_ACCENT, cat->left,
                         y + kp_text_layout_get_height (h->text) + 1, cat->width, 1.2);
      kp_catalogue_add_outline (cat, cat->outline_chapter, s->title, y, &cat->outline_parent);
      cat->outline_section = cat->outline_parent;
    }
}

static void
report_progress (KpCatalogue *cat)
{
  double fraction;

  cat->done++;
  if (cat->progress == NULL || cat->done % PROGRESS_STEP != 0)
    return;
  fraction = (double) cat->done / MAX (cat->n_entries, 1);
  if (cat->cr == NULL)
    kp_progress_set_fraction (cat->progress, fraction * MEASURE_FRACTION);
  else
    kp_progress_set_fraction (cat->progress,
                              MEASURE_FRACTION + fraction * (1 - MEASURE_FRACTION));
}

/* the share of a page that must be left for a chapter to start on it */
#define RUN_ON_SHARE 0.4

static gboolean
draw_chapters (KpCatalogue *cat,
               GError     **error)
{
  for (guint i = 0; i < cat->sections->len; i++)
    {
      KpCatalogueSection *s = g_ptr_array_index (cat->sections, i);
      HeadingPlace        h = { cat, s, cat->text, 0, 0 };
      double              heading_height, keep_with = 0;

      kp_text_layout_reset (cat->text, cat->width);
      g_array_set_size (cat->heading_rows, 0);
      if (s->level == 0)
        {
          h.pad = cat->style.body_size * 0.8;
          kp_text_layout_reset (cat->text, cat->width - 2 * h.pad);
          kp_text_layout_append (cat->text, cat->style.band, s->title);
          heading_height = kp_text_layout_get_height (cat->text) + 2 * h.pad;
          /* A chapter runs on below the previous one when a good part of the page is
           * left: a short chapter a page would leave most pages of a small catalogue blank. */
          if (i > 0 && !cat->flow.empty &&
              cat->flow.bottom - cat->flow.y > (cat->flow.bottom - cat->flow.top) * RUN_ON_SHARE)
            {
              cat->running = s->title;
              kp_flow_rows_add (cat->heading_rows, cat->style.body_size * 2.4, KP_FLOW_ROW_SPACE);
            }
          else
            kp_catalogue_start_part (cat, s->title);
        }
      else
        {
          kp_text_layout_append (cat->text, cat->style.letter, s->title);
          heading_height = kp_text_layout_get_height (cat->text) + 4;
          kp_flow_rows_add (cat->heading_rows, cat->style.body_size * 1.4, KP_FLOW_ROW_SPACE);
        }
      h.row = cat->heading_rows->len;
      kp_flow_rows_add (cat->heading_rows, heading_height, KP_FLOW_ROW_GLUE);

      for (guint e = 0; e < s->entries->len; e++)
        {
          guint index = g_array_index (s->entries, guint, e);

          if (g_cancellable_set_error_if_cancelled (cat->cancellable, error))
            return FALSE;
          kp_catalogue_entry_layout_build (cat->entry, index,
                                           kp_catalogue_starts_provider (cat, s, e));
          if (e == 0)
            {
              keep_with = kp_flow_lead_height (&cat->flow, (const KpFlowRow *) cat->rows->data,
                                               cat->rows->len, heading_height);
              kp_flow_place (&cat->flow, (const KpFlowRow *) cat->heading_rows->data,
                             cat->heading_rows->len, keep_with, 0, place_chapter_heading, &h);
            }
          kp_catalogue_entry_layout_place (cat->entry);
          report_progress (cat);
        }
      if (s->entries->len == 0)
        kp_flow_place (&cat->flow, (const KpFlowRow *) cat->heading_rows->data,
                       cat->heading_rows->len, 0, 0, place_chapter_heading, &h);
    }
  return TRUE;
}

static gboolean
run_pass (KpCatalogue *cat,
          GError     **error)
{
  cat->done = 0;
  cat->running = NULL;
  cat->bare_page = FALSE;
  cat->outline_parent = 0;
  cat->outline_chapter = 0;
  cat->outline_section = 0;
  kp_flow_init (&cat->flow, 1, cat->top, cat->bottom, on_flow_new_page, cat);
  if (cat->progress != NULL)
    kp_progress_set (cat->progress, cat->cr == NULL ? 0 : MEASURE_FRACTION,
                     cat->cr == NULL ? _ ("Laying out the catalogue…")
                                     : _ ("Writing the catalogue…"));

  kp_catalogue_draw_title_page (cat);
  kp_catalogue_draw_introduction (cat);
  if (cat->n_entries > 0)
    {
      kp_catalogue_draw_contents (cat);
      kp_catalogue_draw_situations (cat);
      if (!draw_chapters (cat, error))
        return FALSE;
    }
  kp_catalogue_draw_crisis_lines (cat);
  kp_catalogue_draw_authorities (cat);
  kp_catalogue_draw_health (cat);
  if (cat->n_entries > 0)
    kp_catalogue_draw_indexes (cat);
  kp_catalogue_draw_impressum (cat);
  if (cat->booklet)
    {
      if (cat->cr == NULL)
        cat->n_notes = kp_catalogue_count_notes (cat->flow.page);
      kp_catalogue_draw_notes (cat);
      kp_catalogue_draw_back_cover (cat);
    }
  if (cat->cr != NULL)
    stroke_leaders (cat);
  return TRUE;
}

static void
catalogue_free (KpCatalogue *cat)
{
  g_clear_pointer (&cat->lines, g_ptr_array_unref);
  g_clear_pointer (&cat->national, g_ptr_array_unref);
  g_clear_pointer (&cat->logos, g_ptr_array_unref);
  g_clear_pointer (&cat->sections, g_ptr_array_unref);
  g_free (cat->entry_page);
  g_clear_pointer (&cat->entry, kp_catalogue_entry_layout_free);
  g_clear_pointer (&cat->text, kp_text_layout_free);
  g_clear_pointer (&cat->text2, kp_text_layout_free);
  g_clear_pointer (&cat->furniture, kp_text_layout_free);
  g_free (cat->header_left);
  g_free (cat->header_right);
  g_clear_pointer (&cat->rows, g_array_unref);
  g_clear_pointer (&cat->heading_rows, g_array_unref);
  g_clear_pointer (&cat->leaders, g_array_unref);
  g_clear_pointer (&cat->pictograms, kp_pictograms_free);
  g_clear_pointer (&cat->cache, kp_text_cache_free);
  g_free (cat);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCatalogue, catalogue_free)

static KpCatalogue *
catalogue_new (const KpCatalogueSnapshot *snapshot,
               const KpCatalogueOptions  *options,
               KpProgress                *progress,
               GCancellable              *cancellable,
               GError                   **error)
{
  g_autoptr (KpCatalogue) cat = g_new0 (KpCatalogue, 1);
  gboolean a5 = options->paper_size == KP_PAGE_SIZE_A5;
  double   margin = KP_PUB_MM (a5 ? 15 : 20);
  double   body = a5 ? 10.0 : 10.5;

  cat->snapshot = snapshot;
  cat->options = options;
  cat->progress = progress;
  cat->cancellable = cancellable;
  cat->logos = kp_document_load_logos (options->logos, error);
  if (cat->logos == NULL)
    return NULL;

  cat->lines = g_ptr_array_new ();
  if (options->national_lines)
    {
      cat->national = kp_crisis_lines_new_national ();
      g_ptr_array_extend (cat->lines, cat->national, NULL, NULL);
    }
  g_ptr_array_extend (cat->lines, snapshot->crisis_lines, NULL, NULL);

  cat->sections = kp_catalogue_sections_build (snapshot, options->structure);
  cat->entry_tag = KP_TAG_H2;
  cat->by_provider = options->structure == KP_CATALOGUE_BY_PROVIDER;
  for (guint i = 0; i < cat->sections->len; i++)
    {
      KpCatalogueSection *section = g_ptr_array_index (cat->sections, i);

      cat->n_entries += section->entries->len;
      if (section->level > 0)
        cat->entry_tag = KP_TAG_H3;
    }
  cat->booklet = a5;
  cat->entry_page = g_new0 (int, MAX (snapshot->entries->len, 1));
  if (cat->by_provider)
    cat->entry_tag = KP_TAG_H4;
  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const KpCatalogueEntry *entry = g_ptr_array_index (snapshot->entries, i);

      cat->has_obce_index |= entry->obce->len > 0;
      cat->has_groups_index |= entry->target_groups->len > 0;
    }

  kp_page_size_get_points (options->paper_size, &cat->page_width, &cat->page_height);
  cat->left = margin;
  cat->width = cat->page_width - 2 * margin;
  cat->top = KP_PUB_MM (a5 ? 20 : 25);
  cat->bottom = cat->page_height - KP_PUB_MM (a5 ? 18 : 22);

  cat->cache = kp_text_cache_new (options->font_family);
  /* large print: 12 pt on A5, a little more on the wider A4 measure */
  if (options->print.large_print)
    body = a5 ? KP_PUB_LARGE_BODY : KP_PUB_LARGE_BODY + 0.5;
  kp_document_style_init (&cat->style, cat->cache, body);
  cat->text = kp_text_layout_new (cat->cache);
  cat->text2 = kp_text_layout_new (cat->cache);
  cat->furniture = kp_text_layout_new (cat->cache);
  cat->rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  cat->heading_rows = g_array_new (FALSE, FALSE, sizeof (KpFlowRow));
  cat->leaders = g_array_new (FALSE, FALSE, sizeof (double));
  cat->pictograms = kp_pictograms_new (KP_PUB_ACCENT);
  cat->entry = kp_catalogue_entry_layout_new (cat);
  return g_steal_pointer (&cat);
}

/**
 * kp_catalogue_write:
 * @writer: a writer whose pages have the size of @options' paper
 * @progress: (nullable): receives the fraction done
 * @cancellable: (nullable): checked between entries
 * @result: (out caller-allocates) (optional): pages and entries written
 *
 * Lays the catalogue out and draws it on @writer, which the caller finishes.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_catalogue_write (const KpCatalogueSnapshot *snapshot,
                    const KpCatalogueOptions  *options,
                    KpDocumentWriter          *writer,
                    KpProgress                *progress,
                    GCancellable              *cancellable,
                    KpRenderResult            *result,
                    GError                   **error)
{
  g_autoptr (KpCatalogue) cat = NULL;
  gint64   start = g_get_monotonic_time ();
  gboolean ok;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  cat = catalogue_new (snapshot, options, progress, cancellable, error);
  if (cat == NULL || !run_pass (cat, error))
    return FALSE;
  cat->n_pages = cat->flow.page;
  g_debug ("Catalogue laid out: %d pages in %.3f s", cat->n_pages,
           (g_get_monotonic_time () - start) / 1e6);
  start = g_get_monotonic_time ();

  cat->writer = writer;
  cat->cr = kp_document_writer_get_cr (writer);
  kp_document_writer_set_text_cache (writer, cat->cache);
  kp_document_writer_set_tagged (writer, KP_DOCUMENT_LANGUAGE);
  kp_document_writer_set_metadata (writer, cat->options->title, cat->options->issuer,
                                   D_ ("Catalogue of social services"), cat->options->created);
  ok = run_pass (cat, error);
  /* The writer is finished by the caller, after the catalogue's text cache is gone. */
  kp_document_writer_set_text_cache (writer, NULL);
  if (!ok)
    return FALSE;
  g_debug ("Catalogue drawn in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  if (cat->mismatch || cat->flow.page != cat->n_pages)
    g_warning ("The catalogue was paginated differently in its two passes");

  if (result != NULL)
    {
      *result = (KpRenderResult){ 0 };
      result->n_pages = cat->flow.page;
      result->n_entries = cat->n_entries;
    }
  if (cat->progress != NULL)
    kp_progress_set_fraction (cat->progress, 1.0);
  return TRUE;
}
