/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-changeset.h"
#include "kp-database-private.h"
#include "kp-error.h"

/* One transaction recorded by a session of SQLite's session extension, and a recorded
 * changeset applied again, or inverted to undo it. A changeset names each changed row by
 * its primary key and holds its values before and after; applying it checks that the rows
 * are as the changeset expects, so an undo never overwrites what changed since. */

/* A changeset already holds the rows that foreign-key actions (ON DELETE CASCADE) deleted
 * when it was recorded; while it is applied the actions must not run again, or its own
 * deletes of those rows would find them gone. It restores a consistent state, and any row
 * that is not as it expects aborts it. */
static const char SQL_FOREIGN_KEYS_OFF[] = "PRAGMA foreign_keys = OFF";
static const char SQL_FOREIGN_KEYS_ON[] = "PRAGMA foreign_keys = ON";

typedef struct
{
  KpTableFilterFunc func;
  gpointer          data;
} Filter;

static int
filter_table (void       *user_data,
              const char *table)
{
  Filter *filter = user_data;

  return filter->func == NULL || filter->func (table, filter->data);
}

/**
 * kp_changeset_record:
 * @filter: (nullable): which tables are recorded; %NULL for all of "main"
 * @func: writes the edit
 *
 * Runs @func in one transaction (BEGIN IMMEDIATE … COMMIT) with a session attached to the
 * tables @filter accepts. When @func or the commit fails, the transaction is rolled back.
 *
 * Returns: (transfer full): the changeset of what @func changed in the recorded tables
 *   (empty when nothing), or %NULL with @error set and nothing changed
 */
GBytes *
kp_changeset_record (KpDatabase       *db,
                     KpTableFilterFunc filter,
                     gpointer          filter_data,
                     KpEditFunc        func,
                     gpointer          data,
                     GError          **error)
{
  sqlite3         *handle;
  sqlite3_session *session = NULL;
  Filter           tables = { filter, filter_data };
  void            *buffer = NULL;
  int              size = 0;
  int              rc;

  g_return_val_if_fail (KP_IS_DATABASE (db), NULL);
  g_return_val_if_fail (func != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  handle = kp_database_get_handle (db);
  if (!kp_database_begin (db, error))
    return NULL;
  rc = sqlite3session_create (handle, "main", &session);
  if (rc == SQLITE_OK)
    {
      sqlite3session_table_filter (session, filter_table, &tables);
      rc = sqlite3session_attach (session, NULL);
    }
  if (rc != SQLITE_OK)
    {
      kp_database_set_error (db, rc, error);
      goto failed;
    }
  if (!func (db, data, error))
    goto failed;
  rc = sqlite3session_changeset (session, &size, &buffer);
  if (rc != SQLITE_OK)
    {
      kp_database_set_error (db, rc, error);
      goto failed;
    }
  g_clear_pointer (&session, sqlite3session_delete);
  if (!kp_database_commit (db, error))
    {
      sqlite3_free (buffer);
      goto failed;
    }
  return g_bytes_new_with_free_func (buffer, (gsize) size, sqlite3_free, buffer);

failed:
  g_clear_pointer (&session, sqlite3session_delete);
  kp_database_rollback (db);
  return NULL;
}

static int
on_conflict (void                   *user_data,
             int                     conflict,
             sqlite3_changeset_iter *iter)
{
  gboolean *conflicted = user_data;
  *conflicted = TRUE;
  return SQLITE_CHANGESET_ABORT;
}

/**
 * kp_changeset_apply:
 * @changeset: a changeset from kp_changeset_record()
 * @invert: %TRUE to undo it, %FALSE to apply it again
 *
 * Applies @changeset in one transaction. A row that is not as the changeset expects (it
 * changed since, or is gone) aborts it: nothing changes and #KP_PROJECT_ERROR_CONFLICT is
 * set.
 */
gboolean
kp_changeset_apply (KpDatabase *db,
                    GBytes     *changeset,
                    gboolean    invert,
                    GError    **error)
{
  gsize       size = 0;
  const void *bytes;
  gboolean    conflicted = FALSE;
  int         rc;

  g_return_val_if_fail (KP_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (changeset != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_bytes_get_data (changeset, &size);
  if (size == 0)
    return TRUE;
  if (!kp_database_exec (db, SQL_FOREIGN_KEYS_OFF, error))
    return FALSE;
  if (!kp_database_begin (db, error))
    {
      kp_database_exec (db, SQL_FOREIGN_KEYS_ON, NULL);
      return FALSE;
    }
  rc = sqlite3changeset_apply_v2 (kp_database_get_handle (db), (int) size, (void *) bytes, NULL,
                                  on_conflict, &conflicted, NULL, NULL,
                                  invert ? SQLITE_CHANGESETAPPLY_INVERT : 0);
  if (rc != SQLITE_OK)
    {
      if (conflicted)
        g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_CONFLICT,
                             invert ? _ ("The change cannot be undone: the data it changed have "
                                         "been changed since")
                                    : _ ("The change cannot be redone: the data it changes have "
                                         "been changed since"));
      else
        kp_database_set_error (db, rc, error);
      kp_database_rollback (db);
    }
  else if (!kp_database_commit (db, error))
    {
      rc = SQLITE_ERROR;
      kp_database_rollback (db);
    }
  kp_database_exec (db, SQL_FOREIGN_KEYS_ON, NULL);
  return rc == SQLITE_OK;
}
