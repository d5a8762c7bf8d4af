/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-item.h"
#include "kp-plan-private.h"

struct _KpPlanItem
{
  GObject parent_instance;

  KpPlanItemData *data;
  KpPlanItem     *parent; /* weak: the parent owns its children through the store */
  gint64          parent_id;
  int             position;
  char           *code;
  int             depth;
  GListStore     *children;
};

G_DEFINE_FINAL_TYPE (KpPlanItem, kp_plan_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_TITLE,
  PROP_CODE,
  PROP_DEPTH,
  PROP_TOTAL_COSTS,
  PROP_HAS_STATUS,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_plan_item_finalize (GObject *object)
{
  KpPlanItem *self = KP_PLAN_ITEM (object);

  g_clear_pointer (&self->data, kp_plan_item_data_free);
  g_clear_object (&self->children);
  g_free (self->code);
  G_OBJECT_CLASS (kp_plan_item_parent_class)->finalize (object);
}

static void
kp_plan_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KpPlanItem *self = KP_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->data->id);
      break;
    case PROP_UID:
      g_value_set_string (value, self->data->uid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->data->title);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_DEPTH:
      g_value_set_int (value, self->depth);
      break;
    case PROP_TOTAL_COSTS:
      g_value_set_int64 (value, kp_plan_item_data_total_costs (self->data));
      break;
    case PROP_HAS_STATUS:
      g_value_set_boolean (value, self->data->has_status);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->data->has_status ? (int) self->data->status : -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_plan_item_class_init (KpPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_plan_item_finalize;
  object_class->get_property = kp_plan_item_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);
  properties[PROP_DEPTH] = g_param_spec_int ("depth", NULL, NULL, 0, G_MAXINT, 1, ro);
  properties[PROP_TOTAL_COSTS] =
      g_param_spec_int64 ("total-costs", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_HAS_STATUS] = g_param_spec_boolean ("has-status", NULL, NULL, FALSE, ro);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, -1, G_MAXINT, -1, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_plan_item_init (KpPlanItem *self)
{
  self->children = g_list_store_new (KP_TYPE_PLAN_ITEM);
  self->code = g_strdup ("");
}

KpPlanItem *
kp_plan_item_new (KpPlanItemRow *row)
{
  KpPlanItem *self = g_object_new (KP_TYPE_PLAN_ITEM, NULL);

  self->data = g_steal_pointer (&row->data);
  self->parent_id = row->parent_id;
  self->position = row->position;
  return self;
}

/* Takes @row's data. Returns whether the item moved (parent or position). */
gboolean
kp_plan_item_update (KpPlanItem    *self,
                     KpPlanItemRow *row)
{
  KpPlanItemData *old = self->data;
  gboolean        moved = row->parent_id != self->parent_id || row->position != self->position;
  g_autoptr (GPtrArray) fields = kp_plan_item_data_diff_fields (old, row->data);

  self->data = g_steal_pointer (&row->data);
  self->parent_id = row->parent_id;
  self->position = row->position;
  for (guint i = 0; g_ptr_array_index (fields, i) != NULL; i++)
    {
      const char *field = g_ptr_array_index (fields, i);

      if (g_str_equal (field, "title"))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
      else if (g_str_equal (field, "costs"))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_COSTS]);
      else if (g_str_equal (field, "status"))
        {
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_STATUS]);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
        }
    }
  kp_plan_item_data_free (old);
  return moved;
}

gint64
kp_plan_item_get_parent_id (KpPlanItem *self)
{
  return self->parent_id;
}

void
kp_plan_item_set_parent (KpPlanItem *self,
                         KpPlanItem *parent)
{
  self->parent = parent;
}

GListStore *
kp_plan_item_get_store (KpPlanItem *self)
{
  return self->children;
}

/* Sets the code and depth; notifies when they change. */
void
kp_plan_item_set_code (KpPlanItem *self,
                       const char *code,
                       int         depth)
{
  if (g_strcmp0 (self->code, code) != 0)
    {
      g_free (self->code);
      self->code = g_strdup (code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
    }
  if (self->depth != depth)
    {
      self->depth = depth;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPTH]);
    }
}

gint64
kp_plan_item_get_id (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), 0);
  return self->data->id;
}

const char *
kp_plan_item_get_uid (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), NULL);
  return self->data->uid;
}

const char *
kp_plan_item_get_title (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), NULL);
  return self->data->title;
}

const char *
kp_plan_item_get_code (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), NULL);
  return self->code;
}

int
kp_plan_item_get_depth (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), 0);
  return self->depth;
}

int
kp_plan_item_get_position (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), 0);
  return self->position;
}

gint64
kp_plan_item_get_total_costs (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), 0);
  return kp_plan_item_data_total_costs (self->data);
}

const KpPlanItemData *
kp_plan_item_get_data (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), NULL);
  return self->data;
}

KpPlanItem *
kp_plan_item_get_parent (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), NULL);
  return self->parent;
}

GListModel *
kp_plan_item_get_children (KpPlanItem *self)
{
  g_return_val_if_fail (KP_IS_PLAN_ITEM (self), NULL);
  return G_LIST_MODEL (self->children);
}
