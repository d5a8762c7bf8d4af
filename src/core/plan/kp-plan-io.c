/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-core-resources.h"
#include "kp-error.h"

/* The plan as a file: export and import of "komplan-plan/1", and the sample project's plan
 * (resources/sample/sample-plan.json), written through the same reader. */

#define SAMPLE_PLAN_RESOURCE "/cz/komplan/Komplan/sample/sample-plan.json"

static GPtrArray *
dup_action_plans (KpPlan *self)
{
  GListModel *plans = kp_plan_get_action_plans (self);
  guint       n = g_list_model_get_n_items (plans);
  GPtrArray  *out = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_action_plan_data_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpActionPlan) plan = g_list_model_get_item (plans, i);

      g_ptr_array_add (out, kp_action_plan_data_copy (kp_action_plan_get_data (plan)));
    }
  return out;
}

char *
kp_plan_export_json (KpPlan  *self,
                     int      number,
                     GError **error)
{
  g_autoptr (KpPlanVersionData) version = NULL;
  g_autoptr (GPtrArray) action_plans = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);

  version = kp_plan_dup_version_data (self, number, error);
  if (version == NULL)
    return NULL;
  action_plans = dup_action_plans (self);
  return kp_plan_json_write (version, action_plans);
}

typedef struct
{
  KpPlanFile *file;
  gint64      draft_id;   /* the draft to replace, or 0 */
  int         new_number; /* the number of a new draft */
  int         based_on;
  KpPlanState state;
} ImportEdit;

static gboolean
write_import (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  ImportEdit        *edit = data;
  KpPlanVersionData *v = edit->file->version;
  gint64             id = edit->draft_id;

  v->id = id;
  v->state = edit->state;
  v->has_approved_by = FALSE;
  if (id != 0)
    {
      v->number = edit->new_number;
      v->based_on = edit->based_on;
      if (!kp_plan_repository_clear_content (db, id, error) ||
          !kp_plan_repository_update_version (db, v, error))
        return FALSE;
    }
  else
    {
      v->number = edit->new_number;
      v->based_on = edit->based_on;
      if (!kp_plan_repository_insert_version (db, v, &id, error))
        return FALSE;
    }
  if (!kp_plan_repository_write_content (db, id, v, error))
    return FALSE;
  if (edit->file->action_plans == NULL)
    return TRUE;
  if (!kp_action_plan_repository_delete_all (db, error))
    return FALSE;
  for (guint i = 0; i < edit->file->action_plans->len; i++)
    if (!kp_action_plan_repository_insert (db, g_ptr_array_index (edit->file->action_plans, i),
                                           NULL, error))
      return FALSE;
  return TRUE;
}

gboolean
kp_plan_import_json (KpPlan     *self,
                     const char *json,
                     gsize       length,
                     const char *name,
                     GError    **error)
{
  g_autoptr (KpPlanFile) file = NULL;
  KpPlanVersion *current;
  ImportEdit     edit = { 0 };

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  file = kp_plan_json_parse (json, length, name != NULL ? name : "plan.json", error);
  if (file == NULL)
    return FALSE;
  edit.file = file;
  edit.state = KP_PLAN_STATE_DRAFT;
  edit.new_number = 1;
  current = kp_plan_get_current_version (self);
  if (current != NULL)
    {
      const KpPlanVersionData *v = kp_plan_version_get_data (current);

      if (kp_plan_state_is_frozen (v->state))
        {
          edit.new_number = v->number + 1;
          edit.based_on = v->number;
        }
      else
        {
          edit.draft_id = v->id;
          edit.new_number = v->number;
          edit.based_on = v->based_on;
          edit.state = v->state;
        }
    }
  return kp_project_edit (kp_plan_get_project (self), _ ("Import the plan"), write_import, &edit,
                          error);
}

