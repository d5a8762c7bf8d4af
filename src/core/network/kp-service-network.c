/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-network.h"
#include "kp-service-network-private.h"
#include "kp-error.h"
#include "kp-service-repository.h"

/* The network module's model: a sorted list of KpService for the views, an index by id,
 * the dismissed data-quality issues; read when the module is created and re-read, row by
 * row, after every change of its tables. Edits are in kp-service-network-edit.c and
 * kp-service-network-local.c, the refresh in kp-service-network-refresh.c. */

/* Beyond this many changed services the list is rebuilt in one splice. */
#define FEW_CHANGES 64

static const char *const network_tables[] = {
  "service",
  "service_form",
  "service_facility",
  "service_contact",
  "service_group",
  "service_scope",
  "service_network",
  "quality_dismissal",
  NULL,
};

/* The tables whose rows name a service by their first key column. */
static const char *const service_tables[] = {
  "service",
  "service_form",
  "service_facility",
  "service_contact",
  "service_group",
  "service_scope",
  "service_network",
  NULL,
};

G_DEFINE_FINAL_TYPE (KpServiceNetwork, kp_service_network, KP_TYPE_PROJECT_MODULE)

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
id_key (gint64 id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  return key;
}

/* The object of @data's service: the one already known, updated, or a new one. Takes
 * @data. Sets @out_changed when an existing object changed. */
static KpService *
merge_service (KpServiceNetwork *self,
               KpServiceData    *data,
               gboolean         *out_changed)
{
  KpService *service = g_hash_table_lookup (self->by_id, &data->id);

  if (service != NULL)
    {
      *out_changed = kp_service_update (service, data);
      return service;
    }
  service = kp_service_new (data);
  g_hash_table_insert (self->by_id, id_key (kp_service_get_id (service)), service);
  *out_changed = TRUE;
  return service;
}

static gboolean
find_position (KpServiceNetwork *self,
               KpService        *service,
               guint            *out_position)
{
  return g_list_store_find (self->store, service, out_position);
}

/* Whether @service at @position is still in order with its neighbours. */
static gboolean
in_order (KpServiceNetwork *self,
          KpService        *service,
          guint             position)
{
  GListModel *model = G_LIST_MODEL (self->store);
  guint       n = g_list_model_get_n_items (model);

  if (position > 0)
    {
      g_autoptr (KpService) before = g_list_model_get_item (model, position - 1);

      if (kp_service_compare_by_name (before, service) > 0)
        return FALSE;
    }
  if (position + 1 < n)
    {
      g_autoptr (KpService) after = g_list_model_get_item (model, position + 1);

      if (kp_service_compare_by_name (service, after) > 0)
        return FALSE;
    }
  return TRUE;
}

/* A few services changed: each is updated, moved, added or taken out where it is. */
static void
reload_few (KpServiceNetwork *self,
            GArray           *ids,
            GPtrArray        *rows)
{
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      KpServiceData *data = g_ptr_array_index (rows, i);
      gboolean       changed = FALSE;
      KpService     *service;
      guint          position;

      g_hash_table_add (listed, id_key (data->id));
      g_ptr_array_index (rows, i) = NULL; /* merge_service takes it */
      service = merge_service (self, data, &changed);
      if (!find_position (self, service, &position))
        g_list_store_insert_sorted (self->store, service, compare_services, NULL);
      else if (!in_order (self, service, position))
        {
          g_list_store_remove (self->store, position);
          g_list_store_insert_sorted (self->store, service, compare_services, NULL);
        }
      else if (changed)
        g_list_store_splice (self->store, position, 1, (gpointer *) &service, 1);
    }
  /* Deleted, or removed local services: out of the list (the index keeps them). */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64     id = g_array_index (ids, gint64, i);
      KpService *service = g_hash_table_lookup (self->by_id, &id);
      guint      position;

      if (service != NULL && !g_hash_table_contains (listed, &id) &&
          find_position (self, service, &position))
        g_list_store_remove (self->store, position);
    }
}

