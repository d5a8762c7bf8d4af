/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-model.h"
#include "kp-czech.h"
#include "kp-target-group.h"

#include <stdlib.h>

struct _KpNetworkModel
{
  GObject parent_instance;

  GListModel       *model;
  KpNetworkGrouping grouping;
  GPtrArray        *rows; /* KpNetworkRow */
};

static void kp_network_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KpNetworkModel, kp_network_model, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kp_network_model_list_model_init))

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_GROUPING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Groups sort by rank (registered before local, "not given" after the registered ones,
 * target groups without a name after the named ones), then number (§, or the code of an
 * unknown target group), then title in Czech order. */
typedef struct
{
  char      *title;
  int        rank;
  int        number;
  GPtrArray *services;
} Group;

static void
group_free (Group *group)
{
  g_free (group->title);
  g_ptr_array_unref (group->services);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = *(Group *const *) a;
  const Group *gb = *(Group *const *) b;

  if (ga->rank != gb->rank)
    return ga->rank < gb->rank ? -1 : 1;
  if (ga->number != gb->number)
    return ga->number < gb->number ? -1 : 1;
  return kp_czech_compare (ga->title, gb->title);
}

static void
add_to_group (GHashTable *groups,
              const char *key,
              const char *title,
              int         rank,
              int         number,
              KpService  *service)
{
  Group *group = g_hash_table_lookup (groups, key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->title = g_strdup (title);
      group->rank = rank;
      group->number = number;
      group->services = g_ptr_array_new ();
      g_hash_table_insert (groups, g_strdup (key), group);
    }
  g_ptr_array_add (group->services, service);
}

static int
paragraph_number (const char *paragraph)
{
  while (paragraph != NULL && *paragraph != '\0' && !g_ascii_isdigit (*paragraph))
    paragraph++;
  return paragraph != NULL && *paragraph != '\0' ? atoi (paragraph) : G_MAXINT;
}

static void
group_local (GHashTable *groups,
             KpService  *service)
{
  KpServiceLocalKind kind = kp_service_get_local_kind (service);
  g_autofree char   *key = g_strdup_printf ("local:%d", (int) kind);
  /* Translators: group of local services in the network list, e.g. "zdravotní péče
   * (navazující služby)" */
  g_autofree char *title = g_strdup_printf (_ ("%s (related services)"),
                                            kp_service_local_kind_get_label (kind));

  add_to_group (groups, key, title, 1, (int) kind, service);
}

/* A named group by its name; a code without a name after them all, by its number, shown
 * as "neznámá cílová skupina (kód 16)". */
static void
add_to_target_group (GHashTable *groups,
                     const char *stored,
                     KpService  *service)
{
  g_autofree char *title = kp_target_group_format_stored (stored, NULL);
  gboolean         unknown = kp_target_group_stored_is_unknown (stored);
  const char      *number = kp_target_group_code_number (stored);
  guint64          value = 0;

  if (unknown && number != NULL)
    g_ascii_string_to_unsigned (number, 10, 0, G_MAXINT - 1, &value, NULL);
  add_to_group (groups, stored, title, unknown ? 1 : 0, (int) value, service);
}

static void
group_service (KpNetworkModel *self,
               GHashTable     *groups,
               KpService      *service)
{
  switch (self->grouping)
    {
    case KP_NETWORK_BY_TYPE:
      if (kp_service_get_is_local (service))
        group_local (groups, service);
      else
        {
          const char      *type_name = kp_service_get_type_name (service);
          const char      *paragraph = kp_service_get_paragraph (service);
          g_autofree char *title = NULL;

          if (type_name == NULL)
            type_name = _ ("Type not given");
          title = paragraph != NULL && *paragraph != '\0'
                      ? g_strdup_printf ("%s · %s", type_name, paragraph)
                      : g_strdup (type_name);
          add_to_group (groups, title, title, 0, paragraph_number (paragraph), service);
        }
      break;
    case KP_NETWORK_BY_TARGET_GROUP:
      {
        const char *const *target_groups = kp_service_get_target_groups (service);

        if (kp_service_get_is_local (service))
          add_to_group (groups, "local:", _ ("Related services (not registered)"), 3, 0,
                        service);
        else if (target_groups == NULL || target_groups[0] == NULL)
          add_to_group (groups, "none:", _ ("Target group not given"), 2, 0, service);
        else
          for (guint i = 0; target_groups[i] != NULL; i++)
            add_to_target_group (groups, target_groups[i], service);
      }
      break;
    case KP_NETWORK_BY_PROVIDER:
      {
        const char *provider = kp_service_get_provider_name (service);

        if (provider == NULL || *provider == '\0')
          add_to_group (groups, "none:", _ ("Provider not given"), 1, 0, service);
        else
          add_to_group (groups, provider, provider, 0, 0, service);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
rebuild (KpNetworkModel *self)
{
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) group_free);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
  guint          n_old = self->rows->len;
  guint          n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  GHashTableIter iter;
  gpointer       value;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (self->model, i);

      group_service (self, groups, service); /* the model keeps the service alive */
    }
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_groups);

  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < sorted->len; i++)
    {
      Group *group = g_ptr_array_index (sorted, i);

      g_ptr_array_add (self->rows, kp_network_row_new_header (group->title, group->services->len));
      for (guint k = 0; k < group->services->len; k++)
        g_ptr_array_add (self->rows, kp_network_row_new_service (group->services->pdata[k]));
    }
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, self->rows->len);
}

