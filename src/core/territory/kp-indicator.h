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
 * @KP_INDICATOR_AVERAGE_AGE: average age estimated from the five-year age bands
 * @KP_INDICATOR_NATURAL_CHANGE: ČSÚ, live births minus deaths per 1 000 inhabitants
 * @KP_INDICATOR_NET_MIGRATION: ČSÚ, immigrants minus emigrants per 1 000 inhabitants
 * @KP_INDICATOR_BIRTH_RATE: ČSÚ, live births per 1 000 inhabitants
 * @KP_INDICATOR_DEATH_RATE: ČSÚ, deaths per 1 000 inhabitants
 * @KP_INDICATOR_UNEMPLOYMENT: ČSÚ, share of unemployed persons (available job seekers aged
 *   15–64 per 100 inhabitants aged 15–64), in %
 * @KP_INDICATOR_LONG_TERM_JOB_SEEKERS: ČSÚ, job seekers registered for over 12 months per
 *   100 job seekers
 * @KP_INDICATOR_DWELLINGS: ČSÚ, dwellings completed in the year per 1 000 inhabitants
 * @KP_INDICATOR_ORP_AVERAGE_AGE: ČSÚ, the average age it publishes
 * @KP_INDICATOR_BEDS_SENIORS: the network's beds in homes for seniors and homes with a
 *   special regime per 1 000 inhabitants aged 65+
 * @KP_INDICATOR_HOME_CARE: the network's clients of home care (pečovatelská služba) and
 *   personal assistance per 1 000 inhabitants aged 80+
 * @KP_INDICATOR_NETWORK_FTE: úvazky of the services in the kraj network per 1 000
 *   inhabitants
 *
 * Every indicator Komplan computes, in the order lists show them. The table, the map,
 * the comparison of areas and the needs profile take their names, units, decimals and
 * classes from here.
 *
 * The first twelve are computed from the age totals of any area, an obec too
 * (kp_indicator_has_obec_values()). Average age needs the five-year bands, the ČSÚ
 * indicators of SO ORP exist per ORP only (and sum exactly to a kraj and ČR), and the
 * coverage ratios need the project's network: kp_indicator_compute_input() takes what
 * each needs.
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
  KP_INDICATOR_AVERAGE_AGE,
  KP_INDICATOR_NATURAL_CHANGE,
  KP_INDICATOR_NET_MIGRATION,
  KP_INDICATOR_BIRTH_RATE,
  KP_INDICATOR_DEATH_RATE,
  KP_INDICATOR_UNEMPLOYMENT,
  KP_INDICATOR_LONG_TERM_JOB_SEEKERS,
  KP_INDICATOR_DWELLINGS,
  KP_INDICATOR_ORP_AVERAGE_AGE,
  KP_INDICATOR_BEDS_SENIORS,
  KP_INDICATOR_HOME_CARE,
  KP_INDICATOR_NETWORK_FTE,
  KP_N_INDICATORS
} KpIndicator;

/**
 * KpIndicatorUnit:
 * @KP_INDICATOR_UNIT_PERSONS: a number of inhabitants
 * @KP_INDICATOR_UNIT_PERCENT: per cent
 * @KP_INDICATOR_UNIT_PER_KM2: inhabitants per km²
 * @KP_INDICATOR_UNIT_PER_100: persons per 100 persons of another group (an index)
 * @KP_INDICATOR_UNIT_PER_1000: events, dwellings or capacity per 1 000 persons
 * @KP_INDICATOR_UNIT_YEARS: years of age
 */
typedef enum
{
  KP_INDICATOR_UNIT_PERSONS,
  KP_INDICATOR_UNIT_PERCENT,
  KP_INDICATOR_UNIT_PER_KM2,
  KP_INDICATOR_UNIT_PER_100,
  KP_INDICATOR_UNIT_PER_1000,
  KP_INDICATOR_UNIT_YEARS,
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
 * @KP_INDICATOR_SOURCE_AGE_BANDS: the same population in its five-year age bands
 * @KP_INDICATOR_SOURCE_CSU_ORP: ČSÚ, indicators of the SO ORP (orp_ukazatele.csv), a
 *   year other than the age composition's: never shown as the value of a territory that
 *   is not one whole ORP
 * @KP_INDICATOR_SOURCE_NETWORK: the project's network of services (registered capacity,
 *   the kraj network) over the population by age
 */
