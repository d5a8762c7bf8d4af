/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-odt-writer.h"
#include "kp-render-types.h"
#include "kp-text-document-private.h"
#include "kp-text-paginator.h"

struct _KpTextDocument
{
  KpDocument parent_instance;

  char       *subtitle;
  char       *author;
  GDateTime  *date;
  char       *language;
  char       *font_family;
  char       *summary;
  gboolean    title_page;
  gboolean    chapter_breaks;
  GPtrArray  *logos;     /* KpDocumentLogo, on the title page */
  char       *publicity; /* (nullable) under them */
  GPtrArray  *blocks;    /* KpDocBlock */
  GHashTable *anchors;   /* char *: every anchor given or made up */
  guint       n_made_up;
};

G_DEFINE_FINAL_TYPE (KpTextDocument, kp_text_document, KP_TYPE_DOCUMENT)

static void
kp_text_document_get_page_size (KpDocument *document,
                                double     *width,
                                double     *height)
{
  kp_page_size_get_points (KP_PAGE_SIZE_A4, width, height);
}

static void
find_missing_in (KpTextDocument       *self,
                 const KpDocParagraph *paragraph,
                 GHashTable           *missing)
{
  for (guint i = 0; paragraph != NULL && i < paragraph->spans->len; i++)
    {
      const KpDocSpan *span = &g_array_index (paragraph->spans, KpDocSpan, i);

      if (span->anchor != NULL && !g_hash_table_contains (self->anchors, span->anchor))
        g_hash_table_add (missing, span->anchor);
    }
}

static void
find_missing_in_list (KpTextDocument  *self,
                      const KpDocList *list,
                      GHashTable      *missing)
{
  for (guint i = 0; i < list->items->len; i++)
    {
      const KpDocListItem *item = g_ptr_array_index (list->items, i);

      find_missing_in (self, &item->paragraph, missing);
      if (item->sublist != NULL)
        find_missing_in_list (self, item->sublist, missing);
    }
}

/* The writers draw a link to an anchor the document lacks as plain text; the user learns
 * which ones in a note. */
static void
note_missing_anchors (KpTextDocument *self)
{
  g_autoptr (GHashTable) missing = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *note = NULL;
  GHashTableIter   iter;
  gpointer         key;

  for (guint b = 0; b < self->blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (self->blocks, b);

      if (block->kind == KP_DOC_BLOCK_PARAGRAPH)
        find_missing_in (self, block->paragraph, missing);
      else if (block->kind == KP_DOC_BLOCK_LIST)
        find_missing_in_list (self, block->list, missing);
      else if (block->kind == KP_DOC_BLOCK_TABLE)
        for (guint c = 0; c < block->table->cells->len; c++)
          find_missing_in (self, g_ptr_array_index (block->table->cells, c), missing);
    }
  if (g_hash_table_size (missing) == 0)
    return;
  g_hash_table_iter_init (&iter, missing);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_string_append_printf (names, "%s“%s”", names->len > 0 ? ", " : "", (const char *) key);
  note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A link leads to a place the document does not have, "
                                       "so it is plain text: %s.",
                                       "Links lead to places the document does not have, so "
                                       "they are plain text: %s.",
                                       g_hash_table_size (missing)),
                          names->str);
  kp_document_add_note (KP_DOCUMENT (self), KP_DOCUMENT_NOTE_WARNING, note);
}

static gboolean
kp_text_document_write_pdf (KpDocument       *document,
                            KpDocumentWriter *writer,
                            KpProgress       *progress,
                            GCancellable     *cancellable,
                            GError          **error)
{
  KpTextDocument *self = KP_TEXT_DOCUMENT (document);
  KpDocModel      model;

  g_autoptr (GPtrArray) logo_images = kp_document_load_logos (self->logos, error);

  if (logo_images == NULL)
    return FALSE;
  kp_text_document_get_model (self, &model);
  model.logo_images = logo_images;
  if (!kp_text_paginator_write (&model, writer, progress, cancellable, error))
    return FALSE;
  kp_document_set_summary (document, self->summary);
  note_missing_anchors (self);
  return TRUE;
}

