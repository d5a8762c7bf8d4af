/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-action-plan-repository.h"
#include "kp-database-private.h"

/* All SQL of action plans, their entries and monitoring. */

static const char SQL_LOAD_PLANS[] =
    "SELECT id, year_from, year_to, version_number FROM action_plan ORDER BY year_from";
static const char SQL_LOAD_PLAN[] =
    "SELECT id, year_from, year_to, version_number FROM action_plan WHERE id = ?1";
static const char SQL_LOAD_ENTRIES[] =
    "SELECT item_uid, code, title, priority_uid, priority_code, priority_title, deadline, "
    "responsible, note, status, evaluation, carried_over FROM action_plan_entry "
    "WHERE plan_id = ?1 ORDER BY position";
static const char SQL_LOAD_AMOUNTS[] =
    "SELECT item_uid, year, source, obec_kod, planned, spent FROM action_plan_amount "
    "WHERE plan_id = ?1 ORDER BY item_uid, year, source, obec_kod";
static const char SQL_LOAD_INDICATORS[] =
    "SELECT item_uid, indicator_uid, name, unit, baseline, target, actual FROM "
    "action_plan_indicator WHERE plan_id = ?1 ORDER BY item_uid, position";
static const char SQL_INSERT_PLAN[] =
    "INSERT INTO action_plan (year_from, year_to, version_number) VALUES (?1, ?2, ?3)";
static const char SQL_DELETE_PLAN[] = "DELETE FROM action_plan WHERE id = ?1";
static const char SQL_DELETE_PLANS[] = "DELETE FROM action_plan";
static const char SQL_INSERT_ENTRY[] =
    "INSERT INTO action_plan_entry (plan_id, item_uid, position, code, title, priority_uid, "
    "priority_code, priority_title, deadline, responsible, note, status, evaluation, "
    "carried_over) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
static const char SQL_UPDATE_ENTRY[] =
    "UPDATE action_plan_entry SET code = ?4, title = ?5, priority_uid = ?6, priority_code = ?7, "
    "priority_title = ?8, deadline = ?9, responsible = ?10, note = ?11, status = ?12, "
    "evaluation = ?13, carried_over = ?14 WHERE plan_id = ?1 AND item_uid = ?2 AND "
    "position = ?3";
static const char SQL_ENTRY_POSITION[] =
    "SELECT position FROM action_plan_entry WHERE plan_id = ?1 AND item_uid = ?2";
static const char SQL_DELETE_ENTRY[] =
    "DELETE FROM action_plan_entry WHERE plan_id = ?1 AND item_uid = ?2";
static const char SQL_INSERT_AMOUNT[] =
    "INSERT INTO action_plan_amount (plan_id, item_uid, year, source, obec_kod, planned, spent) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char SQL_DELETE_AMOUNTS[] =
    "DELETE FROM action_plan_amount WHERE plan_id = ?1 AND item_uid = ?2";
static const char SQL_INSERT_INDICATOR[] =
    "INSERT INTO action_plan_indicator (plan_id, item_uid, indicator_uid, position, name, unit, "
    "baseline, target, actual) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char SQL_DELETE_INDICATORS[] =
    "DELETE FROM action_plan_indicator WHERE plan_id = ?1 AND item_uid = ?2";

