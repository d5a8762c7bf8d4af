/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-action-plan.h"
#include "kp-plan-private.h"

struct _KpActionPlan
{
  GObject parent_instance;

  KpActionPlanData *data;
  char             *title;
};

G_DEFINE_FINAL_TYPE (KpActionPlan, kp_action_plan, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
make_title (const KpActionPlanData *data)
{
  if (data->year_to > data->year_from)
    /* Translators: an action plan of two years */
    return g_strdup_printf (_ ("Action plan %d–%d"), data->year_from, data->year_to);
  return g_strdup_printf (_ ("Action plan %d"), data->year_from);
}

static void
kp_action_plan_finalize (GObject *object)
{
  KpActionPlan *self = KP_ACTION_PLAN (object);

  g_clear_pointer (&self->data, kp_action_plan_data_free);
  g_free (self->title);
  G_OBJECT_CLASS (kp_action_plan_parent_class)->finalize (object);
}

static void
kp_action_plan_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KpActionPlan *self = KP_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->data->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATA:
      g_value_set_pointer (value, self->data);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_action_plan_class_init (KpActionPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_action_plan_finalize;
  object_class->get_property = kp_action_plan_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_DATA] = g_param_spec_pointer ("data", NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_action_plan_init (KpActionPlan *self)
{
}

/* Takes @data. */
KpActionPlan *
kp_action_plan_new (KpActionPlanData *data)
{
  KpActionPlan *self = g_object_new (KP_TYPE_ACTION_PLAN, NULL);

  self->data = data;
  self->title = make_title (data);
  return self;
}

/* Takes @data; notifies. */
void
kp_action_plan_set_data (KpActionPlan     *self,
                         KpActionPlanData *data)
{
  g_autofree char *title = make_title (data);

  kp_action_plan_data_free (self->data);
  self->data = data;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

gint64
kp_action_plan_get_id (KpActionPlan *self)
{
  g_return_val_if_fail (KP_IS_ACTION_PLAN (self), 0);
  return self->data->id;
}

const char *
kp_action_plan_get_title (KpActionPlan *self)
{
  g_return_val_if_fail (KP_IS_ACTION_PLAN (self), NULL);
  return self->title;
}

const KpActionPlanData *
kp_action_plan_get_data (KpActionPlan *self)
{
  g_return_val_if_fail (KP_IS_ACTION_PLAN (self), NULL);
  return self->data;
}
