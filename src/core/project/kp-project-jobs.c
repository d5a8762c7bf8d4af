/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project.h"
#include "kp-project-private.h"
#include "kp-changes-private.h"
#include "kp-database-worker.h"
#include "kp-error.h"
#include "kp-project-writer.h"

/* Project work in a worker thread: a job runs on a connection of its own, in one
 * transaction recorded like an edit, and the main thread records the changeset and emits
 * "changed" when it is done. The creation of a new project file runs in a worker too. */

typedef struct
{
  char         *path;
  char         *label;
  char         *library_path;
  gboolean      read_only;
  KpJobFunc     func;
  gpointer      data;
  KpProgress   *progress;
  GCancellable *cancellable;
  GBytes       *changeset; /* the worker's result */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->path);
  g_free (job->label);
  g_free (job->library_path);
  g_clear_object (&job->progress);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->changeset, g_bytes_unref);
  g_free (job);
}

/* The job's function inside the transaction; a cancel that comes before the commit
 * keeps nothing. */
static gboolean
run_job_func (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  Job *job = data;

  return job->func (db, job->data, job->progress, job->cancellable, error) &&
         !g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

/* A statement interrupted by the cancel fails with SQLite's "interrupted": say cancelled. */
static void
report_cancel (GCancellable *cancellable,
               GError      **error)
{
  if (g_cancellable_is_cancelled (cancellable) && *error != NULL &&
      !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (error);
      g_cancellable_set_error_if_cancelled (cancellable, error);
    }
}

static void
job_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (KpDatabase) db = NULL;
  GError *error = NULL;

  db = kp_database_open_worker (job->path, KP_DATABASE_KIND_PROJECT, KP_DATABASE_FLAGS_NONE,
                                job->library_path, job->cancellable, &error);
  if (db != NULL)
    {
      if (job->read_only)
        {
          if (kp_database_read (db, run_job_func, job, &error))
            job->changeset = g_bytes_new (NULL, 0);
        }
      else
        job->changeset = kp_changeset_record (db, kp_project_records_table, NULL, run_job_func,
                                              job, &error);
    }
  if (job->changeset == NULL)
    {
      report_cancel (job->cancellable, &error);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* Back on the main thread: records what the job changed and tells the modules. */
static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KpProject *self = KP_PROJECT (source);
  g_autoptr (GTask) task = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (KpChanges) changes = NULL;
  GError *error = NULL;

  if (!job->read_only)
    kp_project_hold_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_bytes_get_size (job->changeset) > 0)
    {
      changes = kp_changes_new (KP_CHANGE_JOB, job->label, job->changeset, &error);
      if (changes == NULL || job->label == NULL)
        /* Not undoable: the steps before it may no longer apply. */
        kp_history_clear (kp_project_get_history (self));
      else
        kp_history_push (kp_project_get_history (self), job->label, job->changeset);
      if (changes != NULL)
        kp_project_emit_changed (self, changes);
      else
        {
          g_warning ("The changes of a job cannot be read: %s", error->message);
          g_clear_error (&error);
        }
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * kp_project_run_job_async:
 * @spec: what to run; copied
 * @data: the job's data, borrowed until @callback runs
 * @progress: (nullable): handed to the job
 * @cancellable: (nullable): cancels the job
 *
 * See kp-project-private.h.
 */
void
kp_project_run_job_async (KpProject          *self,
                          const KpJobSpec    *spec,
                          gpointer            data,
                          KpProgress         *progress,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GTask) worker = NULL;
  GError *error = NULL;
  Job    *job;

  g_return_if_fail (KP_IS_PROJECT (self));
  g_return_if_fail (spec != NULL && spec->func != NULL);
  g_return_if_fail (progress == NULL || KP_IS_PROGRESS (progress));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_project_run_job_async);
  g_task_set_name (task, "kp_project_run_job");
  if (!spec->read_only && !kp_project_check_not_busy (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (Job, 1);
  job->path = g_strdup (kp_project_get_path (self));
  job->label = g_strdup (spec->label);
  job->library_path = g_strdup (spec->library_path);
  job->read_only = spec->read_only;
  job->func = spec->func;
  job->data = data;
  job->progress = progress != NULL ? g_object_ref (progress) : NULL;
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  if (!job->read_only)
    kp_project_hold_busy (self, TRUE);

  /* The worker's task reports to on_job_done_cb, which then completes @task. */
  worker = g_task_new (self, NULL, on_job_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, job_worker);
  g_task_set_name (worker, "kp_project_run_job (worker)");
  g_task_set_task_data (worker, job, job_free);
  g_task_run_in_thread (worker, job_worker);
}

/**
 * kp_project_run_job_finish:
 *
 * Returns: %TRUE when the job's changes are committed, recorded and announced; %FALSE with
 *   @error set (G_IO_ERROR_CANCELLED when cancelled) and nothing changed
 */
gboolean
kp_project_run_job_finish (KpProject    *self,
                           GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_project_run_job_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Creating a project. */

typedef struct
{
  char         *library_path;
  char         *path;
  char         *name;
  char         *orp_kod;
  char        **obce;
  char         *territory_name;
  KpProjectSpec spec; /* pointing into the fields above */
  KpProgress   *progress;
} CreateJob;

static void
create_job_free (gpointer data)
{
  CreateJob *job = data;

  g_free (job->library_path);
  g_free (job->path);
  g_free (job->name);
  g_free (job->orp_kod);
  g_strfreev (job->obce);
  g_free (job->territory_name);
  g_clear_object (&job->progress);
  g_free (job);
}

static gboolean
write_project (const char          *library_path,
               const char          *path,
               const KpProjectSpec *spec,
               KpProgress          *progress,
               GCancellable        *cancellable,
               GError             **error)
{
  if (!kp_project_check_spec (spec, error))
    return FALSE;
  if (kp_project_writer_write_from_library (library_path, path, spec, progress, cancellable,
                                            error))
    return TRUE;
  report_cancel (cancellable, error);
  return FALSE;
}

/**
 * kp_project_create:
 * @library: the reference library the snapshot is taken from
 * @path: the new project file; an existing file there is replaced only when the new one
 *   is complete
 *
 * Validates @spec and copies the territory's obce, their hierarchy, population, the
 * sources, the comparison figures of its ORP, kraje and ČR, its boundaries and (when the
 * library has the registry) its registered services into a new self-contained file.
 *
 * Returns: (transfer full): the opened project, or %NULL with @error set
 *   (#KP_PROJECT_ERROR_INVALID, #KP_PROJECT_ERROR_NOT_FOUND naming the unknown code,
 *   #KP_PROJECT_ERROR_NO_REFERENCE, or a file error)
 */
KpProject *
kp_project_create (KpLibrary           *library,
                   const char          *path,
                   const KpProjectSpec *spec,
                   GError             **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!write_project (kp_library_get_path (library), path, spec, NULL, NULL, error))
    return NULL;
  return kp_project_open (path, error);
}

static void
create_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CreateJob *job = task_data;
  GError    *error = NULL;

  if (!write_project (job->library_path, job->path, &job->spec, job->progress, cancellable,
                      &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * kp_project_create_async:
 * @progress: (nullable): how far the copy is
 * @cancellable: (nullable): stops it; nothing is left at @path then
 *
 * kp_project_create() in a worker thread with a connection of its own.
 */
void
kp_project_create_async (KpLibrary           *library,
                         const char          *path,
                         const KpProjectSpec *spec,
                         KpProgress          *progress,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  CreateJob *job;

  g_return_if_fail (KP_IS_LIBRARY (library));
  g_return_if_fail (path != NULL);
  g_return_if_fail (spec != NULL);
  g_return_if_fail (progress == NULL || KP_IS_PROGRESS (progress));

  job = g_new0 (CreateJob, 1);
  job->library_path = g_strdup (kp_library_get_path (library));
  job->path = g_strdup (path);
  job->name = g_strdup (spec->name);
  job->orp_kod = g_strdup (spec->orp_kod);
  job->obce = g_strdupv ((char **) spec->obce);
  job->territory_name = g_strdup (spec->territory_name);
  job->spec = *spec;
  job->spec.name = job->name;
  job->spec.orp_kod = job->orp_kod;
  job->spec.obce = (const char *const *) job->obce;
  job->spec.territory_name = job->territory_name;
  job->progress = progress != NULL ? g_object_ref (progress) : NULL;

  task = g_task_new (library, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_project_create_async);
  g_task_set_name (task, "kp_project_create");
  /* Once the file is in place, it is the result, even if Cancel came a moment too late. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, create_job_free);
  g_task_run_in_thread (task, create_worker);
}

KpProject *
kp_project_create_finish (KpLibrary    *library,
                          GAsyncResult *result,
                          GError      **error)
{
  CreateJob *job;

  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (g_task_is_valid (result, library), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_project_create_async,
                        NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  job = g_task_get_task_data (G_TASK (result));
  return kp_project_open (job->path, error);
}
