/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-text-document-private.h"

/* The blocks of a KpTextDocument and what builders add to them: spans of a paragraph,
 * items of a list, cells of a table, the caption of a figure. */

static void
span_clear (gpointer data)
{
  KpDocSpan *span = data;

  g_free (span->text);
  g_free (span->uri);
  g_free (span->anchor);
}

static void
paragraph_init (KpDocParagraph *paragraph)
{
  paragraph->spans = g_array_new (FALSE, FALSE, sizeof (KpDocSpan));
  g_array_set_clear_func (paragraph->spans, span_clear);
}

static KpDocParagraph *
paragraph_new (void)
{
  KpDocParagraph *paragraph = g_new0 (KpDocParagraph, 1);

  paragraph_init (paragraph);
  return paragraph;
}

static void
paragraph_free (gpointer data)
{
  KpDocParagraph *paragraph = data;

  if (paragraph == NULL)
    return;
  g_array_unref (paragraph->spans);
  g_free (paragraph);
}

static void list_free (KpDocList *list);

static void
list_item_free (gpointer data)
{
  KpDocListItem *item = data;

  g_array_unref (item->paragraph.spans);
  g_clear_pointer (&item->sublist, list_free);
  g_free (item);
}

static KpDocList *
list_new (KpDocListKind kind,
          int           depth)
{
  KpDocList *list = g_new0 (KpDocList, 1);

  list->kind = kind;
  list->depth = depth;
  list->items = g_ptr_array_new_with_free_func (list_item_free);
  return list;
}

static void
list_free (KpDocList *list)
{
  g_ptr_array_unref (list->items);
  g_free (list);
}

static void
table_free (KpDocTable *table)
{
  g_free (table->columns);
  g_free (table->caption);
  g_free (table->anchor);
  g_ptr_array_unref (table->cells);
  g_free (table);
}

static void
figure_free (KpDocFigure *figure)
{
  if (figure->destroy != NULL)
    figure->destroy (figure->user_data);
  g_free (figure->caption);
  g_free (figure->alt);
  g_free (figure->anchor);
  g_free (figure);
}

KpDocBlock *
kp_doc_block_new (KpDocBlockKind kind)
{
  KpDocBlock *block = g_new0 (KpDocBlock, 1);

  block->kind = kind;
  switch (kind)
    {
    case KP_DOC_BLOCK_PARAGRAPH:
      block->paragraph = paragraph_new ();
      break;
    case KP_DOC_BLOCK_HEADING:
    case KP_DOC_BLOCK_LIST:
    case KP_DOC_BLOCK_TABLE:
    case KP_DOC_BLOCK_FIGURE:
    case KP_DOC_BLOCK_PAGE_BREAK:
    case KP_DOC_BLOCK_CONTENTS:
    default:
      break;
    }
  return block;
}

void
kp_doc_block_free (gpointer data)
{
  KpDocBlock *block = data;

  switch (block->kind)
    {
    case KP_DOC_BLOCK_PARAGRAPH:
      paragraph_free (block->paragraph);
      break;
    case KP_DOC_BLOCK_LIST:
      list_free (block->list);
      break;
    case KP_DOC_BLOCK_TABLE:
      table_free (block->table);
      break;
    case KP_DOC_BLOCK_FIGURE:
      figure_free (block->figure);
      break;
    case KP_DOC_BLOCK_HEADING:
    case KP_DOC_BLOCK_PAGE_BREAK:
    case KP_DOC_BLOCK_CONTENTS:
    default:
      break;
    }
  g_free (block->text);
  g_free (block->anchor);
  g_free (block);
}

static void
paragraph_foreach_text (const KpDocParagraph *paragraph,
                        KpDocTextFunc         func,
                        gpointer              user_data)
{
  for (guint i = 0; paragraph != NULL && i < paragraph->spans->len; i++)
    func (g_array_index (paragraph->spans, KpDocSpan, i).text, user_data);
}

static void
list_foreach_text (const KpDocList *list,
                   KpDocTextFunc    func,
                   gpointer         user_data)
{
  for (guint i = 0; i < list->items->len; i++)
    {
      const KpDocListItem *item = g_ptr_array_index (list->items, i);

      paragraph_foreach_text (&item->paragraph, func, user_data);
      if (item->sublist != NULL)
        list_foreach_text (item->sublist, func, user_data);
    }
}

