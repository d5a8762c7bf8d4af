/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The detail of a plan item: its title, texts and the findings it answers for every
 * level; for an activity its state, dates, responsibility, implementer, target groups,
 * types and forms of services, linked services, territory and change of capacity (each
 * list a group of its own: KpPlan*Group), and summaries of its costs per year and source
 * and its indicators, which an editor (KpPlanCostsEditor) changes. Edits go through KpPlan
 * (one undo step each) and are refused in a frozen version. */

#define KP_TYPE_PLAN_ITEM_DETAIL (kp_plan_item_detail_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanItemDetail, kp_plan_item_detail, KP, PLAN_ITEM_DETAIL, GtkBox)

void       kp_plan_item_detail_set_plan (KpPlanItemDetail *self,
                                         KpPlan           *plan);
void       kp_plan_item_detail_set_item (KpPlanItemDetail *self,
                                         KpPlanItem       *item);
void       kp_plan_item_detail_focus_title (KpPlanItemDetail *self);
GtkWidget *kp_plan_item_detail_edit_costs (KpPlanItemDetail *self);

G_END_DECLS
