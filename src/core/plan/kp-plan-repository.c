/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-repository.h"
#include "kp-database-private.h"

#include <string.h>

/* All SQL of a plan's versions, chapters and comments; the items are in
 * kp-plan-item-repository.c. */

static const char SQL_LIST_VERSIONS[] =
    "SELECT id, number, period_from, period_to, levels, vision, state, comments_from, "
    "comments_to, approved_by, resolution, approved_on, based_on FROM plan_version "
    "ORDER BY number";
static const char SQL_INSERT_VERSION[] =
    "INSERT INTO plan_version (number, period_from, period_to, levels, vision, state, "
    "comments_from, comments_to, approved_by, resolution, approved_on, based_on) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char SQL_UPDATE_VERSION[] =
    "UPDATE plan_version SET number = ?1, period_from = ?2, period_to = ?3, levels = ?4, "
    "vision = ?5, state = ?6, comments_from = ?7, comments_to = ?8, approved_by = ?9, "
    "resolution = ?10, approved_on = ?11, based_on = ?12 WHERE id = ?13";
static const char SQL_DELETE_VERSION[] = "DELETE FROM plan_version WHERE id = ?1";
static const char SQL_CLEAR_ITEMS[] =
    "DELETE FROM plan_item WHERE version_id = ?1 AND parent_id IS NULL";
static const char SQL_CLEAR_CHAPTERS[] = "DELETE FROM plan_chapter WHERE version_id = ?1";
static const char SQL_CLEAR_COMMENTS[] = "DELETE FROM plan_comment WHERE version_id = ?1";

static const char SQL_LOAD_CHAPTERS[] =
    "SELECT id, uid, depth, title, body FROM plan_chapter WHERE version_id = ?1 "
    "ORDER BY position";
static const char SQL_INSERT_CHAPTER[] =
    "INSERT INTO plan_chapter (version_id, uid, position, depth, title, body) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_UPDATE_CHAPTER[] =
    "UPDATE plan_chapter SET depth = ?2, title = ?3, body = ?4 WHERE id = ?1";
static const char SQL_PLACE_CHAPTER[] = "UPDATE plan_chapter SET position = ?2 WHERE id = ?1";
static const char SQL_DELETE_CHAPTER[] = "DELETE FROM plan_chapter WHERE id = ?1";

static const char SQL_LOAD_COMMENTS[] =
    "SELECT id, author_kind, author, received_on, target_kind, target_uid, text, settlement, "
    "reason, change_made FROM plan_comment WHERE version_id = ?1 ORDER BY received_on, id";
static const char SQL_INSERT_COMMENT[] =
    "INSERT INTO plan_comment (version_id, author_kind, author, received_on, target_kind, "
    "target_uid, text, settlement, reason, change_made) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
    "?9, ?10)";
static const char SQL_UPDATE_COMMENT[] =
    "UPDATE plan_comment SET author_kind = ?2, author = ?3, received_on = ?4, target_kind = ?5, "
    "target_uid = ?6, text = ?7, settlement = ?8, reason = ?9, change_made = ?10 WHERE id = ?1";
static const char SQL_DELETE_COMMENT[] = "DELETE FROM plan_comment WHERE id = ?1";

static const char *const comment_targets[] = { "plan", "chapter", "item" };

static int
index_of (const char *const *ids,
          guint              n,
          const char        *id)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return (int) i;
  return 0;
}

static gboolean
run_id (KpDatabase *db,
        const char *sql,
        gint64      id,
        GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return kp_database_step_done (db, stmt, error);
}
/* Versions. */

GPtrArray *
kp_plan_repository_list_versions (KpDatabase *db,
                                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LIST_VERSIONS, error);
  g_autoptr (GPtrArray) versions = NULL;
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_version_data_free);
  while (kp_database_step (db, stmt, &has_row, error) && has_row)
    {
      KpPlanVersionData *v = kp_plan_version_data_new ();
      g_auto (GStrv) levels = g_strsplit (kp_database_column_text (stmt, 4), "\n", -1);
      KpApprovalBody body;

      v->id = sqlite3_column_int64 (stmt, 0);
      v->number = sqlite3_column_int (stmt, 1);
      v->period_from = sqlite3_column_int (stmt, 2);
      v->period_to = sqlite3_column_int (stmt, 3);
      for (int i = 0; levels[i] != NULL; i++)
        g_ptr_array_add (v->levels, g_strdup (levels[i]));
      v->vision = kp_database_dup_column_text (stmt, 5);
      if (!kp_plan_state_from_string (kp_database_column_text (stmt, 6), &v->state))
        v->state = KP_PLAN_STATE_DRAFT;
      v->comments_from = kp_database_dup_column_text (stmt, 7);
      v->comments_to = kp_database_dup_column_text (stmt, 8);
      v->has_approved_by = kp_approval_body_from_string (kp_database_column_text (stmt, 9), &body);
      v->approved_by = v->has_approved_by ? body : 0;
      v->resolution = kp_database_dup_column_text (stmt, 10);
      v->approved_on = kp_database_dup_column_text (stmt, 11);
      v->based_on = sqlite3_column_int (stmt, 12);
      g_ptr_array_add (versions, v);
    }
  if (has_row)
    return NULL;
  return g_steal_pointer (&versions);
}

