/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-progress.h"
#include "kp-publication-types.h"

G_BEGIN_DECLS

/* One publication to render in a worker thread: the snapshot and options copied out of the
 * project on the main thread, rendered to memory for the preview or to a file for export. */

typedef enum
{
  KP_PUBLICATION_CATALOGUE,
  KP_PUBLICATION_LEAFLET,
} KpPublicationKind;

typedef struct _KpPublicationJob KpPublicationJob;

/* Both take ownership of @snapshot and @options. */
KpPublicationJob *kp_publication_job_new_catalogue (KpCatalogueSnapshot *snapshot,
                                                    KpCatalogueOptions  *options);
KpPublicationJob *kp_publication_job_new_leaflet (KpCatalogueSnapshot *snapshot,
                                                  KpLeafletOptions    *options);
void              kp_publication_job_free (KpPublicationJob *job);
KpPublicationKind kp_publication_job_get_kind (KpPublicationJob *job);

/* Takes ownership of @job. */
void    kp_publication_job_render_async (KpPublicationJob   *job,
                                         gpointer            source_object,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
GBytes *kp_publication_job_render_finish (GAsyncResult   *result,
                                          KpRenderResult *out_result,
                                          GError        **error);
/* Writes @path + ".part" and renames it over @path. Takes ownership of @job. */
void     kp_publication_job_write_async (KpPublicationJob   *job,
                                         const char         *path,
                                         gpointer            source_object,
                                         KpProgress         *progress,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
gboolean kp_publication_job_write_finish (GAsyncResult   *result,
                                          KpRenderResult *out_result,
                                          GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPublicationJob, kp_publication_job_free)

G_END_DECLS
