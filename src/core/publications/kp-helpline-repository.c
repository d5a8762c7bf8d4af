/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-helpline-repository.h"
#include "kp-database-private.h"

static const char SQL_LOAD[] =
    "SELECT name, phone, hours, note, groups FROM helpline ORDER BY position, id";
static const char SQL_CLEAR[] = "DELETE FROM helpline";
static const char SQL_INSERT[] =
    "INSERT INTO helpline (position, name, phone, hours, note, groups) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_SAVEPOINT[] = "SAVEPOINT helplines";
static const char SQL_RELEASE[] = "RELEASE helplines";
static const char SQL_ROLLBACK[] = "ROLLBACK TO helplines; RELEASE helplines";

GPtrArray *
kp_helpline_repository_load (KpDatabase *db,
                             GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD, error);
  g_autoptr (GPtrArray) lines = NULL;
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_helpline_free);
  while (kp_database_step (db, stmt, &has_row, error) && has_row)
    {
      g_auto (GStrv) groups = g_strsplit (kp_database_column_text (stmt, 4), " ", -1);
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) kept = NULL;

      for (int i = 0; groups[i] != NULL; i++)
        if (groups[i][0] != '\0')
          g_strv_builder_add (builder, groups[i]);
      kept = g_strv_builder_end (builder);
      g_ptr_array_add (lines, kp_helpline_new (kp_database_column_text (stmt, 0),
                                               kp_database_column_text (stmt, 1),
                                               kp_database_column_text (stmt, 2),
                                               kp_database_column_text (stmt, 3),
                                               (const char *const *) kept));
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&lines);
}

gboolean
kp_helpline_repository_replace (KpDatabase *db,
                                GPtrArray  *lines,
                                GError    **error)
{
  gboolean ok;

  if (!kp_database_exec (db, SQL_SAVEPOINT, error))
    return FALSE;
  ok = kp_database_exec (db, SQL_CLEAR, error);
  for (guint i = 0; ok && i < lines->len; i++)
    {
      const KpHelpline *line = g_ptr_array_index (lines, i);
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT, error);
      g_autofree char *groups = g_strjoinv (" ", line->groups);

      ok = stmt != NULL;
      if (!ok)
        break;
      sqlite3_bind_int (stmt, 1, (int) i + 1);
      kp_database_bind_text (stmt, 2, line->name);
      kp_database_bind_text (stmt, 3, line->phone);
      kp_database_bind_text (stmt, 4, line->hours);
      kp_database_bind_text (stmt, 5, line->note);
      kp_database_bind_text (stmt, 6, groups);
      ok = kp_database_step_done (db, stmt, error);
    }
  if (ok)
    ok = kp_database_exec (db, SQL_RELEASE, error);
  if (!ok)
    kp_database_exec (db, SQL_ROLLBACK, NULL);
  return ok;
}