static gboolean
kp_text_document_write_odt (KpDocument    *document,
                            GOutputStream *stream,
                            KpProgress    *progress,
                            GCancellable  *cancellable,
                            GError       **error)
{
  KpTextDocument *self = KP_TEXT_DOCUMENT (document);
  KpDocModel      model;

  g_autoptr (GPtrArray) logo_images = kp_document_load_logos (self->logos, error);

  if (logo_images == NULL)
    return FALSE;
  kp_text_document_get_model (self, &model);
  model.logo_images = logo_images;
  if (!kp_odt_write (&model, stream, progress, cancellable, error))
    return FALSE;
  kp_document_set_summary (document, self->summary);
  note_missing_anchors (self);
  return TRUE;
}

static void
kp_text_document_finalize (GObject *object)
{
  KpTextDocument *self = KP_TEXT_DOCUMENT (object);

  g_free (self->subtitle);
  g_free (self->author);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_free (self->language);
  g_free (self->font_family);
  g_free (self->summary);
  g_ptr_array_unref (self->logos);
  g_free (self->publicity);
  g_ptr_array_unref (self->blocks);
  g_hash_table_unref (self->anchors);
  G_OBJECT_CLASS (kp_text_document_parent_class)->finalize (object);
}

static void
kp_text_document_class_init (KpTextDocumentClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  KpDocumentClass *document_class = KP_DOCUMENT_CLASS (klass);

  object_class->finalize = kp_text_document_finalize;
  document_class->get_page_size = kp_text_document_get_page_size;
  document_class->write_pdf = kp_text_document_write_pdf;
  document_class->write_odt = kp_text_document_write_odt;
}

static void
kp_text_document_init (KpTextDocument *self)
{
  self->language = g_strdup ("cs");
  self->title_page = TRUE;
  self->chapter_breaks = TRUE;
  self->logos = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_document_logo_free);
  self->blocks = g_ptr_array_new_with_free_func (kp_doc_block_free);
  self->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * kp_text_document_new:
 * @kind: what the document is (the builder's choice)
 * @title: its title: on the title page, in the running heads and the metadata
 *
 * Returns: (transfer full): an empty document, A4, in Czech, with a title page and
 *   chapters (headings of level 1) that start a page
 */
KpTextDocument *
kp_text_document_new (KpDocumentKind kind,
                      const char    *title)
{
  g_return_val_if_fail (title != NULL, NULL);
  return g_object_new (KP_TYPE_TEXT_DOCUMENT, "kind", kind, "title", title, NULL);
}

static void
replace (char      **field,
         const char *value)
{
  g_free (*field);
  *field = value != NULL && *value != '\0' ? g_utf8_make_valid (value, -1) : NULL;
}

void
kp_text_document_set_subtitle (KpTextDocument *self,
                               const char     *subtitle)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  replace (&self->subtitle, subtitle);
}

/**
 * kp_text_document_set_author:
 * @author: (nullable): who issues the document, "Město Lesná"
 */
void
kp_text_document_set_author (KpTextDocument *self,
                             const char     *author)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  replace (&self->author, author);
}

/**
 * kp_text_document_add_logo:
 * @logo: a logo, copied
 *
 * Adds a logo to the row of logos at the foot of the title page (after those added
 * before). A logo that cannot be decoded fails the writing, naming it.
 */
void
kp_text_document_add_logo (KpTextDocument       *self,
                           const KpDocumentLogo *logo)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  g_return_if_fail (logo != NULL);
  g_ptr_array_add (self->logos, kp_document_logo_copy (logo));
}

/**
 * kp_text_document_set_publicity:
 * @publicity: (nullable): the publicity text an EU-funded project prints (the project's
 *   name, its registration number, the programme), at the foot of the title page under the
 *   logos
 */
void
kp_text_document_set_publicity (KpTextDocument *self,
                                const char     *publicity)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  replace (&self->publicity, publicity);
}

/**
 * kp_text_document_foreach_text:
 * @func: called with every text of the document's blocks, in their order: headings, the
 *   spans of paragraphs, list items and table cells, and the captions
 *
 * For a builder that looks at what it has added (which abbreviations the text uses).
 */
