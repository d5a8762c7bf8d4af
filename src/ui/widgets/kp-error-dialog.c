/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kp-error-dialog.h"

static AdwMessageDialog *
message_dialog_new (GtkWindow  *parent,
                    const char *heading,
                    const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  return ADW_MESSAGE_DIALOG (dialog);
}

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
  AdwMessageDialog *dialog = message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (dialog, "close", _ ("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/**
 * kp_confirm_dialog_show:
 * @parent: (nullable): the window the dialog is modal for
 * @body: never parsed as markup
 * @response: the id of the answer that goes ahead
 * @response_label: its label, with a mnemonic
 *
 * Presents a modal question whose default and close answer is "cancel".
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
kp_confirm_dialog_show (GtkWindow  *parent,
                        const char *heading,
                        const char *body,
                        const char *response,
                        const char *response_label,
                        gboolean    destructive)
{
  AdwMessageDialog *dialog = message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (dialog, "cancel", _ ("_Cancel"));
  adw_message_dialog_add_response (dialog, response, response_label);
  adw_message_dialog_set_response_appearance (dialog, response,
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE
                                                          : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
