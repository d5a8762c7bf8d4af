/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-text-paginator-private.h"

/* Headings, paragraphs and lists, and what a heading keeps with it at the foot of a page.
 *
 * A paragraph's lines are glued so that at least two stay together at either side of a
 * page break (no widow, no orphan); a heading is never split and keeps with it the first
 * part of what follows that cannot be split (two lines of a paragraph, the header and the
 * first row of a table, a whole figure). */

#define LIST_GAP 2.0

static double
heading_space_before (KpTextPaginator *pag,
                      int              level)
{
  const double factor[5] = { 0, 2.2, 1.7, 1.2, 0.9 };

  return pag->st.body_size * factor[level];
}

static double
heading_space_after (KpTextPaginator *pag,
                     int              level)
{
  const double factor[5] = { 0, 1.0, 0.6, 0.35, 0.2 };

  return pag->st.body_size * factor[level];
}

static double
paragraph_space (KpTextPaginator *pag)
{
  return pag->st.body_size * 0.55;
}

/**
 * kp_pag_span_style:
 * @flags: KpDocSpanFlags
 *
 * Returns: the text style of a span in @context
 */
guint
kp_pag_span_style (KpTextPaginator *pag,
                   KpPagContext     context,
                   guint            flags,
                   gboolean         link)
{
  return pag->st.span[context][(flags & 3) | (link ? KP_PAG_LINK : 0)];
}

/**
 * kp_pag_append_paragraph:
 *
 * Appends the spans of @paragraph to @layout; a link to a place the document lacks is
 * plain text.
 */
void
kp_pag_append_paragraph (KpTextPaginator      *pag,
                         KpTextLayout         *layout,
                         const KpDocParagraph *paragraph,
                         KpPagContext          context)
{
  for (guint i = 0; paragraph != NULL && i < paragraph->spans->len; i++)
    {
      const KpDocSpan *span = &g_array_index (paragraph->spans, KpDocSpan, i);
      g_autofree char *link = NULL;

      if (span->uri != NULL)
        link = kp_text_link_uri (span->uri);
      else if (span->anchor != NULL && g_hash_table_contains (pag->model->anchors, span->anchor))
        link = kp_text_link_dest (span->anchor);
      if (link != NULL)
        kp_text_layout_append_link (layout, kp_pag_span_style (pag, context, span->flags, TRUE),
                                    span->text, link);
      else
        kp_text_layout_append (layout, kp_pag_span_style (pag, context, span->flags, FALSE),
                               span->text);
    }
}

static KpTag
heading_tag (int level)
{
  const KpTag tags[5] = { KP_TAG_H1, KP_TAG_H1, KP_TAG_H2, KP_TAG_H3, KP_TAG_H4 };

  return tags[CLAMP (level, 1, 4)];
}

static void
heading_rows (KpTextPaginator  *pag,
              const KpDocBlock *block,
              KpTextLayout     *layout,
              GArray           *rows)
{
  guint  n_lines;
  double line_height;

  kp_text_layout_reset (layout, kp_pag_geometry (pag)->width);
  kp_text_layout_append (layout, pag->st.heading[block->level], block->text);
  n_lines = kp_text_layout_get_n_lines (layout);
  line_height = kp_text_layout_get_line_height (layout);
  g_array_set_size (rows, 0);
  kp_flow_rows_add (rows, heading_space_before (pag, block->level), KP_FLOW_ROW_SPACE);
  for (guint i = 0; i < n_lines; i++)
    kp_flow_rows_add (rows, line_height, KP_FLOW_ROW_GLUE);
  kp_flow_rows_add (rows, heading_space_after (pag, block->level), KP_FLOW_ROW_GLUE);
}

static void
paragraph_rows (KpTextPaginator *pag,
                KpTextLayout    *layout,
                double           space_before,
                GArray          *rows)
{
  g_array_set_size (rows, 0);
  kp_flow_rows_add (rows, space_before, KP_FLOW_ROW_SPACE);
  kp_flow_rows_add_lines (rows, kp_text_layout_get_n_lines (layout),
                          kp_text_layout_get_line_height (layout), 0);
}