typedef enum
{
  KP_INDICATOR_SOURCE_POPULATION,
  KP_INDICATOR_SOURCE_POPULATION_AREA,
  KP_INDICATOR_SOURCE_AGE_BANDS,
  KP_INDICATOR_SOURCE_CSU_ORP,
  KP_INDICATOR_SOURCE_NETWORK,
} KpIndicatorSource;

/* The number of five-year age bands: 0–4, 5–9, …, 80–84, 85+. */
#define KP_AGE_N_BANDS 18

/**
 * KpOrpFigures:
 * @population: inhabitants at 31 December of the year
 * @a15_64: inhabitants aged 15–64
 * @births: live births in the year
 * @deaths: deaths in the year
 * @natural_change: live births minus deaths
 * @net_migration: immigrants minus emigrants
 * @unemployment: share of unemployed persons in %, as ČSÚ publishes it; NAN when unknown
 * @job_seekers: job seekers registered at the Labour Office, all
 * @job_seekers_long_term: of them registered for over 12 months
 * @dwellings: dwellings completed in the year
 * @average_age: average age as ČSÚ publishes it; NAN when unknown
 *
 * The ČSÚ indicators of one SO ORP, or their sum over the ORP of a kraj or of ČR
 * (kp_orp_figures_add()).
 */
typedef struct
{
  gint64 population;
  gint64 a15_64;
  gint64 births;
  gint64 deaths;
  gint64 natural_change;
  gint64 net_migration;
  double unemployment;
  gint64 job_seekers;
  gint64 job_seekers_long_term;
  gint64 dwellings;
  double average_age;
} KpOrpFigures;

/* Adds the ORP @add to @sum (zeroed first, with NAN shares): counts are added, the
 * unemployment share is averaged weighted by the inhabitants aged 15–64 and the average
 * age weighted by the population, which is what they are over the union of the ORP. */
void kp_orp_figures_add (KpOrpFigures       *sum,
                         const KpOrpFigures *add);
void kp_orp_figures_init (KpOrpFigures *figures);

/**
 * KpNetworkFigures:
 * @beds_seniors: registered beds of domovy pro seniory and domovy se zvláštním režimem
 * @home_care_clients: registered clients of pečovatelská služba and osobní asistence
 * @fte: úvazky of the kraj network; NAN when the network sets none
 *
 * What the coverage ratios of the registry count, from the project's network.
 */
typedef struct
{
  double beds_seniors;
  double home_care_clients;
  double fte;
} KpNetworkFigures;

/**
 * KpIndicatorInput:
 * @totals: the age totals of the area (required)
 * @area_km2: its area, ≤ 0 or NAN when unknown
 * @bands: (nullable) (array fixed-size=18): its population in five-year bands
 * @orp: (nullable): its ČSÚ indicators, for an ORP, a kraj or ČR
 * @network: (nullable): the capacities of its network of services
 *
 * What an indicator is computed from; each uses the parts its source names.
 */
typedef struct
{
  const KpAgeTotals      *totals;
  double                  area_km2;
  const gint64           *bands;
  const KpOrpFigures     *orp;
  const KpNetworkFigures *network;
} KpIndicatorInput;

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
/* Whether an obec has a value of it: it is computed from age totals (and area) alone. The
 * map and the obce tables offer only these. */
gboolean kp_indicator_has_obec_values (KpIndicator indicator);
/* Whether the indicator is classed by the population bands of its area level
 * (kp_area_level_get_population_bands()) rather than by breaks computed from the values. */
gboolean kp_indicator_has_population_bands (KpIndicator indicator);

/* The source as text, with the date of the data the value was computed on:
 * "ČSÚ, Věkové složení obyvatelstva obcí, stav k 31. 12. 2020". @ref_date is ISO, or NULL
 * when not known. */
char *kp_indicator_dup_source_text (KpIndicator indicator,
                                    const char *ref_date);

/* The value over the age totals of an area; @area_km2 ≤ 0 or NAN when unknown. Returns
 * NAN when the value is undefined (no inhabitants, no children, no area) and for the
 * indicators that need more than the age totals. */
double kp_indicator_compute (KpIndicator        indicator,
                             const KpAgeTotals *totals,
                             double             area_km2);
/* The value over everything @input gives; NAN when a part it needs is missing. */
double kp_indicator_compute_input (KpIndicator             indicator,
                                   const KpIndicatorInput *input);
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