/* Many services changed (a refresh): the list is rebuilt in one splice, keeping the objects
 * of the services that stay. @ids: NULL when @rows are all the services. */
static void
reload_many (KpServiceNetwork *self,
             GArray           *ids,
             GPtrArray        *rows)
{
  g_autoptr (GHashTable) changed_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) services = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (self->store);
  guint       n = g_list_model_get_n_items (model);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_hash_table_add (changed_ids, &g_array_index (ids, gint64, i));
  for (guint i = 0; ids != NULL && i < n; i++)
    {
      KpService *service = g_list_model_get_item (model, i);
      gint64     id = kp_service_get_id (service);

      if (g_hash_table_contains (changed_ids, &id))
        g_object_unref (service);
      else
        g_ptr_array_add (services, service);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gboolean changed = FALSE;

      g_ptr_array_add (services,
                       g_object_ref (merge_service (self, g_ptr_array_index (rows, i), &changed)));
      g_ptr_array_index (rows, i) = NULL;
    }
  g_ptr_array_sort (services, compare_service_ptrs);
  g_list_store_splice (self->store, 0, n, services->pdata, services->len);
}

static gboolean
reload_dismissals (KpServiceNetwork *self,
                   GError          **error)
{
  GHashTable *dismissed = kp_service_repository_load_dismissals (
      kp_service_network_get_database (self), error);

  if (dismissed == NULL)
    return FALSE;
  g_clear_pointer (&self->dismissed, g_hash_table_unref);
  self->dismissed = dismissed;
  return TRUE;
}

static void
kp_service_network_reload (KpProjectModule *module,
                           KpChanges       *changes)
{
  KpServiceNetwork *self = KP_SERVICE_NETWORK (module);
  g_autoptr (GArray) ids = kp_changes_dup_ids (changes, service_tables);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;

  self->serial++;
  if (kp_changes_has_table (changes, "quality_dismissal") && !reload_dismissals (self, &error))
    {
      g_warning ("Cannot read the dismissed data-quality problems again: %s", error->message);
      g_clear_error (&error);
    }
  if (ids->len > 0)
    {
      rows = kp_service_repository_load (kp_service_network_get_database (self), ids, &error);
      if (rows == NULL)
        g_warning ("Cannot read the changed services again: %s", error->message);
      else if (ids->len <= FEW_CHANGES)
        reload_few (self, ids, rows);
      else
        reload_many (self, ids, rows);
    }
  kp_data_quality_update (self);
}

static gboolean
kp_service_network_load (KpProjectModule *module,
                         GError         **error)
{
  KpServiceNetwork *self = KP_SERVICE_NETWORK (module);
  KpDatabase       *db = kp_service_network_get_database (self);
  g_autoptr (GPtrArray) rows = NULL;

  /* Local services removed in an earlier session: their undo history ended with it. A
   * read-only file keeps them; they stay hidden all the same. */
  kp_service_repository_purge_removed (db, NULL);
  rows = kp_service_repository_load (db, NULL, error);
  if (rows == NULL || !reload_dismissals (self, error))
    return FALSE;
  reload_many (self, NULL, rows);
  return TRUE;
}

static void
kp_service_network_dispose (GObject *object)
{
  KpServiceNetwork *self = KP_SERVICE_NETWORK (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->issues);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->dismissed, g_hash_table_unref);
  G_OBJECT_CLASS (kp_service_network_parent_class)->dispose (object);
}

static void
kp_service_network_class_init (KpServiceNetworkClass *klass)
{
  GObjectClass         *object_class = G_OBJECT_CLASS (klass);
  KpProjectModuleClass *module_class = KP_PROJECT_MODULE_CLASS (klass);

  object_class->dispose = kp_service_network_dispose;

  module_class->name = "network";
  module_class->tables = network_tables;
  module_class->load = kp_service_network_load;
  module_class->reload = kp_service_network_reload;
}

