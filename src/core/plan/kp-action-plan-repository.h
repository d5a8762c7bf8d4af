/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of action plans and their monitoring (the
 * action_plan* tables of resources/sql/project/0008-plan.sql). */

#include "kp-action-plan-data.h"
#include "kp-database.h"

G_BEGIN_DECLS

/* Returns: (transfer full) (element-type KpActionPlanData): all, or those of @ids (element-type
 * gint64) that exist, by year */
GPtrArray *kp_action_plan_repository_load (KpDatabase *db,
                                           GArray     *ids,
                                           GError    **error);
/* Writes the action plan and its entries (@data->id is ignored). */
gboolean kp_action_plan_repository_insert (KpDatabase             *db,
                                           const KpActionPlanData *data,
                                           gint64                 *out_id,
                                           GError                **error);
gboolean kp_action_plan_repository_delete (KpDatabase *db,
                                           gint64      id,
                                           GError    **error);
gboolean kp_action_plan_repository_delete_all (KpDatabase *db,
                                               GError    **error);
gboolean kp_action_plan_repository_insert_entry (KpDatabase              *db,
                                                 gint64                   plan_id,
                                                 int                      position,
                                                 const KpActionPlanEntry *entry,
                                                 GError                 **error);
/* Rewrites the entry's row, amounts and indicators where they differ from @old_entry. */
gboolean kp_action_plan_repository_update_entry (KpDatabase              *db,
                                                 gint64                   plan_id,
                                                 const KpActionPlanEntry *old_entry,
                                                 const KpActionPlanEntry *new_entry,
                                                 GError                 **error);
gboolean kp_action_plan_repository_delete_entry (KpDatabase *db,
                                                 gint64      plan_id,
                                                 const char *item_uid,
                                                 GError    **error);

G_END_DECLS
