/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-library.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* A modal window that creates a project: name, planning period, and territory — an ORP
 * picked from kraj → ORP, or a custom set of obce picked with diacritics-insensitive search
 * and multi-select. "Create" asks for the file name (GtkFileChooserNative), writes the
 * project in a worker thread (with its progress and Cancel) and emits "project-created"
 * with the opened KpProject, then closes. */

#define KP_TYPE_NEW_PROJECT_DIALOG (kp_new_project_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KpNewProjectDialog, kp_new_project_dialog, KP, NEW_PROJECT_DIALOG, AdwWindow)

KpNewProjectDialog *kp_new_project_dialog_new (GtkWindow *parent,
                                               KpLibrary *library);

/* For tests and for the file chooser's answer: starts building the project at @path from
 * the current choices; when done, emits "project-created" and closes. */
void kp_new_project_dialog_create_at (KpNewProjectDialog *self,
                                      const char         *path);

G_END_DECLS
