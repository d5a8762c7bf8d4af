/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-service-network.h"

G_BEGIN_DECLS

/* The detail panel of the Síť služeb view: the registry data of the selected service
 * (type, §, forms with capacity, target groups, ages, provider, facilities, contacts,
 * dates), its state badges, and the editors of its local data. Every edit is an undoable
 * project edit; the panel and its editors follow the service's notifications (a signal
 * group on the shown service), so an edit, an undo or a refresh shows at once.
 *
 * Properties: project (construct-only), service (KpService, nullable).
 * Signal: remove (KpService), for the view that holds it. Failures go to win.toast, "Show
 * on Map" to win.show-service-on-map. */

#define KP_TYPE_SERVICE_DETAIL (kp_service_detail_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceDetail, kp_service_detail, KP, SERVICE_DETAIL, AdwBin)

GtkWidget *kp_service_detail_new (KpProject *project);
KpProject *kp_service_detail_get_project (KpServiceDetail *self);
KpService *kp_service_detail_get_service (KpServiceDetail *self);
void       kp_service_detail_set_service (KpServiceDetail *self,
                                          KpService       *service);
/* Commits the description being edited; what the Save button does. */
gboolean kp_service_detail_apply_description (KpServiceDetail *self);

G_END_DECLS
