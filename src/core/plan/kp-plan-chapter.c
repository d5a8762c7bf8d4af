/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan-chapter.h"
#include "kp-plan-private.h"

struct _KpPlanChapter
{
  GObject parent_instance;

  KpPlanChapterData *data;
  char              *title;
};

G_DEFINE_FINAL_TYPE (KpPlanChapter, kp_plan_chapter, G_TYPE_OBJECT)

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
make_title (const KpPlanChapterData *data)
{
  return g_strdup (data->title);
}

static void
kp_plan_chapter_finalize (GObject *object)
{
  KpPlanChapter *self = KP_PLAN_CHAPTER (object);

  g_clear_pointer (&self->data, kp_plan_chapter_data_free);
  g_free (self->title);
  G_OBJECT_CLASS (kp_plan_chapter_parent_class)->finalize (object);
}

static void
kp_plan_chapter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KpPlanChapter *self = KP_PLAN_CHAPTER (object);

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
kp_plan_chapter_class_init (KpPlanChapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_plan_chapter_finalize;
  object_class->get_property = kp_plan_chapter_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_DATA] = g_param_spec_pointer ("data", NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_plan_chapter_init (KpPlanChapter *self)
{
}

/* Takes @data. */
KpPlanChapter *
kp_plan_chapter_new (KpPlanChapterData *data)
{
  KpPlanChapter *self = g_object_new (KP_TYPE_PLAN_CHAPTER, NULL);

  self->data = data;
  self->title = make_title (data);
  return self;
}

/* Takes @data; notifies. */
void
kp_plan_chapter_set_data (KpPlanChapter     *self,
                          KpPlanChapterData *data)
{
  g_autofree char *title = make_title (data);

  kp_plan_chapter_data_free (self->data);
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
kp_plan_chapter_get_id (KpPlanChapter *self)
{
  g_return_val_if_fail (KP_IS_PLAN_CHAPTER (self), 0);
  return self->data->id;
}

const char *
kp_plan_chapter_get_title (KpPlanChapter *self)
{
  g_return_val_if_fail (KP_IS_PLAN_CHAPTER (self), NULL);
  return self->title;
}

const KpPlanChapterData *
kp_plan_chapter_get_data (KpPlanChapter *self)
{
  g_return_val_if_fail (KP_IS_PLAN_CHAPTER (self), NULL);
  return self->data;
}
