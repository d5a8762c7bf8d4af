/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-needs-row-item.h"

struct _KpNeedsRowItem
{
  GObject parent_instance;

  guint index;
};

G_DEFINE_FINAL_TYPE (KpNeedsRowItem, kp_needs_row_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_needs_row_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, KP_NEEDS_ROW_ITEM (object)->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_needs_row_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_INDEX:
      KP_NEEDS_ROW_ITEM (object)->index = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_needs_row_item_class_init (KpNeedsRowItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kp_needs_row_item_get_property;
  object_class->set_property = kp_needs_row_item_set_property;
  properties[PROP_INDEX] =
      g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_needs_row_item_init (KpNeedsRowItem *self)
{
}

KpNeedsRowItem *
kp_needs_row_item_new (guint index)
{
  return g_object_new (KP_TYPE_NEEDS_ROW_ITEM, "index", index, NULL);
}

guint
kp_needs_row_item_get_index (KpNeedsRowItem *self)
{
  g_return_val_if_fail (KP_IS_NEEDS_ROW_ITEM (self), 0);
  return self->index;
}
