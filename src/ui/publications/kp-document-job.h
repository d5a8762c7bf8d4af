/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-progress.h"
#include "kp-catalogue-types.h"

G_BEGIN_DECLS

/* One publication to render in a worker thread: the snapshot and options copied out of the
 * project on the main thread, rendered to memory for the preview or to a file for export. */

typedef enum
{
  KP_DOCUMENT_CATALOGUE,
  KP_DOCUMENT_LEAFLET,
} KpDocumentKind;

typedef struct _KpDocumentJob KpDocumentJob;

/* Both take ownership of @snapshot and @options. */
KpDocumentJob *kp_document_job_new_catalogue (KpCatalogueSnapshot *snapshot,
                                              KpCatalogueOptions  *options);
KpDocumentJob *kp_document_job_new_leaflet (KpCatalogueSnapshot *snapshot,
                                            KpLeafletOptions    *options);
void           kp_document_job_free (KpDocumentJob *job);
KpDocumentKind kp_document_job_get_kind (KpDocumentJob *job);

/* Takes ownership of @job. */
void    kp_document_job_render_async (KpDocumentJob      *job,
                                      gpointer            source_object,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);
GBytes *kp_document_job_render_finish (GAsyncResult   *result,
                                       KpRenderResult *out_result,
                                       GError        **error);
/* Writes @path + ".part" and renames it over @path. Takes ownership of @job. */
void     kp_document_job_write_async (KpDocumentJob      *job,
                                      const char         *path,
                                      gpointer            source_object,
                                      KpProgress         *progress,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);
gboolean kp_document_job_write_finish (GAsyncResult   *result,
                                       KpRenderResult *out_result,
                                       GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpDocumentJob, kp_document_job_free)

G_END_DECLS