/* The sample's second version: the first approved one, revised. */
static void
revise_sample (KpPlanVersionData *v)
{
  KpPlanItemData *priority, *measure, *activity;

  if (v->items->len < 3)
    return;
  priority = g_ptr_array_index (v->items, 2);
  if (priority->children->len == 0)
    return;
  measure = g_ptr_array_index (priority->children, 0);
  activity = kp_plan_item_data_new ();
  activity->uid = g_strdup ("sample-revision-activity");
  activity->title = g_strdup ("Sdílené odlehčovací lůžko v Dubovicích (návrh aktualizace)");
  activity->description = g_strdup ("Doplněno při aktualizaci plánu na podnět pracovní skupiny "
                                    "Senioři (ukázková data).");
  activity->start = g_strdup ("2027-07");
  activity->end = g_strdup ("2028-12");
  activity->has_status = TRUE;
  activity->status = KP_ACTIVITY_STATUS_NOT_STARTED;
  g_ptr_array_add (activity->target_groups, g_strdup ("senioři"));
  g_ptr_array_add (activity->costs,
                   kp_plan_cost_new (2028, KP_FINANCING_SOURCE_KRAJ, NULL, 180000));
  g_ptr_array_add (measure->children, activity);
}

/**
 * kp_plan_write_sample:
 *
 * Writes the sample project's plan: version 1 approved, with its comments and the action
 * plan 2026 with its evaluation, then version 2, a revision in draft. Fictional data only.
 */
gboolean
kp_plan_write_sample (KpDatabase *db,
                      GError    **error)
{
  g_autoptr (GBytes) bytes = g_resource_lookup_data (kp_core_get_resource (), SAMPLE_PLAN_RESOURCE,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr (KpPlanFile) file = NULL;
  g_autoptr (KpPlanVersionData) revision = kp_plan_version_data_new ();
  KpPlanVersionData *v;
  gsize              length;
  const char        *json;
  gint64             id, revision_id;

  if (bytes == NULL)
    return FALSE;
  json = g_bytes_get_data (bytes, &length);
  file = kp_plan_json_parse (json, length, "sample-plan.json", error);
  if (file == NULL)
    return FALSE;
  v = file->version;
  v->number = 1;
  v->state = KP_PLAN_STATE_DRAFT;
  if (!kp_plan_repository_insert_version (db, v, &id, error) ||
      !kp_plan_repository_write_content (db, id, v, error))
    return FALSE;
  v->id = id;
  v->state = KP_PLAN_STATE_APPROVED;
  v->has_approved_by = TRUE;
  v->approved_by = KP_APPROVAL_BODY_ZASTUPITELSTVO;
  g_free (v->resolution);
  v->resolution = g_strdup ("ZM/14/2025/7");
  g_free (v->approved_on);
  v->approved_on = g_strdup ("2025-12-08");
  g_free (v->comments_from);
  v->comments_from = g_strdup ("2025-10-20");
  g_free (v->comments_to);
  v->comments_to = g_strdup ("2025-11-07");
  if (!kp_plan_repository_update_version (db, v, error))
    return FALSE;
  for (guint i = 0; file->action_plans != NULL && i < file->action_plans->len; i++)
    if (!kp_action_plan_repository_insert (db, g_ptr_array_index (file->action_plans, i), NULL,
                                           error))
      return FALSE;

  /* Version 2: a revision of the approved plan, in draft. */
  revision->id = id;
  if (!kp_plan_repository_load_content (db, revision, error))
    return FALSE;
  g_ptr_array_set_size (revision->comments, 0);
  revision->number = 2;
  revision->based_on = 1;
  revision->period_from = v->period_from;
  revision->period_to = v->period_to;
  for (guint i = 0; i < v->levels->len; i++)
    g_ptr_array_add (revision->levels, g_strdup (g_ptr_array_index (v->levels, i)));
  revision->vision = g_strdup (v->vision);
  revision->state = KP_PLAN_STATE_DRAFT;
  revise_sample (revision);
  return kp_plan_repository_insert_version (db, revision, &revision_id, error) &&
         kp_plan_repository_write_content (db, revision_id, revision, error);
}
