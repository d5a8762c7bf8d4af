/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"

G_BEGIN_DECLS

/* Adds or edits a finding: its text, target group, priority and evidence (indicators,
 * survey questions, coverage keys). Saving is one undo step; the editor closes when it
 * succeeded and shows the error otherwise. */

#define KP_TYPE_FINDING_EDITOR (kp_finding_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpFindingEditor, kp_finding_editor, KP, FINDING_EDITOR, AdwWindow)

/* @finding: (nullable): the finding to edit; NULL adds one. */
GtkWidget *kp_finding_editor_new (GtkWindow *parent,
                                  KpNeeds   *needs,
                                  KpFinding *finding);

G_END_DECLS