static void
kp_service_network_init (KpServiceNetwork *self)
{
  self->store = g_list_store_new (KP_TYPE_SERVICE);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->issues = g_list_store_new (KP_TYPE_DATA_QUALITY_ISSUE);
}

/**
 * kp_service_network_get:
 *
 * Returns: (transfer none): the network of @project, created and read on first use
 */
KpServiceNetwork *
kp_service_network_get (KpProject *project)
{
  g_autoptr (GError) error = NULL;
  KpServiceNetwork *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  self = kp_project_get_module (project, KP_TYPE_SERVICE_NETWORK, &error);
  if (self != NULL)
    return self;
  /* Opening the project read it; failing to read it now is a broken environment. The
   * views still need a network: an empty one, created without loading. */
  g_warning ("Cannot read the network of services of “%s”: %s", kp_project_get_path (project),
             error->message);
  self = kp_project_peek_module (project, KP_TYPE_SERVICE_NETWORK);
  return self;
}

KpDatabase *
kp_service_network_get_database (KpServiceNetwork *self)
{
  return kp_project_get_database (kp_project_module_get_project (KP_PROJECT_MODULE (self)));
}

KpService *
kp_service_network_lookup (KpServiceNetwork *self,
                           gint64            id)
{
  return g_hash_table_lookup (self->by_id, &id);
}

GListModel *
kp_service_network_get_services (KpServiceNetwork *self)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  return G_LIST_MODEL (self->store);
}

/**
 * kp_service_network_find_service:
 *
 * Returns: (transfer none) (nullable): the service with @id, if it is in the list
 */
KpService *
kp_service_network_find_service (KpServiceNetwork *self,
                                 gint64            id)
{
  KpService *service;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  service = g_hash_table_lookup (self->by_id, &id);
  if (service == NULL || !g_list_store_find (self->store, service, NULL))
    return NULL;
  return service;
}

/**
 * kp_service_network_find_service_by_identifikator:
 *
 * Returns: (transfer none) (nullable): the registered service with this identifikátor
 */
KpService *
kp_service_network_find_service_by_identifikator (KpServiceNetwork *self,
                                                  const char       *identifikator)
{
  GListModel *services;
  guint       n;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  g_return_val_if_fail (identifikator != NULL, NULL);
  services = G_LIST_MODEL (self->store);
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
kp_service_network_count_active_services (KpServiceNetwork *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GListModel      *services;
  guint            n, count = 0;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), 0);
  services = G_LIST_MODEL (self->store);
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
 * kp_service_network_get_capacity_totals:
 * @obec_kod: (nullable): one obec, or %NULL for the whole territory
 * @iso_date: (nullable): the reference date, or %NULL for today
 *
 * Returns: (transfer full) (element-type KpCapacityTotal): the registered capacity by unit
 *   (and type), never adding different units nor a registration twice
 */
GPtrArray *
kp_service_network_get_capacity_totals (KpServiceNetwork  *self,
                                        const char        *obec_kod,
                                        const char        *iso_date,
                                        KpCapacityGrouping grouping)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);
  return kp_capacity_compute (G_LIST_MODEL (self->store), NULL, obec_kod, iso_date, grouping);
}

gboolean
kp_service_network_check_service (KpServiceNetwork *self,
                                  KpService        *service,
                                  gboolean          local_only,
                                  GError          **error)
{
  if (kp_service_network_find_service (self, kp_service_get_id (service)) != service)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The service is not in the project’s network"));
      return FALSE;
    }
  if (local_only && !kp_service_get_is_local (service))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("This is kept by the registry; only local services can be "
                              "changed here"));
      return FALSE;
    }
  return TRUE;
}

char *
kp_service_network_clean_text (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;
  clean = g_strstrip (g_strdup (text));
  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}

void
kp_services_refresh_free (KpServicesRefresh *refresh)
{
  if (refresh == NULL)
    return;
  g_clear_pointer (&refresh->changes, g_ptr_array_unref);
  g_free (refresh);
}
