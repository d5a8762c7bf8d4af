/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-database-private.h"

/* Reading columns and binding parameters the same way in every repository: text as UTF-8
 * with SQL NULL for %NULL, row ids with SQL NULL for none. */

/**
 * kp_database_column_text:
 *
 * Returns: the column as UTF-8 text, or %NULL for SQL NULL.
 */
const char *
kp_database_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/**
 * kp_database_dup_column_text:
 *
 * Returns: (transfer full) (nullable): a copy of the column's text, %NULL for SQL NULL
 */
char *
kp_database_dup_column_text (sqlite3_stmt *stmt,
                             int           column)
{
  return g_strdup (kp_database_column_text (stmt, column));
}

/* Binds @text, or SQL NULL for %NULL. */
void
kp_database_bind_text (sqlite3_stmt *stmt,
                       int           index,
                       const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

/* Binds a row id, or SQL NULL for an id that is not positive (none). */
void
kp_database_bind_id (sqlite3_stmt *stmt,
                     int           index,
                     gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}