void
kp_text_document_foreach_text (KpTextDocument *self,
                               KpDocTextFunc   func,
                               gpointer        user_data)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  g_return_if_fail (func != NULL);
  for (guint b = 0; b < self->blocks->len; b++)
    kp_doc_block_foreach_text (g_ptr_array_index (self->blocks, b), func, user_data);
}

/**
 * kp_text_document_set_date:
 * @date: (nullable): the document's date, on its title page and in its metadata; %NULL:
 *   the time it is written
 */
void
kp_text_document_set_date (KpTextDocument *self,
                           GDateTime      *date)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
}

/**
 * kp_text_document_set_language:
 * @language: the language of the document's text, BCP 47 ("cs", "en"); the words the
 *   writers add are Czech unless they know the language
 */
void
kp_text_document_set_language (KpTextDocument *self,
                               const char     *language)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  g_return_if_fail (language != NULL && *language != '\0');
  g_free (self->language);
  self->language = g_strdup (language);
}

/**
 * kp_text_document_set_font_family:
 * @family: (nullable): a Pango family list; %NULL: "Noto Sans, DejaVu Sans, Sans"
 */
void
kp_text_document_set_font_family (KpTextDocument *self,
                                  const char     *family)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  replace (&self->font_family, family);
}

/**
 * kp_text_document_set_title_page:
 *
 * Whether the document opens with a page of its title, subtitle, issuer and date (the
 * default) or with its first block.
 */
void
kp_text_document_set_title_page (KpTextDocument *self,
                                 gboolean        title_page)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  self->title_page = title_page;
}

/**
 * kp_text_document_set_chapter_breaks:
 *
 * Whether a heading of level 1 starts a new page (the default).
 */
void
kp_text_document_set_chapter_breaks (KpTextDocument *self,
                                     gboolean        chapter_breaks)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  self->chapter_breaks = chapter_breaks;
}

/**
 * kp_text_document_set_summary_text:
 * @summary: (nullable): what the document holds, "1 000 activities", reported after a
 *   write (kp_document_get_summary())
 */
void
kp_text_document_set_summary_text (KpTextDocument *self,
                                   const char     *summary)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  replace (&self->summary, summary);
}

const char *
kp_text_document_get_subtitle (KpTextDocument *self)
{
  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  return self->subtitle;
}

const char *
kp_text_document_get_author (KpTextDocument *self)
{
  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  return self->author;
}

GDateTime *
kp_text_document_get_date (KpTextDocument *self)
{
  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  return self->date;
}

const char *
kp_text_document_get_language (KpTextDocument *self)
{
  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  return self->language;
}

guint
kp_text_document_get_n_blocks (KpTextDocument *self)
{
  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), 0);
  return self->blocks->len;
}

void
kp_text_document_get_model (KpTextDocument *self,
                            KpDocModel     *out_model)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  *out_model = (KpDocModel){
    .title = kp_document_get_title (KP_DOCUMENT (self)),
    .subtitle = self->subtitle,
    .author = self->author,
    .date = self->date,
    .language = self->language,
    .font_family = self->font_family,
    .title_page = self->title_page,
    .chapter_breaks = self->chapter_breaks,
    .logos = self->logos,
    .publicity = self->publicity,
    .blocks = self->blocks,
    .anchors = self->anchors,
  };
}

static KpDocBlock *
add_block (KpTextDocument *self,
           KpDocBlockKind  kind)
{
  KpDocBlock *block = kp_doc_block_new (kind);

  g_ptr_array_add (self->blocks, block);
  return block;
}

/**
 * kp_text_document_add_heading:
 * @level: 1 (a chapter) to 4
 * @anchor: (nullable): a name to link to the heading with (kp_doc_paragraph_add_ref()),
 *   unique in the document
 * @text: the heading, numbered by the builder if it wants ("2.1 Senioři")
 */
