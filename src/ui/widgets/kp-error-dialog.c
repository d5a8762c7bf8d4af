/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kp-error-dialog.h"

/**
 * kp_error_dialog_show:
 * @parent: (nullable): the window the dialog is modal for
 * @heading: what failed, e.g. _("Cannot Open Project")
 * @body: why (usually error->message); never parsed as markup
 *
 * Presents a modal message dialog with a single "Close" response. Connect to the returned
 * window's "response" signal to act after it closes.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
kp_error_dialog_show (GtkWindow  *parent,
                      const char *heading,
                      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
