/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-plan-data.h"

G_BEGIN_DECLS

/* A text chapter of the plan version being worked on.
 * KpPlan updates it in place after every change (notify::data, notify::title).
 *
 * Properties (read-only): id, title (what a list shows), data (a pointer). */

#define KP_TYPE_PLAN_CHAPTER (kp_plan_chapter_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanChapter, kp_plan_chapter, KP, PLAN_CHAPTER, GObject)

gint64      kp_plan_chapter_get_id (KpPlanChapter *self);
const char *kp_plan_chapter_get_title (KpPlanChapter *self);
/* Returns: (transfer none): its data */
const KpPlanChapterData *kp_plan_chapter_get_data (KpPlanChapter *self);

G_END_DECLS
