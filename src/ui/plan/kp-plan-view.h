/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* The Plán view of a project: the strategy as a tree (codes renumbered as items move; add,
 * rename, move, indent, outdent and delete by keyboard), the selected item's detail, the
 * action plans with their budget and evaluation, and the versions with their comments.
 *
 * Properties: project (construct-only), selected-item (KpPlanItem, nullable). */

#define KP_TYPE_PLAN_VIEW (kp_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanView, kp_plan_view, KP, PLAN_VIEW, AdwBin)

GtkWidget  *kp_plan_view_new (KpProject *project);
KpProject  *kp_plan_view_get_project (KpPlanView *self);
KpPlanItem *kp_plan_view_get_selected_item (KpPlanView *self);
/* Selects @item (expanding what is above it); %NULL unselects. */
void kp_plan_view_select_item (KpPlanView *self,
                               KpPlanItem *item);
/* Selects the item of the current version with @uid and shows its detail (win.show-plan-item);
 * FALSE when there is none. */
gboolean kp_plan_view_show_item (KpPlanView *self,
                                 const char *uid);
/* The tree rows as the user sees them: "code title" per row, in order. */
char *kp_plan_view_dup_rows_text (KpPlanView *self);

G_END_DECLS