static void
bind_version (sqlite3_stmt            *stmt,
              const KpPlanVersionData *v,
              char                    *levels)
{
  sqlite3_bind_int (stmt, 1, v->number);
  sqlite3_bind_int (stmt, 2, v->period_from);
  sqlite3_bind_int (stmt, 3, v->period_to);
  kp_database_bind_text (stmt, 4, levels);
  kp_database_bind_text (stmt, 5, v->vision);
  kp_database_bind_text (stmt, 6, kp_plan_state_to_string (v->state));
  kp_database_bind_text (stmt, 7, v->comments_from);
  kp_database_bind_text (stmt, 8, v->comments_to);
  kp_database_bind_text (stmt, 9,
                         v->has_approved_by ? kp_approval_body_to_string (v->approved_by) : NULL);
  kp_database_bind_text (stmt, 10, v->resolution);
  kp_database_bind_text (stmt, 11, v->approved_on);
  if (v->based_on > 0)
    sqlite3_bind_int (stmt, 12, v->based_on);
  else
    sqlite3_bind_null (stmt, 12);
}

static char *
join_levels (const KpPlanVersionData *v)
{
  g_autoptr (GPtrArray) levels = g_ptr_array_new ();

  for (guint i = 0; i < v->levels->len; i++)
    g_ptr_array_add (levels, g_ptr_array_index (v->levels, i));
  g_ptr_array_add (levels, NULL);
  return g_strjoinv ("\n", (char **) levels->pdata);
}

gboolean
kp_plan_repository_insert_version (KpDatabase              *db,
                                   const KpPlanVersionData *version,
                                   gint64                  *out_id,
                                   GError                 **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_VERSION, error);
  g_autofree char *levels = join_levels (version);

  if (stmt == NULL)
    return FALSE;
  bind_version (stmt, version, levels);
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_plan_repository_update_version (KpDatabase              *db,
                                   const KpPlanVersionData *version,
                                   GError                 **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_UPDATE_VERSION, error);
  g_autofree char *levels = join_levels (version);

  if (stmt == NULL)
    return FALSE;
  bind_version (stmt, version, levels);
  sqlite3_bind_int64 (stmt, 13, version->id);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_repository_delete_version (KpDatabase *db,
                                   gint64      version_id,
                                   GError    **error)
{
  return run_id (db, SQL_DELETE_VERSION, version_id, error);
}

gboolean
kp_plan_repository_clear_content (KpDatabase *db,
                                  gint64      version_id,
                                  GError    **error)
{
  return run_id (db, SQL_CLEAR_ITEMS, version_id, error) &&
         run_id (db, SQL_CLEAR_CHAPTERS, version_id, error) &&
         run_id (db, SQL_CLEAR_COMMENTS, version_id, error);
}

GPtrArray *
kp_plan_repository_load_chapters (KpDatabase *db,
                                  gint64      version_id,
                                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_CHAPTERS, error);
  g_autoptr (GPtrArray) chapters = NULL;
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  chapters = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_chapter_data_free);
  sqlite3_bind_int64 (stmt, 1, version_id);
  while (kp_database_step (db, stmt, &has_row, error) && has_row)
    {
      KpPlanChapterData *c = g_new0 (KpPlanChapterData, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->uid = kp_database_dup_column_text (stmt, 1);
      c->depth = sqlite3_column_int (stmt, 2);
      c->title = kp_database_dup_column_text (stmt, 3);
      c->body = kp_database_dup_column_text (stmt, 4);
      g_ptr_array_add (chapters, c);
    }
  return has_row ? NULL : g_steal_pointer (&chapters);
}

GPtrArray *
kp_plan_repository_load_comments (KpDatabase *db,
                                  gint64      version_id,
                                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_COMMENTS, error);
  g_autoptr (GPtrArray) comments = NULL;
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return NULL;
  comments = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_comment_data_free);
  sqlite3_bind_int64 (stmt, 1, version_id);
  while (kp_database_step (db, stmt, &has_row, error) && has_row)
    {
      KpPlanCommentData *c = kp_plan_comment_data_new ();

      c->id = sqlite3_column_int64 (stmt, 0);
      c->from_public = g_strcmp0 (kp_database_column_text (stmt, 1), "public") == 0;
      c->author = kp_database_dup_column_text (stmt, 2);
      c->received_on = kp_database_dup_column_text (stmt, 3);
      c->target_kind = (KpPlanCommentTarget) index_of (comment_targets,
                                                       G_N_ELEMENTS (comment_targets),
                                                       kp_database_column_text (stmt, 4));
      c->target_uid = kp_database_dup_column_text (stmt, 5);
      c->text = kp_database_dup_column_text (stmt, 6);
      c->settled = kp_settlement_from_string (kp_database_column_text (stmt, 7), &c->settlement);
      c->reason = kp_database_dup_column_text (stmt, 8);
      c->change_made = kp_database_dup_column_text (stmt, 9);
      g_ptr_array_add (comments, c);
    }
  return has_row ? NULL : g_steal_pointer (&comments);
}

