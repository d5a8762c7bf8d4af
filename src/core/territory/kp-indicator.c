/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-indicator.h"
#include "kp-czech.h"
#include "kp-indicators.h"

#include <math.h>
#include <string.h>

/* The indicator registry: DOMAIN.md §5.2 for the formulas, §4.2 for index stáří; the
 * ČSÚ indicators of SO ORP as ČSÚ defines them (../shared/data/csu/SOURCE.md). */

typedef double (*ComputeFunc) (const KpIndicatorInput *in);

static double
compute_population (const KpIndicatorInput *in)
{
  return (double) in->totals->total;
}

static double
compute_density (const KpIndicatorInput *in)
{
  return isfinite (in->area_km2) && in->area_km2 > 0.0 ? (double) in->totals->total / in->area_km2
                                                       : NAN;
}

static double
compute_age_0_14 (const KpIndicatorInput *in)
{
  return (double) in->totals->a0_14;
}

static double
compute_age_15_64 (const KpIndicatorInput *in)
{
  return (double) in->totals->a15_64;
}

static double
compute_age_65_plus (const KpIndicatorInput *in)
{
  return (double) in->totals->a65_plus;
}

static double
compute_age_80_plus (const KpIndicatorInput *in)
{
  return (double) in->totals->a80_plus;
}

static double
compute_share_0_14 (const KpIndicatorInput *in)
{
  return kp_indicators_share_0_14 (in->totals);
}

static double
compute_share_15_64 (const KpIndicatorInput *in)
{
  return kp_indicators_share_15_64 (in->totals);
}

static double
compute_share_65_plus (const KpIndicatorInput *in)
{
  return kp_indicators_share_65_plus (in->totals);
}

static double
compute_share_80_plus (const KpIndicatorInput *in)
{
  return kp_indicators_share_80_plus (in->totals);
}

static double
compute_ageing_index (const KpIndicatorInput *in)
{
  return kp_indicators_ageing_index (in->totals);
}

static double
compute_old_age_dependency (const KpIndicatorInput *in)
{
  return kp_indicators_old_age_dependency (in->totals);
}

static double
compute_average_age (const KpIndicatorInput *in)
{
  return in->bands != NULL ? kp_indicators_average_age (in->bands) : NAN;
}

/* @count per 1 000 of the ORP figures' population. */
static double
per_1000 (const KpIndicatorInput *in,
          gint64                  count)
{
  if (in->orp == NULL || in->orp->population <= 0)
    return NAN;
  return 1000.0 * (double) count / (double) in->orp->population;
}

static double
compute_natural_change (const KpIndicatorInput *in)
{
  return in->orp != NULL ? per_1000 (in, in->orp->natural_change) : NAN;
}

static double
compute_net_migration (const KpIndicatorInput *in)
{
  return in->orp != NULL ? per_1000 (in, in->orp->net_migration) : NAN;
}

static double
compute_birth_rate (const KpIndicatorInput *in)
{
  return in->orp != NULL ? per_1000 (in, in->orp->births) : NAN;
}

static double
compute_death_rate (const KpIndicatorInput *in)
{
  return in->orp != NULL ? per_1000 (in, in->orp->deaths) : NAN;
}

static double
compute_unemployment (const KpIndicatorInput *in)
{
  return in->orp != NULL ? in->orp->unemployment : NAN;
}

static double
compute_long_term_job_seekers (const KpIndicatorInput *in)
{
  if (in->orp == NULL)
    return NAN;
  return kp_indicators_share (in->orp->job_seekers_long_term, in->orp->job_seekers);
}

static double
compute_dwellings (const KpIndicatorInput *in)
{
  return in->orp != NULL ? per_1000 (in, in->orp->dwellings) : NAN;
}

static double
compute_orp_average_age (const KpIndicatorInput *in)
{
  return in->orp != NULL ? in->orp->average_age : NAN;
}

/* @capacity per 1 000 of @base inhabitants. */
static double
coverage (double capacity,
          gint64 base)
{
  if (!isfinite (capacity) || base <= 0)
    return NAN;
  return 1000.0 * capacity / (double) base;
}

static double
compute_beds_seniors (const KpIndicatorInput *in)
{
  return in->network != NULL ? coverage (in->network->beds_seniors, in->totals->a65_plus) : NAN;
}

static double
compute_home_care (const KpIndicatorInput *in)
{
  return in->network != NULL ? coverage (in->network->home_care_clients, in->totals->a80_plus)
                             : NAN;
}

static double
compute_network_fte (const KpIndicatorInput *in)
{
  return in->network != NULL ? coverage (in->network->fte, in->totals->total) : NAN;
}

