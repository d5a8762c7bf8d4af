/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* Where an activity takes place: the whole territory of the project (a switch), or the
 * obce checked in a list of the territory's obce with a search field (name, okres where
 * names repeat). Each check is one undo step. */

#define KP_TYPE_PLAN_TERRITORY_GROUP (kp_plan_territory_group_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanTerritoryGroup, kp_plan_territory_group, KP, PLAN_TERRITORY_GROUP, AdwPreferencesGroup)

GtkWidget *kp_plan_territory_group_new (void);
void       kp_plan_territory_group_set_item (KpPlanTerritoryGroup *self,
                                             KpPlan               *plan,
                                             KpPlanItem           *item);

G_END_DECLS
