/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-action-plan-data.h"

G_BEGIN_DECLS

/* An action plan with its entries and their monitoring.
 * KpPlan updates it in place after every change (notify::data, notify::title).
 *
 * Properties (read-only): id, title (what a list shows), data (a pointer). */

#define KP_TYPE_ACTION_PLAN (kp_action_plan_get_type ())
G_DECLARE_FINAL_TYPE (KpActionPlan, kp_action_plan, KP, ACTION_PLAN, GObject)

gint64      kp_action_plan_get_id (KpActionPlan *self);
const char *kp_action_plan_get_title (KpActionPlan *self);
/* Returns: (transfer none): its data */
const KpActionPlanData *kp_action_plan_get_data (KpActionPlan *self);

G_END_DECLS
