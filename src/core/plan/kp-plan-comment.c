/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-comment.h"
#include "kp-plan-private.h"

struct _KpPlanComment
{
  GObject parent_instance;

  KpPlanCommentData *data;
  char              *title;
};

G_DEFINE_FINAL_TYPE (KpPlanComment, kp_plan_comment, G_TYPE_OBJECT)

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
make_title (const KpPlanCommentData *data)
{
  /* Translators: who commented on the plan when it is no organisation */
  return g_strdup (data->from_public || data->author == NULL ? _ ("Public") : data->author);
}

static void
kp_plan_comment_finalize (GObject *object)
{
  KpPlanComment *self = KP_PLAN_COMMENT (object);

  g_clear_pointer (&self->data, kp_plan_comment_data_free);
  g_free (self->title);
  G_OBJECT_CLASS (kp_plan_comment_parent_class)->finalize (object);
}

static void
kp_plan_comment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KpPlanComment *self = KP_PLAN_COMMENT (object);

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
kp_plan_comment_class_init (KpPlanCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_plan_comment_finalize;
  object_class->get_property = kp_plan_comment_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_DATA] = g_param_spec_pointer ("data", NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_plan_comment_init (KpPlanComment *self)
{
}

/* Takes @data. */
KpPlanComment *
kp_plan_comment_new (KpPlanCommentData *data)
{
  KpPlanComment *self = g_object_new (KP_TYPE_PLAN_COMMENT, NULL);

  self->data = data;
  self->title = make_title (data);
  return self;
}

/* Takes @data; notifies. */
void
kp_plan_comment_set_data (KpPlanComment     *self,
                          KpPlanCommentData *data)
{
  g_autofree char *title = make_title (data);

  kp_plan_comment_data_free (self->data);
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
kp_plan_comment_get_id (KpPlanComment *self)
{
  g_return_val_if_fail (KP_IS_PLAN_COMMENT (self), 0);
  return self->data->id;
}

const char *
kp_plan_comment_get_title (KpPlanComment *self)
{
  g_return_val_if_fail (KP_IS_PLAN_COMMENT (self), NULL);
  return self->title;
}

const KpPlanCommentData *
kp_plan_comment_get_data (KpPlanComment *self)
{
  g_return_val_if_fail (KP_IS_PLAN_COMMENT (self), NULL);
  return self->data;
}
