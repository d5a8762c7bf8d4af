/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-indicator.h"
#include "kp-czech.h"
#include "kp-indicators.h"

#include <math.h>
#include <string.h>

/* The indicator registry: DOMAIN.md §5.2 for the formulas, §4.2 for index stáří. */

typedef double (*ComputeFunc) (const KpAgeTotals *totals,
                               double             area_km2);

static double
compute_population (const KpAgeTotals *t,
                    double             area_km2)
{
  return (double) t->total;
}

static double
compute_density (const KpAgeTotals *t,
                 double             area_km2)
{
  return isfinite (area_km2) && area_km2 > 0.0 ? (double) t->total / area_km2 : NAN;
}

static double
compute_age_0_14 (const KpAgeTotals *t,
                  double             area_km2)
{
  return (double) t->a0_14;
}

static double
compute_age_15_64 (const KpAgeTotals *t,
                   double             area_km2)
{
  return (double) t->a15_64;
}

static double
compute_age_65_plus (const KpAgeTotals *t,
                     double             area_km2)
{
  return (double) t->a65_plus;
}

static double
compute_age_80_plus (const KpAgeTotals *t,
                     double             area_km2)
{
  return (double) t->a80_plus;
}

static double
compute_share_0_14 (const KpAgeTotals *t,
                    double             area_km2)
{
  return kp_indicators_share_0_14 (t);
}

static double
compute_share_15_64 (const KpAgeTotals *t,
                     double             area_km2)
{
  return kp_indicators_share_15_64 (t);
}

static double
compute_share_65_plus (const KpAgeTotals *t,
                       double             area_km2)
{
  return kp_indicators_share_65_plus (t);
}

static double
compute_share_80_plus (const KpAgeTotals *t,
                       double             area_km2)
{
  return kp_indicators_share_80_plus (t);
}

static double
compute_ageing_index (const KpAgeTotals *t,
                      double             area_km2)
{
  return kp_indicators_ageing_index (t);
}

static double
compute_old_age_dependency (const KpAgeTotals *t,
                            double             area_km2)
{
  return kp_indicators_old_age_dependency (t);
}

#define PERSONS KP_INDICATOR_UNIT_PERSONS
#define PERCENT KP_INDICATOR_UNIT_PERCENT
#define PER_KM2 KP_INDICATOR_UNIT_PER_KM2
#define PER_100 KP_INDICATOR_UNIT_PER_100
#define NONE    KP_INDICATOR_BETTER_NONE
#define HIGHER  KP_INDICATOR_BETTER_HIGHER
#define LOWER   KP_INDICATOR_BETTER_LOWER
#define POP     KP_INDICATOR_SOURCE_POPULATION
#define POPAREA KP_INDICATOR_SOURCE_POPULATION_AREA

