/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "kp-document-logo.h"
#include "kp-document.h"

G_BEGIN_DECLS

/* A document of blocks, the model of the plan, the action plan, the evaluation report and
 * the settlement of comments: headings (levels 1–4, with an anchor to link to), paragraphs
 * of spans (plain, bold, italic, links to the web or to an anchor), bulleted and numbered
 * lists nested one level, tables (column widths, header rows repeated over pages, per
 * column alignment, a caption, landscape pages for wide ones), figures drawn by a callback,
 * page breaks and the table of contents; and its metadata (title, subtitle, issuer, date,
 * language).
 *
 * Builders in src/snapshot fill it on the main thread; it is then read only, and written by
 * two writers in a worker thread: the PDF paginator (kp-text-paginator.c, on the text and
 * flow code the catalogue uses) and the OpenDocument writer (kp-odt-writer.c).
 *
 * Every text is taken as it is, never as markup; numbers and money come formatted. The
 * words the writers print themselves ("Obsah", "Strana", "Tabulka", "Obrázek",
 * "(pokračování)") are in the document's language (Czech by default), whatever the
 * language of the application (kp-document-words.h). */

typedef enum
{
  KP_DOC_SPAN_PLAIN = 0,
  KP_DOC_SPAN_BOLD = 1 << 0,
  KP_DOC_SPAN_ITALIC = 1 << 1,
} KpDocSpanFlags;

typedef enum
{
  KP_DOC_ALIGN_LEFT,
  KP_DOC_ALIGN_CENTER,
  KP_DOC_ALIGN_RIGHT,
} KpDocAlign;

typedef enum
{
  KP_DOC_LIST_BULLETED,
  KP_DOC_LIST_NUMBERED,
} KpDocListKind;

/* Owned by the document that made them; valid as long as it lives. */
typedef struct _KpDocParagraph KpDocParagraph;
typedef struct _KpDocList      KpDocList;
typedef struct _KpDocTable     KpDocTable;
typedef struct _KpDocFigure    KpDocFigure;

/**
 * KpDocFigureDrawFunc:
 * @cr: where to draw, with the origin at the figure's top left
 * @width: the figure's width in points (or user units of an image), as laid out
 * @height: its height
 *
 * Draws a figure (a chart, a map) at the size given. Called from the thread that writes,
 * any number of times, for the PDF and for the ODT's picture: it must only read its data.
 */
typedef void (*KpDocFigureDrawFunc) (cairo_t *cr,
                                     double   width,
                                     double   height,
                                     gpointer user_data);

/**
 * KpDocTextFunc:
 * @text: a text of the document, as it was added
 */
typedef void (*KpDocTextFunc) (const char *text,
                               gpointer    user_data);

#define KP_TYPE_TEXT_DOCUMENT (kp_text_document_get_type ())
G_DECLARE_FINAL_TYPE (KpTextDocument, kp_text_document, KP, TEXT_DOCUMENT, KpDocument)

KpTextDocument *kp_text_document_new (KpDocumentKind kind,
                                      const char    *title);

/* Metadata. */
void kp_text_document_set_subtitle (KpTextDocument *self,
                                    const char     *subtitle);
void kp_text_document_set_author (KpTextDocument *self,
                                  const char     *author);
void kp_text_document_set_date (KpTextDocument *self,
                                GDateTime      *date);
void kp_text_document_set_language (KpTextDocument *self,
                                    const char     *language);
void kp_text_document_set_font_family (KpTextDocument *self,
                                       const char     *family);
void kp_text_document_set_title_page (KpTextDocument *self,
                                      gboolean        title_page);
void kp_text_document_set_chapter_breaks (KpTextDocument *self,
                                          gboolean        chapter_breaks);
void kp_text_document_set_summary_text (KpTextDocument *self,
                                        const char     *summary);
/* The title page's foot: a row of logos, and the EU publicity text under it. */
void kp_text_document_add_logo (KpTextDocument       *self,
                                const KpDocumentLogo *logo);
void kp_text_document_set_publicity (KpTextDocument *self,
                                     const char     *publicity);

const char *kp_text_document_get_subtitle (KpTextDocument *self);
const char *kp_text_document_get_author (KpTextDocument *self);
GDateTime  *kp_text_document_get_date (KpTextDocument *self);
const char *kp_text_document_get_language (KpTextDocument *self);
guint       kp_text_document_get_n_blocks (KpTextDocument *self);
void        kp_text_document_foreach_text (KpTextDocument *self,
                                           KpDocTextFunc   func,
                                           gpointer        user_data);

/* Blocks, in the order they are added. */
void            kp_text_document_add_heading (KpTextDocument *self,
                                              int             level,
                                              const char     *anchor,
                                              const char     *text);
KpDocParagraph *kp_text_document_add_paragraph (KpTextDocument *self);
KpDocParagraph *kp_text_document_add_text (KpTextDocument *self,
                                           const char     *text);
KpDocList      *kp_text_document_add_list (KpTextDocument *self,
                                           KpDocListKind   kind);
KpDocTable     *kp_text_document_add_table (KpTextDocument *self,
                                            guint           n_columns);
KpDocFigure    *kp_text_document_add_figure (KpTextDocument     *self,
                                             double              width,
                                             double              height,
                                             KpDocFigureDrawFunc draw,
                                             gpointer            user_data,
                                             GDestroyNotify      destroy);
void            kp_text_document_add_page_break (KpTextDocument *self);
void            kp_text_document_add_contents (KpTextDocument *self,
                                               int             depth);

void kp_doc_paragraph_add (KpDocParagraph *paragraph,
                           KpDocSpanFlags  flags,
                           const char     *text);
void kp_doc_paragraph_add_link (KpDocParagraph *paragraph,
                                const char     *text,
                                const char     *uri);
void kp_doc_paragraph_add_ref (KpDocParagraph *paragraph,
                               const char     *text,
                               const char     *anchor);

KpDocParagraph *kp_doc_list_add_item (KpDocList *list);
KpDocParagraph *kp_doc_list_add_text (KpDocList  *list,
                                      const char *text);
KpDocList      *kp_doc_list_add_sublist (KpDocList    *list,
                                         KpDocListKind kind);

void            kp_doc_table_set_column (KpDocTable *table,
                                         guint       column,
                                         double      width,
                                         KpDocAlign  align);
void            kp_doc_table_set_header_rows (KpDocTable *table,
                                              guint       n_rows);
void            kp_doc_table_set_caption (KpDocTable *table,
                                          const char *caption);
void            kp_doc_table_set_anchor (KpDocTable *table,
                                         const char *anchor);
void            kp_doc_table_set_wide (KpDocTable *table,
                                       gboolean    wide);
KpDocParagraph *kp_doc_table_add_cell (KpDocTable *table);
void            kp_doc_table_add_cell_text (KpDocTable    *table,
                                            KpDocSpanFlags flags,
                                            const char    *text);

void kp_doc_figure_set_caption (KpDocFigure *figure,
                                const char  *caption);
void kp_doc_figure_set_alt (KpDocFigure *figure,
                            const char  *alt);
void kp_doc_figure_set_anchor (KpDocFigure *figure,
                               const char  *anchor);

G_END_DECLS
