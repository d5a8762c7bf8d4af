/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-capacity-unit.h"

G_BEGIN_DECLS

/* Registered capacity totals of a network of services, by the rules of the registry:
 * - capacity belongs to a form and has a unit; units are never added together;
 * - a registration counts its capacity once, however many facilities it has;
 * - only services provided on the reference date count (ended ones are kept, not counted);
 * - in one obec, a service counts when one of its facilities there is provided on that
 *   date (a service is active there only if both it and the facility are). */

/**
 * KpCapacityTotal:
 * @type_code: (nullable): "DruhSocialniSluzby/13"; %NULL in totals by unit only
 * @type_name: (nullable): the type's name
 * @unit: the registry unit's code (kp-capacity-unit.h: "luzka", "klient", …)
 * @total: the sum of the maximum registered capacities in @unit
 * @services: how many services contributed
 */
typedef struct
{
  char  *type_code;
  char  *type_name;
  char  *unit;
  gint64 total;
  guint  services;
} KpCapacityTotal;

void kp_capacity_total_free (KpCapacityTotal *total);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCapacityTotal, kp_capacity_total_free)

/**
 * KpCapacityGrouping:
 * @KP_CAPACITY_BY_TYPE_AND_UNIT: one total per type of service and unit
 * @KP_CAPACITY_BY_UNIT: one total per unit
 */
typedef enum
{
  KP_CAPACITY_BY_TYPE_AND_UNIT,
  KP_CAPACITY_BY_UNIT,
} KpCapacityGrouping;

/* @services: a GListModel of KpService; @form: "pob", "amb" or "ter" to count only that
 * form's capacity, NULL for all forms; @obec_kod: NULL for all of them; @iso_date: NULL
 * for today. Returns: (transfer full) (element-type KpCapacityTotal): sorted by type name
 * (Czech order), then unit. */
GPtrArray *kp_capacity_compute (GListModel        *services,
                                const char        *form,
                                const char        *obec_kod,
                                const char        *iso_date,
                                KpCapacityGrouping grouping);
/* The total of @unit in @totals, 0 when absent. */
gint64 kp_capacity_lookup (GPtrArray  *totals,
                           const char *type_code,
                           const char *unit);

G_END_DECLS
