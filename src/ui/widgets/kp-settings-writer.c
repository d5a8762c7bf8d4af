/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-settings-writer.h"

#define SAVE_DELAY_MS 500

/* The slot of the year, after the texts. */
#define SLOT_YEAR KP_DOCUMENT_N_TEXTS

typedef struct
{
  KpDocumentSettings *settings;
  guint               slot; /* a KpDocumentText or SLOT_YEAR */
  char               *text;
  int                 year;
} Queued;

struct _KpSettingsWriter
{
  GObject parent_instance;

  GtkWidget *widget;     /* weak: its toast overlay shows a failure */
  GPtrArray *queued;     /* Queued, typed but not yet written */
  guint      save_id;    /* writes @queued */
  gboolean   closed;     /* writes nothing */
  char      *last_error; /* the last failure shown, not shown again until a write works */
};

G_DEFINE_FINAL_TYPE (KpSettingsWriter, kp_settings_writer, G_TYPE_OBJECT)

static void
queued_free (Queued *queued)
{
  g_object_unref (queued->settings);
  g_free (queued->text);
  g_free (queued);
}

/* Writes one value into @settings. */
static gboolean
write_value (KpDocumentSettings *settings,
             const Queued       *queued,
             GError            **error)
{
  if (queued->slot == SLOT_YEAR)
    return kp_document_settings_set_year (settings, queued->year, error);
  return kp_document_settings_set_text (settings, queued->slot, queued->text, error);
}

static void
on_save_timeout_cb (gpointer user_data)
{
  KpSettingsWriter *self = user_data;

  self->save_id = 0;
  kp_settings_writer_flush (self);
}

static void
queue (KpSettingsWriter   *self,
       KpDocumentSettings *settings,
       guint               slot,
       const char         *text,
       int                 year)
{
  Queued *queued = NULL;

  if (self->closed)
    return;
  for (guint i = 0; i < self->queued->len && queued == NULL; i++)
    {
      Queued *q = g_ptr_array_index (self->queued, i);

      if (q->settings == settings && q->slot == slot)
        queued = q;
    }
  if (queued == NULL)
    {
      queued = g_new0 (Queued, 1);
      queued->settings = g_object_ref (settings);
      queued->slot = slot;
      g_ptr_array_add (self->queued, queued);
    }
  g_free (queued->text);
  queued->text = g_strdup (text);
  queued->year = year;
  if (self->save_id == 0)
    self->save_id = g_timeout_add_once (SAVE_DELAY_MS, on_save_timeout_cb, self);
}

static void
show_error (KpSettingsWriter *self,
            const GError     *error)
{
  if (g_strcmp0 (self->last_error, error->message) == 0)
    return;
  g_free (self->last_error);
  self->last_error = g_strdup (error->message);
  if (self->widget == NULL ||
      !gtk_widget_activate_action (self->widget, "win.toast", "s", error->message))
    g_debug ("Keeping an option failed: %s", error->message);
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

  g_ptr_array_unref (self->queued);
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
  self->queued = g_ptr_array_new_with_free_func ((GDestroyNotify) queued_free);
}

KpSettingsWriter *
kp_settings_writer_new (GtkWidget *widget)
{
  KpSettingsWriter *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  self = g_object_new (KP_TYPE_SETTINGS_WRITER, NULL);
  g_set_weak_pointer (&self->widget, widget);
  return self;
}

void
kp_settings_writer_queue_text (KpSettingsWriter   *self,
                               KpDocumentSettings *settings,
                               KpDocumentText      field,
                               const char         *text)
{
  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (settings));
  g_return_if_fail (field < KP_DOCUMENT_N_TEXTS);
  queue (self, settings, field, text, 0);
}

void
kp_settings_writer_queue_year (KpSettingsWriter   *self,
                               KpDocumentSettings *settings,
                               int                 year)
{
  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (settings));
  queue (self, settings, SLOT_YEAR, NULL, year);
}

void
kp_settings_writer_apply_queued (KpSettingsWriter   *self,
                                 KpDocumentSettings *settings,
                                 KpDocumentSettings *copy)
{
  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (settings));
  g_return_if_fail (KP_IS_DOCUMENT_SETTINGS (copy) && !kp_document_settings_get_is_stored (copy));

  for (guint i = 0; i < self->queued->len; i++)
    {
      Queued *queued = g_ptr_array_index (self->queued, i);

      /* A value the settings would refuse is left out of the copy too. */
      if (queued->settings == settings)
        write_value (copy, queued, NULL);
    }
}

void
kp_settings_writer_flush (KpSettingsWriter *self)
{
  g_autoptr (GPtrArray) queued = NULL;

  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  g_clear_handle_id (&self->save_id, g_source_remove);
  queued = g_steal_pointer (&self->queued);
  self->queued = g_ptr_array_new_with_free_func ((GDestroyNotify) queued_free);
  for (guint i = 0; i < queued->len; i++)
    {
      g_autoptr (GError) error = NULL;
      Queued *q = g_ptr_array_index (queued, i);

      kp_settings_writer_check (self, write_value (q->settings, q, &error), &error);
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

gboolean
kp_settings_writer_check (KpSettingsWriter *self,
                          gboolean          ok,
                          GError          **error)
{
  g_return_val_if_fail (KP_IS_SETTINGS_WRITER (self), ok);
  g_return_val_if_fail (error != NULL, ok);

  if (ok)
    g_clear_pointer (&self->last_error, g_free);
  else if (*error != NULL)
    show_error (self, *error);
  g_clear_error (error);
  return ok;
}

void
kp_settings_writer_close (KpSettingsWriter *self)
{
  g_return_if_fail (KP_IS_SETTINGS_WRITER (self));
  if (self->closed)
    return;
  kp_settings_writer_flush (self);
  self->closed = TRUE;
  g_clear_weak_pointer (&self->widget);
}
