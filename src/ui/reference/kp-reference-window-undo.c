/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-reference-window-private.h"

#include "kp-error-dialog.h"

/* "Undo Last Import" of the reference window: the button is there while the library
 * remembers an import to take back; it asks first, naming the files, then restores the
 * library in a worker and shows the result. */

/* kp-reference-window-private.h: shows the button when there is an import to undo. */
void
kp_reference_window_update_undo (KpReferenceWindow *self)
{
  g_autoptr (GPtrArray) last = kp_library_list_last_import (self->library, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->undo_button), last != NULL && last->len > 0);
}

/* "UI_OBEC.csv, kraje.csv" */
static char *
list_files (GPtrArray *records)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    {
      const KpImportRecord *record = g_ptr_array_index (records, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, record->source_name);
    }
  return g_string_free (text, FALSE);
}

static void
undo_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (KpReferenceWindow) self = user_data;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *files = NULL;
  g_autofree char *message = NULL;

  records = kp_library_undo_last_import_finish (KP_LIBRARY (object), result, &error);
  if (self->disposed)
    return;
  g_clear_object (&self->cancellable);
  kp_reference_window_set_busy (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->result_group), FALSE);
  kp_reference_window_reload (self);
  if (records == NULL)
    {
      kp_error_dialog_show (GTK_WINDOW (self), _ ("The Import Could Not Be Undone"),
                            error->message);
      return;
    }
  files = list_files (records);
  /* Translators: %s lists the files whose import was taken back */
  message = g_strdup_printf (_ ("Import undone: %s"), files);
  kp_reference_window_toast (self, message);
  kp_reference_window_emit_changed (self);
}

static void
on_undo_dialog_response_cb (AdwMessageDialog  *dialog,
                            const char        *response,
                            KpReferenceWindow *self)
{
  if (g_strcmp0 (response, "undo") != 0 || self->disposed || self->cancellable != NULL)
    return;
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_pulse (self->progress_bar);
  gtk_label_set_label (self->progress_label, _ ("Undoing the last import…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  kp_reference_window_set_busy (self, TRUE);
  kp_library_undo_last_import_async (self->library, self->cancellable, undo_cb,
                                     g_object_ref (self));
}

/* kp-reference-window-private.h: the button's "clicked", and kp_reference_window_undo(). */
void
kp_reference_window_on_undo_clicked (KpReferenceWindow *self)
{
  g_autoptr (GPtrArray) last = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *files = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *body = NULL;
  GtkWindow       *dialog;

  if (self->cancellable != NULL)
    return;
  last = kp_library_list_last_import (self->library, &error);
  if (last == NULL)
    {
      kp_reference_window_toast (self, error->message);
      return;
    }
  if (last->len == 0)
    {
      kp_reference_window_toast (self, _ ("There is no import to undo"));
      return;
    }
  files = list_files (last);
  imported = kp_reference_window_describe_time (
      ((const KpImportRecord *) g_ptr_array_index (last, 0))->imported_at);
  body = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE,
                   "The reference data will be exactly as they were before the import of %s "
                   "on %s. Only this last import can be undone.",
                   "The reference data will be exactly as they were before the import of the "
                   "files %s on %s. Only this last import can be undone.",
                   last->len),
      files, imported);
  dialog = kp_confirm_dialog_show (GTK_WINDOW (self), _ ("Undo the Last Import?"), body, "undo",
                                   _ ("_Undo Import"), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_undo_dialog_response_cb), self, 0);
}

/**
 * kp_reference_window_undo:
 *
 * Asks whether to undo the last import (an #AdwMessageDialog; "undo" goes ahead), as the
 * "Undo Last Import" button does.
 */
void
kp_reference_window_undo (KpReferenceWindow *self)
{
  g_return_if_fail (KP_IS_REFERENCE_WINDOW (self));

  kp_reference_window_on_undo_clicked (self);
}