/* The list's items and nested items in order, with their labels. */
typedef struct
{
  const KpDocParagraph *paragraph;
  int                   depth;
  char                  label[16];
  gboolean              last_in_item; /* ends the top-level item */
  gboolean              opens_sublist;
  gboolean              closes_sublist;
  guint                 first_row;
  guint                 n_lines;
} ListEntry;

static void
format_label (char         *label,
              gsize         size,
              KpDocListKind kind,
              int           depth,
              guint         index)
{
  if (kind == KP_DOC_LIST_BULLETED)
    g_strlcpy (label, depth == 0 ? "•" : "–", size);
  else if (depth == 0)
    g_snprintf (label, size, "%u.", index + 1);
  else
    g_snprintf (label, size, "%c)", 'a' + (int) (index % 26));
}

static GArray *
list_entries (const KpDocList *list)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (ListEntry));

  for (guint i = 0; i < list->items->len; i++)
    {
      const KpDocListItem *item = g_ptr_array_index (list->items, i);
      ListEntry            entry = { &item->paragraph, 0 };
      guint                n_sub = item->sublist != NULL ? item->sublist->items->len : 0;

      format_label (entry.label, sizeof entry.label, list->kind, 0, i);
      entry.last_in_item = n_sub == 0;
      entry.opens_sublist = n_sub > 0;
      g_array_append_val (entries, entry);
      for (guint s = 0; s < n_sub; s++)
        {
          const KpDocListItem *sub = g_ptr_array_index (item->sublist->items, s);
          ListEntry            child = { &sub->paragraph, 1 };

          format_label (child.label, sizeof child.label, item->sublist->kind, 1, s);
          child.last_in_item = s + 1 == n_sub;
          child.closes_sublist = s + 1 == n_sub;
          g_array_append_val (entries, child);
        }
    }
  return entries;
}

static double
list_indent (KpTextPaginator *pag,
             const KpDocList *list)
{
  double number = kp_text_cache_measure (pag->cache, pag->st.label, "00.");

  return MAX (list->kind == KP_DOC_LIST_NUMBERED ? number + 6 : 0, pag->st.body_size * 1.4);
}

static void
layout_entry (KpTextPaginator *pag,
              KpTextLayout    *layout,
              const ListEntry *entry,
              double           indent)
{
  kp_text_layout_reset (layout, kp_pag_geometry (pag)->width - indent * (entry->depth + 1));
  kp_pag_append_paragraph (pag, layout, entry->paragraph, KP_PAG_BODY);
}

/**
 * kp_pag_lead_height:
 * @depth: how many headings are before it (a heading's lead takes in the next block's)
 *
 * Returns: the height of the first part of the block that cannot be split, with its white
 *   space above: what must fit below a heading before it on the same page
 */
