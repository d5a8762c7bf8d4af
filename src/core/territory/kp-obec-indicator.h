/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-obec.h"

G_BEGIN_DECLS

/**
 * KpObecIndicator:
 * @KP_OBEC_INDICATOR_POPULATION: inhabitants
 * @KP_OBEC_INDICATOR_AGE_65_PLUS: inhabitants aged 65 and over
 * @KP_OBEC_INDICATOR_SHARE_65_PLUS: their share, in %
 * @KP_OBEC_INDICATOR_AGE_80_PLUS: inhabitants aged 80 and over
 * @KP_OBEC_INDICATOR_AGEING_INDEX: 65+ per 100 children aged 0–14
 * @KP_OBEC_INDICATOR_DENSITY: inhabitants per km², where the area is known
 *
 * The figures of an obec that the map can show.
 */
typedef enum
{
  KP_OBEC_INDICATOR_POPULATION,
  KP_OBEC_INDICATOR_AGE_65_PLUS,
  KP_OBEC_INDICATOR_SHARE_65_PLUS,
  KP_OBEC_INDICATOR_AGE_80_PLUS,
  KP_OBEC_INDICATOR_AGEING_INDEX,
  KP_OBEC_INDICATOR_DENSITY,
  KP_OBEC_N_INDICATORS
} KpObecIndicator;

/* Stable identifiers for the command line and settings: "population", "age65", "share65",
 * "age80", "ageing", "density". */
gboolean    kp_obec_indicator_from_string (const char      *id,
                                           KpObecIndicator *out_indicator);
const char *kp_obec_indicator_get_title (KpObecIndicator indicator);
const char *kp_obec_indicator_get_unit (KpObecIndicator indicator);
int         kp_obec_indicator_get_decimals (KpObecIndicator indicator);
double      kp_obec_indicator_get_value (KpObecIndicator indicator,
                                         KpObec         *obec);
char       *kp_obec_indicator_format_value (KpObecIndicator indicator,
                                            double          value);

G_END_DECLS
