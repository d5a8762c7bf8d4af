/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-import-undo-repository.h"
#include "kp-database-private.h"

/* Undoing the last import of the reference library: its copies of the tables it changed,
 * and the counts the shrink guard compares (0004-import-undo.sql). The copies keep the
 * order of the rows (ORDER BY rowid), so a table copied back reads as it read before. */

static const char SQL_BEGIN[] =
    "INSERT OR REPLACE INTO import_undo (id, schema_version, last_log_id, "
    "last_registry_import, saved) VALUES (1, ?1, "
    "(SELECT coalesce(max(id), 0) FROM import_log), ?2, 0)";
static const char SQL_GET[] =
    "SELECT schema_version, last_log_id, last_registry_import, saved FROM import_undo "
    "WHERE id = 1";
static const char SQL_MARK_SAVED[] = "UPDATE import_undo SET saved = saved | ?1 WHERE id = 1";
static const char SQL_FORGET[] = "DELETE FROM import_undo";
static const char SQL_DELETE_LOG_AFTER[] = "DELETE FROM import_log WHERE id > ?1";

/* One table of a group: how its copy is made, emptied and copied back. */
typedef struct
{
  KpUndoGroup group;
  const char *clear_copy;
  const char *save;
  const char *clear_table;
  const char *restore;
} UndoTable;

#define UNDO_TABLE(group, name)                                                                \
  {                                                                                            \
    group, "DELETE FROM undo_" name,                                                           \
        "INSERT INTO undo_" name " SELECT * FROM " name " ORDER BY rowid",                     \
        "DELETE FROM " name, "INSERT INTO " name " SELECT * FROM undo_" name " ORDER BY rowid" \
  }

/* In the order they are copied back: parents before the rows that refer to them (the
 * foreign keys are deferred, but the order keeps them easy to read). */
static const UndoTable undo_tables[] = {
  UNDO_TABLE (KP_UNDO_GROUP_CODES, "kraj"),
  UNDO_TABLE (KP_UNDO_GROUP_CODES, "okres"),
  UNDO_TABLE (KP_UNDO_GROUP_CODES, "orp"),
  UNDO_TABLE (KP_UNDO_GROUP_CODES, "pou"),
  UNDO_TABLE (KP_UNDO_GROUP_CODES, "csu_code"),
  UNDO_TABLE (KP_UNDO_GROUP_OBCE, "obec"),
  UNDO_TABLE (KP_UNDO_GROUP_POPULATION, "population"),
  UNDO_TABLE (KP_UNDO_GROUP_BOUNDARIES, "boundary_arc"),
  UNDO_TABLE (KP_UNDO_GROUP_BOUNDARIES, "boundary"),
  UNDO_TABLE (KP_UNDO_GROUP_ORP_INDICATORS, "csu_orp"),
  UNDO_TABLE (KP_UNDO_GROUP_UP_OFFICES, "up_office"),
  /* KP_UNDO_GROUP_REGISTRY_CODES: the registry's own (kp-registry-undo-repository.c) */
};

/* Per KpLossKind: rows in the copy; rows of the copy gone from the table; their names. */
#define LOSS(name, key, where)                                                                \
  {                                                                                           \
    "SELECT count(*) FROM undo_" name " AS u WHERE 1 " where,                                 \
        "SELECT count(*) FROM undo_" name " AS u WHERE 1 " where                              \
        " AND NOT EXISTS (SELECT 1 FROM " name " AS t WHERE " key ")",                        \
        "SELECT u.nazev FROM undo_" name " AS u WHERE 1 " where                               \
        " AND NOT EXISTS (SELECT 1 FROM " name " AS t WHERE " key ") ORDER BY u.kod LIMIT ?1" \
  }

static const struct
{
  const char *before;
  const char *lost;
  const char *examples;
} loss_sql[KP_N_LOSSES] = {
  [KP_LOSS_KRAJE] = LOSS ("kraj", "t.kod = u.kod", ""),
  [KP_LOSS_OKRESY] = LOSS ("okres", "t.kod = u.kod", ""),
  [KP_LOSS_ORP] = LOSS ("orp", "t.kod = u.kod", ""),
  [KP_LOSS_POU] = LOSS ("pou", "t.kod = u.kod", ""),
  [KP_LOSS_OBCE] = LOSS ("obec", "t.kod = u.kod", ""),
  [KP_LOSS_BOUNDARIES_OBCE] = LOSS ("boundary", "t.level = u.level AND t.kod = u.kod", "AND u.level = 'obec'"),
  [KP_LOSS_BOUNDARIES_ORP] = LOSS ("boundary", "t.level = u.level AND t.kod = u.kod", "AND u.level = 'orp'"),
  [KP_LOSS_BOUNDARIES_KRAJE] = LOSS ("boundary", "t.level = u.level AND t.kod = u.kod", "AND u.level = 'kraj'"),
  /* The ČSÚ indicators of the SO ORP are keyed on the ČSÚ code, csu_kod. */
  [KP_LOSS_ORP_INDICATORS] = {
      "SELECT count(*) FROM undo_csu_orp",
      "SELECT count(*) FROM undo_csu_orp AS u "
      "WHERE NOT EXISTS (SELECT 1 FROM csu_orp AS t WHERE t.csu_kod = u.csu_kod)",
      "SELECT u.nazev FROM undo_csu_orp AS u "
      "WHERE NOT EXISTS (SELECT 1 FROM csu_orp AS t WHERE t.csu_kod = u.csu_kod) "
      "ORDER BY u.csu_kod LIMIT ?1",
  },
  /* The contact offices of Úřad práce have no code: an office is its name. */
  [KP_LOSS_UP_OFFICES] = {
      "SELECT count(*) FROM undo_up_office",
      "SELECT count(*) FROM undo_up_office AS u "
      "WHERE NOT EXISTS (SELECT 1 FROM up_office AS t WHERE t.nazev = u.nazev)",
      "SELECT u.nazev FROM undo_up_office AS u "
      "WHERE NOT EXISTS (SELECT 1 FROM up_office AS t WHERE t.nazev = u.nazev) "
      "ORDER BY u.id LIMIT ?1",
  },
};

