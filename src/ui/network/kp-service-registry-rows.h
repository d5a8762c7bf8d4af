/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-service-network.h"

G_BEGIN_DECLS

/* Rows (AdwActionRow) of the service detail: each function empties @list and fills it
 * with what the registry (or the user, for a local service) says of @service. */

void kp_service_registry_rows_fill (GtkListBox *list,
                                    KpService  *service);
void kp_service_registry_rows_fill_facilities (GtkListBox *list,
                                               KpService  *service);
void kp_service_registry_rows_fill_contacts (GtkListBox *list,
                                             KpService  *service);

G_END_DECLS