#define PERSONS KP_INDICATOR_UNIT_PERSONS
#define PERCENT KP_INDICATOR_UNIT_PERCENT
#define PER_KM2 KP_INDICATOR_UNIT_PER_KM2
#define PER_100 KP_INDICATOR_UNIT_PER_100
#define NONE    KP_INDICATOR_BETTER_NONE
#define HIGHER  KP_INDICATOR_BETTER_HIGHER
#define LOWER   KP_INDICATOR_BETTER_LOWER
#define PER_1K  KP_INDICATOR_UNIT_PER_1000
#define YEARS   KP_INDICATOR_UNIT_YEARS
#define POP     KP_INDICATOR_SOURCE_POPULATION
#define POPAREA KP_INDICATOR_SOURCE_POPULATION_AREA
#define BANDS   KP_INDICATOR_SOURCE_AGE_BANDS
#define CSU_ORP KP_INDICATOR_SOURCE_CSU_ORP
#define NETWORK KP_INDICATOR_SOURCE_NETWORK

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
  [KP_INDICATOR_AVERAGE_AGE] = { "average_age", NULL, N_ ("Average age"), N_ ("Average age"),
                                 YEARS, N_ ("years"),
                                 N_ ("sum over the five-year bands of (the middle of the band × "
                                     "its inhabitants) / all inhabitants; 85+ counts as 89 "
                                     "years"),
                                 LOWER, BANDS, 1, FALSE, compute_average_age },
  [KP_INDICATOR_NATURAL_CHANGE] = { "natural_change", NULL,
                                    N_ ("Natural increase per 1 000 inhabitants"),
                                    N_ ("Natural increase (‰)"), PER_1K,
                                    N_ ("per 1 000 inhabitants"),
                                    N_ ("(live births − deaths) / inhabitants at 31 December "
                                        "× 1 000"),
                                    HIGHER, CSU_ORP, 1, FALSE, compute_natural_change },
  [KP_INDICATOR_NET_MIGRATION] = { "net_migration", NULL,
                                   N_ ("Net migration per 1 000 inhabitants"),
                                   N_ ("Net migration (‰)"), PER_1K, N_ ("per 1 000 inhabitants"),
                                   N_ ("(immigrants − emigrants) / inhabitants at 31 December "
                                       "× 1 000"),
                                   HIGHER, CSU_ORP, 1, FALSE, compute_net_migration },
  [KP_INDICATOR_BIRTH_RATE] = { "birth_rate", NULL, N_ ("Live births per 1 000 inhabitants"),
                                N_ ("Live births (‰)"), PER_1K, N_ ("per 1 000 inhabitants"),
                                N_ ("live births / inhabitants at 31 December × 1 000"), HIGHER,
                                CSU_ORP, 1, FALSE, compute_birth_rate },
  [KP_INDICATOR_DEATH_RATE] = { "death_rate", NULL, N_ ("Deaths per 1 000 inhabitants"),
                                N_ ("Deaths (‰)"), PER_1K, N_ ("per 1 000 inhabitants"),
                                N_ ("deaths / inhabitants at 31 December × 1 000"), LOWER,
                                CSU_ORP, 1, FALSE, compute_death_rate },
  [KP_INDICATOR_UNEMPLOYMENT] = { "unemployment", NULL, N_ ("Share of unemployed persons"),
                                  N_ ("Unemployed (%)"), PERCENT, "%",
                                  N_ ("available job seekers aged 15–64 / inhabitants aged "
                                      "15–64 × 100, as ČSÚ publishes it; for a kraj and ČR the "
                                      "mean of their ORP weighted by the inhabitants aged "
                                      "15–64"),
                                  LOWER, CSU_ORP, 2, FALSE, compute_unemployment },
  [KP_INDICATOR_LONG_TERM_JOB_SEEKERS] = { "long_term_job_seekers", NULL,
                                           N_ ("Job seekers registered over 12 months"),
                                           N_ ("Seekers over 12 months (%)"), PERCENT, "%",
                                           N_ ("job seekers registered for over 12 months / "
                                               "all job seekers × 100"),
                                           LOWER, CSU_ORP, 1, FALSE,
                                           compute_long_term_job_seekers },
  [KP_INDICATOR_DWELLINGS] = { "dwellings", NULL, N_ ("Completed dwellings per 1 000 inhabitants"),
                               N_ ("Completed dwellings (‰)"), PER_1K, N_ ("per 1 000 inhabitants"),
                               N_ ("dwellings completed in the year / inhabitants × 1 000"),
                               HIGHER, CSU_ORP, 1, FALSE, compute_dwellings },
  [KP_INDICATOR_ORP_AVERAGE_AGE] = { "orp_average_age", NULL, N_ ("Average age (ČSÚ)"),
                                     N_ ("Average age (ČSÚ)"), YEARS, N_ ("years"),
                                     N_ ("the average age ČSÚ computes from single years of "
                                         "age; for a kraj and ČR the mean of their ORP "
                                         "weighted by the population"),
                                     LOWER, CSU_ORP, 1, FALSE, compute_orp_average_age },
  [KP_INDICATOR_BEDS_SENIORS] = { "beds_seniors", NULL,
                                  N_ ("Beds for seniors per 1 000 aged 65+"),
                                  N_ ("Beds DS + DZR per 1 000 aged 65+"), PER_1K,
                                  N_ ("beds per 1 000 aged 65+"),
                                  N_ ("registered beds of homes for seniors and homes with a "
                                      "special regime / inhabitants aged 65+ × 1 000"),
                                  HIGHER, NETWORK, 1, FALSE, compute_beds_seniors },
  [KP_INDICATOR_HOME_CARE] = { "home_care", NULL, N_ ("Home care clients per 1 000 aged 80+"),
                               N_ ("Clients of home care per 1 000 aged 80+"), PER_1K,
                               N_ ("clients per 1 000 aged 80+"),
                               N_ ("registered clients of home care (pečovatelská služba) and "
                                   "personal assistance / inhabitants aged 80+ × 1 000"),
                               HIGHER, NETWORK, 1, FALSE, compute_home_care },
  [KP_INDICATOR_NETWORK_FTE] = { "network_fte", NULL,
                                 N_ ("Úvazky of the kraj network per 1 000 inhabitants"),
                                 N_ ("Network úvazky per 1 000"), PER_1K,
                                 N_ ("úvazky per 1 000 inhabitants"),
                                 N_ ("úvazky of the project’s services in the kraj network / "
                                     "all inhabitants × 1 000"),
                                 HIGHER, NETWORK, 2, FALSE, compute_network_fte },
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
kp_indicator_has_obec_values (KpIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, FALSE);
  return indicators[indicator].source == KP_INDICATOR_SOURCE_POPULATION ||
         indicators[indicator].source == KP_INDICATOR_SOURCE_POPULATION_AREA;
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
  switch (indicators[indicator].source)
    {
    case KP_INDICATOR_SOURCE_POPULATION_AREA:
      /* Translators: the source of an indicator; ČSÚ's dataset "Věkové složení obyvatelstva
       * obcí" and the boundaries of the obce in the project */
      source = _ ("ČSÚ, age composition of the population of obce; area from the boundaries "
                  "of the obce");
      break;
    case KP_INDICATOR_SOURCE_CSU_ORP:
      /* Translators: the source of an indicator; ČSÚ's "ukazatele za správní obvody ORP" */
      source = _ ("ČSÚ, indicators of the administrative districts of ORP");
      break;
    case KP_INDICATOR_SOURCE_NETWORK:
      /* Translators: the source of a coverage ratio */
      source = _ ("The project’s network of services (MPSV registry, kraj network) and ČSÚ, "
                  "age composition of the population of obce");
      break;
    case KP_INDICATOR_SOURCE_AGE_BANDS:
    case KP_INDICATOR_SOURCE_POPULATION:
    default:
      /* Translators: the source of an indicator; ČSÚ's dataset "Věkové složení obyvatelstva
       * obcí" */
      source = _ ("ČSÚ, age composition of the population of obce");
      break;
    }
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
  KpIndicatorInput input = { totals, area_km2, NULL, NULL, NULL };

  g_return_val_if_fail (indicator < KP_N_INDICATORS, NAN);
  g_return_val_if_fail (totals != NULL, NAN);
  return indicators[indicator].compute (&input);
}

