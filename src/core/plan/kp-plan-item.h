/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-plan-data.h"

G_BEGIN_DECLS

/* One priority, measure or activity of the plan version being worked on: a row of the
 * strategy tree. Its fields are in its data (kp_plan_item_get_data()); its children are a
 * list model that the plan keeps in order. KpPlan updates it in place after every change
 * (notify), so a view binds to it.
 *
 * Properties (read-only): id, uid, title, code ("1.2.3", renumbered when items move),
 * depth (1 for a priority), total-costs (whole Kč of its own costs), has-status, status. */

#define KP_TYPE_PLAN_ITEM (kp_plan_item_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanItem, kp_plan_item, KP, PLAN_ITEM, GObject)

gint64      kp_plan_item_get_id (KpPlanItem *self);
const char *kp_plan_item_get_uid (KpPlanItem *self);
const char *kp_plan_item_get_title (KpPlanItem *self);
const char *kp_plan_item_get_code (KpPlanItem *self);
int         kp_plan_item_get_depth (KpPlanItem *self);
int         kp_plan_item_get_position (KpPlanItem *self);
gint64      kp_plan_item_get_total_costs (KpPlanItem *self);
/* Returns: (transfer none): its fields (children empty: see get_children) */
const KpPlanItemData *kp_plan_item_get_data (KpPlanItem *self);
/* Returns: (transfer none) (nullable): the item above it in the tree */
KpPlanItem *kp_plan_item_get_parent (KpPlanItem *self);
/* Returns: (transfer none): a GListModel of KpPlanItem */
GListModel *kp_plan_item_get_children (KpPlanItem *self);

G_END_DECLS