static void
bind_optional_double (sqlite3_stmt *stmt,
                      int           index,
                      gboolean      has,
                      double        value)
{
  if (has)
    sqlite3_bind_double (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
load_entries (KpDatabase       *db,
              KpActionPlanData *plan,
              GError          **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_LOAD_ENTRIES, error);
  g_autoptr (GHashTable) by_uid = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  while (kp_database_step (db, stmt, &has_row, error) && has_row)
    {
      KpActionPlanEntry *e = kp_action_plan_entry_new ();

      e->item_uid = kp_database_dup_column_text (stmt, 0);
      e->code = kp_database_dup_column_text (stmt, 1);
      e->title = kp_database_dup_column_text (stmt, 2);
      e->priority_uid = kp_database_dup_column_text (stmt, 3);
      e->priority_code = kp_database_dup_column_text (stmt, 4);
      e->priority_title = kp_database_dup_column_text (stmt, 5);
      e->deadline = kp_database_dup_column_text (stmt, 6);
      e->responsible = kp_database_dup_column_text (stmt, 7);
      e->note = kp_database_dup_column_text (stmt, 8);
      e->has_status = kp_activity_status_from_string (kp_database_column_text (stmt, 9),
                                                      &e->status);
      e->evaluation = kp_database_dup_column_text (stmt, 10);
      e->carried_over = sqlite3_column_int (stmt, 11) != 0;
      g_ptr_array_add (plan->entries, e);
      g_hash_table_insert (by_uid, e->item_uid, e);
    }
  if (has_row)
    return FALSE;

  {
    g_autoptr (KpBorrowedStmt) amounts = kp_database_borrow (db, SQL_LOAD_AMOUNTS, error);

    if (amounts == NULL)
      return FALSE;
    sqlite3_bind_int64 (amounts, 1, plan->id);
    while (kp_database_step (db, amounts, &has_row, error) && has_row)
      {
        KpActionPlanEntry  *e = g_hash_table_lookup (by_uid,
                                                     kp_database_column_text (amounts, 0));
        KpActionPlanAmount *a;

        if (e == NULL)
          continue;
        a = g_new0 (KpActionPlanAmount, 1);
        a->year = sqlite3_column_int (amounts, 1);
        a->source = KP_FINANCING_SOURCE_JINE;
        kp_financing_source_from_string (kp_database_column_text (amounts, 2), &a->source);
        a->obec_kod = kp_database_dup_column_text (amounts, 3);
        if (a->obec_kod != NULL && *a->obec_kod == '\0')
          g_clear_pointer (&a->obec_kod, g_free);
        a->planned = sqlite3_column_int64 (amounts, 4);
        a->has_spent = sqlite3_column_type (amounts, 5) != SQLITE_NULL;
        a->spent = sqlite3_column_int64 (amounts, 5);
        g_ptr_array_add (e->amounts, a);
      }
    if (has_row)
      return FALSE;
  }
  {
    g_autoptr (KpBorrowedStmt) indicators = kp_database_borrow (db, SQL_LOAD_INDICATORS, error);

    if (indicators == NULL)
      return FALSE;
    sqlite3_bind_int64 (indicators, 1, plan->id);
    while (kp_database_step (db, indicators, &has_row, error) && has_row)
      {
        KpActionPlanEntry     *e = g_hash_table_lookup (by_uid,
                                                        kp_database_column_text (indicators, 0));
        KpActionPlanIndicator *n;

        if (e == NULL)
          continue;
        n = g_new0 (KpActionPlanIndicator, 1);
        n->uid = kp_database_dup_column_text (indicators, 1);
        n->name = kp_database_dup_column_text (indicators, 2);
        n->unit = kp_database_dup_column_text (indicators, 3);
        n->has_baseline = sqlite3_column_type (indicators, 4) != SQLITE_NULL;
        n->baseline = sqlite3_column_double (indicators, 4);
        n->has_target = sqlite3_column_type (indicators, 5) != SQLITE_NULL;
        n->target = sqlite3_column_double (indicators, 5);
        n->has_actual = sqlite3_column_type (indicators, 6) != SQLITE_NULL;
        n->actual = sqlite3_column_double (indicators, 6);
        g_ptr_array_add (e->indicators, n);
      }
    return !has_row;
  }
}

static KpActionPlanData *
read_plan (sqlite3_stmt *stmt)
{
  KpActionPlanData *plan = kp_action_plan_data_new ();

  plan->id = sqlite3_column_int64 (stmt, 0);
  plan->year_from = sqlite3_column_int (stmt, 1);
  plan->year_to = sqlite3_column_int (stmt, 2);
  plan->version_number = sqlite3_column_int (stmt, 3);
  return plan;
}

GPtrArray *
kp_action_plan_repository_load (KpDatabase *db,
                                GArray     *ids,
                                GError    **error)
{
  g_autoptr (GPtrArray) plans = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_action_plan_data_free);
  gboolean has_row = FALSE;

  if (ids == NULL)
    {
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_PLANS, error);

      if (stmt == NULL)
        return NULL;
      while (kp_database_step (db, stmt, &has_row, error) && has_row)
        g_ptr_array_add (plans, read_plan (stmt));
      if (has_row)
        return NULL;
    }
  else
    for (guint i = 0; i < ids->len; i++)
      {
        g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_LOAD_PLAN, error);

        if (stmt == NULL)
          return NULL;
        sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
        if (!kp_database_step (db, stmt, &has_row, error))
          return NULL;
        if (has_row)
          g_ptr_array_add (plans, read_plan (stmt));
      }
  for (guint i = 0; i < plans->len; i++)
    if (!load_entries (db, g_ptr_array_index (plans, i), error))
      return NULL;
  return g_steal_pointer (&plans);
}

