/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-finding-lookup.h"

/* The plan's side of the links between activities and the findings of the needs
 * analysis (kp-finding-lookup.h). */

/**
 * kp_plan_dup_finding_title:
 *
 * Returns: (transfer full) (nullable): the text of the finding, from the module that holds
 *   findings; %NULL when none has it
 */
char *
kp_plan_dup_finding_title (KpPlan     *self,
                           const char *finding_id)
{
  const GType *types;
  guint        n;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_return_val_if_fail (finding_id != NULL, NULL);

  types = kp_project_modules_list (&n);
  for (guint i = 0; i < n; i++)
    {
      gpointer module;
      char    *title;

      if (!g_type_is_a (types[i], KP_TYPE_FINDING_LOOKUP))
        continue;
      module = kp_project_get_module (kp_plan_get_project (self), types[i], NULL);
      if (module == NULL)
        continue;
      title = kp_finding_lookup_dup_finding_title (KP_FINDING_LOOKUP (module), finding_id);
      if (title != NULL)
        return title;
    }
  return NULL;
}

static void
collect_for_finding (GListModel *items,
                     const char *finding_id,
                     GPtrArray  *out)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);
      GPtrArray *findings = kp_plan_item_get_data (item)->findings;

      for (guint j = 0; j < findings->len; j++)
        if (g_strcmp0 (g_ptr_array_index (findings, j), finding_id) == 0)
          {
            g_ptr_array_add (out, g_object_ref (item));
            break;
          }
      collect_for_finding (kp_plan_item_get_children (item), finding_id, out);
    }
}

/**
 * kp_plan_list_items_for_finding:
 *
 * Returns: (transfer full) (element-type KpPlanItem): the items justified by @finding_id
 */
GPtrArray *
kp_plan_list_items_for_finding (KpPlan     *self,
                                const char *finding_id)
{
  GPtrArray *out;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_return_val_if_fail (finding_id != NULL, NULL);

  out = g_ptr_array_new_with_free_func (g_object_unref);
  collect_for_finding (kp_plan_get_items (self), finding_id, out);
  return out;
}
