/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-data-quality.h"

G_BEGIN_DECLS

/* The data-quality side panel of the Síť služeb view: each problem found in the network
 * (kind, service, reason) with "Go To" and "Dismiss"; dismissed ones can be shown again.
 * The problems come from a check in the background and follow every change.
 * Property: project (construct-only). Signal: go-to (KpService), for the view that holds
 * it. A failure goes to win.toast. */

#define KP_TYPE_NETWORK_QUALITY_PANEL (kp_network_quality_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNetworkQualityPanel, kp_network_quality_panel, KP, NETWORK_QUALITY_PANEL, GtkBox)

GtkWidget *kp_network_quality_panel_new (KpProject *project);
/* Returns: (transfer none): the issues listed (KpDataQualityIssue) */
GListModel *kp_network_quality_panel_get_model (KpNetworkQualityPanel *self);
/* Dismisses @issue, or shows it again (undoable). */
gboolean kp_network_quality_panel_dismiss (KpNetworkQualityPanel *self,
                                           KpDataQualityIssue    *issue,
                                           gboolean               dismissed);
/* A short translated name of @kind ("No address point"). */
const char *kp_network_quality_kind_get_title (KpDataQualityKind kind);

G_END_DECLS