double
kp_pag_lead_height (KpTextPaginator *pag,
                    guint            b,
                    int              depth)
{
  const KpDocBlock *block;

  if (b >= pag->model->blocks->len || depth > 4)
    return 0;
  block = g_ptr_array_index (pag->model->blocks, b);
  switch (block->kind)
    {
    case KP_DOC_BLOCK_HEADING:
      {
        double height;

        if (block->level == 1 && pag->model->chapter_breaks)
          return 0;
        heading_rows (pag, block, pag->look, pag->look_rows);
        height = kp_flow_first_chunk_height ((const KpFlowRow *) (gpointer) pag->look_rows->data,
                                             pag->look_rows->len);
        return height + kp_pag_lead_height (pag, b + 1, depth + 1);
      }
    case KP_DOC_BLOCK_PARAGRAPH:
      kp_text_layout_reset (pag->look, kp_pag_geometry (pag)->width);
      kp_pag_append_paragraph (pag, pag->look, block->paragraph, KP_PAG_BODY);
      paragraph_rows (pag, pag->look, paragraph_space (pag), pag->look_rows);
      break;
    case KP_DOC_BLOCK_LIST:
      {
        g_autoptr (GArray) entries = list_entries (block->list);

        if (entries->len == 0)
          return 0;
        layout_entry (pag, pag->look, &g_array_index (entries, ListEntry, 0),
                      list_indent (pag, block->list));
        paragraph_rows (pag, pag->look, paragraph_space (pag), pag->look_rows);
        break;
      }
    case KP_DOC_BLOCK_TABLE:
      return kp_pag_table_lead (pag, block->table);
    case KP_DOC_BLOCK_FIGURE:
      return kp_pag_figure_height (pag, block->figure, NULL, NULL);
    case KP_DOC_BLOCK_CONTENTS:
      return pag->st.body_size * 6;
    case KP_DOC_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
  return kp_flow_first_chunk_height ((const KpFlowRow *) (gpointer) pag->look_rows->data,
                                     pag->look_rows->len);
}

typedef struct
{
  KpTextPaginator  *pag;
  const KpDocBlock *block;
  guint             block_index;
  guint             n_lines;
} HeadingPlace;

static void
place_heading_row (KpFlow  *flow,
                   int      row,
                   double   y,
                   gpointer user_data)
{
  HeadingPlace        *h = user_data;
  KpTextPaginator     *pag = h->pag;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  const KpDocBlock    *block = h->block;
  guint                line;

  if (row <= 0 || row > (int) h->n_lines)
    return;
  line = row - 1;
  if (line == 0)
    {
      kp_pag_record_page (pag, h->block_index, flow->page);
      if (block->level == 1)
        pag->running = block->text;
      if (pag->cr == NULL)
        return;
      kp_document_writer_add_dest (pag->writer, block->anchor, g->left, y);
      kp_pag_add_outline (pag, block->level, block->text, y);
      kp_document_writer_begin (pag->writer, heading_tag (block->level));
    }
  if (pag->cr == NULL)
    return;
  kp_text_layout_draw_lines (pag->text, pag->cr, g->left, y, line, 1);
  if (line + 1 == h->n_lines)
    {
      kp_document_writer_end (pag->writer, heading_tag (block->level));
      if (block->level == 1)
        kp_document_hline (pag->cr, KP_PUB_ACCENT, g->left,
                           y + kp_text_layout_get_line_height (pag->text) + 2, g->width, 1.2);
    }
}

/**
 * kp_pag_place_heading:
 *
 * A heading with its bookmark and named destination; a chapter (level 1) starts a page
 * when the document says so.
 */
void
kp_pag_place_heading (KpTextPaginator *pag,
                      guint            b)
{
  const KpDocBlock *block = g_ptr_array_index (pag->model->blocks, b);
  HeadingPlace      h = { pag, block, b, 0 };
  double            keep_with;

  if (block->level == 1 && pag->model->chapter_breaks)
    kp_flow_next_page (&pag->flow);
  /* what follows first, measured before this heading is laid out (both use pag->look) */
  keep_with = kp_pag_lead_height (pag, b + 1, 1);
  heading_rows (pag, block, pag->text, pag->rows);
  h.n_lines = kp_text_layout_get_n_lines (pag->text);
  kp_pag_place_rows (pag, FALSE, keep_with, 0, place_heading_row, &h);
}

typedef struct
{
  KpTextPaginator *pag;
  guint            n_lines;
} ParagraphPlace;

static void
place_paragraph_row (KpFlow  *flow,
                     int      row,
                     double   y,
                     gpointer user_data)
{
  ParagraphPlace  *p = user_data;
  KpTextPaginator *pag = p->pag;
  guint            line;

  if (pag->cr == NULL || row <= 0)
    return;
  line = row - 1;
  if (line == 0)
    kp_document_writer_begin (pag->writer, KP_TAG_P);
  kp_text_layout_draw_lines (pag->text, pag->cr, kp_pag_geometry (pag)->left, y, line, 1);
  if (line + 1 == p->n_lines)
    kp_document_writer_end (pag->writer, KP_TAG_P);
}

void
kp_pag_place_paragraph (KpTextPaginator *pag,
                        guint            b)
{
  const KpDocBlock *block = g_ptr_array_index (pag->model->blocks, b);
  ParagraphPlace    p = { pag, 0 };

  kp_text_layout_reset (pag->text, kp_pag_geometry (pag)->width);
  kp_pag_append_paragraph (pag, pag->text, block->paragraph, KP_PAG_BODY);
  p.n_lines = kp_text_layout_get_n_lines (pag->text);
  if (p.n_lines == 0)
    return;
  paragraph_rows (pag, pag->text, paragraph_space (pag), pag->rows);
  kp_pag_place_rows (pag, TRUE, 0, 0, place_paragraph_row, &p);
}

typedef struct
{
  KpTextPaginator *pag;
  GArray          *entries;
  double           indent;
  guint            current; /* the entry whose lines are being placed */
  guint            n_rows;
} ListPlace;

static void
begin_entry (ListPlace       *l,
             const ListEntry *entry,
             double           y)
{
  KpTextPaginator     *pag = l->pag;
  const KpPagGeometry *g = kp_pag_geometry (pag);
  double               x = g->left + l->indent * entry->depth;

  layout_entry (pag, pag->text, entry, l->indent);
  if (entry->depth == 1 && (entry == &g_array_index (l->entries, ListEntry, 0) ||
                            entry[-1].depth == 0))
    kp_document_writer_begin (pag->writer, KP_TAG_L);
  kp_document_writer_begin (pag->writer, KP_TAG_LI);
  kp_document_writer_begin (pag->writer, KP_TAG_LBL);
  kp_text_layout_reset (pag->label, l->indent - 4);
  kp_text_layout_append (pag->label, pag->st.label, entry->label);
  kp_text_layout_draw_lines (pag->label, pag->cr, x, y, 0, 1);
  kp_document_writer_end (pag->writer, KP_TAG_LBL);
  kp_document_writer_begin (pag->writer, KP_TAG_LBODY);
}

static void
end_entry (ListPlace       *l,
           const ListEntry *entry)
{
  KpTextPaginator *pag = l->pag;

  kp_document_writer_end (pag->writer, KP_TAG_LBODY);
  /* an item with a nested list holds it: its LI ends after the nested one's */
  if (!entry->opens_sublist)
    kp_document_writer_end (pag->writer, KP_TAG_LI);
  if (entry->closes_sublist)
    {
      kp_document_writer_end (pag->writer, KP_TAG_L);
      kp_document_writer_end (pag->writer, KP_TAG_LI);
    }
}

static void
place_list_row (KpFlow  *flow,
                int      row,
                double   y,
                gpointer user_data)
{
  ListPlace       *l = user_data;
  KpTextPaginator *pag = l->pag;
  ListEntry       *entry;
  guint            line;

  if (pag->cr == NULL || row < 0)
    return;
  while (l->current + 1 < l->entries->len &&
         g_array_index (l->entries, ListEntry, l->current + 1).first_row <= (guint) row)
    l->current++;
  entry = &g_array_index (l->entries, ListEntry, l->current);
  if ((guint) row < entry->first_row)
    return; /* white space */
  line = row - entry->first_row;
  if (row == 1)
    kp_document_writer_begin (pag->writer, KP_TAG_L);
  if (line == 0)
    begin_entry (l, entry, y);
  kp_text_layout_draw_lines (pag->text, pag->cr,
                             kp_pag_geometry (pag)->left + l->indent * (entry->depth + 1), y, line,
                             1);
  if (line + 1 == entry->n_lines)
    {
      end_entry (l, entry);
      if ((guint) row + 1 == l->n_rows)
        kp_document_writer_end (pag->writer, KP_TAG_L);
    }
}

/**
 * kp_pag_place_list:
 *
 * A list: each item with its bullet or number in a hanging indent, nested items further
 * in; its items' lines glued as a paragraph's, the list split between them.
 */
void
kp_pag_place_list (KpTextPaginator *pag,
                   guint            b)
{
  const KpDocBlock *block = g_ptr_array_index (pag->model->blocks, b);
  g_autoptr (GArray) entries = list_entries (block->list);
  ListPlace l = { pag, entries, list_indent (pag, block->list), 0, 0 };

  if (entries->len == 0)
    return;
  g_array_set_size (pag->rows, 0);
  for (guint e = 0; e < entries->len; e++)
    {
      ListEntry *entry = &g_array_index (entries, ListEntry, e);

      layout_entry (pag, pag->text, entry, l.indent);
      entry->n_lines = MAX (kp_text_layout_get_n_lines (pag->text), 1);
      kp_flow_rows_add (pag->rows, e == 0 ? paragraph_space (pag) : LIST_GAP, KP_FLOW_ROW_SPACE);
      entry->first_row = pag->rows->len;
      kp_flow_rows_add_lines (pag->rows, entry->n_lines, kp_text_layout_get_line_height (pag->text),
                              0);
    }
  l.n_rows = pag->rows->len;
  kp_pag_place_rows (pag, TRUE, 0, 0, place_list_row, &l);
}
