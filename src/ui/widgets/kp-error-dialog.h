/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The one place Komplan builds an AdwMessageDialog (deprecated in libadwaita 1.6, whose
 * AdwAlertDialog is newer than Debian 12), so a port touches one function. */
GtkWindow *kp_error_dialog_show (GtkWindow  *parent,
                                 const char *heading,
                                 const char *body);

/* A question with "cancel" and @response: connect to the window's "response" signal
 * (const char *response) and act when it is @response. @destructive styles the answer
 * that loses data. */
GtkWindow *kp_confirm_dialog_show (GtkWindow  *parent,
                                   const char *heading,
                                   const char *body,
                                   const char *response,
                                   const char *response_label,
                                   gboolean    destructive);

G_END_DECLS
