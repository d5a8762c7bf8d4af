/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-up-office-repository.h"
#include "kp-database-private.h"

/* The contact offices of Úřad práce ČR in the reference library. Clearing the table before
 * an import is kp_library_repository_clear()'s, like every kind's. */

static const char SQL_INSERT[] =
    "INSERT INTO up_office (id, nazev, okres, obec, pocet_mist, lon, lat) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

gboolean
kp_up_office_repository_insert (KpDatabase          *db,
                                const KpUpOfficeRow *row,
                                GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->row);
  kp_database_bind_text (stmt, 2, row->nazev);
  kp_database_bind_text (stmt, 3, row->okres);
  kp_database_bind_text (stmt, 4, row->obec);
  sqlite3_bind_int64 (stmt, 5, row->pocet_mist);
  sqlite3_bind_double (stmt, 6, row->lon);
  sqlite3_bind_double (stmt, 7, row->lat);
  return kp_database_step_done (db, stmt, error);
}
