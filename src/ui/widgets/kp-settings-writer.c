/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-settings-writer.h"
#include "kp-project-settings.h"

#define SAVE_DELAY_MS 500

struct _KpSettingsWriter
{
  GObject parent_instance;

  KpProject  *project;    /* NULL once closed */
  GtkWidget  *widget;     /* weak: its toast overlay shows a failure */
  GHashTable *pending;    /* setting key → text typed but not yet written */
  guint       save_id;    /* writes @pending */
  char       *last_error; /* the last failure shown, not shown again until a write works */
};

G_DEFINE_FINAL_TYPE (KpSettingsWriter, kp_settings_writer, G_TYPE_OBJECT)

static void
on_save_timeout_cb (gpointer user_data)
{
  KpSettingsWriter *self = user_data;

  self->save_id = 0;
  kp_settings_writer_flush (self);
}

static void
kp_settings_writer_dispose (GObject *object)
{
  kp_settings_writer_close (KP_SETTINGS_WRITER (object));
  G_OBJECT_CLASS (kp_settings_writer_parent_class)->dispose (object);
}

static void
kp_settings_writer_finalize (GObject *object)
{
  KpSettingsWriter *self = KP_SETTINGS_WRITER (object);

  g_hash_table_unref (self->pending);
  g_free (self->last_error);
  G_OBJECT_CLASS (kp_settings_writer_parent_class)->finalize (object);
}

static void
kp_settings_writer_class_init (KpSettingsWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kp_settings_writer_dispose;
  object_class->finalize = kp_settings_writer_finalize;
}

static void
kp_settings_writer_init (KpSettingsWriter *self)
{
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

KpSettingsWriter *
kp_settings_writer_new (KpProject *project,
                        GtkWidget *widget)
{
  KpSettingsWriter *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  self = g_object_new (KP_TYPE_SETTINGS_WRITER, NULL);
  self->project = g_object_ref (project);
  g_set_weak_pointer (&self->widget, widget);
  return self;
}

KpProject *
kp_settings_writer_get_project (KpSettingsWriter *self)
{
  g_return_val_if_fail (KP_IS_SETTINGS_WRITER (self), NULL);
  return self->project;
}

void
kp_settings_writer_write (KpSettingsWriter *self,
                          const char       *key,
                          const char       *value)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget       *overlay = NULL;

  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_return_if_fail (key != NULL);
  if (self->project == NULL)
    return;
  if (kp_project_set_setting (self->project, key, value, &error))
    {
      g_clear_pointer (&self->last_error, g_free);
      return;
    }
  if (g_strcmp0 (self->last_error, error->message) == 0)
    return;
  g_free (self->last_error);
  self->last_error = g_strdup (error->message);
  if (self->widget != NULL)
    overlay = gtk_widget_get_ancestor (self->widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_debug ("Keeping the option %s failed: %s", key, error->message);
      return;
    }
  escaped = g_markup_escape_text (error->message, -1);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

void
kp_settings_writer_queue (KpSettingsWriter *self,
                          char             *key,
                          char             *value)
{
  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_return_if_fail (key != NULL);
  if (self->project == NULL)
    {
      g_free (key);
      g_free (value);
      return;
    }
  g_hash_table_replace (self->pending, key, value);
  if (self->save_id == 0)
    self->save_id = g_timeout_add_once (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

void
kp_settings_writer_flush (KpSettingsWriter *self)
{
  GHashTableIter iter;
  gpointer       key, value;

  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      kp_settings_writer_write (self, key, value);
      g_hash_table_iter_remove (&iter);
    }
}

void
kp_settings_writer_flush_on_leave (KpSettingsWriter *self,
                                   GtkWidget        *widget)
{
  GtkEventController *focus;

  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (kp_settings_writer_flush), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

void
kp_settings_writer_close (KpSettingsWriter *self)
{
  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  kp_settings_writer_flush (self);
  g_clear_object (&self->project);
  g_clear_weak_pointer (&self->widget);
}
