/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the library's table of the ČSÚ indicators of SO ORP
 * (resources/sql/library/0005-csu-orp.sql), written by kp-import-csu-orp.c and copied into
 * projects by the needs module. */

#include "kp-database.h"

G_BEGIN_DECLS

typedef struct
{
  const char *csu_kod;
  const char *nazev;
  const char *kraj_nuts3;
  const char *ref_date;
  gint64      population;
  gint64      a0_14;
  gint64      a15_64;
  gint64      a65_plus;
  gint64      births;
  gint64      deaths;
  gint64      natural_change;
  gint64      net_migration;
  double      unemployment; /* NAN: not published */
  gint64      job_seekers;
  gint64      job_seekers_long_term;
  gint64      dwellings;
  double      average_age; /* NAN: not published */
} KpCsuOrpRow;

gboolean kp_csu_orp_repository_insert (KpDatabase        *db,
                                       const KpCsuOrpRow *row,
                                       GError           **error);

G_END_DECLS
