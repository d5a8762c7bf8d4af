/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-capacity.h"
#include "kp-czech.h"
#include "kp-service.h"

#include <string.h>

/* Capacity arithmetic over the services of a project (rules in kp-capacity.h). */

void
kp_capacity_total_free (KpCapacityTotal *total)
{
  if (total == NULL)
    return;
  g_free (total->type_code);
  g_free (total->type_name);
  g_free (total->unit);
  g_free (total);
}

/* Units in the vocabulary's order, unknown codes after them. */
static int
unit_order (const char *code)
{
  KpCapacityUnit unit;

  return kp_capacity_unit_from_code (code, &unit) ? (int) unit : KP_N_CAPACITY_UNITS;
}

static int
compare_totals (gconstpointer a,
                gconstpointer b)
{
  const KpCapacityTotal *ta = *(const KpCapacityTotal *const *) a;
  const KpCapacityTotal *tb = *(const KpCapacityTotal *const *) b;
  int                    result = kp_czech_compare (ta->type_name != NULL ? ta->type_name : "",
                                 tb->type_name != NULL ? tb->type_name : "");

  if (result == 0)
    result = g_strcmp0 (ta->type_code, tb->type_code);
  if (result == 0)
    result = unit_order (ta->unit) - unit_order (tb->unit);
  if (result == 0)
    result = g_strcmp0 (ta->unit, tb->unit);
  return result;
}

/* The service has a facility in @obec_kod provided on @date. */
static gboolean
is_in_obec (KpService  *service,
            const char *obec_kod,
            const char *date)
{
  GPtrArray *facilities = kp_service_get_facilities (service);

  for (guint i = 0; i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);

      if (g_strcmp0 (f->obec_kod, obec_kod) == 0 && kp_service_facility_is_active_on (f, date))
        return TRUE;
    }
  return FALSE;
}

static KpCapacityTotal *
find_total (GPtrArray  *totals,
            const char *type_code,
            const char *unit)
{
  for (guint i = 0; i < totals->len; i++)
    {
      KpCapacityTotal *t = g_ptr_array_index (totals, i);

      if (g_strcmp0 (t->type_code, type_code) == 0 && g_strcmp0 (t->unit, unit) == 0)
        return t;
    }
  return NULL;
}

/**
 * kp_capacity_compute:
 * @services: a #GListModel of #KpService
 * @form: (nullable): only the capacity registered for this form ("pob", "amb", "ter")
 * @obec_kod: (nullable): only services with a facility in this obec
 * @iso_date: (nullable): the reference date, today when %NULL
 *
 * Returns: (transfer full) (element-type KpCapacityTotal): the totals
 */
GPtrArray *
kp_capacity_compute (GListModel        *services,
                     const char        *form_code,
                     const char        *obec_kod,
                     const char        *iso_date,
                     KpCapacityGrouping grouping)
{
  GPtrArray       *totals = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_capacity_total_free);
  g_autofree char *today = NULL;
  guint            n;

  g_return_val_if_fail (G_IS_LIST_MODEL (services), totals);

  if (iso_date == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      iso_date = today = g_date_time_format (now, "%Y-%m-%d");
    }
  n = g_list_model_get_n_items (services);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      g_autoptr (GPtrArray) counted = NULL; /* totals this service already counts in */
      const char *type_code;
      GPtrArray  *forms;

      if (kp_service_get_is_local (service) || !kp_service_is_active_on (service, iso_date))
        continue;
      if (obec_kod != NULL && !is_in_obec (service, obec_kod, iso_date))
        continue;

      type_code = grouping == KP_CAPACITY_BY_TYPE_AND_UNIT ? kp_service_get_type_code (service)
                                                           : NULL;
      forms = kp_service_get_forms (service);
      counted = g_ptr_array_new ();
      for (guint f = 0; f < forms->len; f++)
        {
          KpServiceForm   *form = g_ptr_array_index (forms, f);
          KpCapacityTotal *total;

          if (form->unit == NULL || (form_code != NULL && g_strcmp0 (form->form, form_code) != 0))
            continue;
          total = find_total (totals, type_code, form->unit);
          if (total == NULL)
            {
              total = g_new0 (KpCapacityTotal, 1);
              total->type_code = g_strdup (type_code);
              total->type_name = type_code != NULL ? g_strdup (kp_service_get_type_name (service))
                                                   : NULL;
              total->unit = g_strdup (form->unit);
              g_ptr_array_add (totals, total);
            }
          total->total += form->capacity;
          if (!g_ptr_array_find (counted, total, NULL))
            {
              total->services++;
              g_ptr_array_add (counted, total);
            }
        }
    }
  g_ptr_array_sort (totals, compare_totals);
  return totals;
}

gint64
kp_capacity_lookup (GPtrArray  *totals,
                    const char *type_code,
                    const char *unit)
{
  KpCapacityTotal *total = find_total (totals, type_code, unit);

  return total != NULL ? total->total : 0;
}
