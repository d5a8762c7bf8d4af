/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KpAreaLevel:
 * @KP_AREA_LEVEL_TERRITORY: the project's own territory (any set of obce)
 * @KP_AREA_LEVEL_ORP: an ORP (správní obvod obce s rozšířenou působností)
 * @KP_AREA_LEVEL_KRAJ: a kraj
 * @KP_AREA_LEVEL_CR: the whole Czech Republic
 * @KP_AREA_LEVEL_OBEC: one obec
 *
 * The kinds of area Komplan shows figures for.
 */
typedef enum
{
  KP_AREA_LEVEL_TERRITORY,
  KP_AREA_LEVEL_ORP,
  KP_AREA_LEVEL_KRAJ,
  KP_AREA_LEVEL_CR,
  KP_AREA_LEVEL_OBEC,
  KP_N_AREA_LEVELS
} KpAreaLevel;

/**
 * KpPopulationBand:
 * @from: the least population in the band
 * @to: the greatest, or -1 for an open band ("20 000 a více")
 *
 * A size class by population, both ends inclusive: an area with @from or @to inhabitants
 * belongs to the band.
 */
typedef struct
{
  gint64 from;
  gint64 to;
} KpPopulationBand;

/* "territory", "orp", "kraj", "cr", "obec" */
const char *kp_area_level_to_string (KpAreaLevel level);
gboolean    kp_area_level_from_string (const char  *id,
                                       KpAreaLevel *out_level);
/* Translated: the noun as in a sentence ("obec", "kraj", "Česká republika"), its genitive
 * ("obce", "kraje", "České republiky"), and a short label for a column of levels ("Kraj",
 * "Stát"). */
const char *kp_area_level_get_name (KpAreaLevel level);
const char *kp_area_level_get_genitive (KpAreaLevel level);
const char *kp_area_level_get_label (KpAreaLevel level);

/* The population bands of the level, smallest first; the first starts at 0 and the last is
 * open. Obce use ČSÚ's size groups of obce; ORP (and a planning territory, which is about
 * as large) and kraje have bands that split the 206 ORP and 14 kraje of 2020 into groups of
 * comparable size. The whole country has none (*out_n is 0). */
const KpPopulationBand *kp_area_level_get_population_bands (KpAreaLevel level,
                                                            guint      *out_n);
/* The index of the band @population falls in, -1 when the level has no bands or the
 * population is negative. */
int kp_area_level_find_population_band (KpAreaLevel level,
                                        gint64      population);
/* "0–199", "1 000–1 999", "20 000 a více" */
char *kp_population_band_format (const KpPopulationBand *band);

G_END_DECLS
