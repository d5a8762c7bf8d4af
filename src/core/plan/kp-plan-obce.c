/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"

/* The obce of the project's territory as the plan names them: an activity's territory,
 * the money of one obec (a cost of the source obec) and the budget per source. */

/**
 * kp_plan_dup_obec_label:
 * @kod: a kód obce
 *
 * Returns: (transfer full): the name of the obec, with its okres when another obec of the
 *   territory has the same name ("Lhota (okres Klatovy)"); @kod itself when the territory
 *   has no such obec
 */
char *
kp_plan_dup_obec_label (KpPlan     *self,
                        const char *kod)
{
  GListModel *obce;
  guint       n;
  KpObec     *found = NULL;
  gboolean    repeated = FALSE;
  char       *label;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_return_val_if_fail (kod != NULL, NULL);

  obce = kp_project_get_obce (kp_plan_get_project (self));
  n = g_list_model_get_n_items (obce);
  for (guint i = 0; i < n && found == NULL; i++)
    {
      KpObec *obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (kp_obec_get_kod (obec), kod) == 0)
        found = obec;
      else
        g_object_unref (obec);
    }
  if (found == NULL)
    return g_strdup (kod);
  for (guint i = 0; i < n && !repeated; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      repeated = obec != found &&
                 g_strcmp0 (kp_obec_get_nazev (obec), kp_obec_get_nazev (found)) == 0;
    }
  if (repeated)
    /* Translators: an obec whose name another obec of the territory has too, "Lhota (okres
     * Klatovy)" */
    label = g_strdup_printf (_ ("%s (okres %s)"), kp_obec_get_nazev (found),
                             kp_obec_get_okres_nazev (found));
  else
    label = g_strdup (kp_obec_get_nazev (found));
  g_object_unref (found);
  return label;
}

/**
 * kp_plan_budget_by_source:
 *
 * The budget of @data per source (kp_action_plan_budget_by_source_per_obec()), the money
 * of each obec on its own line labelled with the source and the obec's name.
 *
 * Returns: (transfer full) (element-type KpBudgetLine)
 */
GPtrArray *
kp_plan_budget_by_source (KpPlan                 *self,
                          const KpActionPlanData *data)
{
  GPtrArray *lines;

  g_return_val_if_fail (KP_IS_PLAN (self), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  lines = kp_action_plan_budget_by_source_per_obec (data);
  for (guint i = 0; i < lines->len; i++)
    {
      KpBudgetLine    *line = g_ptr_array_index (lines, i);
      g_autofree char *name = NULL;

      if (line->obec_kod == NULL)
        continue;
      name = kp_plan_dup_obec_label (self, line->obec_kod);
      g_free (line->label);
      /* Translators: a line of the budget per source, "Obce – Lesná" */
      line->label = g_strdup_printf (_ ("%s – %s"),
                                     kp_financing_source_get_name (KP_FINANCING_SOURCE_OBEC), name);
    }
  return lines;
}
