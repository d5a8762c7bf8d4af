/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-service-network.h"

G_BEGIN_DECLS

/* The detail panel of the Síť služeb view: the registry data of the selected service
 * (type, §, forms with capacity, target groups, ages, provider, facilities, contacts,
 * dates), its state badges, and the editors of its local data. Every edit is an undoable
 * project edit; the panel follows the service's notifications.
 *
 * Properties: project (construct), service (KpService, nullable).
 * Signals: toast (char *message), show-on-map (KpService), remove (KpService). */

#define KP_TYPE_SERVICE_DETAIL (kp_service_detail_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceDetail, kp_service_detail, KP, SERVICE_DETAIL, AdwBin)

void       kp_service_detail_set_project (KpServiceDetail *self,
                                          KpProject       *project);
KpService *kp_service_detail_get_service (KpServiceDetail *self);
void       kp_service_detail_set_service (KpServiceDetail *self,
                                          KpService       *service);
/* Commits the description being edited; what the Save button does. */
gboolean kp_service_detail_apply_description (KpServiceDetail *self);

G_END_DECLS
