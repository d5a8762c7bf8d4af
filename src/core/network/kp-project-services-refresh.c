/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-project-services-private.h"
#include "kp-service-repository.h"

#include <string.h>

/* Refreshing a project's registered services from the reference library: the territory's
 * current services are matched, new and changed ones copied over the registry part of the
 * project's rows, and services the registry no longer lists for the territory marked as
 * such. One transaction; local data is never written. */

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

/* Runs the refresh on @db with the library attached. @out_has_registry tells whether the
 * library had anything to refresh from. */
static KpServicesRefresh *
refresh_from (KpProject  *project,
              const char *library_path,
              gboolean   *out_has_registry,
              GError    **error)
{
  KpDatabase *db = kp_project_get_database (project);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr (KpServicesRefresh) report = g_new0 (KpServicesRefresh, 1);
  g_autoptr (GArray) matches = g_array_new (FALSE, TRUE, sizeof (Match));
  Refresh  refresh = { matches, NULL, report, today };
  gboolean ok;

  report->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_registry_change_free);
  g_array_set_clear_func (matches, match_clear);
  if (!kp_service_repository_attach (db, library_path, out_has_registry, error))
    return NULL;
  if (!*out_has_registry)
    {
      kp_service_repository_detach (db);
      return g_steal_pointer (&report);
    }

  ok = kp_database_begin (db, error);
  if (ok)
    {
      ok = kp_service_repository_match (db, error) &&
           (refresh.snapshots = kp_service_repository_load_snapshots (db, error)) != NULL &&
           kp_service_repository_foreach_match (db, collect_match, &refresh, error) &&
           apply (db, &refresh, error) && kp_database_commit (db, error);
      if (!ok)
        kp_database_rollback (db);
    }
  g_clear_pointer (&refresh.snapshots, g_hash_table_unref);
  kp_service_repository_detach (db);
  if (!ok)
    return NULL;

  report->services = matches->len;
  g_ptr_array_sort (report->changes, compare_changes);
  if (!kp_project_services_reload (project, error))
    return NULL;
  return g_steal_pointer (&report);
}

/**
 * kp_project_refresh_services:
 * @library: the reference library, with rpss.json imported
 *
 * See kp-project-services.h. The report lists, by identifikátor, the services that are
 * new to the project, changed since its last refresh, or ended.
 *
 * Returns: (transfer full): the report, or %NULL with @error set (nothing changed)
 */
KpServicesRefresh *
kp_project_refresh_services (KpProject *self,
                             KpLibrary *library,
                             GError   **error)
{
  g_autoptr (KpServicesRefresh) report = NULL;
  gboolean has_registry = FALSE;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);

  report = refresh_from (self, kp_library_get_path (library), &has_registry, error);
  if (report == NULL)
    return NULL;
  if (!has_registry)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NO_REFERENCE,
                           _ ("The reference data has no registry of social services; "
                              "import rpss.json first"));
      return NULL;
    }
  return g_steal_pointer (&report);
}

gboolean
kp_project_services_snapshot (KpProject *project,
                              KpLibrary *library,
                              GError   **error)
{
  g_autoptr (KpServicesRefresh) report = NULL;
  gboolean has_registry = FALSE;

  report = refresh_from (project, kp_library_get_path (library), &has_registry, error);
  return report != NULL;
}
