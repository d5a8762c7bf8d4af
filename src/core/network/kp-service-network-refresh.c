/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-network.h"
#include "kp-service-network-private.h"
#include "kp-error.h"
#include "kp-service-repository.h"

#include <string.h>

/* Refreshing a project's registered services from the reference library (attached as
 * "lib"): the territory's current services are matched, new and changed ones copied over
 * the registry part of the project's rows, and services the registry no longer lists for
 * the territory marked as such. Local data is never written. It runs as a job of the
 * project (one transaction on a worker's connection, one undo step), or into a new file
 * when a project is created. */

typedef struct
{
  gint64 row_id;
  char  *identifikator;
  char  *hash;
  char  *name;
  char  *date_to;
} Match;

typedef struct
{
  GArray            *matches;
  GHashTable        *snapshots;
  KpServicesRefresh *report;
  const char        *today;
  KpProgress        *progress;
  GCancellable      *cancellable;
  double             progress_from; /* the part of @progress the refresh fills */
  double             progress_to;
} Refresh;

static void
match_clear (gpointer data)
{
  Match *match = data;

  g_free (match->identifikator);
  g_free (match->hash);
  g_free (match->name);
  g_free (match->date_to);
}

static gboolean
collect_match (gint64      row_id,
               const char *identifikator,
               const char *hash,
               const char *name,
               const char *date_to,
               gpointer    user_data,
               GError    **error)
{
  Refresh *refresh = user_data;
  Match    match = { row_id, g_strdup (identifikator), g_strdup (hash), g_strdup (name),
                     g_strdup (date_to) };

  g_array_append_val (refresh->matches, match);
  return TRUE;
}

static gboolean
is_active (const char *date_to,
           const char *today)
{
  return date_to == NULL || strcmp (date_to, today) > 0;
}

static void
add_change (Refresh             *refresh,
            KpRegistryChangeKind kind,
            const char          *identifikator,
            const char          *name)
{
  KpRegistryChange *change = g_new0 (KpRegistryChange, 1);

  change->kind = kind;
  change->identifikator = g_strdup (identifikator);
  change->name = g_strdup (name);
  g_ptr_array_add (refresh->report->changes, change);
  if (kind == KP_REGISTRY_CHANGE_NEW)
    refresh->report->new_services++;
  else if (kind == KP_REGISTRY_CHANGE_CHANGED)
    refresh->report->changed_services++;
  else
    refresh->report->ended_services++;
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const KpRegistryChange *ca = *(const KpRegistryChange *const *) a;
  const KpRegistryChange *cb = *(const KpRegistryChange *const *) b;

  if (ca->kind != cb->kind)
    return (int) ca->kind - (int) cb->kind;
  return g_strcmp0 (ca->identifikator, cb->identifikator);
}

/* Within the transaction: copies what is new or changed, marks what has gone. */
static gboolean
apply (KpDatabase *db,
       Refresh    *refresh,
       GError    **error)
{
  g_autoptr (KpServiceCopier) copier = kp_service_copier_new (db, error);
  GHashTableIter     iter;
  const char        *identifikator;
  KpServiceSnapshot *snapshot;

  if (copier == NULL)
    return FALSE;
  for (guint i = 0; i < refresh->matches->len; i++)
    {
      Match *m = &g_array_index (refresh->matches, Match, i);

      if (i % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (refresh->cancellable, error))
            return FALSE;
          if (refresh->progress != NULL)
            kp_progress_set_fraction (refresh->progress,
                                      refresh->progress_from +
                                          (refresh->progress_to - refresh->progress_from) * i /
                                              refresh->matches->len);
        }

      snapshot = g_hash_table_lookup (refresh->snapshots, m->identifikator);
      if (snapshot != NULL)
        {
          snapshot->matched = TRUE;
          if (snapshot->in_registry && g_strcmp0 (snapshot->hash, m->hash) == 0)
            continue;
        }
      if (!kp_service_copier_copy (copier, m->row_id, error))
        return FALSE;
      if (snapshot == NULL)
        add_change (refresh, KP_REGISTRY_CHANGE_NEW, m->identifikator, m->name);
      else if (snapshot->in_registry && is_active (snapshot->date_to, refresh->today) &&
               !is_active (m->date_to, refresh->today))
        add_change (refresh, KP_REGISTRY_CHANGE_ENDED, m->identifikator, m->name);
      else
        add_change (refresh, KP_REGISTRY_CHANGE_CHANGED, m->identifikator, m->name);
    }

  g_hash_table_iter_init (&iter, refresh->snapshots);
  while (g_hash_table_iter_next (&iter, (gpointer *) &identifikator, (gpointer *) &snapshot))
    {
      if (snapshot->matched || !snapshot->in_registry)
        continue;
      if (!kp_service_repository_set_in_registry (db, snapshot->id, FALSE, error))
        return FALSE;
      if (is_active (snapshot->date_to, refresh->today))
        add_change (refresh, KP_REGISTRY_CHANGE_ENDED, identifikator, snapshot->name);
    }
  return kp_service_repository_copy_sources (db, error);
}

/* Inside the caller's transaction, with the library attached: the whole refresh.
 * @out_has_registry tells whether the library had anything to refresh from. */
