/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The action plans of a plan: create one for a year from the plan, its activities with
 * their state and money planned and spent, its budget per source and per priority, the
 * evaluation per priority, and moving the unfinished activities to the next year. */

#define KP_TYPE_PLAN_ACTION_PAGE (kp_plan_action_page_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanActionPage, kp_plan_action_page, KP, PLAN_ACTION_PAGE, GtkBox)

void kp_plan_action_page_set_plan (KpPlanActionPage *self,
                                   KpPlan           *plan);
/* The action plan shown, or %NULL. */
KpActionPlan *kp_plan_action_page_get_shown (KpPlanActionPage *self);
/* Opens the editor (KpPlanEntryEditor) of the activity @item_uid of the action plan shown.
 * Returns: (transfer none) (nullable): it */
GtkWidget *kp_plan_action_page_edit_entry (KpPlanActionPage *self,
                                           const char       *item_uid);

G_END_DECLS