/* Calls @func with every text of @block (kp_text_document_foreach_text()). */
void
kp_doc_block_foreach_text (const KpDocBlock *block,
                           KpDocTextFunc     func,
                           gpointer          user_data)
{
  switch (block->kind)
    {
    case KP_DOC_BLOCK_HEADING:
      func (block->text, user_data);
      break;
    case KP_DOC_BLOCK_PARAGRAPH:
      paragraph_foreach_text (block->paragraph, func, user_data);
      break;
    case KP_DOC_BLOCK_LIST:
      list_foreach_text (block->list, func, user_data);
      break;
    case KP_DOC_BLOCK_TABLE:
      if (block->table->caption != NULL)
        func (block->table->caption, user_data);
      for (guint c = 0; c < block->table->cells->len; c++)
        paragraph_foreach_text (g_ptr_array_index (block->table->cells, c), func, user_data);
      break;
    case KP_DOC_BLOCK_FIGURE:
      if (block->figure->caption != NULL)
        func (block->figure->caption, user_data);
      break;
    case KP_DOC_BLOCK_PAGE_BREAK:
    case KP_DOC_BLOCK_CONTENTS:
    default:
      break;
    }
}

/**
 * kp_doc_anchor_add:
 * @anchors: the document's anchors
 *
 * Returns: whether @anchor is new in the document; it is then added
 */
gboolean
kp_doc_anchor_add (GHashTable *anchors,
                   const char *anchor)
{
  if (g_hash_table_contains (anchors, anchor))
    return FALSE;
  g_hash_table_add (anchors, g_strdup (anchor));
  return TRUE;
}

static void
add_span (KpDocParagraph *paragraph,
          guint           flags,
          const char     *text,
          const char     *uri,
          const char     *anchor)
{
  KpDocSpan span = { 0 };

  if (text == NULL || *text == '\0')
    return;
  span.text = g_utf8_make_valid (text, -1);
  span.flags = flags;
  span.uri = g_strdup (uri);
  span.anchor = g_strdup (anchor);
  g_array_append_val (paragraph->spans, span);
}

/**
 * kp_doc_paragraph_add:
 * @text: (nullable): drawn as it is, never read as markup; "\n" breaks the line
 *
 * Adds a span of text to the paragraph.
 */
void
kp_doc_paragraph_add (KpDocParagraph *paragraph,
                      KpDocSpanFlags  flags,
                      const char     *text)
{
  g_return_if_fail (paragraph != NULL);
  add_span (paragraph, flags, text, NULL, NULL);
}

/**
 * kp_doc_paragraph_add_link:
 * @uri: "https://…", "mailto:…", "tel:…"
 *
 * Adds a span that links to @uri.
 */
void
kp_doc_paragraph_add_link (KpDocParagraph *paragraph,
                           const char     *text,
                           const char     *uri)
{
  g_return_if_fail (paragraph != NULL);
  g_return_if_fail (uri != NULL);
  add_span (paragraph, KP_DOC_SPAN_PLAIN, text, uri, NULL);
}

/**
 * kp_doc_paragraph_add_ref:
 * @anchor: the anchor of a heading, table or figure of the same document; one that the
 *   document does not have when it is written leaves plain text and a note
 *
 * Adds a span that links to a place in the document ("see chapter 3").
 */
void
kp_doc_paragraph_add_ref (KpDocParagraph *paragraph,
                          const char     *text,
                          const char     *anchor)
{
  g_return_if_fail (paragraph != NULL);
  g_return_if_fail (anchor != NULL);
  add_span (paragraph, KP_DOC_SPAN_PLAIN, text, NULL, anchor);
}

char *
kp_doc_paragraph_dup_text (const KpDocParagraph *paragraph)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < paragraph->spans->len; i++)
    g_string_append (text, g_array_index (paragraph->spans, KpDocSpan, i).text);
  return g_string_free (text, FALSE);
}

/**
 * kp_doc_list_add_item:
 *
 * Returns: (transfer none): the new item's text, to add spans to
 */
KpDocParagraph *
kp_doc_list_add_item (KpDocList *list)
{
  KpDocListItem *item;

  g_return_val_if_fail (list != NULL, NULL);
  item = g_new0 (KpDocListItem, 1);
  paragraph_init (&item->paragraph);
  g_ptr_array_add (list->items, item);
  return &item->paragraph;
}

/**
 * kp_doc_list_add_text:
 *
 * Adds an item of plain text.
 *
 * Returns: (transfer none): the item's text, for more spans
 */
KpDocParagraph *
kp_doc_list_add_text (KpDocList  *list,
                      const char *text)
{
  KpDocParagraph *paragraph = kp_doc_list_add_item (list);

  kp_doc_paragraph_add (paragraph, KP_DOC_SPAN_PLAIN, text);
  return paragraph;
}

/**
 * kp_doc_list_add_sublist:
 *
 * Nests a list in the last item, after its text. Lists nest one level: @list must be a
 * list of the document, not a nested one, and have an item.
 *
 * Returns: (transfer none): the nested list
 */
