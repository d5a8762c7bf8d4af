/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-application.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The application window: the welcome page with no project, the project's views in an
 * AdwViewStack with a view switcher once a project is set. A view is made when it is first
 * shown, and is given what it needs (project, library, settings); the views talk to the
 * rest through these actions:
 *   win.undo (Ctrl+Z), win.redo (Ctrl+Shift+Z), win.properties,
 *   win.view (i: 1…, Alt+1…): shows the n-th view,
 *   win.show-obec (s: kód obce): the Území view with that obec selected (table or map),
 *   win.show-service (x: id): the Síť služeb view with that service selected,
 *   win.show-service-on-map (x: id): the map of the Území view with its area,
 *   win.toast (s: plain text): a toast,
 * plus win.show-help-overlay from GtkApplication.
 * Properties: "library" (construct-only, nullable), "project" (nullable). */

#define KP_TYPE_WINDOW (kp_window_get_type ())
G_DECLARE_FINAL_TYPE (KpWindow, kp_window, KP, WINDOW, AdwApplicationWindow)

KpWindow  *kp_window_new (KpApplication *application);
KpProject *kp_window_get_project (KpWindow *self);
void       kp_window_set_project (KpWindow  *self,
                                  KpProject *project);
void       kp_window_show_toast (KpWindow   *self,
                                 const char *title);
GtkWidget *kp_window_get_view (KpWindow   *self,
                               const char *name);
/* Re-reads the reference library's state (after an import). */
void kp_window_reload_library (KpWindow *self);

G_END_DECLS
