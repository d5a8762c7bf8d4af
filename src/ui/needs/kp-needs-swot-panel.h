/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The SWOT analysis, overall or per target group: four quadrants of items, each item
 * optionally linked to a finding. */

#define KP_TYPE_NEEDS_SWOT_PANEL (kp_needs_swot_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsSwotPanel, kp_needs_swot_panel, KP, NEEDS_SWOT_PANEL, AdwBin)

GtkWidget *kp_needs_swot_panel_new (KpProject *project);

G_END_DECLS