static gboolean
clear_copies (KpDatabase *db,
              GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (undo_tables); i++)
    if (!kp_database_exec (db, undo_tables[i].clear_copy, error))
      return FALSE;
  return TRUE;
}

gboolean
kp_import_undo_repository_begin (KpDatabase *db,
                                 gint64      last_registry_import,
                                 GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (!clear_copies (db, error))
    return FALSE;
  stmt = kp_database_prepare (db, SQL_BEGIN, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, kp_database_get_version (db));
  sqlite3_bind_int64 (stmt, 2, last_registry_import);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_import_undo_repository_save (KpDatabase *db,
                                KpUndoGroup group,
                                GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (undo_tables); i++)
    if (undo_tables[i].group == group &&
        (!kp_database_exec (db, undo_tables[i].clear_copy, error) ||
         !kp_database_exec (db, undo_tables[i].save, error)))
      return FALSE;
  stmt = kp_database_prepare (db, SQL_MARK_SAVED, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) group);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_import_undo_repository_get (KpDatabase  *db,
                               gboolean    *out_found,
                               KpUndoState *out_state,
                               GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_GET, error);

  *out_found = FALSE;
  if (stmt == NULL || !kp_database_step (db, stmt, out_found, error))
    return FALSE;
  if (*out_found)
    {
      out_state->schema_version = sqlite3_column_int (stmt, 0);
      out_state->last_log_id = sqlite3_column_int64 (stmt, 1);
      out_state->last_registry_import = sqlite3_column_int64 (stmt, 2);
      out_state->saved = (guint) sqlite3_column_int (stmt, 3);
    }
  return TRUE;
}

gboolean
kp_import_undo_repository_restore (KpDatabase        *db,
                                   const KpUndoState *state,
                                   GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  /* Emptied children first, then filled parents first. */
  for (guint i = G_N_ELEMENTS (undo_tables); i > 0; i--)
    if ((state->saved & undo_tables[i - 1].group) != 0 &&
        !kp_database_exec (db, undo_tables[i - 1].clear_table, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (undo_tables); i++)
    if ((state->saved & undo_tables[i].group) != 0 &&
        !kp_database_exec (db, undo_tables[i].restore, error))
      return FALSE;
  stmt = kp_database_prepare (db, SQL_DELETE_LOG_AFTER, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->last_log_id);
  return kp_database_step_done (db, stmt, error) && clear_copies (db, error) &&
         kp_database_exec (db, SQL_FORGET, error);
}

gboolean
kp_import_undo_repository_count_loss (KpDatabase *db,
                                      KpLossKind  kind,
                                      gint64     *out_before,
                                      gint64     *out_lost,
                                      GPtrArray  *examples,
                                      guint       max_examples,
                                      GError    **error)
{
  g_autoptr (sqlite3_stmt) before = NULL;
  g_autoptr (sqlite3_stmt) lost = NULL;
  g_autoptr (sqlite3_stmt) names = NULL;
  gboolean has_row;

  g_assert (kind < KP_N_LOSSES);
  before = kp_database_prepare (db, loss_sql[kind].before, error);
  if (before == NULL || !kp_database_step_row (db, before, error))
    return FALSE;
  *out_before = sqlite3_column_int64 (before, 0);
  lost = kp_database_prepare (db, loss_sql[kind].lost, error);
  if (lost == NULL || !kp_database_step_row (db, lost, error))
    return FALSE;
  *out_lost = sqlite3_column_int64 (lost, 0);
  if (*out_lost == 0 || max_examples == 0)
    return TRUE;
  names = kp_database_prepare (db, loss_sql[kind].examples, error);
  if (names == NULL)
    return FALSE;
  sqlite3_bind_int (names, 1, (int) max_examples);
  for (;;)
    {
      if (!kp_database_step (db, names, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      g_ptr_array_add (examples, kp_database_dup_column_text (names, 0));
    }
}
