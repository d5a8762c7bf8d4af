/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-csu-orp-repository.h"
#include "kp-database-private.h"

#include <math.h>

/* The ČSÚ indicators of SO ORP in the reference library. Clearing the table before an
 * import is kp_library_repository_clear()'s, like every kind's. */

static const char SQL_INSERT[] =
    "INSERT INTO csu_orp (csu_kod, nazev, kraj_nuts3, ref_date, population, a0_14, a15_64, "
    "a65_plus, births, deaths, natural_change, net_migration, unemployment, job_seekers, "
    "job_seekers_long_term, dwellings, average_age) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

static void
bind_double (sqlite3_stmt *stmt,
             int           index,
             double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

gboolean
kp_csu_orp_repository_insert (KpDatabase        *db,
                              const KpCsuOrpRow *row,
                              GError           **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, row->csu_kod);
  kp_database_bind_text (stmt, 2, row->nazev);
  kp_database_bind_text (stmt, 3, row->kraj_nuts3);
  kp_database_bind_text (stmt, 4, row->ref_date);
  sqlite3_bind_int64 (stmt, 5, row->population);
  sqlite3_bind_int64 (stmt, 6, row->a0_14);
  sqlite3_bind_int64 (stmt, 7, row->a15_64);
  sqlite3_bind_int64 (stmt, 8, row->a65_plus);
  sqlite3_bind_int64 (stmt, 9, row->births);
  sqlite3_bind_int64 (stmt, 10, row->deaths);
  sqlite3_bind_int64 (stmt, 11, row->natural_change);
  sqlite3_bind_int64 (stmt, 12, row->net_migration);
  bind_double (stmt, 13, row->unemployment);
  sqlite3_bind_int64 (stmt, 14, row->job_seekers);
  sqlite3_bind_int64 (stmt, 15, row->job_seekers_long_term);
  sqlite3_bind_int64 (stmt, 16, row->dwellings);
  bind_double (stmt, 17, row->average_age);
  return kp_database_step_done (db, stmt, error);
}
