/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-job.h"
#include "kp-catalogue.h"
#include "kp-leaflet.h"

struct _KpDocumentJob
{
  KpDocumentKind       kind;
  KpCatalogueSnapshot *snapshot;
  KpCatalogueOptions  *catalogue;
  KpLeafletOptions    *leaflet;
  char                *path; /* for export */
  KpProgress          *progress;
  KpRenderResult       result;
};

KpDocumentJob *
kp_document_job_new_catalogue (KpCatalogueSnapshot *snapshot,
                               KpCatalogueOptions  *options)
{
  KpDocumentJob *job = g_new0 (KpDocumentJob, 1);

  job->kind = KP_DOCUMENT_CATALOGUE;
  job->snapshot = snapshot;
  job->catalogue = options;
  return job;
}

KpDocumentJob *
kp_document_job_new_leaflet (KpCatalogueSnapshot *snapshot,
                             KpLeafletOptions    *options)
{
  KpDocumentJob *job = g_new0 (KpDocumentJob, 1);

  job->kind = KP_DOCUMENT_LEAFLET;
  job->snapshot = snapshot;
  job->leaflet = options;
  return job;
}

void
kp_document_job_free (KpDocumentJob *job)
{
  if (job == NULL)
    return;
  g_clear_pointer (&job->snapshot, kp_catalogue_snapshot_free);
  g_clear_pointer (&job->catalogue, kp_catalogue_options_free);
  g_clear_pointer (&job->leaflet, kp_leaflet_options_free);
  g_clear_object (&job->progress);
  g_free (job->path);
  g_free (job);
}

KpDocumentKind
kp_document_job_get_kind (KpDocumentJob *job)
{
  return job->kind;
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  KpDocumentJob *job = task_data;
  GError        *error = NULL;
  GBytes        *bytes;

  if (job->kind == KP_DOCUMENT_CATALOGUE)
    bytes = kp_catalogue_render_bytes (job->snapshot, job->catalogue, NULL, cancellable,
                                       &job->result, &error);
  else
    bytes = kp_leaflet_render_bytes (job->snapshot, job->leaflet, NULL, cancellable, &job->result,
                                     &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
kp_document_job_render_async (KpDocumentJob      *job,
                              gpointer            source_object,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (source_object, cancellable, callback, user_data);

  g_task_set_source_tag (task, kp_document_job_render_async);
  g_task_set_name (task, "kp-document-render");
  g_task_set_task_data (task, job, (GDestroyNotify) kp_document_job_free);
  g_task_run_in_thread (task, render_thread);
}

/* Returns: (transfer full) (nullable) */
GBytes *
kp_document_job_render_finish (GAsyncResult   *result,
                               KpRenderResult *out_result,
                               GError        **error)
{
  KpDocumentJob *job = g_task_get_task_data (G_TASK (result));

  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_document_job_render_async,
                        NULL);
  if (out_result != NULL)
    *out_result = job->result;
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  KpDocumentJob *job = task_data;
  GError        *error = NULL;
  gboolean       ok;

  if (job->kind == KP_DOCUMENT_CATALOGUE)
    ok = kp_catalogue_render_pdf (job->snapshot, job->catalogue, job->path, job->progress,
                                  cancellable, &job->result, &error);
  else
    ok = kp_leaflet_render_pdf (job->snapshot, job->leaflet, job->path, job->progress, cancellable,
                                &job->result, &error);
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
kp_document_job_write_async (KpDocumentJob      *job,
                             const char         *path,
                             gpointer            source_object,
                             KpProgress         *progress,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (source_object, cancellable, callback, user_data);

  job->path = g_strdup (path);
  job->progress = progress != NULL ? g_object_ref (progress) : NULL;
  g_task_set_source_tag (task, kp_document_job_write_async);
  g_task_set_name (task, "kp-document-write");
  g_task_set_task_data (task, job, (GDestroyNotify) kp_document_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
kp_document_job_write_finish (GAsyncResult   *result,
                              KpRenderResult *out_result,
                              GError        **error)
{
  KpDocumentJob *job = g_task_get_task_data (G_TASK (result));

  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_document_job_write_async,
                        FALSE);
  if (out_result != NULL)
    *out_result = job->result;
  return g_task_propagate_boolean (G_TASK (result), error);
}
