/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* Edits a project's name, territory name and planning period. Each change is committed at
 * once through the project (one undo step); a refused value is shown inline and the
 * project keeps its value. Property "project" (construct-only). */

#define KP_TYPE_PROJECT_PROPERTIES_WINDOW (kp_project_properties_window_get_type ())
G_DECLARE_FINAL_TYPE (KpProjectPropertiesWindow, kp_project_properties_window, KP, PROJECT_PROPERTIES_WINDOW, AdwPreferencesWindow)

KpProjectPropertiesWindow *kp_project_properties_window_new (GtkWindow *parent,
                                                             KpProject *project);
KpProject                 *kp_project_properties_window_get_project (KpProjectPropertiesWindow *self);

G_END_DECLS
