/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For gen-rpss only: the list of obce of --obce. */

#include <glib.h>

/* Where a provider or a facility is: codes of obec, okres and kraj (0: not given). */
typedef struct
{
  int obec;
  int okres;
  int kraj;
} Location;

/* Reads a RÚIAN list of obce (ruian/UI_OBEC.csv, ruian/obce.csv: a header, rows separated by
 * ';' or ',', maybe quoted; the columns kod, okres_kod and vusc_kod or kraj_kod found by
 * name; rows with a PLATI_DO date left out) or a file of codes, one a line.
 * Returns: (transfer full) (element-type Location): the obce, or %NULL with @error set */
GArray *gen_rpss_load_obce (const char *path,
                            GError    **error);
