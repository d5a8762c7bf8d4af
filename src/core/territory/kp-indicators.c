/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-indicators.h"
#include "kp-indicator.h"

#include <math.h>

/**
 * kp_indicators_share:
 *
 * Returns: @part as a percentage of @total, or NAN when @total is 0
 */
double
kp_indicators_share (gint64 part,
                     gint64 total)
{
  if (total <= 0)
    return NAN;
  return 100.0 * (double) part / (double) total;
}

double
kp_indicators_share_0_14 (const KpAgeTotals *totals)
{
  g_return_val_if_fail (totals != NULL, NAN);
  return kp_indicators_share (totals->a0_14, totals->total);
}

double
kp_indicators_share_15_64 (const KpAgeTotals *totals)
{
  g_return_val_if_fail (totals != NULL, NAN);
  return kp_indicators_share (totals->a15_64, totals->total);
}

double
kp_indicators_share_65_plus (const KpAgeTotals *totals)
{
  g_return_val_if_fail (totals != NULL, NAN);
  return kp_indicators_share (totals->a65_plus, totals->total);
}

double
kp_indicators_share_80_plus (const KpAgeTotals *totals)
{
  g_return_val_if_fail (totals != NULL, NAN);
  return kp_indicators_share (totals->a80_plus, totals->total);
}

/**
 * kp_indicators_ageing_index:
 *
 * Index stáří: inhabitants aged 65 and more per 100 children aged 0–14.
 *
 * Returns: the index, or NAN when there are no children
 */
double
kp_indicators_ageing_index (const KpAgeTotals *totals)
{
  g_return_val_if_fail (totals != NULL, NAN);
  if (totals->a0_14 <= 0)
    return NAN;
  return 100.0 * (double) totals->a65_plus / (double) totals->a0_14;
}

/**
 * kp_indicators_old_age_dependency:
 *
 * Old-age dependency: inhabitants aged 65 and more per 100 aged 15–64 (the Eurostat
 * definition; DOMAIN.md §5.2 also mentions 20–64, which the age totals cannot give).
 *
 * Returns: the ratio, or NAN when nobody is aged 15–64
 */
double
kp_indicators_old_age_dependency (const KpAgeTotals *totals)
{
  g_return_val_if_fail (totals != NULL, NAN);
  if (totals->a15_64 <= 0)
    return NAN;
  return 100.0 * (double) totals->a65_plus / (double) totals->a15_64;
}

/**
 * kp_indicators_average_age:
 * @bands: the population in the 18 five-year bands, 0–4 first, 85+ last
 *
 * The average age estimated from the bands: each band counts at its middle (a person of
 * completed age x is x + 0.5 years old on average, so the band 0–4 counts 2.5 years) and
 * the open band 85+ at 89 years. For ČR at 31. 12. 2020 this gives 42.6, the average
 * ČSÚ published from single years.
 *
 * Returns: the average in years, or NAN when nobody lives there
 */
double
kp_indicators_average_age (const gint64 *bands)
{
  double sum = 0.0;
  gint64 total = 0;

  g_return_val_if_fail (bands != NULL, NAN);
  for (int i = 0; i < KP_AGE_N_BANDS; i++)
    {
      double middle = i + 1 < KP_AGE_N_BANDS ? 5.0 * i + 2.5 : 89.0;

      sum += middle * (double) bands[i];
      total += bands[i];
    }
  return total > 0 ? sum / (double) total : NAN;
}

void
kp_age_totals_add (KpAgeTotals       *sum,
                   const KpAgeTotals *add)
{
  g_return_if_fail (sum != NULL && add != NULL);
  sum->total += add->total;
  sum->a0_14 += add->a0_14;
  sum->a15_64 += add->a15_64;
  sum->a65_plus += add->a65_plus;
  sum->a80_plus += add->a80_plus;
}