double
kp_indicator_compute_input (KpIndicator             indicator,
                            const KpIndicatorInput *input)
{
  g_return_val_if_fail (indicator < KP_N_INDICATORS, NAN);
  g_return_val_if_fail (input != NULL && input->totals != NULL, NAN);
  return indicators[indicator].compute (input);
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
    case KP_INDICATOR_UNIT_PER_1000:
    case KP_INDICATOR_UNIT_YEARS:
    default:
      number = kp_czech_format_double (value, indicators[indicator].decimals);
      /* Translators: a value and its unit, e.g. "125,5 osob 65+ na 100 dětí" */
      return g_strdup_printf (_ ("%s %s"), number, kp_indicator_get_unit_label (indicator));
    }
}

void
kp_orp_figures_init (KpOrpFigures *figures)
{
  g_return_if_fail (figures != NULL);
  *figures = (KpOrpFigures){ 0 };
  figures->unemployment = NAN;
  figures->average_age = NAN;
}

/* The mean of @a (weight @wa) and @b (weight @wb), either NAN when unknown. */
static double
weighted_mean (double a,
               gint64 wa,
               double b,
               gint64 wb)
{
  if (isnan (a) || wa <= 0)
    return wb > 0 ? b : NAN;
  if (isnan (b) || wb <= 0)
    return a;
  return (a * (double) wa + b * (double) wb) / (double) (wa + wb);
}

void
kp_orp_figures_add (KpOrpFigures       *sum,
                    const KpOrpFigures *add)
{
  g_return_if_fail (sum != NULL && add != NULL);
  sum->unemployment = weighted_mean (sum->unemployment, isnan (sum->unemployment) ? 0 : sum->a15_64,
                                     add->unemployment, add->a15_64);
  sum->average_age = weighted_mean (sum->average_age, isnan (sum->average_age) ? 0 : sum->population,
                                    add->average_age, add->population);
  sum->population += add->population;
  sum->a15_64 += add->a15_64;
  sum->births += add->births;
  sum->deaths += add->deaths;
  sum->natural_change += add->natural_change;
  sum->net_migration += add->net_migration;
  sum->job_seekers += add->job_seekers;
  sum->job_seekers_long_term += add->job_seekers_long_term;
  sum->dwellings += add->dwellings;
}
