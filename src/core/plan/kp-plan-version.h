/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-plan-data.h"

G_BEGIN_DECLS

/* A version of the plan (its fields; its content is read on demand).
 * KpPlan updates it in place after every change (notify::data, notify::title).
 *
 * Properties (read-only): id, title (what a list shows), data (a pointer). */

#define KP_TYPE_PLAN_VERSION (kp_plan_version_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanVersion, kp_plan_version, KP, PLAN_VERSION, GObject)

gint64      kp_plan_version_get_id (KpPlanVersion *self);
const char *kp_plan_version_get_title (KpPlanVersion *self);
/* Returns: (transfer none): its data */
const KpPlanVersionData *kp_plan_version_get_data (KpPlanVersion *self);

G_END_DECLS