static void
on_model_items_changed_cb (KpNetworkModel *self)
{
  rebuild (self);
}

static GType
kp_network_model_get_item_type (GListModel *list)
{
  return KP_TYPE_NETWORK_ROW;
}

static guint
kp_network_model_get_n_items (GListModel *list)
{
  return KP_NETWORK_MODEL (list)->rows->len;
}

static gpointer
kp_network_model_get_item (GListModel *list,
                           guint       position)
{
  KpNetworkModel *self = KP_NETWORK_MODEL (list);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
kp_network_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kp_network_model_get_item_type;
  iface->get_n_items = kp_network_model_get_n_items;
  iface->get_item = kp_network_model_get_item;
}

static void
kp_network_model_dispose (GObject *object)
{
  KpNetworkModel *self = KP_NETWORK_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (kp_network_model_parent_class)->dispose (object);
}

static void
kp_network_model_finalize (GObject *object)
{
  KpNetworkModel *self = KP_NETWORK_MODEL (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (kp_network_model_parent_class)->finalize (object);
}

static void
kp_network_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KpNetworkModel *self = KP_NETWORK_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_GROUPING:
      g_value_set_int (value, self->grouping);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_model_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KpNetworkModel *self = KP_NETWORK_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      kp_network_model_set_model (self, g_value_get_object (value));
      break;
    case PROP_GROUPING:
      kp_network_model_set_grouping (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_model_class_init (KpNetworkModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kp_network_model_dispose;
  object_class->finalize = kp_network_model_finalize;
  object_class->get_property = kp_network_model_get_property;
  object_class->set_property = kp_network_model_set_property;

  properties[PROP_MODEL] =
      g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] =
      g_param_spec_int ("grouping", NULL, NULL, KP_NETWORK_BY_TYPE, KP_NETWORK_BY_PROVIDER,
                        KP_NETWORK_BY_TYPE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_network_model_init (KpNetworkModel *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

KpNetworkModel *
kp_network_model_new (GListModel *model)
{
  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);
  return g_object_new (KP_TYPE_NETWORK_MODEL, "model", model, NULL);
}

void
kp_network_model_set_model (KpNetworkModel *self,
                            GListModel     *model)
{
  g_return_if_fail (KP_IS_NETWORK_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self,
                             G_CONNECT_SWAPPED);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

KpNetworkGrouping
kp_network_model_get_grouping (KpNetworkModel *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_MODEL (self), KP_NETWORK_BY_TYPE);
  return self->grouping;
}

void
kp_network_model_set_grouping (KpNetworkModel   *self,
                               KpNetworkGrouping grouping)
{
  g_return_if_fail (KP_IS_NETWORK_MODEL (self));
  g_return_if_fail (grouping <= KP_NETWORK_BY_PROVIDER);

  if (self->grouping == grouping)
    return;
  self->grouping = grouping;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
}

guint
kp_network_model_find (KpNetworkModel *self,
                       KpService      *service)
{
  g_return_val_if_fail (KP_IS_NETWORK_MODEL (self), G_MAXUINT);

  for (guint i = 0; service != NULL && i < self->rows->len; i++)
    {
      KpService *row_service = kp_network_row_get_service (self->rows->pdata[i]);

      if (row_service == service ||
          (row_service != NULL && kp_service_get_id (row_service) == kp_service_get_id (service)))
        return i;
    }
  return G_MAXUINT;
}