void
kp_text_document_add_heading (KpTextDocument *self,
                              int             level,
                              const char     *anchor,
                              const char     *text)
{
  KpDocBlock *block;

  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 4);
  g_return_if_fail (text != NULL);
  g_return_if_fail (anchor == NULL || !g_hash_table_contains (self->anchors, anchor));

  if (anchor != NULL)
    kp_doc_anchor_add (self->anchors, anchor);
  block = add_block (self, KP_DOC_BLOCK_HEADING);
  block->level = level;
  block->text = g_utf8_make_valid (text, -1);
  if (anchor != NULL)
    block->anchor = g_strdup (anchor);
  else
    /* made up: a builder's anchors never start with "kp-" */
    do
      {
        g_free (block->anchor);
        block->anchor = g_strdup_printf ("kp-h-%u", ++self->n_made_up);
      }
    while (!kp_doc_anchor_add (self->anchors, block->anchor));
}

/**
 * kp_text_document_add_paragraph:
 *
 * Returns: (transfer none): a new, empty paragraph to add spans to
 */
KpDocParagraph *
kp_text_document_add_paragraph (KpTextDocument *self)
{
  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  return add_block (self, KP_DOC_BLOCK_PARAGRAPH)->paragraph;
}

/**
 * kp_text_document_add_text:
 *
 * Adds a paragraph of plain text.
 *
 * Returns: (transfer none): the paragraph, for more spans
 */
KpDocParagraph *
kp_text_document_add_text (KpTextDocument *self,
                           const char     *text)
{
  KpDocParagraph *paragraph = kp_text_document_add_paragraph (self);

  kp_doc_paragraph_add (paragraph, KP_DOC_SPAN_PLAIN, text);
  return paragraph;
}

/**
 * kp_text_document_add_list:
 *
 * Returns: (transfer none): a new, empty list
 */
KpDocList *
kp_text_document_add_list (KpTextDocument *self,
                           KpDocListKind   kind)
{
  KpDocBlock *block;

  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  block = add_block (self, KP_DOC_BLOCK_LIST);
  block->list = kp_doc_list_new (kind);
  return block->list;
}

/**
 * kp_text_document_add_table:
 * @n_columns: at least 1
 *
 * Returns: (transfer none): a new table without rows; its columns share the width
 *   equally, aligned left, until kp_doc_table_set_column() says otherwise
 */
KpDocTable *
kp_text_document_add_table (KpTextDocument *self,
                            guint           n_columns)
{
  KpDocBlock *block;

  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  block = add_block (self, KP_DOC_BLOCK_TABLE);
  block->table = kp_doc_table_new (n_columns, self->anchors);
  return block->table;
}

/**
 * kp_text_document_add_figure:
 * @width: the width it is drawn at, in points, when the page is wide enough
 * @height: its height; a figure too large for the page is scaled down, keeping its shape
 * @draw: draws it (also into the ODT's picture)
 * @destroy: (nullable): frees @user_data with the document
 *
 * Returns: (transfer none): the figure, for its caption and alternative text
 */
KpDocFigure *
kp_text_document_add_figure (KpTextDocument     *self,
                             double              width,
                             double              height,
                             KpDocFigureDrawFunc draw,
                             gpointer            user_data,
                             GDestroyNotify      destroy)
{
  KpDocBlock  *block;
  KpDocFigure *figure;

  g_return_val_if_fail (KP_IS_TEXT_DOCUMENT (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (draw != NULL, NULL);

  block = add_block (self, KP_DOC_BLOCK_FIGURE);
  figure = g_new0 (KpDocFigure, 1);
  figure->width = width;
  figure->height = height;
  figure->draw = draw;
  figure->user_data = user_data;
  figure->destroy = destroy;
  figure->anchors = self->anchors;
  block->figure = figure;
  return figure;
}

void
kp_text_document_add_page_break (KpTextDocument *self)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  add_block (self, KP_DOC_BLOCK_PAGE_BREAK);
}

/**
 * kp_text_document_add_contents:
 * @depth: the lowest level of heading listed, 1–4 (2: chapters and their sections)
 *
 * Adds the table of contents: the headings with their pages (in the PDF) and links.
 */
void
kp_text_document_add_contents (KpTextDocument *self,
                               int             depth)
{
  g_return_if_fail (KP_IS_TEXT_DOCUMENT (self));
  g_return_if_fail (depth >= 1 && depth <= 4);
  add_block (self, KP_DOC_BLOCK_CONTENTS)->level = depth;
}
