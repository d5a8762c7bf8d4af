/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-area-level.h"
#include "kp-czech.h"

#include <string.h>

static const struct
{
  const char *id;
  const char *name;
  const char *genitive;
  const char *label;
} levels[KP_N_AREA_LEVELS] = {
  [KP_AREA_LEVEL_TERRITORY] = { "territory", NC_ ("area level", "territory"),
                                NC_ ("area level, genitive", "territory"), N_ ("Territory") },
  [KP_AREA_LEVEL_ORP] = { "orp", NC_ ("area level", "ORP"), NC_ ("area level, genitive", "ORP"),
                          NC_ ("territory", "ORP") },
  [KP_AREA_LEVEL_KRAJ] = { "kraj", NC_ ("area level", "kraj"),
                           NC_ ("area level, genitive", "kraj"), N_ ("Kraj") },
  [KP_AREA_LEVEL_CR] = { "cr", NC_ ("area level", "Czech Republic"),
                         NC_ ("area level, genitive", "Czech Republic"), N_ ("Country") },
  [KP_AREA_LEVEL_OBEC] = { "obec", NC_ ("area level", "obec"),
                           NC_ ("area level, genitive", "obec"), N_ ("Obec") },
};

/* ČSÚ's size groups of obce (velikostní skupiny obcí), the upper groups joined. */
static const KpPopulationBand obec_bands[] = {
  { 0, 199 },
  { 200, 499 },
  { 500, 999 },
  { 1000, 1999 },
  { 2000, 4999 },
  { 5000, 9999 },
  { 10000, 19999 },
  { 20000, -1 },
};

/* The 206 ORP at 31. 12. 2020 fall 50, 51, 44, 43 and 18 into these. */
static const KpPopulationBand orp_bands[] = {
  { 0, 19999 },
  { 20000, 29999 },
  { 30000, 49999 },
  { 50000, 99999 },
  { 100000, -1 },
};

/* The 14 kraje at 31. 12. 2020 fall 2, 7, 3 and 2 into these. */
static const KpPopulationBand kraj_bands[] = {
  { 0, 499999 },
  { 500000, 799999 },
  { 800000, 1199999 },
  { 1200000, -1 },
};

const char *
kp_area_level_to_string (KpAreaLevel level)
{
  g_return_val_if_fail (level < KP_N_AREA_LEVELS, NULL);
  return levels[level].id;
}

gboolean
kp_area_level_from_string (const char  *id,
                           KpAreaLevel *out_level)
{
  for (guint i = 0; id != NULL && i < KP_N_AREA_LEVELS; i++)
    if (strcmp (levels[i].id, id) == 0)
      {
        *out_level = (KpAreaLevel) i;
        return TRUE;
      }
  return FALSE;
}

const char *
kp_area_level_get_name (KpAreaLevel level)
{
  g_return_val_if_fail (level < KP_N_AREA_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "area level", levels[level].name);
}

const char *
kp_area_level_get_genitive (KpAreaLevel level)
{
  g_return_val_if_fail (level < KP_N_AREA_LEVELS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "area level, genitive", levels[level].genitive);
}

const char *
kp_area_level_get_label (KpAreaLevel level)
{
  g_return_val_if_fail (level < KP_N_AREA_LEVELS, NULL);
  if (level == KP_AREA_LEVEL_ORP)
    /* Translators: obec s rozšířenou působností, keep the abbreviation */
    return C_ ("territory", "ORP");
  return _ (levels[level].label);
}

const KpPopulationBand *
kp_area_level_get_population_bands (KpAreaLevel level,
                                    guint      *out_n)
{
  g_return_val_if_fail (level < KP_N_AREA_LEVELS, NULL);
  switch (level)
    {
    case KP_AREA_LEVEL_OBEC:
      *out_n = G_N_ELEMENTS (obec_bands);
      return obec_bands;
    case KP_AREA_LEVEL_ORP:
    case KP_AREA_LEVEL_TERRITORY:
      *out_n = G_N_ELEMENTS (orp_bands);
      return orp_bands;
    case KP_AREA_LEVEL_KRAJ:
      *out_n = G_N_ELEMENTS (kraj_bands);
      return kraj_bands;
    case KP_AREA_LEVEL_CR:
    case KP_N_AREA_LEVELS:
    default:
      *out_n = 0;
      return NULL;
    }
}

int
kp_area_level_find_population_band (KpAreaLevel level,
                                    gint64      population)
{
  guint                   n;
  const KpPopulationBand *bands = kp_area_level_get_population_bands (level, &n);

  if (population < 0)
    return -1;
  for (guint i = 0; i < n; i++)
    if (population >= bands[i].from && (bands[i].to < 0 || population <= bands[i].to))
      return (int) i;
  return -1;
}

char *
kp_population_band_format (const KpPopulationBand *band)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (band != NULL, NULL);
  from = kp_czech_format_int (band->from);
  if (band->to < 0)
    /* Translators: an open population band, e.g. "20 000 a více" */
    return g_strdup_printf (_ ("%s and more"), from);
  to = kp_czech_format_int (band->to);
  /* A range of numbers: an en dash without spaces. */
  return g_strdup_printf ("%s–%s", from, to);
}