static gboolean
write_amounts (KpDatabase              *db,
               gint64                   plan_id,
               const KpActionPlanEntry *e,
               GError                 **error)
{
  for (guint i = 0; i < e->amounts->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_AMOUNT, error);
      KpActionPlanAmount *a = g_ptr_array_index (e->amounts, i);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      kp_database_bind_text (stmt, 2, e->item_uid);
      sqlite3_bind_int (stmt, 3, a->year);
      kp_database_bind_text (stmt, 4, kp_financing_source_to_string (a->source));
      kp_database_bind_text (stmt, 5, a->obec_kod != NULL ? a->obec_kod : "");
      sqlite3_bind_int64 (stmt, 6, a->planned);
      if (a->has_spent)
        sqlite3_bind_int64 (stmt, 7, a->spent);
      else
        sqlite3_bind_null (stmt, 7);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_indicators (KpDatabase              *db,
                  gint64                   plan_id,
                  const KpActionPlanEntry *e,
                  GError                 **error)
{
  for (guint i = 0; i < e->indicators->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_INDICATOR, error);
      KpActionPlanIndicator *n = g_ptr_array_index (e->indicators, i);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      kp_database_bind_text (stmt, 2, e->item_uid);
      kp_database_bind_text (stmt, 3, n->uid);
      sqlite3_bind_int (stmt, 4, (int) i);
      kp_database_bind_text (stmt, 5, n->name);
      kp_database_bind_text (stmt, 6, n->unit);
      bind_optional_double (stmt, 7, n->has_baseline, n->baseline);
      bind_optional_double (stmt, 8, n->has_target, n->target);
      bind_optional_double (stmt, 9, n->has_actual, n->actual);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_entry (sqlite3_stmt            *stmt,
            gint64                   plan_id,
            int                      position,
            const KpActionPlanEntry *e)
{
  sqlite3_bind_int64 (stmt, 1, plan_id);
  kp_database_bind_text (stmt, 2, e->item_uid);
  sqlite3_bind_int (stmt, 3, position);
  kp_database_bind_text (stmt, 4, e->code);
  kp_database_bind_text (stmt, 5, e->title);
  kp_database_bind_text (stmt, 6, e->priority_uid);
  kp_database_bind_text (stmt, 7, e->priority_code);
  kp_database_bind_text (stmt, 8, e->priority_title);
  kp_database_bind_text (stmt, 9, e->deadline);
  kp_database_bind_text (stmt, 10, e->responsible);
  kp_database_bind_text (stmt, 11, e->note);
  kp_database_bind_text (stmt, 12, e->has_status ? kp_activity_status_to_string (e->status) : NULL);
  kp_database_bind_text (stmt, 13, e->evaluation);
  sqlite3_bind_int (stmt, 14, e->carried_over ? 1 : 0);
}

gboolean
kp_action_plan_repository_insert_entry (KpDatabase              *db,
                                        gint64                   plan_id,
                                        int                      position,
                                        const KpActionPlanEntry *entry,
                                        GError                 **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_ENTRY, error);

  if (stmt == NULL)
    return FALSE;
  bind_entry (stmt, plan_id, position, entry);
  return kp_database_step_done (db, stmt, error) && write_amounts (db, plan_id, entry, error) &&
         write_indicators (db, plan_id, entry, error);
}

gboolean
kp_action_plan_repository_insert (KpDatabase             *db,
                                  const KpActionPlanData *data,
                                  gint64                 *out_id,
                                  GError                **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_PLAN, error);
  gint64 id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, data->year_from);
  sqlite3_bind_int (stmt, 2, data->year_to);
  sqlite3_bind_int (stmt, 3, data->version_number);
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  if (out_id != NULL)
    *out_id = id;
  for (guint i = 0; i < data->entries->len; i++)
    if (!kp_action_plan_repository_insert_entry (db, id, (int) i,
                                                 g_ptr_array_index (data->entries, i), error))
      return FALSE;
  return TRUE;
}

