/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-obec-indicator.h"
#include "kp-czech.h"
#include "kp-indicators.h"

#include <math.h>
#include <string.h>

static const struct
{
  const char *id;
  const char *title;
  const char *unit;
  int         decimals;
} indicators[] = {
  [KP_OBEC_INDICATOR_POPULATION] = { "population", N_ ("Population"), N_ ("inhabitants"), 0 },
  [KP_OBEC_INDICATOR_AGE_65_PLUS] = { "age65", N_ ("Aged 65 and over"), N_ ("inhabitants"), 0 },
  [KP_OBEC_INDICATOR_SHARE_65_PLUS] = { "share65", N_ ("Share aged 65 and over"), "%", 1 },
  [KP_OBEC_INDICATOR_AGE_80_PLUS] = { "age80", N_ ("Aged 80 and over"), N_ ("inhabitants"), 0 },
  [KP_OBEC_INDICATOR_AGEING_INDEX] = { "ageing", N_ ("Ageing index"),
                                       N_ ("aged 65+ per 100 children"), 0 },
  [KP_OBEC_INDICATOR_DENSITY] = { "density", N_ ("Population density"), N_ ("inhabitants per km²"),
                                  0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (indicators) == KP_OBEC_N_INDICATORS);

gboolean
kp_obec_indicator_from_string (const char      *id,
                               KpObecIndicator *out_indicator)
{
  for (guint i = 0; id != NULL && i < KP_OBEC_N_INDICATORS; i++)
    if (strcmp (indicators[i].id, id) == 0)
      {
        *out_indicator = (KpObecIndicator) i;
        return TRUE;
      }
  return FALSE;
}

/* Returns: (transfer none): the translated name, e.g. "Share aged 65 and over" */
const char *
kp_obec_indicator_get_title (KpObecIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_OBEC_N_INDICATORS, NULL);
  return _ (indicators[indicator].title);
}

/* Returns: (transfer none): the translated unit, e.g. "inhabitants" or "%" */
const char *
kp_obec_indicator_get_unit (KpObecIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_OBEC_N_INDICATORS, NULL);
  return _ (indicators[indicator].unit);
}

int
kp_obec_indicator_get_decimals (KpObecIndicator indicator)
{
  g_return_val_if_fail (indicator < KP_OBEC_N_INDICATORS, 0);
  return indicators[indicator].decimals;
}

/* Returns: the value for @obec, or NAN when it is undefined (no children, no area) */
double
kp_obec_indicator_get_value (KpObecIndicator indicator,
                             KpObec         *obec)
{
  const KpAgeTotals *totals = kp_obec_get_totals (obec);

  switch (indicator)
    {
    case KP_OBEC_INDICATOR_POPULATION:
      return (double) totals->total;
    case KP_OBEC_INDICATOR_AGE_65_PLUS:
      return (double) totals->a65_plus;
    case KP_OBEC_INDICATOR_SHARE_65_PLUS:
      return kp_indicators_share_65_plus (totals);
    case KP_OBEC_INDICATOR_AGE_80_PLUS:
      return (double) totals->a80_plus;
    case KP_OBEC_INDICATOR_AGEING_INDEX:
      return kp_indicators_ageing_index (totals);
    case KP_OBEC_INDICATOR_DENSITY:
      return kp_obec_get_density (obec);
    case KP_OBEC_N_INDICATORS:
    default:
      g_return_val_if_reached (NAN);
    }
}

/* Returns: (transfer full): the value the Czech way with its unit, e.g. "23,4 %" or
 *   "1 234 inhabitants", or "no data" */
char *
kp_obec_indicator_format_value (KpObecIndicator indicator,
                                double          value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup (_ ("no data"));
  number = kp_czech_format_double (value, kp_obec_indicator_get_decimals (indicator));
  /* Translators: a value and its unit, e.g. "1 234 inhabitants" */
  return g_strdup_printf (_ ("%s %s"), number, kp_obec_indicator_get_unit (indicator));
}
