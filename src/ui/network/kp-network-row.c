/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-network-row.h"

struct _KpNetworkRow
{
  GObject parent_instance;

  char      *title;
  guint      count;
  KpService *service;
};

G_DEFINE_FINAL_TYPE (KpNetworkRow, kp_network_row, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_IS_HEADER,
  PROP_TITLE,
  PROP_COUNT,
  PROP_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_network_row_finalize (GObject *object)
{
  KpNetworkRow *self = KP_NETWORK_ROW (object);

  g_free (self->title);
  g_clear_object (&self->service);
  G_OBJECT_CLASS (kp_network_row_parent_class)->finalize (object);
}

static void
kp_network_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KpNetworkRow *self = KP_NETWORK_ROW (object);

  switch (prop_id)
    {
    case PROP_IS_HEADER:
      g_value_set_boolean (value, self->service == NULL);
      break;
    case PROP_TITLE:
      g_value_set_string (value, kp_network_row_get_title (self));
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    case PROP_SERVICE:
      g_value_set_object (value, self->service);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_row_class_init (KpNetworkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_network_row_finalize;
  object_class->get_property = kp_network_row_get_property;

  properties[PROP_IS_HEADER] = g_param_spec_boolean ("is-header", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE] = g_param_spec_object ("service", NULL, NULL, KP_TYPE_SERVICE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_network_row_init (KpNetworkRow *self)
{
}

KpNetworkRow *
kp_network_row_new_header (const char *title,
                           guint       count)
{
  KpNetworkRow *self;

  g_return_val_if_fail (title != NULL, NULL);
  self = g_object_new (KP_TYPE_NETWORK_ROW, NULL);
  self->title = g_strdup (title);
  self->count = count;
  return self;
}

KpNetworkRow *
kp_network_row_new_service (KpService *service)
{
  KpNetworkRow *self;

  g_return_val_if_fail (KP_IS_SERVICE (service), NULL);
  self = g_object_new (KP_TYPE_NETWORK_ROW, NULL);
  self->service = g_object_ref (service);
  return self;
}

gboolean
kp_network_row_get_is_header (KpNetworkRow *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_ROW (self), FALSE);
  return self->service == NULL;
}

const char *
kp_network_row_get_title (KpNetworkRow *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_ROW (self), NULL);
  return self->service != NULL ? kp_service_get_name (self->service) : self->title;
}

guint
kp_network_row_get_count (KpNetworkRow *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_ROW (self), 0);
  return self->count;
}

/* Returns: (transfer none) (nullable): the service of a service row */
KpService *
kp_network_row_get_service (KpNetworkRow *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_ROW (self), NULL);
  return self->service;
}
