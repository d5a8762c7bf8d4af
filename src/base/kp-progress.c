/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-progress.h"

/* Progress of a long operation. Workers call the setters from any thread; the values are
 * stored under a mutex and one low-priority idle on the main context emits the notifies,
 * so a fast worker never floods the main loop. */
struct _KpProgress
{
  GObject parent_instance;

  GMutex        mutex;
  double        fraction;
  char         *message;
  guint         notify_id;
  GMainContext *context;
};

G_DEFINE_FINAL_TYPE (KpProgress, kp_progress, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FRACTION,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
emit_notify (gpointer user_data)
{
  KpProgress *self = KP_PROGRESS (user_data);

  g_mutex_lock (&self->mutex);
  self->notify_id = 0;
  g_mutex_unlock (&self->mutex);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
  return G_SOURCE_REMOVE;
}

static void
schedule_notify_locked (KpProgress *self)
{
  GSource *source;

  if (self->notify_id != 0)
    return;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_LOW);
  g_source_set_callback (source, emit_notify, g_object_ref (self), g_object_unref);
  self->notify_id = g_source_attach (source, self->context);
  g_source_unref (source);
}

static void
kp_progress_finalize (GObject *object)
{
  KpProgress *self = KP_PROGRESS (object);

  g_free (self->message);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->mutex);
  G_OBJECT_CLASS (kp_progress_parent_class)->finalize (object);
}

static void
kp_progress_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KpProgress *self = KP_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, kp_progress_get_fraction (self));
      break;
    case PROP_MESSAGE:
      g_value_take_string (value, kp_progress_dup_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_progress_class_init (KpProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_progress_finalize;
  object_class->get_property = kp_progress_get_property;

  properties[PROP_FRACTION] =
      g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
      g_param_spec_string ("message", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_progress_init (KpProgress *self)
{
  g_mutex_init (&self->mutex);
  self->context = g_main_context_ref_thread_default ();
}

/**
 * kp_progress_new:
 *
 * Creates a progress object whose notifications are emitted on the thread-default main
 * context of the caller.
 */
KpProgress *
kp_progress_new (void)
{
  return g_object_new (KP_TYPE_PROGRESS, NULL);
}

double
kp_progress_get_fraction (KpProgress *self)
{
  double fraction;

  g_return_val_if_fail (KP_IS_PROGRESS (self), 0.0);

  g_mutex_lock (&self->mutex);
  fraction = self->fraction;
  g_mutex_unlock (&self->mutex);
  return fraction;
}

char *
kp_progress_dup_message (KpProgress *self)
{
  char *message;

  g_return_val_if_fail (KP_IS_PROGRESS (self), NULL);

  g_mutex_lock (&self->mutex);
  message = g_strdup (self->message);
  g_mutex_unlock (&self->mutex);
  return message;
}

/**
 * kp_progress_set:
 * @fraction: 0.0 – 1.0
 * @message: (nullable): what is being done now, or %NULL to keep the previous message
 *
 * Thread-safe.
 */
void
kp_progress_set (KpProgress *self,
                 double      fraction,
                 const char *message)
{
  g_return_if_fail (KP_IS_PROGRESS (self));

  g_mutex_lock (&self->mutex);
  self->fraction = CLAMP (fraction, 0.0, 1.0);
  if (message != NULL && g_strcmp0 (message, self->message) != 0)
    {
      g_free (self->message);
      self->message = g_strdup (message);
    }
  schedule_notify_locked (self);
  g_mutex_unlock (&self->mutex);
}

void
kp_progress_set_fraction (KpProgress *self,
                          double      fraction)
{
  kp_progress_set (self, fraction, NULL);
}
