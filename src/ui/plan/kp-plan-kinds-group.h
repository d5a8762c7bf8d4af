/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The types of social service an activity concerns, each with a form or all its forms:
 * a row per type with the registry's Czech name and § ("domovy pro seniory (§ 49) ·
 * pobytová") and a remove button; "Add a Type…" opens a chooser of every type in all its
 * forms and in each form the law allows, searched by name, § and form. */

#define KP_TYPE_PLAN_KINDS_GROUP (kp_plan_kinds_group_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanKindsGroup, kp_plan_kinds_group, KP, PLAN_KINDS_GROUP, AdwPreferencesGroup)

GtkWidget *kp_plan_kinds_group_new (void);
void       kp_plan_kinds_group_set_item (KpPlanKindsGroup *self,
                                         KpPlan           *plan,
                                         KpPlanItem       *item);
/* Opens the chooser. Returns: (transfer none) (nullable): it, or %NULL without an item */
GtkWidget *kp_plan_kinds_group_choose (KpPlanKindsGroup *self);
/* "domovy pro seniory (§ 49) · pobytová" */
char *kp_plan_kinds_group_format (const KpPlanServiceKind *kind);

G_END_DECLS
