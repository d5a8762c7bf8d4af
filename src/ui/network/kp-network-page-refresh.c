/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-page.h"
#include "kp-network-page-private.h"
#include "kp-network-refresh.h"

/* The refresh of the Síť služeb view from the registry: it runs as a job of the network
 * module in a worker thread, with a progress dialog and Cancel, then tells what changed. */

static void
on_refresh_response_cb (KpNetworkPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_refresh_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpServicesRefresh) refresh = kp_network_page_refresh_finish (self, result, &error);
  GtkWindow *dialog;

  if (self->refresh_cancellable == NULL)
    return; /* the page went away and cancelled it */
  gtk_window_destroy (self->refresh_dialog);
  g_clear_object (&self->refresh_dialog);
  g_clear_object (&self->refresh_cancellable);
  kp_network_page_update_actions (self);
  if (refresh == NULL)
    {
      /* Cancel was pressed: nothing changed, nothing to say. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kp_network_page_toast (self, error->message);
      return;
    }
  dialog = kp_network_refresh_show_report (GTK_WIDGET (self), refresh);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_refresh_response_cb), self,
                           G_CONNECT_SWAPPED);
}

void
kp_network_page_refresh_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (widget);
  g_autoptr (KpProgress) progress = kp_progress_new ();

  if (self->refresh_cancellable != NULL)
    return;
  self->refresh_cancellable = g_cancellable_new ();
  self->refresh_dialog = g_object_ref (
      kp_network_refresh_show_progress (widget, progress, self->refresh_cancellable));
  kp_network_page_update_actions (self);
  kp_network_page_refresh_async (self, progress, self->refresh_cancellable, on_refresh_done_cb,
                                 NULL);
}

static void
on_network_refreshed_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError            *error = NULL;
  KpServicesRefresh *refresh = kp_service_network_refresh_finish (KP_SERVICE_NETWORK (source),
                                                                  result, &error);

  if (refresh == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, refresh, (GDestroyNotify) kp_services_refresh_free);
}

/**
 * kp_network_page_refresh_async:
 * @progress: (nullable): how far the refresh is
 * @cancellable: (nullable): stops it; nothing changes then
 */
void
kp_network_page_refresh_async (KpNetworkPage      *self,
                               KpProgress         *progress,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  KpLibrary *library;

  g_return_if_fail (KP_IS_NETWORK_PAGE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_network_page_refresh_async);
  /* Once committed, the refresh is what happened, even if Cancel came a moment too late. */
  g_task_set_check_cancellable (task, FALSE);
  library = self->library;
  if (library == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s",
                               _ ("The reference data are not available"));
      return;
    }
  kp_service_network_refresh_async (kp_service_network_get (self->project), library, progress,
                                    cancellable, on_network_refreshed_cb, g_steal_pointer (&task));
}

KpServicesRefresh *
kp_network_page_refresh_finish (KpNetworkPage *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (KP_IS_NETWORK_PAGE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