gboolean
kp_plan_repository_load_content (KpDatabase        *db,
                                 KpPlanVersionData *version,
                                 GError           **error)
{
  g_autoptr (GPtrArray) rows = kp_plan_repository_load_items (db, version->id, NULL, error);
  g_autoptr (GHashTable) by_id = NULL;
  GPtrArray *chapters, *comments;

  if (rows == NULL)
    return FALSE;
  chapters = kp_plan_repository_load_chapters (db, version->id, error);
  if (chapters == NULL)
    return FALSE;
  g_ptr_array_unref (version->chapters);
  version->chapters = chapters;
  comments = kp_plan_repository_load_comments (db, version->id, error);
  if (comments == NULL)
    return FALSE;
  g_ptr_array_unref (version->comments);
  version->comments = comments;

  /* Rows come ordered by parent and position: each child lands in order. */
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < rows->len; i++)
    {
      KpPlanItemRow *row = g_ptr_array_index (rows, i);

      g_hash_table_insert (by_id, &row->data->id, row->data);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      KpPlanItemRow  *row = g_ptr_array_index (rows, i);
      KpPlanItemData *parent = row->parent_id > 0
                                   ? g_hash_table_lookup (by_id, &row->parent_id)
                                   : NULL;

      g_ptr_array_add (parent != NULL ? parent->children : version->items,
                       g_steal_pointer (&row->data));
    }
  return TRUE;
}

/* Chapters and comments. */

gboolean
kp_plan_repository_insert_chapter (KpDatabase              *db,
                                   gint64                   version_id,
                                   int                      position,
                                   const KpPlanChapterData *data,
                                   gint64                  *out_id,
                                   GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_CHAPTER, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  kp_database_bind_text (stmt, 2, data->uid);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_int (stmt, 4, data->depth);
  kp_database_bind_text (stmt, 5, data->title);
  kp_database_bind_text (stmt, 6, data->body != NULL ? data->body : "");
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_plan_repository_update_chapter (KpDatabase              *db,
                                   const KpPlanChapterData *data,
                                   GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_UPDATE_CHAPTER, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  sqlite3_bind_int (stmt, 2, data->depth);
  kp_database_bind_text (stmt, 3, data->title);
  kp_database_bind_text (stmt, 4, data->body != NULL ? data->body : "");
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_repository_place_chapter (KpDatabase *db,
                                  gint64      id,
                                  int         position,
                                  GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_PLACE_CHAPTER, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, position);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_repository_delete_chapter (KpDatabase *db,
                                   gint64      id,
                                   GError    **error)
{
  return run_id (db, SQL_DELETE_CHAPTER, id, error);
}

static void
bind_comment (sqlite3_stmt            *stmt,
              const KpPlanCommentData *c)
{
  kp_database_bind_text (stmt, 2, c->from_public ? "public" : "organisation");
  kp_database_bind_text (stmt, 3, c->from_public ? NULL : c->author);
  kp_database_bind_text (stmt, 4, c->received_on);
  kp_database_bind_text (stmt, 5, comment_targets[c->target_kind]);
  kp_database_bind_text (stmt, 6, c->target_uid);
  kp_database_bind_text (stmt, 7, c->text);
  kp_database_bind_text (stmt, 8, c->settled ? kp_settlement_to_string (c->settlement) : NULL);
  kp_database_bind_text (stmt, 9, c->reason);
  kp_database_bind_text (stmt, 10, c->change_made);
}

gboolean
kp_plan_repository_insert_comment (KpDatabase              *db,
                                   gint64                   version_id,
                                   const KpPlanCommentData *data,
                                   gint64                  *out_id,
                                   GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_COMMENT, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  bind_comment (stmt, data);
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_plan_repository_update_comment (KpDatabase              *db,
                                   const KpPlanCommentData *data,
                                   GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_UPDATE_COMMENT, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  bind_comment (stmt, data);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_repository_delete_comment (KpDatabase *db,
                                   gint64      id,
                                   GError    **error)
{
  return run_id (db, SQL_DELETE_COMMENT, id, error);
}

gboolean
kp_plan_repository_write_content (KpDatabase              *db,
                                  gint64                   version_id,
                                  const KpPlanVersionData *content,
                                  GError                 **error)
{
  for (guint i = 0; i < content->chapters->len; i++)
    if (!kp_plan_repository_insert_chapter (db, version_id, (int) i,
                                            g_ptr_array_index (content->chapters, i), NULL, error))
      return FALSE;
  for (guint i = 0; i < content->items->len; i++)
    if (!kp_plan_repository_insert_item (db, version_id, 0, (int) i,
                                         g_ptr_array_index (content->items, i), TRUE, NULL, error))
      return FALSE;
  for (guint i = 0; i < content->comments->len; i++)
    if (!kp_plan_repository_insert_comment (db, version_id,
                                            g_ptr_array_index (content->comments, i), NULL, error))
      return FALSE;
  return TRUE;
}
