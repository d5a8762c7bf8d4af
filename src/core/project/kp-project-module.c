/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-project-module.h"

/* The base class of a project's modules; see kp-project-module.h. The project owns its
 * modules, so a module keeps a plain pointer to it. */

typedef struct
{
  KpProject *project;
} KpProjectModulePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KpProjectModule, kp_project_module, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kp_project_module_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KpProjectModule        *self = KP_PROJECT_MODULE (object);
  KpProjectModulePrivate *priv = kp_project_module_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, priv->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_project_module_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KpProjectModule        *self = KP_PROJECT_MODULE (object);
  KpProjectModulePrivate *priv = kp_project_module_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PROJECT:
      priv->project = g_value_get_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_project_module_class_init (KpProjectModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kp_project_module_get_property;
  object_class->set_property = kp_project_module_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_project_module_init (KpProjectModule *self)
{
}

KpProject *
kp_project_module_get_project (KpProjectModule *self)
{
  KpProjectModulePrivate *priv;

  g_return_val_if_fail (KP_IS_PROJECT_MODULE (self), NULL);
  priv = kp_project_module_get_instance_private (self);
  return priv->project;
}
