/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-service-editor.h"

typedef struct
{
  KpProject    *project;
  KpService    *service;
  GSignalGroup *service_signals; /* on service */
} KpServiceEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KpServiceEditor, kp_service_editor, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (KpServiceEditor *self)
{
  KpServiceEditorClass *klass = KP_SERVICE_EDITOR_GET_CLASS (self);

  if (klass->update != NULL)
    klass->update (self);
}

static void
kp_service_editor_constructed (GObject *object)
{
  KpServiceEditor        *self = KP_SERVICE_EDITOR (object);
  KpServiceEditorPrivate *priv = kp_service_editor_get_instance_private (self);

  G_OBJECT_CLASS (kp_service_editor_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (priv->project));
  /* Here, not in init: the subclass's class says what to follow. */
  g_signal_group_connect_swapped (priv->service_signals,
                                  KP_SERVICE_EDITOR_GET_CLASS (self)->follows,
                                  G_CALLBACK (update), self);
  update (self);
}

static void
kp_service_editor_dispose (GObject *object)
{
  KpServiceEditor        *self = KP_SERVICE_EDITOR (object);
  KpServiceEditorPrivate *priv = kp_service_editor_get_instance_private (self);

  if (priv->service_signals != NULL)
    g_signal_group_set_target (priv->service_signals, NULL);
  g_clear_object (&priv->service_signals);
  g_clear_object (&priv->service);
  g_clear_object (&priv->project);
  G_OBJECT_CLASS (kp_service_editor_parent_class)->dispose (object);
}

static void
kp_service_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KpServiceEditor        *self = KP_SERVICE_EDITOR (object);
  KpServiceEditorPrivate *priv = kp_service_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, priv->project);
      break;
    case PROP_SERVICE:
      g_value_set_object (value, priv->service);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_service_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KpServiceEditor        *self = KP_SERVICE_EDITOR (object);
  KpServiceEditorPrivate *priv = kp_service_editor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PROJECT:
      priv->project = g_value_dup_object (value);
      break;
    case PROP_SERVICE:
      kp_service_editor_set_service (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_service_editor_class_init (KpServiceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kp_service_editor_constructed;
  object_class->dispose = kp_service_editor_dispose;
  object_class->get_property = kp_service_editor_get_property;
  object_class->set_property = kp_service_editor_set_property;

  klass->follows = "notify";

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE] =
      g_param_spec_object ("service", NULL, NULL, KP_TYPE_SERVICE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_service_editor_init (KpServiceEditor *self)
{
  KpServiceEditorPrivate *priv = kp_service_editor_get_instance_private (self);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  priv->service_signals = g_signal_group_new (KP_TYPE_SERVICE);
}

KpProject *
kp_service_editor_get_project (KpServiceEditor *self)
{
  KpServiceEditorPrivate *priv;

  g_return_val_if_fail (KP_IS_SERVICE_EDITOR (self), NULL);
  priv = kp_service_editor_get_instance_private (self);
  return priv->project;
}

/* Returns: (transfer none): the project's network of services */
KpServiceNetwork *
kp_service_editor_get_network (KpServiceEditor *self)
{
  g_return_val_if_fail (KP_IS_SERVICE_EDITOR (self), NULL);
  return kp_service_network_get (kp_service_editor_get_project (self));
}

/* Returns: (transfer none) (nullable) */
KpService *
kp_service_editor_get_service (KpServiceEditor *self)
{
  KpServiceEditorPrivate *priv;

  g_return_val_if_fail (KP_IS_SERVICE_EDITOR (self), NULL);
  priv = kp_service_editor_get_instance_private (self);
  return priv->service;
}

/**
 * kp_service_editor_set_service:
 * @service: (nullable): a service of the project
 */
void
kp_service_editor_set_service (KpServiceEditor *self,
                               KpService       *service)
{
  KpServiceEditorPrivate *priv;

  g_return_if_fail (KP_IS_SERVICE_EDITOR (self));
  g_return_if_fail (service == NULL || KP_IS_SERVICE (service));
  priv = kp_service_editor_get_instance_private (self);

  if (!g_set_object (&priv->service, service))
    return;
  g_signal_group_set_target (priv->service_signals, service);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE]);
}

void
kp_service_editor_toast (KpServiceEditor *self,
                         const char      *message)
{
  g_return_if_fail (KP_IS_SERVICE_EDITOR (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}
