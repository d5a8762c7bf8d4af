/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-library.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The application: opens the reference library at startup (KOMPLAN_REFERENCE overrides
 * its path), keeps one window per project and the welcome window when there is none, and
 * the recent projects (GSettings "recent-projects").
 * Actions: app.new-project (Ctrl+N), app.open (Ctrl+O), app.open-file (s: a path),
 * app.open-sample, app.reference, app.shortcuts, app.about, app.quit (Ctrl+Q).
 * Option --sample opens the sample project. */

#define KP_TYPE_APPLICATION (kp_application_get_type ())
G_DECLARE_FINAL_TYPE (KpApplication, kp_application, KP, APPLICATION, AdwApplication)

#define KP_RECENT_PROJECTS_MAX 10

KpApplication *kp_application_new (const char       *application_id,
                                   GApplicationFlags flags);
/* Returns: (transfer none) (nullable): the reference library, %NULL before startup or when
 * it could not be opened */
KpLibrary *kp_application_get_library (KpApplication *self);
/* Shows @project in its own window (or in the welcome window) and remembers its path.
 * Returns: (transfer none): the window */
GtkWindow *kp_application_show_project (KpApplication *self,
                                        KpProject     *project);
/* Opens the project at @path, or presents the window that has it open already.
 * Returns: (transfer none) (nullable): the window, or %NULL with @error set */
GtkWindow *kp_application_open_path (KpApplication *self,
                                     const char    *path,
                                     GError       **error);

G_END_DECLS
