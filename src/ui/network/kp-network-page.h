/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-network-model.h"
#include "kp-service-network.h"

G_BEGIN_DECLS

/* The Síť služeb view of a project: its registered and related services grouped by type,
 * target group or provider, with search, filters and the capacity totals of what is shown;
 * the detail and local data of the selected service; related services; the data-quality
 * panel; and the refresh from the registry.
 *
 * Properties: project (construct-only), library (KpLibrary, nullable, set at construction:
 * the registry the refresh reads), selected-service (KpService). Messages go to the
 * window's win.toast; "Show on Map" to its win.show-service-on-map. */

#define KP_TYPE_NETWORK_PAGE (kp_network_page_get_type ())
G_DECLARE_FINAL_TYPE (KpNetworkPage, kp_network_page, KP, NETWORK_PAGE, AdwBin)

GtkWidget *kp_network_page_new (KpProject *project,
                                KpLibrary *library);
KpProject *kp_network_page_get_project (KpNetworkPage *self);
void       kp_network_page_set_library (KpNetworkPage *self,
                                        KpLibrary     *library);
KpService *kp_network_page_get_selected_service (KpNetworkPage *self);
/* The services the list shows, in its order, each once; and them written as CSV, as the
 * "network.export-csv" action (Ctrl+E) does after asking for the file. */
GListModel *kp_network_page_dup_shown_services (KpNetworkPage *self);
gboolean    kp_network_page_export_to (KpNetworkPage *self,
                                       const char    *path,
                                       GError       **error);
/* Selects @service (clearing a search or filter that hides it); %NULL unselects. */
void kp_network_page_set_selected_service (KpNetworkPage *self,
                                           KpService     *service);
/* Refreshes the registered services from the library's registry in a worker thread (the
 * "network.refresh" action does it with a progress dialog and reports what changed). */
void kp_network_page_refresh_async (KpNetworkPage      *self,
                                    KpProgress         *progress,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data);
/* Returns: (transfer full) (nullable): the report, or %NULL with @error set */
KpServicesRefresh *kp_network_page_refresh_finish (KpNetworkPage *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);

G_END_DECLS
