/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The editor of one activity of an action plan: what belongs to the action plan only
 * (deadline, responsible person, this year's amounts) and its monitoring (state, the money
 * actually spent, the indicators' actual values, a word of evaluation). Saving is one undo
 * step; a value that is not money or a number is refused, its row marked, and nothing
 * changes. */

#define KP_TYPE_PLAN_ENTRY_EDITOR (kp_plan_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanEntryEditor, kp_plan_entry_editor, KP, PLAN_ENTRY_EDITOR, AdwWindow)

/* Returns: (transfer none): a new editor of the activity @item_uid of @action_plan */
GtkWidget *kp_plan_entry_editor_new (KpPlan       *plan,
                                     KpActionPlan *action_plan,
                                     const char   *item_uid);
/* Writes what the editor shows; %FALSE with @error set when a value is wrong. */
gboolean kp_plan_entry_editor_save (KpPlanEntryEditor *self,
                                    GError           **error);

G_END_DECLS
