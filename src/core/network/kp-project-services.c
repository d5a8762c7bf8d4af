/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-error.h"
#include "kp-project-services-private.h"
#include "kp-project-private.h"
#include "kp-service-repository.h"

#include <string.h>

/* A project's network of services in memory: a sorted list of KpService for the views,
 * an index by id, the dismissed data-quality issues and the live list of issues. The
 * state hangs on the project (object data) from kp_project_open () until it is finalized. */

#define STATE_KEY "kp-project-services"

static void
state_free (gpointer data)
{
  KpProjectServices *state = data;

  g_clear_object (&state->store);
  g_clear_pointer (&state->by_id, g_hash_table_unref);
  g_clear_pointer (&state->dismissed, g_hash_table_unref);
  g_clear_object (&state->issues);
  g_free (state);
}

KpProjectServices *
kp_project_services_get (KpProject *project)
{
  KpProjectServices *state = g_object_get_data (G_OBJECT (project), STATE_KEY);

  g_assert (state != NULL);
  return state;
}

static int
compare_services (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return kp_service_compare_by_name ((KpService *) a, (KpService *) b);
}

static int
compare_service_ptrs (gconstpointer a,
                      gconstpointer b)
{
  return kp_service_compare_by_name (*(KpService *const *) a, *(KpService *const *) b);
}

static gint64 *
id_key (KpService *service)
{
  gint64 *key = g_new (gint64, 1);

  *key = kp_service_get_id (service);
  return key;
}

/* Replaces the whole list with @services. */
static void
set_services (KpProjectServices *state,
              GPtrArray         *services)
{
  g_ptr_array_sort (services, compare_service_ptrs);
  g_hash_table_remove_all (state->by_id);
  for (guint i = 0; i < services->len; i++)
    {
      KpService *service = g_ptr_array_index (services, i);

      g_hash_table_insert (state->by_id, id_key (service), g_object_ref (service));
    }
  g_list_store_splice (state->store, 0, g_list_model_get_n_items (G_LIST_MODEL (state->store)),
                       services->pdata, services->len);
}

/**
 * kp_project_services_load:
 *
 * Reads the project's services, dropping local services that an earlier session removed
 * (their undo history ended with it).
 */
gboolean
kp_project_services_load (KpProject *project,
                          GError   **error)
{
  KpDatabase *db = kp_project_get_database (project);
  g_autoptr (GPtrArray) services = NULL;
  KpProjectServices *state;

  /* A read-only file keeps them; they stay hidden all the same. */
  kp_service_repository_purge_removed (db, NULL);
  services = kp_service_repository_load (db, error);
  if (services == NULL)
    return FALSE;

  state = g_new0 (KpProjectServices, 1);
  state->store = g_list_store_new (KP_TYPE_SERVICE);
  state->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  state->issues = g_list_store_new (KP_TYPE_DATA_QUALITY_ISSUE);
  state->dismissed = kp_service_repository_load_dismissals (db, error);
  if (state->dismissed == NULL)
    {
      state_free (state);
      return FALSE;
    }
  set_services (state, services);
  g_object_set_data_full (G_OBJECT (project), STATE_KEY, state, state_free);
  kp_data_quality_update (project);
  return TRUE;
}

gboolean
kp_project_services_reload (KpProject *project,
                            GError   **error)
{
  KpProjectServices *state = kp_project_services_get (project);
  g_autoptr (GPtrArray) services = kp_service_repository_load (kp_project_get_database (project),
                                                               error);

  if (services == NULL)
    return FALSE;
  set_services (state, services);
  kp_data_quality_update (project);
  return TRUE;
}

void
kp_project_services_insert_sorted (KpProjectServices *state,
                                   KpService         *service)
{
  if (!g_hash_table_contains (state->by_id, &(gint64){ kp_service_get_id (service) }))
    g_hash_table_insert (state->by_id, id_key (service), g_object_ref (service));
  g_list_store_insert_sorted (state->store, service, compare_services, NULL);
}

void
kp_project_services_remove (KpProjectServices *state,
                            KpService         *service)
{
  guint position;

  if (g_list_store_find (state->store, service, &position))
    g_list_store_remove (state->store, position);
}

KpService *
kp_project_services_lookup (KpProject *project,
                            gint64     id,
                            GError   **error)
{
  KpProjectServices *state = kp_project_services_get (project);
  KpService         *service = g_hash_table_lookup (state->by_id, &id);
  g_autoptr (GError) local_error = NULL;

  if (service != NULL)
    return service;
  service = kp_service_repository_load_one (kp_project_get_database (project), id, &local_error);
  if (service == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                             _ ("The service is no longer in the project"));
      return NULL;
    }
  /* The index keeps it; the list gets it back when a removal is undone. */
  g_hash_table_insert (state->by_id, id_key (service), service);
  return service;
}

GListModel *
kp_project_get_services (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (kp_project_services_get (self)->store);
}

/**
 * kp_project_find_service:
 *
 * Returns: (transfer none) (nullable): the service with @id, if it is in the list
 */
KpService *
kp_project_find_service (KpProject *self,
                         gint64     id)
{
  KpProjectServices *state;
  KpService         *service;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  state = kp_project_services_get (self);
  service = g_hash_table_lookup (state->by_id, &id);
  if (service == NULL || !g_list_store_find (state->store, service, NULL))
    return NULL;
  return service;
}

/**
 * kp_project_find_service_by_identifikator:
 *
 * Returns: (transfer none) (nullable): the registered service with this identifikátor
 */
KpService *
kp_project_find_service_by_identifikator (KpProject  *self,
                                          const char *identifikator)
{
  GListModel *services;
  guint       n;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (identifikator != NULL, NULL);
  services = kp_project_get_services (self);
  n = g_list_model_get_n_items (services);
  for (guint i = 0; i < n; i++)
    {
      KpService *service = g_list_model_get_item (services, i);

      g_object_unref (service); /* the store keeps it */
      if (g_strcmp0 (kp_service_get_identifikator (service), identifikator) == 0)
        return service;
    }
  return NULL;
}

guint
kp_project_count_active_services (KpProject *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GListModel      *services;
  guint            n, count = 0;

  g_return_val_if_fail (KP_IS_PROJECT (self), 0);
  services = kp_project_get_services (self);
  n = g_list_model_get_n_items (services);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);

      if (!kp_service_get_is_local (service) && kp_service_is_active_on (service, today))
        count++;
    }
  return count;
}

/**
 * kp_project_get_capacity_totals:
 * @obec_kod: (nullable): one obec, or %NULL for the whole territory
 * @iso_date: (nullable): the reference date, or %NULL for today
 *
 * Returns: (transfer full) (element-type KpCapacityTotal): the registered capacity by unit
 *   (and type), never adding different units nor a registration twice
 */
GPtrArray *
kp_project_get_capacity_totals (KpProject         *self,
                                const char        *obec_kod,
                                const char        *iso_date,
                                KpCapacityGrouping grouping)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  return kp_capacity_compute (kp_project_get_services (self), NULL, obec_kod, iso_date, grouping);
}

void
kp_services_refresh_free (KpServicesRefresh *refresh)
{
  if (refresh == NULL)
    return;
  g_clear_pointer (&refresh->changes, g_ptr_array_unref);
  g_free (refresh);
}
