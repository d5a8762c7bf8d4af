/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-setting-repository.h"
#include "kp-database-private.h"

static const char SQL_SELECT_SETTING[] =
    "SELECT value FROM setting WHERE key = ?1";
static const char SQL_UPSERT_SETTING[] =
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
static const char SQL_DELETE_SETTING[] =
    "DELETE FROM setting WHERE key = ?1";

gboolean
kp_setting_repository_get (KpDatabase *db,
                           const char *key,
                           char      **out_value,
                           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SELECT_SETTING, error);
  gboolean has_row = FALSE;

  *out_value = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *out_value = kp_database_dup_column_text (stmt, 0);
  return TRUE;
}

gboolean
kp_setting_repository_set (KpDatabase *db,
                           const char *key,
                           const char *value,
                           gsize       len,
                           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_UPSERT_SETTING, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, (int) len, SQLITE_STATIC);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_setting_repository_delete (KpDatabase *db,
                              const char *key,
                              GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_DELETE_SETTING, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  return kp_database_step_done (db, stmt, error);
}
