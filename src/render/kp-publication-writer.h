/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-text-layout.h"

G_BEGIN_DECLS

/* A PDF being written: the cairo PDF surface with its pages, metadata, outline and named
 * destinations. A file is written to "path.part" and moved over the path only when it is
 * complete, so a cancelled or failed export never leaves a broken PDF behind. */

typedef struct _KpPublicationWriter KpPublicationWriter;

KpPublicationWriter *kp_publication_writer_new_for_file (const char *path,
                                                         double      width,
                                                         double      height,
                                                         GError    **error);
KpPublicationWriter *kp_publication_writer_new_for_stream (cairo_write_func_t write_func,
                                                           gpointer           closure,
                                                           double             width,
                                                           double             height);
cairo_t             *kp_publication_writer_get_cr (KpPublicationWriter *writer);
int                  kp_publication_writer_get_page (KpPublicationWriter *writer);
void                 kp_publication_writer_set_metadata (KpPublicationWriter *writer,
                                                         const char          *title,
                                                         const char          *author,
                                                         const char          *subject,
                                                         GDateTime           *created);
void                 kp_publication_writer_set_text_cache (KpPublicationWriter *writer,
                                                           KpTextCache         *cache);
void                 kp_publication_writer_show_page (KpPublicationWriter *writer);
int                  kp_publication_writer_add_outline (KpPublicationWriter *writer,
                                                        int                  parent,
                                                        const char          *title,
                                                        double               y,
                                                        gboolean             open);
void                 kp_publication_writer_add_dest (KpPublicationWriter *writer,
                                                     const char          *name,
                                                     double               x,
                                                     double               y);
gboolean             kp_publication_writer_finish (KpPublicationWriter *writer,
                                                   GError             **error);
void                 kp_publication_writer_free (KpPublicationWriter *writer);

/**
 * KpPublicationTarget:
 * @path: a file, written to "@path.part" and moved over @path when complete
 * @bytes: memory, for a preview with poppler_document_new_from_bytes()
 *
 * Where kp_publication_write() puts a PDF: exactly one of @path and @bytes.
 */
typedef struct
{
  const char *path;
  GByteArray *bytes;
} KpPublicationTarget;

typedef gboolean (*KpPublicationDrawFunc) (gpointer             document,
                                           KpPublicationWriter *writer,
                                           GError             **error);

gboolean kp_publication_write (const KpPublicationTarget *target,
                               double                     width,
                               double                     height,
                               KpPublicationDrawFunc      draw,
                               gpointer                   document,
                               GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPublicationWriter, kp_publication_writer_free)

G_END_DECLS