KpDocList *
kp_doc_list_add_sublist (KpDocList    *list,
                         KpDocListKind kind)
{
  KpDocListItem *item;

  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (list->depth == 0, NULL);
  g_return_val_if_fail (list->items->len > 0, NULL);

  item = g_ptr_array_index (list->items, list->items->len - 1);
  if (item->sublist == NULL)
    item->sublist = list_new (kind, 1);
  return item->sublist;
}

/**
 * kp_doc_table_set_column:
 * @width: the column's share of the table's width; the shares are scaled to fill the
 *   width; 0 gives it an equal share
 * @align: how its cells are aligned (numbers and money to the right)
 */
void
kp_doc_table_set_column (KpDocTable *table,
                         guint       column,
                         double      width,
                         KpDocAlign  align)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);
  g_return_if_fail (width >= 0);
  table->columns[column].width = width;
  table->columns[column].align = align;
}

/**
 * kp_doc_table_set_header_rows:
 *
 * The first @n_rows rows are the header, repeated at the top of every page the table
 * goes on to.
 */
void
kp_doc_table_set_header_rows (KpDocTable *table,
                              guint       n_rows)
{
  g_return_if_fail (table != NULL);
  table->n_header_rows = n_rows;
}

/**
 * kp_doc_table_set_caption:
 *
 * The caption above the table, after its number: "Tabulka 3: @caption".
 */
void
kp_doc_table_set_caption (KpDocTable *table,
                          const char *caption)
{
  g_return_if_fail (table != NULL);
  g_free (table->caption);
  table->caption = caption != NULL && *caption != '\0' ? g_utf8_make_valid (caption, -1) : NULL;
}

/**
 * kp_doc_table_set_anchor:
 *
 * Names the table for links; an anchor is unique in the document.
 */
void
kp_doc_table_set_anchor (KpDocTable *table,
                         const char *anchor)
{
  g_return_if_fail (table != NULL && table->anchor == NULL);
  g_return_if_fail (anchor != NULL && !g_hash_table_contains (table->anchors, anchor));
  kp_doc_anchor_add (table->anchors, anchor);
  table->anchor = g_strdup (anchor);
}

/**
 * kp_doc_table_set_wide:
 *
 * A wide table is set on landscape pages of its own.
 */
void
kp_doc_table_set_wide (KpDocTable *table,
                       gboolean    wide)
{
  g_return_if_fail (table != NULL);
  table->wide = wide;
}

/**
 * kp_doc_table_add_cell:
 *
 * Adds the next cell, row after row: a table of three columns has its second row from
 * the fourth cell.
 *
 * Returns: (transfer none): the cell's text, to add spans to
 */
KpDocParagraph *
kp_doc_table_add_cell (KpDocTable *table)
{
  KpDocParagraph *cell;

  g_return_val_if_fail (table != NULL, NULL);
  cell = paragraph_new ();
  g_ptr_array_add (table->cells, cell);
  return cell;
}

/**
 * kp_doc_table_add_cell_text:
 * @text: (nullable): the cell's text; %NULL or "" for an empty cell
 *
 * Adds the next cell with one span of text.
 */
void
kp_doc_table_add_cell_text (KpDocTable    *table,
                            KpDocSpanFlags flags,
                            const char    *text)
{
  kp_doc_paragraph_add (kp_doc_table_add_cell (table), flags, text);
}

void
kp_doc_table_get_widths (const KpDocTable *table,
                         double           *widths)
{
  double given = 0, sum = 0;
  guint  n_given = 0;

  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].width > 0)
      {
        given += table->columns[c].width;
        n_given++;
      }
  for (guint c = 0; c < table->n_columns; c++)
    {
      /* a column without a width gets the average share of the others */
      widths[c] = table->columns[c].width > 0 ? table->columns[c].width
                  : n_given > 0               ? given / n_given
                                              : 1.0;
      sum += widths[c];
    }
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] /= sum;
}

/**
 * kp_doc_table_get_n_rows:
 *
 * Returns: the rows, header included; a last row that is not full counts
 */
guint
kp_doc_table_get_n_rows (const KpDocTable *table)
{
  return (table->cells->len + table->n_columns - 1) / table->n_columns;
}

/**
 * kp_doc_table_get_cell:
 *
 * Returns: (nullable): the cell, %NULL for a cell after the last one of a last row that
 *   is not full
 */
const KpDocParagraph *
kp_doc_table_get_cell (const KpDocTable *table,
                       guint             row,
                       guint             column)
{
  guint index = row * table->n_columns + column;

  return index < table->cells->len ? g_ptr_array_index (table->cells, index) : NULL;
}