static const struct
{
  const char       *id;
  const char       *alias; /* the command line's first id */
  const char       *name;
  const char       *short_name;
  KpIndicatorUnit   unit;
  const char       *unit_label;
  const char       *formula;
  KpIndicatorBetter better;
  KpIndicatorSource source;
  int               decimals;
  gboolean          bands;
  ComputeFunc       compute;
} indicators[KP_N_INDICATORS] = {
  [KP_INDICATOR_POPULATION] = { "population", NULL, N_ ("Population"), N_ ("Population"),
                                PERSONS, N_ ("inhabitants"), N_ ("all inhabitants"), NONE, POP,
                                0, TRUE, compute_population },
  [KP_INDICATOR_DENSITY] = { "density", NULL, N_ ("Population density"),
                             N_ ("Inhabitants per km²"), PER_KM2, N_ ("inhabitants per km²"),
                             N_ ("inhabitants / area in km²"), NONE, POPAREA, 0, FALSE,
                             compute_density },
  [KP_INDICATOR_AGE_0_14] = { "population_0_14", NULL, N_ ("Inhabitants aged 0–14"), N_ ("0–14"),
                              PERSONS, N_ ("inhabitants"), N_ ("inhabitants aged 0–14"), NONE,
                              POP, 0, FALSE, compute_age_0_14 },
  [KP_INDICATOR_AGE_15_64] = { "population_15_64", NULL, N_ ("Inhabitants aged 15–64"),
                               N_ ("15–64"), PERSONS, N_ ("inhabitants"),
                               N_ ("inhabitants aged 15–64"), NONE, POP, 0, FALSE,
                               compute_age_15_64 },
  [KP_INDICATOR_AGE_65_PLUS] = { "population_65_plus", "age65", N_ ("Aged 65 and over"),
                                 N_ ("65+"), PERSONS, N_ ("inhabitants"),
                                 N_ ("inhabitants aged 65 and over"), NONE, POP, 0, FALSE,
                                 compute_age_65_plus },
  [KP_INDICATOR_AGE_80_PLUS] = { "population_80_plus", "age80", N_ ("Aged 80 and over"),
                                 N_ ("80+"), PERSONS, N_ ("inhabitants"),
                                 N_ ("inhabitants aged 80 and over"), NONE, POP, 0, FALSE,
                                 compute_age_80_plus },
  [KP_INDICATOR_SHARE_0_14] = { "share_0_14", NULL, N_ ("Share aged 0–14"),
                                N_ ("Share of 0–14 (%)"), PERCENT, "%",
                                N_ ("inhabitants aged 0–14 / all inhabitants × 100"), HIGHER,
                                POP, 1, FALSE, compute_share_0_14 },
  [KP_INDICATOR_SHARE_15_64] = { "share_15_64", NULL, N_ ("Share aged 15–64"),
                                 N_ ("Share of 15–64 (%)"), PERCENT, "%",
                                 N_ ("inhabitants aged 15–64 / all inhabitants × 100"), HIGHER,
                                 POP, 1, FALSE, compute_share_15_64 },
  [KP_INDICATOR_SHARE_65_PLUS] = { "share_65_plus", "share65", N_ ("Share aged 65 and over"),
                                   N_ ("Share of 65+ (%)"), PERCENT, "%",
                                   N_ ("inhabitants aged 65+ / all inhabitants × 100"), LOWER,
                                   POP, 1, FALSE, compute_share_65_plus },
  [KP_INDICATOR_SHARE_80_PLUS] = { "share_80_plus", NULL, N_ ("Share aged 80 and over"),
                                   N_ ("Share of 80+ (%)"), PERCENT, "%",
                                   N_ ("inhabitants aged 80+ / all inhabitants × 100"), LOWER,
                                   POP, 1, FALSE, compute_share_80_plus },
  [KP_INDICATOR_AGEING_INDEX] = { "ageing_index", "ageing", N_ ("Ageing index"),
                                  N_ ("Ageing index"), PER_100, N_ ("aged 65+ per 100 children"),
                                  N_ ("inhabitants aged 65+ / inhabitants aged 0–14 × 100"),
                                  LOWER, POP, 1, FALSE, compute_ageing_index },
  [KP_INDICATOR_OLD_AGE_DEPENDENCY] = { "old_age_dependency", NULL,
                                        N_ ("Old-age dependency ratio"),
                                        N_ ("Old-age dependency"), PER_100,
                                        N_ ("aged 65+ per 100 aged 15–64"),
                                        N_ ("inhabitants aged 65+ / inhabitants aged 15–64 × 100"),
                                        LOWER, POP, 1, FALSE, compute_old_age_dependency },
};

const char *
kp_indicator_get_id (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  return indicators[indicator].id;
}

gboolean
kp_indicator_from_id (const char  *id,
                      KpIndicator *out_indicator)
{
  for (guint i = 0; id != NULL && i < KP_N_INDICATORS; i++)
    if (strcmp (indicators[i].id, id) == 0 ||
        (indicators[i].alias != NULL && strcmp (indicators[i].alias, id) == 0))
      {
        *out_indicator = (KpIndicator) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_indicator_get_name (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  return _ (indicators[indicator].name);
}

const char *
kp_indicator_get_short_name (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  return _ (indicators[indicator].short_name);
}

const char *
kp_indicator_get_unit_label (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  if (indicators[indicator].unit == KP_INDICATOR_UNIT_PERCENT)
    return "%";
  return _ (indicators[indicator].unit_label);
}

const char *
kp_indicator_get_formula (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  return _ (indicators[indicator].formula);
}

const char *
kp_indicator_get_no_data_label (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  if (indicators[indicator].source == KP_INDICATOR_SOURCE_POPULATION_AREA)
    return _ ("No data (area unknown)");
  return _ ("No data");
}

KpIndicatorUnit
kp_indicator_get_unit (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, KP_INDICATOR_UNIT_PERSONS);
  return indicators[indicator].unit;
}

KpIndicatorBetter
kp_indicator_get_better (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, KP_INDICATOR_BETTER_NONE);
  return indicators[indicator].better;
}

