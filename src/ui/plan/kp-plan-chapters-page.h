/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The text chapters of the plan: their list in order (add, move, delete) and the selected
 * chapter's title, level and text. The text is CommonMark; the toolbar writes headings,
 * bold, italic, links, lists and live blocks (a fenced block "komplan KIND" that the plan
 * documents fill from the project's data). Typing is saved a moment after it stops, each
 * save one undo step. */

#define KP_TYPE_PLAN_CHAPTERS_PAGE (kp_plan_chapters_page_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanChaptersPage, kp_plan_chapters_page, KP, PLAN_CHAPTERS_PAGE, GtkBox)

void kp_plan_chapters_page_set_plan (KpPlanChaptersPage *self,
                                     KpPlan             *plan);
/* Saves what is typed at once (before the view closes, and in tests). */
void kp_plan_chapters_page_flush (KpPlanChaptersPage *self);

G_END_DECLS
