/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The change of capacity an activity brings, per unit: a row per unit with the signed
 * number the Czech way ("+2 lůžka", "−0,5 úvazku") and a remove button, under a row that
 * adds one (unit, number, Add). A unit given again replaces its number. */

#define KP_TYPE_PLAN_CAPACITY_GROUP (kp_plan_capacity_group_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanCapacityGroup, kp_plan_capacity_group, KP, PLAN_CAPACITY_GROUP, AdwPreferencesGroup)

GtkWidget *kp_plan_capacity_group_new (void);
void       kp_plan_capacity_group_set_item (KpPlanCapacityGroup *self,
                                            KpPlan              *plan,
                                            KpPlanItem          *item);
/* "+2 lůžka" */
char *kp_plan_capacity_group_format (const KpPlanCapacity *change);

G_END_DECLS
