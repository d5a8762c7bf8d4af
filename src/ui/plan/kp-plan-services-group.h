/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The services of the network an activity concerns (registered ones by identifikátor,
 * local ones as "local:ID"): a row per service with its name, provider and IČO and a
 * remove button; "Link a Service…" opens a chooser that searches the network by name,
 * provider and IČO. */

#define KP_TYPE_PLAN_SERVICES_GROUP (kp_plan_services_group_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanServicesGroup, kp_plan_services_group, KP, PLAN_SERVICES_GROUP, AdwPreferencesGroup)

GtkWidget *kp_plan_services_group_new (void);
void       kp_plan_services_group_set_item (KpPlanServicesGroup *self,
                                            KpPlan              *plan,
                                            KpPlanItem          *item);
/* Opens the chooser. Returns: (transfer none) (nullable): it, or %NULL without an item */
GtkWidget *kp_plan_services_group_choose (KpPlanServicesGroup *self);

G_END_DECLS
