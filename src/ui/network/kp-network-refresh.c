/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-refresh.h"
#include "kp-error-dialog.h"
#include "kp-network-summary.h"
#include "kp-progress-dialog.h"

/* Whether @library has a registry to refresh from. */
gboolean
kp_network_refresh_is_possible (KpLibrary *library)
{
  gint64 count = 0;

  return library != NULL && kp_library_count_registry_services (library, 0, &count, NULL) &&
         count > 0;
}

/**
 * kp_network_refresh_show_progress:
 * @widget: a widget of the view; the dialog is modal to its window
 *
 * Returns: (transfer none): the dialog that shows how far the refresh is, with Cancel
 */
GtkWindow *
kp_network_refresh_show_progress (GtkWidget    *widget,
                                  KpProgress   *progress,
                                  GCancellable *cancellable)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return kp_progress_dialog_show (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  _ ("Refreshing from the Registry"), progress, cancellable);
}

/**
 * kp_network_refresh_show_report:
 * @widget: a widget of the view; the dialog is modal to its window
 *
 * Returns: (transfer none): the dialog that tells what @refresh changed
 */
GtkWindow *
kp_network_refresh_show_report (GtkWidget               *widget,
                                const KpServicesRefresh *refresh)
{
  g_autofree char *body = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (refresh != NULL, NULL);

  body = kp_network_describe_refresh (refresh);
  return kp_error_dialog_show (GTK_WINDOW (gtk_widget_get_root (widget)),
                               _ ("Network Refreshed from the Registry"), body);
}