KpDocList *
kp_doc_list_new (KpDocListKind kind)
{
  return list_new (kind, 0);
}

KpDocTable *
kp_doc_table_new (guint       n_columns,
                  GHashTable *anchors)
{
  KpDocTable *table = g_new0 (KpDocTable, 1);

  table->n_columns = n_columns;
  table->columns = g_new0 (KpDocColumn, n_columns);
  table->cells = g_ptr_array_new_with_free_func (paragraph_free);
  table->anchors = anchors;
  return table;
}

/**
 * kp_doc_figure_set_caption:
 *
 * The caption under the figure, after its number: "Obrázek 2: @caption".
 */
void
kp_doc_figure_set_caption (KpDocFigure *figure,
                           const char  *caption)
{
  g_return_if_fail (figure != NULL);
  g_free (figure->caption);
  figure->caption = caption != NULL && *caption != '\0' ? g_utf8_make_valid (caption, -1) : NULL;
}

/**
 * kp_doc_figure_set_alt:
 *
 * What the figure shows, for readers who cannot see it (the caption when not set).
 */
void
kp_doc_figure_set_alt (KpDocFigure *figure,
                       const char  *alt)
{
  g_return_if_fail (figure != NULL);
  g_free (figure->alt);
  figure->alt = alt != NULL && *alt != '\0' ? g_utf8_make_valid (alt, -1) : NULL;
}

void
kp_doc_figure_set_anchor (KpDocFigure *figure,
                          const char  *anchor)
{
  g_return_if_fail (figure != NULL && figure->anchor == NULL);
  g_return_if_fail (anchor != NULL && !g_hash_table_contains (figure->anchors, anchor));
  kp_doc_anchor_add (figure->anchors, anchor);
  figure->anchor = g_strdup (anchor);
}

/**
 * kp_doc_model_find_landscape:
 * @landscape: (out caller-allocates) (array): one per block
 *
 * Which blocks are set on landscape pages: a wide table, and what leads up to it from its
 * heading (the heading and at most two short paragraphs after it, as "The table lists …"),
 * which must not stay behind on a portrait page. Both writers turn the pages alike.
 */
void
kp_doc_model_find_landscape (const KpDocModel *model,
                             gboolean         *landscape)
{
  GPtrArray *blocks = model->blocks;

  for (guint b = 0; b < blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (blocks, b);
      guint             first = b, n_paragraphs = 0;

      landscape[b] = landscape[b] || (block->kind == KP_DOC_BLOCK_TABLE && block->table->wide);
      if (!landscape[b] || block->kind != KP_DOC_BLOCK_TABLE)
        continue;
      /* back over the paragraphs to a heading; a heading of a chapter that starts a page
       * is taken in too */
      while (first > 0)
        {
          const KpDocBlock *before = g_ptr_array_index (blocks, first - 1);

          if (before->kind == KP_DOC_BLOCK_PARAGRAPH && n_paragraphs < 2 &&
              before->paragraph->spans->len > 0)
            n_paragraphs++;
          else if (before->kind != KP_DOC_BLOCK_HEADING)
            break;
          first--;
        }
      if (first < b && ((const KpDocBlock *) g_ptr_array_index (blocks, first))->kind !=
                           KP_DOC_BLOCK_HEADING)
        {
          /* no heading before the paragraphs: only headings right before the table go */
          first = b;
          while (first > 0 &&
                 ((const KpDocBlock *) g_ptr_array_index (blocks, first - 1))->kind ==
                     KP_DOC_BLOCK_HEADING)
            first--;
        }
      for (guint i = first; i < b; i++)
        landscape[i] = TRUE;
    }
}

/**
 * kp_doc_widths_fit_minimum:
 * @widths: (inout) (array length=n): column widths, points
 * @minimum: (array length=n): what each column needs (its header's widest word)
 *
 * Widens the columns narrower than their minimum, taking the room from the others in
 * proportion to what they have above theirs; the total stays. Nothing changes when the
 * others have not enough room to give.
 */
void
kp_doc_widths_fit_minimum (double       *widths,
                           const double *minimum,
                           guint         n)
{
  double short_by = 0, spare = 0;

  for (guint c = 0; c < n; c++)
    {
      if (widths[c] < minimum[c])
        short_by += minimum[c] - widths[c];
      else
        spare += widths[c] - minimum[c];
    }
  if (short_by <= 0 || spare <= short_by)
    return;
  for (guint c = 0; c < n; c++)
    {
      if (widths[c] < minimum[c])
        widths[c] = minimum[c];
      else
        widths[c] -= (widths[c] - minimum[c]) * short_by / spare;
    }
}
