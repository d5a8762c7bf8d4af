/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The editor of an activity's costs (per year and source of money, whole Kč) and its
 * indicators (name, unit, baseline, target). Costs and indicators are added and removed in
 * the editor; saving writes them all as one undo step. A value that is not money or a
 * number is refused, its entry marked; a year outside the plan or a source given twice is
 * refused by the plan; either way nothing changes. */

#define KP_TYPE_PLAN_COSTS_EDITOR (kp_plan_costs_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanCostsEditor, kp_plan_costs_editor, KP, PLAN_COSTS_EDITOR, AdwWindow)

GtkWidget *kp_plan_costs_editor_new (KpPlan     *plan,
                                     KpPlanItem *item);
/* Writes what the editor shows; %FALSE with @error set when it is refused. */
gboolean kp_plan_costs_editor_save (KpPlanCostsEditor *self,
                                    GError           **error);

G_END_DECLS
