/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The comparison under the Territory table: the territory's totals next to its ORP, kraj
 * and ČR (a GListModel of KpArea, as kp_project_get_comparison() returns it), with the
 * date of the population figures and a note when the territory spans several ORP or
 * kraje. Property "model" (GListModel of KpArea, read-write). */

#define KP_TYPE_COMPARISON_PANEL (kp_comparison_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpComparisonPanel, kp_comparison_panel, KP, COMPARISON_PANEL, AdwBin)

GtkWidget  *kp_comparison_panel_new (void);
GListModel *kp_comparison_panel_get_model (KpComparisonPanel *self);
void        kp_comparison_panel_set_model (KpComparisonPanel *self,
                                           GListModel        *model);

G_END_DECLS
