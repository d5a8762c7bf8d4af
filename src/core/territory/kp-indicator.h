/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-area.h"
#include "kp-obec.h"

G_BEGIN_DECLS

/**
 * KpIndicator:
 * @KP_INDICATOR_POPULATION: inhabitants
 * @KP_INDICATOR_DENSITY: inhabitants per km², where the area is known
 * @KP_INDICATOR_AGE_0_14: inhabitants aged 0–14
 * @KP_INDICATOR_AGE_15_64: inhabitants aged 15–64
 * @KP_INDICATOR_AGE_65_PLUS: inhabitants aged 65 and over
 * @KP_INDICATOR_AGE_80_PLUS: inhabitants aged 80 and over
 * @KP_INDICATOR_SHARE_0_14: their share, in %
 * @KP_INDICATOR_SHARE_15_64: their share, in %
 * @KP_INDICATOR_SHARE_65_PLUS: their share, in %
 * @KP_INDICATOR_SHARE_80_PLUS: their share, in %
 * @KP_INDICATOR_AGEING_INDEX: index stáří, 65+ per 100 children aged 0–14
 * @KP_INDICATOR_OLD_AGE_DEPENDENCY: 65+ per 100 aged 15–64
 *
 * Every indicator Komplan computes, in the order lists show them. The table, the map,
 * the comparison of areas and the needs profile take their names, units, decimals and
 * classes from here.
 *
 * Average age is not among them: the age totals (KpAgeTotals) and the project's figures
 * of the surrounding areas keep the groups 0–14, 15–64, 65+ and 80+ only, not the
 * five-year bands an average needs.
 */
typedef enum
{
  KP_INDICATOR_POPULATION,
  KP_INDICATOR_DENSITY,
  KP_INDICATOR_AGE_0_14,
  KP_INDICATOR_AGE_15_64,
  KP_INDICATOR_AGE_65_PLUS,
  KP_INDICATOR_AGE_80_PLUS,
  KP_INDICATOR_SHARE_0_14,
  KP_INDICATOR_SHARE_15_64,
  KP_INDICATOR_SHARE_65_PLUS,
  KP_INDICATOR_SHARE_80_PLUS,
  KP_INDICATOR_AGEING_INDEX,
  KP_INDICATOR_OLD_AGE_DEPENDENCY,
  KP_N_INDICATORS
} KpIndicator;

/**
 * KpIndicatorUnit:
 * @KP_INDICATOR_UNIT_PERSONS: a number of inhabitants
 * @KP_INDICATOR_UNIT_PERCENT: per cent
 * @KP_INDICATOR_UNIT_PER_KM2: inhabitants per km²
 * @KP_INDICATOR_UNIT_PER_100: persons per 100 persons of another group (an index)
 */
typedef enum
{
  KP_INDICATOR_UNIT_PERSONS,
  KP_INDICATOR_UNIT_PERCENT,
  KP_INDICATOR_UNIT_PER_KM2,
  KP_INDICATOR_UNIT_PER_100,
} KpIndicatorUnit;

/**
 * KpIndicatorBetter:
 * @KP_INDICATOR_BETTER_NONE: no value is better than another (sizes, counts)
 * @KP_INDICATOR_BETTER_HIGHER: a higher value is better
 * @KP_INDICATOR_BETTER_LOWER: a lower value is better
 *
 * Which way a comparison with another area or a benchmark counts as better. For the age
 * structure Komplan reads it as a social-services planner does: an older population needs
 * more care, so a lower share of seniors, ageing index and old-age dependency count as
 * better, a higher share of children and of people of working age too.
 */
typedef enum
{
  KP_INDICATOR_BETTER_NONE,
  KP_INDICATOR_BETTER_HIGHER,
  KP_INDICATOR_BETTER_LOWER,
} KpIndicatorBetter;

/**
 * KpIndicatorSource:
 * @KP_INDICATOR_SOURCE_POPULATION: ČSÚ, the age composition of the population of obce,
 *   as copied into the project
 * @KP_INDICATOR_SOURCE_POPULATION_AREA: the same, with the area of the obce from the
 *   project's boundaries
 */
typedef enum
{
  KP_INDICATOR_SOURCE_POPULATION,
  KP_INDICATOR_SOURCE_POPULATION_AREA,
} KpIndicatorSource;

/* Stable ASCII ids ("share_65_plus", "old_age_dependency"); from_id also reads the short
 * ids the command line used first ("share65", "age65", "age80", "ageing"). */
const char *kp_indicator_get_id (KpIndicator indicator);
gboolean    kp_indicator_from_id (const char  *id,
                                  KpIndicator *out_indicator);

/* Translated texts: the name ("Podíl obyvatel ve věku 65 a více let"), a short name for
 * a column ("Podíl 65+ (%)"), the unit written after a value ("obyvatel", "%", "osob 65+
 * na 100 dětí"), the formula ("obyvatelé 65+ / obyvatelé celkem × 100") and the legend
 * text for an area without a value. */
const char *kp_indicator_get_name (KpIndicator indicator);
const char *kp_indicator_get_short_name (KpIndicator indicator);
const char *kp_indicator_get_unit_label (KpIndicator indicator);
const char *kp_indicator_get_formula (KpIndicator indicator);
const char *kp_indicator_get_no_data_label (KpIndicator indicator);

KpIndicatorUnit   kp_indicator_get_unit (KpIndicator indicator);
KpIndicatorBetter kp_indicator_get_better (KpIndicator indicator);
KpIndicatorSource kp_indicator_get_source (KpIndicator indicator);
int               kp_indicator_get_decimals (KpIndicator indicator);
/* Whether the indicator is classed by the population bands of its area level
 * (kp_area_level_get_population_bands()) rather than by breaks computed from the values. */
gboolean kp_indicator_has_population_bands (KpIndicator indicator);

/* The source as text, with the date of the data the value was computed on:
 * "ČSÚ, Věkové složení obyvatelstva obcí, stav k 31. 12. 2020". @ref_date is ISO, or NULL
 * when not known. */
char *kp_indicator_dup_source_text (KpIndicator indicator,
                                    const char *ref_date);

/* The value over the age totals of an area; @area_km2 ≤ 0 or NAN when unknown. Returns
 * NAN when the value is undefined (no inhabitants, no children, no area). */
double kp_indicator_compute (KpIndicator        indicator,
                             const KpAgeTotals *totals,
                             double             area_km2);
double kp_indicator_compute_for_obec (KpIndicator indicator,
                                      KpObec     *obec);
double kp_indicator_compute_for_area (KpIndicator indicator,
                                      KpArea     *area);

/* The number with the indicator's decimals, the Czech way ("20,7", "1 234"; "–" when
 * undefined), and the number with its unit ("20,7 %", "1 234 obyvatel"; "bez údajů"). */
char *kp_indicator_format_number (KpIndicator indicator,
                                  double      value);
char *kp_indicator_format_value (KpIndicator indicator,
                                 double      value);

G_END_DECLS
