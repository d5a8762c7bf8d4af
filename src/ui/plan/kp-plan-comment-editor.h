/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The editor of a public comment (připomínka) on the plan version being worked on: who
 * made it (an organisation, or the public without a personal name), when, on what (the
 * whole plan, a chapter or an item), its text, and how it was settled, why and what changed
 * in the plan. Saving or deleting is one undo step; a comment without its author, text or a
 * real date is refused and nothing changes. */

#define KP_TYPE_PLAN_COMMENT_EDITOR (kp_plan_comment_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanCommentEditor, kp_plan_comment_editor, KP, PLAN_COMMENT_EDITOR, AdwWindow)

/* @comment: (nullable): the comment to edit; %NULL for a new one */
GtkWidget *kp_plan_comment_editor_new (KpPlan        *plan,
                                       KpPlanComment *comment);
/* Writes what the editor shows; %FALSE with @error set when it is refused. */
gboolean kp_plan_comment_editor_save (KpPlanCommentEditor *self,
                                      GError             **error);

G_END_DECLS
