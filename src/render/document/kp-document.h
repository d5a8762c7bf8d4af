/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-document-types.h"
#include "kp-document-writer.h"
#include "kp-progress.h"

G_BEGIN_DECLS

/* A document of the project, ready to be written: everything it shows was copied out of the
 * project when it was built (src/snapshot), so it can be written in a worker thread, as a
 * preview in memory or to a file, as many times as wanted. Every kind of document (the
 * catalogue, a leaflet, later the plan and its reports) is a subclass, and the application
 * and komplan-cli have one way to preview, export, print and run any of them.
 *
 * A subclass draws its pages with the KpDocumentWriter it is given (write_pdf), and may
 * write an OpenDocument text to a stream (write_odt); the base class makes the writer or
 * stream, writes a file through "path.part" renamed over the path when complete (a failure
 * or cancel leaves nothing behind), and keeps what the last write reported: its page count,
 * a summary of what it holds ("14 services") and notes for the user ("3 services did not
 * fit"). One write runs at a time per document; the report is read after it finished.
 *
 * Properties: kind, title, for-print (construct-only). */

/**
 * KpDocumentNoteLevel:
 * @KP_DOCUMENT_NOTE_INFO: worth knowing, the document is as it should be
 * @KP_DOCUMENT_NOTE_WARNING: the document lacks something the user may want to fix
 */
typedef enum
{
  KP_DOCUMENT_NOTE_INFO,
  KP_DOCUMENT_NOTE_WARNING,
} KpDocumentNoteLevel;

/**
 * KpDocumentNote:
 * @level: how much it matters
 * @text: one or two translated sentences
 */
typedef struct
{
  KpDocumentNoteLevel level;
  char               *text;
} KpDocumentNote;

#define KP_TYPE_DOCUMENT (kp_document_get_type ())
G_DECLARE_DERIVABLE_TYPE (KpDocument, kp_document, KP, DOCUMENT, GObject)

/**
 * KpDocumentClass:
 * @get_page_size: the size of the first page in points (a landscape page is wider than
 *   high); required
 * @write_pdf: draws every page on @writer, page after page, checking @cancellable and
 *   reporting to @progress (nullable) as it goes; calls kp_document_set_summary() and
 *   kp_document_add_note(); required
 * @write_odt: writes the document as an OpenDocument text to @stream (not closed);
 *   %NULL when the kind has no ODT form
 *
 * The virtual functions run in the thread that writes, never two at once for one document.
 */
struct _KpDocumentClass
{
  GObjectClass parent_class;

  void (*get_page_size) (KpDocument *self,
                         double     *width,
                         double     *height);
  gboolean (*write_pdf) (KpDocument       *self,
                         KpDocumentWriter *writer,
                         KpProgress       *progress,
                         GCancellable     *cancellable,
                         GError          **error);
  gboolean (*write_odt) (KpDocument    *self,
                         GOutputStream *stream,
                         KpProgress    *progress,
                         GCancellable  *cancellable,
                         GError       **error);

  gpointer padding[8];
};

KpDocumentKind kp_document_get_kind (KpDocument *self);
const char    *kp_document_get_title (KpDocument *self);
gboolean       kp_document_get_for_print (KpDocument *self);
void           kp_document_get_page_size (KpDocument *self,
                                          double     *out_width,
                                          double     *out_height);
gboolean       kp_document_supports_format (KpDocument      *self,
                                            KpDocumentFormat format);

/* Writes @path + ".part" and renames it over @path when complete. */
gboolean kp_document_write_file (KpDocument      *self,
                                 const char      *path,
                                 KpDocumentFormat format,
                                 KpProgress      *progress,
                                 GCancellable    *cancellable,
                                 GError         **error);
GBytes  *kp_document_write_bytes (KpDocument      *self,
                                  KpDocumentFormat format,
                                  KpProgress      *progress,
                                  GCancellable    *cancellable,
                                  GError         **error);
/* The same in a worker thread (a GTask whose source object is @self). */
void     kp_document_write_file_async (KpDocument         *self,
                                       const char         *path,
                                       KpDocumentFormat    format,
                                       KpProgress         *progress,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
gboolean kp_document_write_file_finish (KpDocument   *self,
                                        GAsyncResult *result,
                                        GError      **error);
void     kp_document_write_bytes_async (KpDocument         *self,
                                        KpDocumentFormat    format,
                                        KpProgress         *progress,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
GBytes  *kp_document_write_bytes_finish (KpDocument   *self,
                                         GAsyncResult *result,
                                         GError      **error);

/* What the last write that succeeded reported; 0, %NULL and no notes before one did. A
 * PDF's page count; an ODT has none (0). */
int         kp_document_get_n_pages (KpDocument *self);
const char *kp_document_get_summary (KpDocument *self);
/* Returns: (transfer none) (element-type KpDocumentNote): never %NULL */
GPtrArray *kp_document_get_notes (KpDocument *self);
/* Returns: (transfer full): the notes' texts, one per line; "" when there are none */
char *kp_document_dup_notes_text (KpDocument *self);

/* For subclasses, while they write. */
void kp_document_set_summary (KpDocument *self,
                              const char *summary);
void kp_document_add_note (KpDocument         *self,
                           KpDocumentNoteLevel level,
                           const char         *text);

G_END_DECLS
