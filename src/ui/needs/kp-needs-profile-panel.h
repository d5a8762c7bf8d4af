/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The indicator profile of the project's territory against ORP, kraj, ČR and the
 * benchmarks: a row per indicator with a spine chart; import and export of benchmarks. */

#define KP_TYPE_NEEDS_PROFILE_PANEL (kp_needs_profile_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsProfilePanel, kp_needs_profile_panel, KP, NEEDS_PROFILE_PANEL, AdwBin)

GtkWidget *kp_needs_profile_panel_new (KpProject *project);

G_END_DECLS
