/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project-territory.h"
#include "kp-boundary-store.h"
#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-service-network-private.h"
#include "kp-service-repository.h"
#include "kp-territory-repository.h"
#include "kp-up-offices-repository.h"

/* Changing the territory of an existing project (a MAS grows or loses obce): a job of the
 * project on a worker's connection with the library attached, so the whole change is one
 * transaction and one undo step. */

typedef struct
{
  GStrv              add;
  GStrv              remove;
  gboolean           preview; /* roll back at the end: only the report is wanted */
  KpTerritoryChange *report;
} TerritoryJob;

/* Ends a preview's job, so that its transaction is rolled back. */
static GQuark
preview_quark (void)
{
  return g_quark_from_static_string ("kp-territory-preview");
}

void
kp_territory_change_free (KpTerritoryChange *change)
{
  if (change == NULL)
    return;
  g_clear_pointer (&change->services_removed, g_ptr_array_unref);
  g_free (change);
}

static void
territory_job_free (gpointer data)
{
  TerritoryJob *job = data;

  g_strfreev (job->add);
  g_strfreev (job->remove);
  kp_territory_change_free (job->report);
  g_free (job);
}

static char *
join_codes (GPtrArray *codes)
{
  g_ptr_array_add (codes, NULL);
  return g_strjoinv (", ", (char **) codes->pdata);
}

static gboolean
check_codes (GPtrArray *unknown,
             GPtrArray *outside,
             GError   **error)
{
  if (unknown->len > 0)
    {
      guint            n = unknown->len;
      g_autofree char *list = join_codes (unknown);

      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The reference data has no obec with code %s; nothing was "
                                "changed",
                                "The reference data has no obce with codes %s; nothing was "
                                "changed",
                                n),
                   list);
      return FALSE;
    }
  if (outside->len > 0)
    {
      guint            n = outside->len;
      g_autofree char *list = join_codes (outside);

      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The obec with code %s is not in the territory; nothing was "
                                "changed",
                                "The obce with codes %s are not in the territory; nothing was "
                                "changed",
                                n),
                   list);
      return FALSE;
    }
  return TRUE;
}

/* Runs in a worker thread, inside the job's transaction. */
static gboolean
territory_job (KpDatabase   *db,
               gpointer      data,
               KpProgress   *progress,
               GCancellable *cancellable,
               GError      **error)
{
  TerritoryJob      *job = data;
  KpTerritoryChange *report = job->report;
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) outside = g_ptr_array_new_with_free_func (g_free);
  gboolean has_registry = FALSE;

  if (!kp_territory_repository_prepare (db, (const char *const *) job->add,
                                        (const char *const *) job->remove, unknown, outside,
                                        error) ||
      !check_codes (unknown, outside, error) ||
      !kp_territory_repository_count (db, &report->obce, &report->added, &report->removed,
                                      error))
    return FALSE;
  if (report->obce == 0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The territory needs at least one obec; nothing was changed"));
      return FALSE;
    }
  if (report->added == 0 && report->removed == 0)
    return TRUE;

  if (progress != NULL)
    kp_progress_set (progress, 0.05, _ ("Copying the obce and their population…"));
  if (!kp_service_repository_has_registry (db, &has_registry, error))
    return FALSE;
  if (has_registry && (!kp_service_repository_match (db, error) ||
                       !kp_service_repository_keep_match (db, error)))
    return FALSE;
  if (!kp_territory_repository_apply (db, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (progress != NULL)
    kp_progress_set (progress, 0.3, _ ("Copying the boundaries…"));
  if (!kp_boundary_store_copy_from_library (db, error) ||
      !kp_up_offices_copy_from_library (db, error))
    return FALSE;
  if (has_registry)
    {
      if (!kp_service_repository_match (db, error))
        return FALSE;
      g_clear_pointer (&report->services_removed, g_ptr_array_unref);
      report->services_removed = kp_service_repository_list_left_behind (db, error);
      if (report->services_removed == NULL)
        return FALSE;
    }
  if (!kp_service_repository_remove_left_behind (db, has_registry, &report->scope_entries_removed,
                                                 error))
    return FALSE;
  if (job->preview)
    {
      g_set_error_literal (error, preview_quark (), 0, "preview");
      return FALSE;
    }
  return !has_registry || kp_service_network_refresh_in (db, progress, cancellable, error);
}

static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  TerritoryJob *job = g_task_get_task_data (task);
  GError       *error = NULL;

  if (!kp_project_run_job_finish (KP_PROJECT (source), result, &error) &&
      !(job->preview && error->domain == preview_quark ()))
    g_task_return_error (task, error);
  else if (error != NULL)
    {
      g_error_free (error);
      g_task_return_pointer (task, g_steal_pointer (&job->report),
                             (GDestroyNotify) kp_territory_change_free);
    }
  else
    g_task_return_pointer (task, g_steal_pointer (&job->report),
                           (GDestroyNotify) kp_territory_change_free);
}

static void
start_job (KpProject          *self,
           KpLibrary          *library,
           const char *const  *add,
           const char *const  *remove,
           gboolean            preview,
           KpProgress         *progress,
           GCancellable       *cancellable,
           GAsyncReadyCallback callback,
           gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  TerritoryJob *job;
  KpJobSpec     spec = { 0 };

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_project_change_territory_async);
  g_task_set_name (task, "kp_project_change_territory");
  g_task_set_check_cancellable (task, FALSE);
  job = g_new0 (TerritoryJob, 1);
  job->add = g_strdupv ((char **) add);
  job->remove = g_strdupv ((char **) remove);
  job->preview = preview;
  job->report = g_new0 (KpTerritoryChange, 1);
  job->report->services_removed = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, job, territory_job_free);

  spec.label = _ ("Change the territory");
  spec.library_path = kp_library_get_path (library);
  spec.func = territory_job;
  kp_project_run_job_async (self, &spec, job, progress, cancellable, on_job_done_cb,
                            g_steal_pointer (&task));
}

/**
 * kp_project_change_territory_async:
 * @library: the reference library the obce are taken from
 * @add: (nullable): codes of obce to add
 * @remove: (nullable): codes of obce to remove
 *
 * See kp-project-territory.h.
 */
void
kp_project_change_territory_async (KpProject          *self,
                                   KpLibrary          *library,
                                   const char *const  *add,
                                   const char *const  *remove,
                                   KpProgress         *progress,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_return_if_fail (KP_IS_PROJECT (self));
  g_return_if_fail (KP_IS_LIBRARY (library));

  start_job (self, library, add, remove, FALSE, progress, cancellable, callback, user_data);
}

/**
 * kp_project_preview_territory_change_async:
 *
 * The same change, rolled back at its end: what it would do, for a warning before it.
 * Finish with kp_project_change_territory_finish().
 */
void
kp_project_preview_territory_change_async (KpProject          *self,
                                           KpLibrary          *library,
                                           const char *const  *add,
                                           const char *const  *remove,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  g_return_if_fail (KP_IS_PROJECT (self));
  g_return_if_fail (KP_IS_LIBRARY (library));

  start_job (self, library, add, remove, TRUE, NULL, cancellable, callback, user_data);
}

/**
 * kp_project_change_territory_finish:
 *
 * Returns: (transfer full): what changed, or %NULL with @error set (nothing changed)
 */
KpTerritoryChange *
kp_project_change_territory_finish (KpProject    *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
