/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The project's national help lines, which the catalogue and the leaflets print: the list,
 * a form to add or edit a line (a subpage), removing one, and going back to the lines
 * Komplan comes with (asked first). Every change is an edit of the project, undone with
 * Ctrl+Z here as in the main window; the list follows the project's "changed". */

#define KP_TYPE_HELPLINES_WINDOW (kp_helplines_window_get_type ())
G_DECLARE_FINAL_TYPE (KpHelplinesWindow, kp_helplines_window, KP, HELPLINES_WINDOW, AdwPreferencesWindow)

/* @parent: (nullable): the window it is modal for */
GtkWidget *kp_helplines_window_new (KpProject *project,
                                    GtkWindow *parent);

G_END_DECLS
