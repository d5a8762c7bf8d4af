/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-area.h"

G_BEGIN_DECLS

/* One obec with its place in the hierarchy and its population: a row of the Territory
 * table and of the obce picker. Immutable once built.
 *
 * Properties (read-only): kod, nazev, status-kod (int: 1 újezd, 2 obec, 3 město,
 * 4 statutární město, 5 hlavní město, 6 městys), status (translated label), pou-kod,
 * pou-nazev, orp-kod (RÚIAN), orp-csu-kod, orp-nazev, okres-kod, okres-nazev, kraj-kod,
 * kraj-nazev,
 * ref-date, population, age-0-14, age-15-64, age-65-plus, age-80-plus (int64),
 * share-65-plus, ageing-index (double, NAN when undefined), search-key (name folded with
 * kp_czech_fold, with the code), sort-key (Czech collation key of the name), area-km2
 * and density (inhabitants per km²; NAN without a boundary). */

#define KP_TYPE_OBEC (kp_obec_get_type ())
G_DECLARE_FINAL_TYPE (KpObec, kp_obec, KP, OBEC, GObject)

typedef struct
{
  const char *kod;
  const char *nazev;
  int         status_kod;
  const char *pou_kod;
  const char *pou_nazev;
  const char *orp_kod;
  const char *orp_csu_kod;
  const char *orp_nazev;
  const char *okres_kod;
  const char *okres_nazev;
  const char *kraj_kod;
  const char *kraj_nazev;
  const char *ref_date;
  KpAgeTotals totals;
  double      area_km2; /* from the boundary; 0 or less: unknown */
} KpObecData;

KpObec            *kp_obec_new (const KpObecData *data);
const char        *kp_obec_get_kod (KpObec *self);
const char        *kp_obec_get_nazev (KpObec *self);
int                kp_obec_get_status_kod (KpObec *self);
const char        *kp_obec_get_status_label (KpObec *self);
const char        *kp_obec_get_pou_kod (KpObec *self);
const char        *kp_obec_get_pou_nazev (KpObec *self);
const char        *kp_obec_get_okres_nazev (KpObec *self);
const char        *kp_obec_get_orp_kod (KpObec *self);
const char        *kp_obec_get_orp_nazev (KpObec *self);
const char        *kp_obec_get_kraj_kod (KpObec *self);
const char        *kp_obec_get_kraj_nazev (KpObec *self);
const char        *kp_obec_get_search_key (KpObec *self);
const char        *kp_obec_get_sort_key (KpObec *self);
const KpAgeTotals *kp_obec_get_totals (KpObec *self);
double             kp_obec_get_area_km2 (KpObec *self);
double             kp_obec_get_density (KpObec *self);
double             kp_obec_get_share_65_plus (KpObec *self);
double             kp_obec_get_ageing_index (KpObec *self);

const char *kp_obec_status_label (int status_kod);
int         kp_obec_compare_by_name (KpObec *a,
                                     KpObec *b);

G_END_DECLS
