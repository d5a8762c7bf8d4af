/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-service.h"

G_BEGIN_DECLS

/* One row of the Síť služeb list: a group header ("domovy pro seniory · § 49", with the
 * number of services under it) or a service. GTK 4.8 has no list sections, so the list is
 * a flat model of these rows (kp-network-model.h).
 *
 * Properties (read-only): is-header, title, count (headers), service (service rows). */

#define KP_TYPE_NETWORK_ROW (kp_network_row_get_type ())
G_DECLARE_FINAL_TYPE (KpNetworkRow, kp_network_row, KP, NETWORK_ROW, GObject)

KpNetworkRow *kp_network_row_new_header (const char *title,
                                         guint       count);
KpNetworkRow *kp_network_row_new_service (KpService *service);
gboolean      kp_network_row_get_is_header (KpNetworkRow *self);
const char   *kp_network_row_get_title (KpNetworkRow *self);
guint         kp_network_row_get_count (KpNetworkRow *self);
KpService    *kp_network_row_get_service (KpNetworkRow *self);

G_END_DECLS
