/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project-settings.h"
#include "kp-database-private.h"
#include "kp-error.h"
#include "kp-project-private.h"

#include <string.h>

/* The setting table of resources/sql/project/0005-settings.sql. */

static const char SQL_SELECT_SETTING[] =
    "SELECT value FROM setting WHERE key = ?1";
static const char SQL_UPSERT_SETTING[] =
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
static const char SQL_DELETE_SETTING[] =
    "DELETE FROM setting WHERE key = ?1";

/* Longest key: keys are names chosen by the program, never typed by the user. */
#define MAX_KEY_LENGTH 256

static gboolean
is_valid_key (const char *key)
{
  gsize len = key != NULL ? strlen (key) : 0;

  return len > 0 && len <= MAX_KEY_LENGTH && g_utf8_validate (key, len, NULL);
}

/**
 * kp_project_dup_setting:
 *
 * Returns: (transfer full) (nullable): the value stored under @key, or %NULL
 */
char *
kp_project_dup_setting (KpProject  *self,
                        const char *key)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  KpDatabase *db;
  gboolean    has_row = FALSE;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);
  g_return_val_if_fail (is_valid_key (key), NULL);

  db = kp_project_get_database (self);
  stmt = kp_database_prepare (db, SQL_SELECT_SETTING, &error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      if (kp_database_step (db, stmt, &has_row, &error) && has_row)
        return kp_database_dup_column_text (stmt, 0);
    }
  if (error != NULL)
    g_debug ("Reading the setting %s failed: %s", key, error->message);
  return NULL;
}

/**
 * kp_project_set_setting:
 * @value: (nullable): the new value; %NULL removes @key
 *
 * Returns: %TRUE when the value is stored; %FALSE with @error set, and nothing changed
 */
gboolean
kp_project_set_setting (KpProject  *self,
                        const char *key,
                        const char *value,
                        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  KpDatabase *db;
  gsize       len = 0;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (is_valid_key (key), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value != NULL)
    {
      len = strlen (value);
      if (!g_utf8_validate (value, len, NULL))
        {
          g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("The text contains characters that are not valid and was not saved"));
          return FALSE;
        }
      if (len > KP_PROJECT_SETTING_MAX_LENGTH)
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                       /* Translators: %d is a size in kilobytes, 64 */
                       _ ("The text is too long to be saved in the project (at most %d KiB)"),
                       KP_PROJECT_SETTING_MAX_LENGTH / 1024);
          return FALSE;
        }
    }

  db = kp_project_get_database (self);
  stmt = kp_database_prepare (db, value != NULL ? SQL_UPSERT_SETTING : SQL_DELETE_SETTING, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, (int) len, SQLITE_STATIC);
  return kp_database_step_done (db, stmt, error);
}
