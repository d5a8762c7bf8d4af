/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-text-layout.h"

G_BEGIN_DECLS

/* A PDF being written: the cairo PDF surface with its pages, metadata, outline and named
 * destinations. A file is written to "path.part" and moved over the path only when it is
 * complete, so a cancelled or failed export never leaves a broken PDF behind.
 *
 * Documents draw in the coordinates of the trimmed page, whatever the sheet: a PDF "for
 * print" has a larger sheet with 3 mm of bleed and crop marks around the page, and its
 * TrimBox and BleedBox set (kp-print-marks.h).
 *
 * A tagged PDF (kp_document_writer_set_tagged()) has a structure tree that readers of the
 * screen and the web follow: headings, paragraphs, lists, links and figures with their
 * alternative text, in the order they are begun (kp-document-tags.c says what cairo 1.16
 * can and cannot do). */

typedef struct _KpDocumentWriter KpDocumentWriter;

/**
 * KpTag:
 *
 * The structure elements of a tagged PDF (ISO 32000, 14.8.4). The ones a text is drawn in
 * directly are content elements: H1 … H4, P, Lbl, LBody, Figure, Span, Link, TH, TD,
 * Caption; the others group elements. Cairo 1.16 takes every one of them (checked: it
 * writes Table, TR, TH, TD and Caption as it writes the others).
 */
typedef enum
{
  KP_TAG_DOCUMENT,
  KP_TAG_SECT,
  KP_TAG_DIV,
  KP_TAG_H1,
  KP_TAG_H2,
  KP_TAG_H3,
  KP_TAG_P,
  KP_TAG_L,
  KP_TAG_LI,
  KP_TAG_LBL,
  KP_TAG_LBODY,
  KP_TAG_TOC,
  KP_TAG_TOCI,
  KP_TAG_FIGURE,
  KP_TAG_SPAN,
  KP_TAG_LINK,
  KP_TAG_H4,
  KP_TAG_TABLE,
  KP_TAG_TR,
  KP_TAG_TH,
  KP_TAG_TD,
  KP_TAG_CAPTION,
  KP_N_TAGS
} KpTag;

/* @width, @height: the trimmed page in points; @for_print: with bleed and marks */
KpDocumentWriter *kp_document_writer_new_for_file (const char *path,
                                                   double      width,
                                                   double      height,
                                                   gboolean    for_print,
                                                   GError    **error);
KpDocumentWriter *kp_document_writer_new_for_bytes (double   width,
                                                    double   height,
                                                    gboolean for_print);
cairo_t          *kp_document_writer_get_cr (KpDocumentWriter *writer);
int               kp_document_writer_get_page (KpDocumentWriter *writer);
gboolean          kp_document_writer_get_for_print (KpDocumentWriter *writer);
void              kp_document_writer_set_metadata (KpDocumentWriter *writer,
                                                   const char       *title,
                                                   const char       *author,
                                                   const char       *subject,
                                                   GDateTime        *created);
void              kp_document_writer_set_text_cache (KpDocumentWriter *writer,
                                                     KpTextCache      *cache);
void              kp_document_writer_show_page (KpDocumentWriter *writer);
void              kp_document_writer_set_page_size (KpDocumentWriter *writer,
                                                    double            width,
                                                    double            height);
void              kp_document_writer_get_page_size (KpDocumentWriter *writer,
                                                    double           *width,
                                                    double           *height);
int               kp_document_writer_add_outline (KpDocumentWriter *writer,
                                                  int               parent,
                                                  const char       *title,
                                                  double            y,
                                                  gboolean          open);
void              kp_document_writer_add_dest (KpDocumentWriter *writer,
                                               const char       *name,
                                               double            x,
                                               double            y);
/* For print: a fold of the current page at @x from its left edge gets fold marks. */
void kp_document_writer_add_fold (KpDocumentWriter *writer,
                                  double            x);
/* For print: moves the sides of the rectangle that lie on the trimmed edge out by the
 * bleed, for colour that runs to the edge. */
void kp_document_writer_extend_to_bleed (KpDocumentWriter *writer,
                                         double           *x,
                                         double           *y,
                                         double           *width,
                                         double           *height);

/* kp-document-tags.c. With a %NULL @writer (a document's measuring pass) they do nothing. */
void     kp_document_writer_set_tagged (KpDocumentWriter *writer,
                                        const char       *language);
gboolean kp_document_writer_is_tagged (KpDocumentWriter *writer);
void     kp_document_writer_begin (KpDocumentWriter *writer,
                                   KpTag             tag);
void     kp_document_writer_end (KpDocumentWriter *writer,
                                 KpTag             tag);
void     kp_document_writer_begin_figure (KpDocumentWriter *writer,
                                          const char       *alt);
void     kp_document_writer_begin_link (KpDocumentWriter *writer,
                                        const char       *link_attributes,
                                        double            x,
                                        double            y,
                                        double            width,
                                        double            height);
void     kp_document_writer_end_link (KpDocumentWriter *writer);
void     kp_document_writer_begin_artifact (KpDocumentWriter *writer);
void     kp_document_writer_end_artifact (KpDocumentWriter *writer);

/* Completes the PDF; a file is then moved over its destination. */
gboolean kp_document_writer_finish (KpDocumentWriter *writer,
                                    GError          **error);
/* Completes a PDF made with kp_document_writer_new_for_bytes(). */
GBytes *kp_document_writer_finish_bytes (KpDocumentWriter *writer,
                                         GError          **error);
void    kp_document_writer_free (KpDocumentWriter *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpDocumentWriter, kp_document_writer_free)

G_END_DECLS
