/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-plan-data.h"

G_BEGIN_DECLS

/* A public comment on the plan version being worked on.
 * KpPlan updates it in place after every change (notify::data, notify::title).
 *
 * Properties (read-only): id, title (what a list shows), data (a pointer). */

#define KP_TYPE_PLAN_COMMENT (kp_plan_comment_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanComment, kp_plan_comment, KP, PLAN_COMMENT, GObject)

gint64      kp_plan_comment_get_id (KpPlanComment *self);
const char *kp_plan_comment_get_title (KpPlanComment *self);
/* Returns: (transfer none): its data */
const KpPlanCommentData *kp_plan_comment_get_data (KpPlanComment *self);

G_END_DECLS
