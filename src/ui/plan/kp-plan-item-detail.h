/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The detail of a plan item: its title and texts for every level; for an activity its
 * state, dates, responsibility and implementer, and read-only summaries of its target
 * groups, costs per year and source, and indicators. Edits go through KpPlan (one undo
 * step each) and are refused in a frozen version. */

#define KP_TYPE_PLAN_ITEM_DETAIL (kp_plan_item_detail_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanItemDetail, kp_plan_item_detail, KP, PLAN_ITEM_DETAIL, GtkBox)

void kp_plan_item_detail_set_plan (KpPlanItemDetail *self,
                                   KpPlan           *plan);
void kp_plan_item_detail_set_item (KpPlanItemDetail *self,
                                   KpPlanItem       *item);
void kp_plan_item_detail_focus_title (KpPlanItemDetail *self);

G_END_DECLS
