/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-plan.h"
#include "kp-plan-private.h"
#include "kp-capacity-unit.h"
#include "kp-error.h"

#include <string.h>

/* One list of an activity's fields at a time: the types of service, the linked services,
 * the territory, the change of capacity and the findings it answers. Each setter checks
 * what only it can (a value given twice, an obec outside the project's territory), then
 * writes through kp_plan_update_item(): one undo step, one KpProject::changed. */

static gboolean
refuse (KpPlanItem *item,
        const char *reason,
        GError    **error)
{
  /* Translators: an item of the plan, then what is wrong with it */
  g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, _ ("%s: %s"),
               kp_plan_item_get_code (item), reason);
  return FALSE;
}

static KpPlanItemData *
copy_data (KpPlanItem *item)
{
  return kp_plan_item_data_copy (kp_plan_item_get_data (item), FALSE);
}

/* Replaces @list by the texts of @values, refusing one given twice. */
static gboolean
set_texts (KpPlanItem        *item,
           GPtrArray         *list,
           const char *const *values,
           const char        *twice,
           GError           **error)
{
  g_ptr_array_set_size (list, 0);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      for (guint j = 0; j < list->len; j++)
        if (g_str_equal (g_ptr_array_index (list, j), values[i]))
          return refuse (item, twice, error);
      g_ptr_array_add (list, g_strdup (values[i]));
    }
  return TRUE;
}

/**
 * kp_plan_set_item_service_kinds:
 * @kinds: (element-type KpPlanServiceKind): the types of service and their forms
 */
gboolean
kp_plan_set_item_service_kinds (KpPlan     *self,
                                KpPlanItem *item,
                                GPtrArray  *kinds,
                                GError    **error)
{
  g_autoptr (KpPlanItemData) data = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);
  g_return_val_if_fail (kinds != NULL, FALSE);

  data = copy_data (item);
  g_ptr_array_set_size (data->service_kinds, 0);
  for (guint i = 0; i < kinds->len; i++)
    {
      const KpPlanServiceKind *kind = g_ptr_array_index (kinds, i);

      for (guint j = 0; j < data->service_kinds->len; j++)
        {
          const KpPlanServiceKind *other = g_ptr_array_index (data->service_kinds, j);

          if (g_strcmp0 (other->kind, kind->kind) == 0 && g_strcmp0 (other->form, kind->form) == 0)
            return refuse (item, _ ("a type of service is given twice in the same form"), error);
        }
      g_ptr_array_add (data->service_kinds, kp_plan_service_kind_copy (kind));
    }
  return kp_plan_update_item (self, item, data, error);
}

/**
 * kp_plan_set_item_services:
 * @services: (array zero-terminated=1) (nullable): identifikátory of registered services
 *   and "local:ID" of local ones
 */
gboolean
kp_plan_set_item_services (KpPlan            *self,
                           KpPlanItem        *item,
                           const char *const *services,
                           GError           **error)
{
  g_autoptr (KpPlanItemData) data = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  data = copy_data (item);
  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    if (*services[i] == '\0')
      return refuse (item, _ ("a linked service has no identifier"), error);
  if (!set_texts (item, data->services, services, _ ("a service is linked twice"), error))
    return FALSE;
  return kp_plan_update_item (self, item, data, error);
}

static gboolean
in_territory (KpPlan     *self,
              const char *kod)
{
  GListModel *obce = kp_project_get_obce (kp_plan_get_project (self));
  guint       n = g_list_model_get_n_items (obce);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (kp_obec_get_kod (obec), kod) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * kp_plan_set_item_obce:
 * @obce: (array zero-terminated=1) (nullable): kódy obcí of the project's territory; none:
 *   the whole territory
 */
gboolean
kp_plan_set_item_obce (KpPlan            *self,
                       KpPlanItem        *item,
                       const char *const *obce,
                       GError           **error)
{
  g_autoptr (KpPlanItemData) data = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  for (guint i = 0; obce != NULL && obce[i] != NULL; i++)
    if (!in_territory (self, obce[i]))
      {
        g_autofree char *reason = g_strdup_printf (_ ("the obec %s is not in the project’s "
                                                      "territory"),
                                                   obce[i]);

        return refuse (item, reason, error);
      }
  data = copy_data (item);
  if (!set_texts (item, data->obce, obce, _ ("an obec is given twice"), error))
    return FALSE;
  return kp_plan_update_item (self, item, data, error);
}

/**
 * kp_plan_set_item_capacity:
 * @capacity: (element-type KpPlanCapacity): the change per unit, each unit once, none zero
 */
gboolean
kp_plan_set_item_capacity (KpPlan     *self,
                           KpPlanItem *item,
                           GPtrArray  *capacity,
                           GError    **error)
{
  g_autoptr (KpPlanItemData) data = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);
  g_return_val_if_fail (capacity != NULL, FALSE);

  data = copy_data (item);
  g_ptr_array_set_size (data->capacity, 0);
  for (guint i = 0; i < capacity->len; i++)
    {
      const KpPlanCapacity *change = g_ptr_array_index (capacity, i);

      if (change->change == 0)
        return refuse (item, _ ("a change of capacity of zero changes nothing"), error);
      for (guint j = 0; j < data->capacity->len; j++)
        if (g_strcmp0 (((KpPlanCapacity *) g_ptr_array_index (data->capacity, j))->unit,
                       change->unit) == 0)
          return refuse (item, _ ("a unit of capacity is given twice"), error);
      g_ptr_array_add (data->capacity, kp_plan_capacity_copy (change));
    }
  return kp_plan_update_item (self, item, data, error);
}

/**
 * kp_plan_set_item_findings:
 * @findings: (array zero-terminated=1) (nullable): stable ids of findings ("Z-12")
 */
gboolean
kp_plan_set_item_findings (KpPlan            *self,
                           KpPlanItem        *item,
                           const char *const *findings,
                           GError           **error)
{
  g_autoptr (KpPlanItemData) data = NULL;

  g_return_val_if_fail (KP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KP_IS_PLAN_ITEM (item), FALSE);

  data = copy_data (item);
  if (!set_texts (item, data->findings, findings, _ ("a finding is given twice"), error))
    return FALSE;
  return kp_plan_update_item (self, item, data, error);
}
