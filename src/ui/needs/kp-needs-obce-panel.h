/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The obce of the territory with their indicator values, sortable, each value coloured
 * against the territory; activating an obec shows it in the Území view. */

#define KP_TYPE_NEEDS_OBCE_PANEL (kp_needs_obce_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsObcePanel, kp_needs_obce_panel, KP, NEEDS_OBCE_PANEL, AdwBin)

GtkWidget *kp_needs_obce_panel_new (KpProject *project);

G_END_DECLS
