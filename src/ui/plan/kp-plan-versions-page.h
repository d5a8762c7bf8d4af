/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The versions of a plan and their life: open for comments, approval (who, resolution,
 * date), a new revision of an approved version, what changed since the version it was
 * copied from, and the public comments on the current version with their settlement. */

#define KP_TYPE_PLAN_VERSIONS_PAGE (kp_plan_versions_page_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanVersionsPage, kp_plan_versions_page, KP, PLAN_VERSIONS_PAGE, GtkBox)

void kp_plan_versions_page_set_plan (KpPlanVersionsPage *self,
                                     KpPlan             *plan);
/* Opens the editor of @comment (%NULL: a new comment) on the current version.
 * Returns: (transfer none): the editor (KpPlanCommentEditor) */
GtkWidget *kp_plan_versions_page_edit_comment (KpPlanVersionsPage *self,
                                               KpPlanComment      *comment);

G_END_DECLS
