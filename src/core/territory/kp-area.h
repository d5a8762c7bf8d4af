/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-area-level.h"

G_BEGIN_DECLS

/* An area with its population totals: a row of the kraj and ORP pickers and of the
 * comparison table (territory, its ORP, kraj, ČR). Immutable once built.
 *
 * Properties (all read-only, construct-only): level (KpAreaLevel as int), kod, csu-kod,
 * nazev, kraj-kod, kraj-nazev, ref-date (ISO), obce (int), population, age-0-14,
 * age-15-64, age-65-plus, age-80-plus (int64), share-65-plus, ageing-index (double; NAN
 * when undefined). */

#define KP_TYPE_AREA (kp_area_get_type ())
G_DECLARE_FINAL_TYPE (KpArea, kp_area, KP, AREA, GObject)

typedef struct
{
  gint64 total;
  gint64 a0_14;
  gint64 a15_64;
  gint64 a65_plus;
  gint64 a80_plus;
} KpAgeTotals;

KpArea            *kp_area_new (KpAreaLevel        level,
                                const char        *kod,
                                const char        *csu_kod,
                                const char        *nazev,
                                const char        *kraj_kod,
                                const char        *kraj_nazev,
                                const char        *ref_date,
                                int                obce,
                                const KpAgeTotals *totals);
KpAreaLevel        kp_area_get_level (KpArea *self);
const char        *kp_area_get_kod (KpArea *self);
const char        *kp_area_get_csu_kod (KpArea *self);
const char        *kp_area_get_nazev (KpArea *self);
const char        *kp_area_get_kraj_kod (KpArea *self);
const char        *kp_area_get_kraj_nazev (KpArea *self);
const char        *kp_area_get_ref_date (KpArea *self);
int                kp_area_get_obce (KpArea *self);
const KpAgeTotals *kp_area_get_totals (KpArea *self);
double             kp_area_get_share_65_plus (KpArea *self);
double             kp_area_get_ageing_index (KpArea *self);

G_END_DECLS