static gboolean
refresh_in (KpDatabase *db,
            Refresh    *refresh,
            gboolean   *out_has_registry,
            GError    **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr (GArray) matches = g_array_new (FALSE, TRUE, sizeof (Match));
  gboolean ok;

  g_array_set_clear_func (matches, match_clear);
  refresh->matches = matches;
  refresh->today = today;
  refresh->report->changes =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kp_registry_change_free);
  if (!kp_service_repository_has_registry (db, out_has_registry, error))
    return FALSE;
  if (!*out_has_registry)
    return TRUE;
  if (refresh->progress != NULL)
    kp_progress_set (refresh->progress, refresh->progress_from,
                     _ ("Copying the services of the registry…"));
  ok = kp_service_repository_match (db, error) &&
       (refresh->snapshots = kp_service_repository_load_snapshots (db, error)) != NULL &&
       kp_service_repository_foreach_match (db, collect_match, refresh, error) &&
       apply (db, refresh, error);
  g_clear_pointer (&refresh->snapshots, g_hash_table_unref);
  refresh->matches = NULL;
  refresh->today = NULL;
  if (!ok)
    return FALSE;
  refresh->report->services = matches->len;
  g_ptr_array_sort (refresh->report->changes, compare_changes);
  if (refresh->progress != NULL)
    kp_progress_set_fraction (refresh->progress, refresh->progress_to);
  return TRUE;
}

gboolean
kp_service_network_write_snapshot (KpDatabase   *db,
                                   KpProgress   *progress,
                                   GCancellable *cancellable,
                                   GError      **error)
{
  g_autoptr (KpServicesRefresh) report = g_new0 (KpServicesRefresh, 1);
  Refresh  refresh = { NULL, NULL, report, NULL, progress, cancellable, 0.6, 0.99 };
  gboolean has_registry = FALSE;

  if (!kp_database_begin (db, error))
    return FALSE;
  if (!refresh_in (db, &refresh, &has_registry, error) || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_service_network_refresh_in:
 *
 * The refresh inside the caller's transaction (a job of the project with the library
 * attached), after the territory changed. A library without the registry changes nothing.
 */
gboolean
kp_service_network_refresh_in (KpDatabase   *db,
                               KpProgress   *progress,
                               GCancellable *cancellable,
                               GError      **error)
{
  g_autoptr (KpServicesRefresh) report = g_new0 (KpServicesRefresh, 1);
  Refresh  refresh = { NULL, NULL, report, NULL, progress, cancellable, 0.5, 1.0 };
  gboolean has_registry = FALSE;

  return refresh_in (db, &refresh, &has_registry, error);
}

typedef struct
{
  KpServicesRefresh *report;
} RefreshJob;

static void
refresh_job_free (gpointer data)
{
  RefreshJob *job = data;

  g_clear_pointer (&job->report, kp_services_refresh_free);
  g_free (job);
}

/* The job: runs in a worker thread on a connection of its own. */
static gboolean
refresh_job (KpDatabase   *db,
             gpointer      data,
             KpProgress   *progress,
             GCancellable *cancellable,
             GError      **error)
{
  RefreshJob *job = data;
  Refresh     refresh = { NULL, NULL, job->report, NULL, progress, cancellable, 0.0, 1.0 };
  gboolean    has_registry = FALSE;

  if (!refresh_in (db, &refresh, &has_registry, error))
    return FALSE;
  if (!has_registry)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NO_REFERENCE,
                           _ ("The reference data has no registry of social services; "
                              "import rpss.json first"));
      return FALSE;
    }
  return TRUE;
}

static void
on_refresh_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  RefreshJob *job = g_task_get_task_data (task);
  GError     *error = NULL;

  if (!kp_project_run_job_finish (KP_PROJECT (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&job->report),
                           (GDestroyNotify) kp_services_refresh_free);
}

/**
 * kp_service_network_refresh_async:
 * @library: the reference library, with rpss.json imported
 * @progress: (nullable): how far the copy is
 * @cancellable: (nullable): stops it; nothing changes then
 *
 * See kp-service-network.h. The report lists, by identifikátor, the services that are
 * new to the project, changed since its last refresh, or ended.
 */
void
kp_service_network_refresh_async (KpServiceNetwork   *self,
                                  KpLibrary          *library,
                                  KpProgress         *progress,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  RefreshJob *job;
  KpJobSpec   spec = { 0 };

  g_return_if_fail (KP_IS_SERVICE_NETWORK (self));
  g_return_if_fail (KP_IS_LIBRARY (library));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_service_network_refresh_async);
  g_task_set_name (task, "kp_service_network_refresh");
  g_task_set_check_cancellable (task, FALSE);
  job = g_new0 (RefreshJob, 1);
  job->report = g_new0 (KpServicesRefresh, 1);
  g_task_set_task_data (task, job, refresh_job_free);

  spec.label = _ ("Refresh from the registry");
  spec.library_path = kp_library_get_path (library);
  spec.func = refresh_job;
  kp_project_run_job_async (kp_project_module_get_project (KP_PROJECT_MODULE (self)), &spec, job,
                            progress, cancellable, on_refresh_done_cb, g_steal_pointer (&task));
}

/**
 * kp_service_network_refresh_finish:
 *
 * Returns: (transfer full): the report, or %NULL with @error set (nothing changed)
 */
KpServicesRefresh *
kp_service_network_refresh_finish (KpServiceNetwork *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                            kp_service_network_refresh_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
