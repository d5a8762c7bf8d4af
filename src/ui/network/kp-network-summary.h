/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service-network.h"

G_BEGIN_DECLS

/* Texts the Síť služeb view shows about a set of services. */

/* The registered capacity of @services (a GListModel of KpService) provided today, one
 * line per type ("domovy pro seniory: 62 lůžek"; units of a type side by side, never
 * added), then "Total:" per unit. @form: NULL, or "pob", "amb", "ter" to count only the
 * capacity of that form. Returns: (transfer full) */
char *kp_network_format_totals (GListModel *services,
                                const char *form);
/* The "Total:" line alone, or that the services shown have no registered capacity. */
char *kp_network_format_total (GListModel *services,
                               const char *form);
/* What a refresh from the registry changed, as a few lines for a dialog.
 * Returns: (transfer full) */
char *kp_network_describe_refresh (const KpServicesRefresh *refresh);

char **kp_network_dup_target_groups (GListModel *services);

G_END_DECLS
