/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The findings of the needs analysis by target group, each with its evidence and
 * priority; add, edit and remove, each one undo step. */

#define KP_TYPE_NEEDS_FINDINGS_PANEL (kp_needs_findings_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsFindingsPanel, kp_needs_findings_panel, KP, NEEDS_FINDINGS_PANEL, AdwBin)

GtkWidget *kp_needs_findings_panel_new (KpProject *project);

G_END_DECLS
