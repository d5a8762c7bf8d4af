/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kp-progress-dialog.h"

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GCancellable     *cancellable)
{
  g_cancellable_cancel (cancellable);
  adw_message_dialog_set_response_enabled (dialog, "cancel", FALSE);
}

/* Keeps the dialog open after Cancel until the job has stopped and the caller closes it. */
static gboolean
on_close_request_cb (GtkWindow    *dialog,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
  return TRUE;
}

/**
 * kp_progress_dialog_show:
 * @parent: (nullable): the window the dialog is modal for
 * @heading: what runs, e.g. _("Refreshing from the Registry")
 * @progress: the job's progress
 * @cancellable: cancelled by the Cancel response, Escape or the close button
 *
 * Returns: (transfer none): the dialog; destroy it with gtk_window_destroy()
 */
GtkWindow *
kp_progress_dialog_show (GtkWindow    *parent,
                         const char   *heading,
                         KpProgress   *progress,
                         GCancellable *cancellable)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);

  g_return_val_if_fail (KP_IS_PROGRESS (progress), NULL);
  g_return_val_if_fail (G_IS_CANCELLABLE (cancellable), NULL);

  gtk_widget_set_name (dialog, "progress-dialog");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  g_object_bind_property (progress, "fraction", bar, "fraction", G_BINDING_SYNC_CREATE);
  g_object_bind_property (progress, "message", label, "label", G_BINDING_SYNC_CREATE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), cancellable, 0);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (on_close_request_cb),
                           cancellable, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
