/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-text-layout.h"

G_BEGIN_DECLS

/* A PDF being written: the cairo PDF surface with its pages, metadata, outline and named
 * destinations. A file is written to "path.part" and moved over the path only when it is
 * complete, so a cancelled or failed export never leaves a broken PDF behind. */

typedef struct _KpPublicationWriter KpDocumentWriter;

KpDocumentWriter *kp_document_writer_new_for_file (const char *path,
                                                   double      width,
                                                   double      height,
                                                   GError    **error);
KpDocumentWriter *kp_document_writer_new_for_stream (cairo_write_func_t write_func,
                                                     gpointer           closure,
                                                     double             width,
                                                     double             height);
cairo_t          *kp_document_writer_get_cr (KpDocumentWriter *writer);
int               kp_document_writer_get_page (KpDocumentWriter *writer);
void              kp_document_writer_set_metadata (KpDocumentWriter *writer,
                                                   const char       *title,
                                                   const char       *author,
                                                   const char       *subject,
                                                   GDateTime        *created);
void              kp_document_writer_set_text_cache (KpDocumentWriter *writer,
                                                     KpTextCache      *cache);
void              kp_document_writer_show_page (KpDocumentWriter *writer);
int               kp_document_writer_add_outline (KpDocumentWriter *writer,
                                                  int               parent,
                                                  const char       *title,
                                                  double            y,
                                                  gboolean          open);
void              kp_document_writer_add_dest (KpDocumentWriter *writer,
                                               const char       *name,
                                               double            x,
                                               double            y);
gboolean          kp_document_writer_finish (KpDocumentWriter *writer,
                                             GError          **error);
void              kp_document_writer_free (KpDocumentWriter *writer);

/**
 * KpDocumentTarget:
 * @path: a file, written to "@path.part" and moved over @path when complete
 * @bytes: memory, for a preview with poppler_document_new_from_bytes()
 *
 * Where kp_document_write() puts a PDF: exactly one of @path and @bytes.
 */
typedef struct
{
  const char *path;
  GByteArray *bytes;
} KpDocumentTarget;

typedef gboolean (*KpDocumentDrawFunc) (gpointer          document,
                                        KpDocumentWriter *writer,
                                        GError          **error);

gboolean kp_document_write (const KpDocumentTarget *target,
                            double                  width,
                            double                  height,
                            KpDocumentDrawFunc      draw,
                            gpointer                document,
                            GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpDocumentWriter, kp_document_writer_free)

G_END_DECLS
