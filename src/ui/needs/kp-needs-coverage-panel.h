/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The coverage of services: capacity per target population per service kind and unit,
 * against the benchmarks, with the services behind each figure. */

#define KP_TYPE_NEEDS_COVERAGE_PANEL (kp_needs_coverage_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsCoveragePanel, kp_needs_coverage_panel, KP, NEEDS_COVERAGE_PANEL, AdwBin)

GtkWidget *kp_needs_coverage_panel_new (KpProject *project);

G_END_DECLS