KpIndicatorSource
kp_indicator_get_source (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, KP_INDICATOR_SOURCE_POPULATION);
  return indicators[indicator].source;
}

int
kp_indicator_get_decimals (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, 0);
  return indicators[indicator].decimals;
}

gboolean
kp_indicator_has_population_bands (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, FALSE);
  return indicators[indicator].bands;
}

char *
kp_indicator_dup_source_text (KpIndicator indicator,
                              const char *ref_date)
{
  g_autofree char *date = ref_date != NULL && *ref_date != '\0' ? kp_czech_format_date (ref_date)
                                                                : NULL;
  const char      *source;

  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  if (indicators[indicator].source == KP_INDICATOR_SOURCE_POPULATION_AREA)
    /* Translators: the source of an indicator; ČSÚ's dataset "Věkové složení obyvatelstva
     * obcí" and the boundaries of the obce in the project */
    source = _ ("ČSÚ, age composition of the population of obce; area from the boundaries of "
                "the obce");
  else
    /* Translators: the source of an indicator; ČSÚ's dataset "Věkové složení obyvatelstva
     * obcí" */
    source = _ ("ČSÚ, age composition of the population of obce");
  if (date == NULL)
    return g_strdup (source);
  /* Translators: a source and the date of its data, e.g. "ČSÚ, …, stav k 31. 12. 2020" */
  return g_strdup_printf (_ ("%s, as of %s"), source, date);
}

double
kp_indicator_compute (KpIndicator        indicator,
                      const KpAgeTotals *totals,
                      double             area_km2)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NAN);
  g_return_val_if_fail (totals != NULL, NAN);
  return indicators[indicator].compute (totals, area_km2);
}

double
kp_indicator_compute_for_obec (KpIndicator indicator,
                               KpObec     *obec)
{
  g_return_val_if_fail (KP_IS_OBEC (obec), NAN);
  return kp_indicator_compute (indicator, kp_obec_get_totals (obec), kp_obec_get_area_km2 (obec));
}

/* An area (ORP, kraj, ČR) has no area in km²: its density is NAN. */
double
kp_indicator_compute_for_area (KpIndicator indicator,
                               KpArea     *area)
{
  g_return_val_if_fail (KP_IS_AREA (area), NAN);
  return kp_indicator_compute (indicator, kp_area_get_totals (area), NAN);
}

char *
kp_indicator_format_number (KpIndicator indicator,
                            double      value)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  return kp_czech_format_double (value, indicators[indicator].decimals);
}

char *
kp_indicator_format_value (KpIndicator indicator,
                           double      value)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (indicator < KP_N_INDICATORS, NULL);
  if (isnan (value))
    return g_strdup (_ ("no data"));
  switch (indicators[indicator].unit)
    {
    case KP_INDICATOR_UNIT_PERCENT:
      return kp_czech_format_percent (value, indicators[indicator].decimals);
    case KP_INDICATOR_UNIT_PERSONS:
      number = kp_czech_format_double (value, 0);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s inhabitant", "%s inhabitants",
                                           (gulong) CLAMP (fabs (value), 0, G_MAXLONG)),
                              number);
    case KP_INDICATOR_UNIT_PER_KM2:
    case KP_INDICATOR_UNIT_PER_100:
    default:
      number = kp_czech_format_double (value, indicators[indicator].decimals);
      /* Translators: a value and its unit, e.g. "125,5 osob 65+ na 100 dětí" */
      return g_strdup_printf (_ ("%s %s"), number, kp_indicator_get_unit_label (indicator));
    }
}
