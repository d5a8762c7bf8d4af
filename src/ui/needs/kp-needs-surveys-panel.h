/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The surveys of the project: import from CSV or XLSX, questions and their types,
 * frequency tables with charts, cross tabulation, open answers with tags, export of the
 * results and the blank questionnaire. */

#define KP_TYPE_NEEDS_SURVEYS_PANEL (kp_needs_surveys_panel_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsSurveysPanel, kp_needs_surveys_panel, KP, NEEDS_SURVEYS_PANEL, AdwBin)

GtkWidget *kp_needs_surveys_panel_new (KpProject *project);

G_END_DECLS
