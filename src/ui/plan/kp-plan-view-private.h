/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the files the Plán view is split into: kp-plan-view.c (the tree, the selection and
 * the header) and kp-plan-view-actions.c (the plan.* actions and their keys). */

#include "kp-plan-action-page.h"
#include "kp-plan-chapters-page.h"
#include "kp-plan-item-detail.h"
#include "kp-plan-versions-page.h"
#include "kp-plan-view.h"

G_BEGIN_DECLS

struct _KpPlanView
{
  AdwBin parent_instance;

  KpProject          *project;
  GtkTreeListModel   *tree_model;
  gint64              total_costs; /* of the whole strategy, read again when costs change */
  guint               counted_items;
  GtkSingleSelection *selection;

  AdwToastOverlay    *toast_overlay;
  GtkStack           *main_stack;
  GtkStack           *section_stack;
  GtkLabel           *version_label;
  AdwLeaflet         *leaflet;
  GtkListView        *tree_view;
  GtkLabel           *total_label;
  KpPlanItemDetail   *detail;
  KpPlanChaptersPage *chapters_page;
  KpPlanActionPage   *action_page;
  KpPlanVersionsPage *versions_page;
};

KpPlan *kp_plan_view_get_plan (KpPlanView *self);
void    kp_plan_view_toast (KpPlanView *self,
                            const char *message);
/* kp-plan-view-actions.c */
void kp_plan_view_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
