/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The charts of the needs analysis (age pyramid, an indicator across obce, coverage),
 * each exportable as PNG, SVG or PDF. */

#define KP_TYPE_NEEDS_CHARTS_PANEL (kp_needs_charts_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsChartsPanel, kp_needs_charts_panel, KP, NEEDS_CHARTS_PANEL, AdwBin)

GtkWidget *kp_needs_charts_panel_new (KpProject *project);

G_END_DECLS
