/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The findings of the needs analysis (Potřeby) an item answers: a row per finding with its
 * text and code ("Z-12") and a remove button; "Choose a Finding…" opens a chooser that
 * searches the findings by code and text. */

#define KP_TYPE_PLAN_FINDINGS_GROUP (kp_plan_findings_group_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanFindingsGroup, kp_plan_findings_group, KP, PLAN_FINDINGS_GROUP, AdwPreferencesGroup)

GtkWidget *kp_plan_findings_group_new (void);
void       kp_plan_findings_group_set_item (KpPlanFindingsGroup *self,
                                            KpPlan              *plan,
                                            KpPlanItem          *item);
/* Opens the chooser. Returns: (transfer none) (nullable): it, or %NULL without an item */
GtkWidget *kp_plan_findings_group_choose (KpPlanFindingsGroup *self);

G_END_DECLS