gboolean
kp_action_plan_repository_delete (KpDatabase *db,
                                  gint64      id,
                                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_DELETE_PLAN, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_action_plan_repository_delete_all (KpDatabase *db,
                                      GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_DELETE_PLANS, error);

  return stmt != NULL && kp_database_step_done (db, stmt, error);
}

static gboolean
amounts_equal (const KpActionPlanEntry *a,
               const KpActionPlanEntry *b)
{
  if (a->amounts->len != b->amounts->len)
    return FALSE;
  for (guint i = 0; i < a->amounts->len; i++)
    {
      KpActionPlanAmount *x = g_ptr_array_index (a->amounts, i);
      KpActionPlanAmount *y = g_ptr_array_index (b->amounts, i);

      if (x->year != y->year || x->source != y->source ||
          g_strcmp0 (x->obec_kod, y->obec_kod) != 0 || x->planned != y->planned ||
          x->has_spent != y->has_spent || (x->has_spent && x->spent != y->spent))
        return FALSE;
    }
  return TRUE;
}

static gboolean
indicators_equal (const KpActionPlanEntry *a,
                  const KpActionPlanEntry *b)
{
  if (a->indicators->len != b->indicators->len)
    return FALSE;
  for (guint i = 0; i < a->indicators->len; i++)
    {
      KpActionPlanIndicator *x = g_ptr_array_index (a->indicators, i);
      KpActionPlanIndicator *y = g_ptr_array_index (b->indicators, i);

      if (g_strcmp0 (x->uid, y->uid) != 0 || g_strcmp0 (x->name, y->name) != 0 ||
          g_strcmp0 (x->unit, y->unit) != 0 || x->has_actual != y->has_actual ||
          (x->has_actual && x->actual != y->actual) || x->has_target != y->has_target ||
          (x->has_target && x->target != y->target) || x->has_baseline != y->has_baseline ||
          (x->has_baseline && x->baseline != y->baseline))
        return FALSE;
    }
  return TRUE;
}

static gboolean
delete_children (KpDatabase *db,
                 const char *sql,
                 gint64      plan_id,
                 const char *item_uid,
                 GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  kp_database_bind_text (stmt, 2, item_uid);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_action_plan_repository_update_entry (KpDatabase              *db,
                                        gint64                   plan_id,
                                        const KpActionPlanEntry *old_entry,
                                        const KpActionPlanEntry *new_entry,
                                        GError                 **error)
{
  g_autoptr (KpBorrowedStmt) pos = kp_database_borrow (db, SQL_ENTRY_POSITION, error);
  gboolean has_row = FALSE;
  int      position;

  if (pos == NULL)
    return FALSE;
  sqlite3_bind_int64 (pos, 1, plan_id);
  kp_database_bind_text (pos, 2, old_entry->item_uid);
  if (!kp_database_step (db, pos, &has_row, error))
    return FALSE;
  position = has_row ? sqlite3_column_int (pos, 0) : 0;
  {
    g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_UPDATE_ENTRY, error);

    if (stmt == NULL)
      return FALSE;
    bind_entry (stmt, plan_id, position, new_entry);
    if (!kp_database_step_done (db, stmt, error))
      return FALSE;
  }
  if (!amounts_equal (old_entry, new_entry) &&
      (!delete_children (db, SQL_DELETE_AMOUNTS, plan_id, old_entry->item_uid, error) ||
       !write_amounts (db, plan_id, new_entry, error)))
    return FALSE;
  if (!indicators_equal (old_entry, new_entry) &&
      (!delete_children (db, SQL_DELETE_INDICATORS, plan_id, old_entry->item_uid, error) ||
       !write_indicators (db, plan_id, new_entry, error)))
    return FALSE;
  return TRUE;
}

gboolean
kp_action_plan_repository_delete_entry (KpDatabase *db,
                                        gint64      plan_id,
                                        const char *item_uid,
                                        GError    **error)
{
  return delete_children (db, SQL_DELETE_AMOUNTS, plan_id, item_uid, error) &&
         delete_children (db, SQL_DELETE_INDICATORS, plan_id, item_uid, error) &&
         delete_children (db, SQL_DELETE_ENTRY, plan_id, item_uid, error);
}
