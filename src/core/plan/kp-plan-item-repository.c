/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-repository.h"
#include "kp-database-private.h"

#include <string.h>

/* All SQL of the items of a plan version: the tree's rows and their lists, costs,
 * capacity and indicators. */

static const char SQL_LOAD_ITEMS[] =
    "SELECT id, parent_id, position, uid, title, description, justification, focus, "
    "focus_group, focus_name, implementer_kind, implementer, partners, responsible, "
    "start_month, end_month, status, note FROM plan_item WHERE version_id = ?1 "
    "ORDER BY parent_id, position";
static const char SQL_LOAD_ITEM[] =
    "SELECT id, parent_id, position, uid, title, description, justification, focus, "
    "focus_group, focus_name, implementer_kind, implementer, partners, responsible, "
    "start_month, end_month, status, note FROM plan_item WHERE version_id = ?1 AND id = ?2";
static const char SQL_LOAD_TAGS[] =
    "SELECT t.item_id, t.kind, t.value, t.form FROM plan_item_tag t JOIN plan_item i ON "
    "i.id = t.item_id WHERE i.version_id = ?1 ORDER BY t.item_id, t.kind, t.position";
static const char SQL_LOAD_CAPACITY[] =
    "SELECT c.item_id, c.unit, c.change FROM plan_capacity c JOIN plan_item i ON "
    "i.id = c.item_id WHERE i.version_id = ?1 ORDER BY c.item_id, c.unit";
static const char SQL_LOAD_COSTS[] =
    "SELECT c.item_id, c.year, c.source, c.obec_kod, c.amount FROM plan_cost c JOIN plan_item i "
    "ON i.id = c.item_id WHERE i.version_id = ?1 ORDER BY c.item_id, c.year";
static const char SQL_LOAD_INDICATORS[] =
    "SELECT n.item_id, n.uid, n.name, n.unit, n.baseline, n.target FROM plan_indicator n JOIN "
    "plan_item i ON i.id = n.item_id WHERE i.version_id = ?1 ORDER BY n.item_id, n.position";
static const char SQL_LOAD_ITEM_TAGS[] =
    "SELECT item_id, kind, value, form FROM plan_item_tag WHERE item_id = ?1 "
    "ORDER BY kind, position";
static const char SQL_LOAD_ITEM_CAPACITY[] =
    "SELECT item_id, unit, change FROM plan_capacity WHERE item_id = ?1 ORDER BY unit";
static const char SQL_LOAD_ITEM_COSTS[] =
    "SELECT item_id, year, source, obec_kod, amount FROM plan_cost WHERE item_id = ?1";
static const char SQL_LOAD_ITEM_INDICATORS[] =
    "SELECT item_id, uid, name, unit, baseline, target FROM plan_indicator WHERE item_id = ?1 "
    "ORDER BY position";

static const char SQL_INSERT_ITEM[] =
    "INSERT INTO plan_item (version_id, uid, parent_id, position, title, description, "
    "justification, focus, focus_group, focus_name, implementer_kind, implementer, partners, "
    "responsible, start_month, end_month, status, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
    "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
static const char SQL_UPDATE_ITEM[] =
    "UPDATE plan_item SET title = ?2, description = ?3, justification = ?4, focus = ?5, "
    "focus_group = ?6, focus_name = ?7, implementer_kind = ?8, implementer = ?9, partners = ?10, "
    "responsible = ?11, start_month = ?12, end_month = ?13, status = ?14, note = ?15 "
    "WHERE id = ?1";
static const char SQL_PLACE_ITEM[] =
    "UPDATE plan_item SET parent_id = ?2, position = ?3 WHERE id = ?1";
static const char SQL_SHIFT_ITEMS[] =
    "UPDATE plan_item SET position = position + ?4 WHERE version_id = ?1 AND parent_id IS ?2 AND "
    "position >= ?3";
static const char SQL_DELETE_ITEM[] = "DELETE FROM plan_item WHERE id = ?1";
static const char SQL_INSERT_TAG[] =
    "INSERT INTO plan_item_tag (item_id, kind, position, value, form) VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_DELETE_TAGS[] = "DELETE FROM plan_item_tag WHERE item_id = ?1 AND kind = ?2";
static const char SQL_INSERT_CAPACITY[] =
    "INSERT INTO plan_capacity (item_id, unit, change) VALUES (?1, ?2, ?3)";
static const char SQL_DELETE_CAPACITY[] = "DELETE FROM plan_capacity WHERE item_id = ?1";
static const char SQL_INSERT_COST[] =
    "INSERT INTO plan_cost (item_id, year, source, obec_kod, amount) VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_DELETE_COSTS[] = "DELETE FROM plan_cost WHERE item_id = ?1";
static const char SQL_INSERT_INDICATOR[] =
    "INSERT INTO plan_indicator (item_id, position, uid, name, unit, baseline, target) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char SQL_DELETE_INDICATORS[] = "DELETE FROM plan_indicator WHERE item_id = ?1";

static const char *const focus_ids[] = { NULL, "common", "group", "territory" };
static const char *const implementer_ids[] = { NULL, "provider", "obec", "text" };

void
kp_plan_item_row_free (KpPlanItemRow *row)
{
  if (row == NULL)
    return;
  kp_plan_item_data_free (row->data);
  g_free (row);
}

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

static void
bind_optional_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

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
/* Items: reading. */

static KpPlanItemRow *
read_item_row (sqlite3_stmt *stmt)
{
  KpPlanItemRow  *row = g_new0 (KpPlanItemRow, 1);
  KpPlanItemData *d = kp_plan_item_data_new ();
  const char     *focus = kp_database_column_text (stmt, 7);
  const char     *implementer = kp_database_column_text (stmt, 10);

  row->data = d;
  d->id = sqlite3_column_int64 (stmt, 0);
  row->parent_id = sqlite3_column_int64 (stmt, 1);
  row->position = sqlite3_column_int (stmt, 2);
  d->uid = kp_database_dup_column_text (stmt, 3);
  d->title = kp_database_dup_column_text (stmt, 4);
  d->description = kp_database_dup_column_text (stmt, 5);
  d->justification = kp_database_dup_column_text (stmt, 6);
  d->focus = focus != NULL ? (KpPlanFocus) index_of (focus_ids, G_N_ELEMENTS (focus_ids), focus)
                           : KP_PLAN_FOCUS_NONE;
  d->focus_group = kp_database_dup_column_text (stmt, 8);
  d->focus_name = kp_database_dup_column_text (stmt, 9);
  d->implementer_kind = implementer != NULL ? (KpPlanImplementer) index_of (
                                                  implementer_ids, G_N_ELEMENTS (implementer_ids),
                                                  implementer)
                                            : KP_PLAN_IMPLEMENTER_NONE;
  d->implementer = kp_database_dup_column_text (stmt, 11);
  d->partners = kp_database_dup_column_text (stmt, 12);
  d->responsible = kp_database_dup_column_text (stmt, 13);
  d->start = kp_database_dup_column_text (stmt, 14);
  d->end = kp_database_dup_column_text (stmt, 15);
  d->has_status = kp_activity_status_from_string (kp_database_column_text (stmt, 16), &d->status);
  d->note = kp_database_dup_column_text (stmt, 17);
  return row;
}

static void
add_tag (KpPlanItemData *d,
         sqlite3_stmt   *stmt)
{
  const char *kind = kp_database_column_text (stmt, 1);
  const char *value = kp_database_column_text (stmt, 2);

  if (g_strcmp0 (kind, "target_group") == 0)
    g_ptr_array_add (d->target_groups, g_strdup (value));
  else if (g_strcmp0 (kind, "service") == 0)
    g_ptr_array_add (d->services, g_strdup (value));
  else if (g_strcmp0 (kind, "obec") == 0)
    g_ptr_array_add (d->obce, g_strdup (value));
  else if (g_strcmp0 (kind, "finding") == 0)
    g_ptr_array_add (d->findings, g_strdup (value));
  else if (g_strcmp0 (kind, "service_kind") == 0)
    {
      KpPlanServiceKind *k = g_new0 (KpPlanServiceKind, 1);

      k->kind = g_strdup (value);
      k->form = kp_database_dup_column_text (stmt, 3);
      g_ptr_array_add (d->service_kinds, k);
    }
}

static void
add_capacity (KpPlanItemData *d,
              sqlite3_stmt   *stmt)
{
  KpPlanCapacity *c = g_new0 (KpPlanCapacity, 1);

  c->unit = kp_database_dup_column_text (stmt, 1);
  c->change = sqlite3_column_double (stmt, 2);
  g_ptr_array_add (d->capacity, c);
}

static void
add_cost (KpPlanItemData *d,
          sqlite3_stmt   *stmt)
{
  KpFinancingSource source = KP_FINANCING_SOURCE_JINE;

  kp_financing_source_from_string (kp_database_column_text (stmt, 2), &source);
  g_ptr_array_add (d->costs, kp_plan_cost_new (sqlite3_column_int (stmt, 1), source,
                                               kp_database_column_text (stmt, 3),
                                               sqlite3_column_int64 (stmt, 4)));
}

static void
add_indicator (KpPlanItemData *d,
               sqlite3_stmt   *stmt)
{
  KpPlanIndicator *n = g_new0 (KpPlanIndicator, 1);

  n->uid = kp_database_dup_column_text (stmt, 1);
  n->name = kp_database_dup_column_text (stmt, 2);
  n->unit = kp_database_dup_column_text (stmt, 3);
  n->has_baseline = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  n->baseline = sqlite3_column_double (stmt, 4);
  n->has_target = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
  n->target = sqlite3_column_double (stmt, 5);
  g_ptr_array_add (d->indicators, n);
}

typedef void (*AddFunc) (KpPlanItemData *d,
                         sqlite3_stmt   *stmt);

/* Runs @sql (first column an item id) for a version or one item and hands every row to
 * the item it names. */
static gboolean
load_details (KpDatabase *db,
              const char *sql,
              gint64      key,
              GHashTable *by_id,
              AddFunc     add,
              GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, sql, error);
  gboolean        has_row = FALSE;
  gint64          last_id = 0;
  KpPlanItemData *last = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, key);
  while (kp_database_step (db, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (last == NULL || id != last_id)
        {
          last = g_hash_table_lookup (by_id, &id);
          last_id = id;
        }
      if (last != NULL)
        add (last, stmt);
    }
  return !has_row;
}

static int
compare_cost_ptrs (gconstpointer a,
                   gconstpointer b)
{
  return kp_plan_cost_compare (*(KpPlanCost *const *) a, *(KpPlanCost *const *) b);
}

GPtrArray *
kp_plan_repository_load_items (KpDatabase *db,
                               gint64      version_id,
                               GArray     *ids,
                               GError    **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (
      (GDestroyNotify) kp_plan_item_row_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean has_row = FALSE;

  if (ids == NULL)
    {
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_ITEMS, error);

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, version_id);
      while (kp_database_step (db, stmt, &has_row, error) && has_row)
        {
          KpPlanItemRow *row = read_item_row (stmt);

          g_ptr_array_add (rows, row);
          g_hash_table_insert (by_id, &row->data->id, row->data);
        }
      if (has_row || !load_details (db, SQL_LOAD_TAGS, version_id, by_id, add_tag, error) ||
          !load_details (db, SQL_LOAD_CAPACITY, version_id, by_id, add_capacity, error) ||
          !load_details (db, SQL_LOAD_COSTS, version_id, by_id, add_cost, error) ||
          !load_details (db, SQL_LOAD_INDICATORS, version_id, by_id, add_indicator, error))
        return NULL;
    }
  else
    for (guint i = 0; i < ids->len; i++)
      {
        g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_LOAD_ITEM, error);
        gint64         id = g_array_index (ids, gint64, i);
        KpPlanItemRow *row;

        if (stmt == NULL)
          return NULL;
        sqlite3_bind_int64 (stmt, 1, version_id);
        sqlite3_bind_int64 (stmt, 2, id);
        if (!kp_database_step (db, stmt, &has_row, error))
          return NULL;
        if (!has_row)
          continue;
        row = read_item_row (stmt);
        g_ptr_array_add (rows, row);
        g_hash_table_insert (by_id, &row->data->id, row->data);
        if (!load_details (db, SQL_LOAD_ITEM_TAGS, id, by_id, add_tag, error) ||
            !load_details (db, SQL_LOAD_ITEM_CAPACITY, id, by_id, add_capacity, error) ||
            !load_details (db, SQL_LOAD_ITEM_COSTS, id, by_id, add_cost, error) ||
            !load_details (db, SQL_LOAD_ITEM_INDICATORS, id, by_id, add_indicator, error))
          return NULL;
      }
  for (guint i = 0; i < rows->len; i++)
    {
      KpPlanItemRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_sort (row->data->costs, compare_cost_ptrs);
    }
  return g_steal_pointer (&rows);
}

/* Items: writing. */

static gboolean
write_tags (KpDatabase *db,
            gint64      id,
            const char *kind,
            GPtrArray  *values,
            gboolean    replace,
            GError    **error)
{
  if (replace)
    {
      g_autoptr (KpBorrowedStmt) del = kp_database_borrow (db, SQL_DELETE_TAGS, error);

      if (del == NULL)
        return FALSE;
      sqlite3_bind_int64 (del, 1, id);
      kp_database_bind_text (del, 2, kind);
      if (!kp_database_step_done (db, del, error))
        return FALSE;
    }
  for (guint i = 0; i < values->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_TAG, error);
      const char *value = NULL;
      const char *form = NULL;

      if (stmt == NULL)
        return FALSE;
      if (strcmp (kind, "service_kind") == 0)
        {
          KpPlanServiceKind *k = g_ptr_array_index (values, i);

          value = k->kind;
          form = k->form;
        }
      else
        value = g_ptr_array_index (values, i);
      sqlite3_bind_int64 (stmt, 1, id);
      kp_database_bind_text (stmt, 2, kind);
      sqlite3_bind_int (stmt, 3, (int) i);
      kp_database_bind_text (stmt, 4, value);
      kp_database_bind_text (stmt, 5, form);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_capacity (KpDatabase *db,
                gint64      id,
                GPtrArray  *capacity,
                GError    **error)
{
  for (guint i = 0; i < capacity->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_CAPACITY, error);
      KpPlanCapacity *c = g_ptr_array_index (capacity, i);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      kp_database_bind_text (stmt, 2, c->unit);
      sqlite3_bind_double (stmt, 3, c->change);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_costs (KpDatabase *db,
             gint64      id,
             GPtrArray  *costs,
             GError    **error)
{
  for (guint i = 0; i < costs->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_COST, error);
      KpPlanCost *c = g_ptr_array_index (costs, i);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, c->year);
      kp_database_bind_text (stmt, 3, kp_financing_source_to_string (c->source));
      kp_database_bind_text (stmt, 4, c->obec_kod != NULL ? c->obec_kod : "");
      sqlite3_bind_int64 (stmt, 5, c->amount);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_indicators (KpDatabase *db,
                  gint64      id,
                  GPtrArray  *indicators,
                  GError    **error)
{
  for (guint i = 0; i < indicators->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_INDICATOR, error);
      KpPlanIndicator *n = g_ptr_array_index (indicators, i);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      kp_database_bind_text (stmt, 3, n->uid);
      kp_database_bind_text (stmt, 4, n->name);
      kp_database_bind_text (stmt, 5, n->unit);
      bind_optional_double (stmt, 6, n->has_baseline, n->baseline);
      bind_optional_double (stmt, 7, n->has_target, n->target);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_item_fields (sqlite3_stmt         *stmt,
                  int                   first,
                  const KpPlanItemData *d)
{
  kp_database_bind_text (stmt, first, d->title);
  kp_database_bind_text (stmt, first + 1, d->description);
  kp_database_bind_text (stmt, first + 2, d->justification);
  kp_database_bind_text (stmt, first + 3, focus_ids[d->focus]);
  kp_database_bind_text (stmt, first + 4, d->focus_group);
  kp_database_bind_text (stmt, first + 5, d->focus_name);
  kp_database_bind_text (stmt, first + 6, implementer_ids[d->implementer_kind]);
  kp_database_bind_text (stmt, first + 7, d->implementer);
  kp_database_bind_text (stmt, first + 8, d->partners);
  kp_database_bind_text (stmt, first + 9, d->responsible);
  kp_database_bind_text (stmt, first + 10, d->start);
  kp_database_bind_text (stmt, first + 11, d->end);
  kp_database_bind_text (stmt, first + 12,
                         d->has_status ? kp_activity_status_to_string (d->status) : NULL);
  kp_database_bind_text (stmt, first + 13, d->note);
}

static gboolean
write_lists (KpDatabase           *db,
             gint64                id,
             const KpPlanItemData *d,
             GError              **error)
{
  return write_tags (db, id, "target_group", d->target_groups, FALSE, error) &&
         write_tags (db, id, "service_kind", d->service_kinds, FALSE, error) &&
         write_tags (db, id, "service", d->services, FALSE, error) &&
         write_tags (db, id, "obec", d->obce, FALSE, error) &&
         write_tags (db, id, "finding", d->findings, FALSE, error) &&
         write_capacity (db, id, d->capacity, error) && write_costs (db, id, d->costs, error) &&
         write_indicators (db, id, d->indicators, error);
}

/* The row alone, with a statement returned before any recursion borrows it again. */
static gboolean
insert_item_row (KpDatabase           *db,
                 gint64                version_id,
                 gint64                parent_id,
                 int                   position,
                 const KpPlanItemData *data,
                 gint64               *out_id,
                 GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_ITEM, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  kp_database_bind_text (stmt, 2, data->uid);
  bind_optional_id (stmt, 3, parent_id);
  sqlite3_bind_int (stmt, 4, position);
  bind_item_fields (stmt, 5, data);
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_plan_repository_insert_item (KpDatabase           *db,
                                gint64                version_id,
                                gint64                parent_id,
                                int                   position,
                                const KpPlanItemData *data,
                                gboolean              with_children,
                                gint64               *out_id,
                                GError              **error)
{
  gint64 id;

  if (!insert_item_row (db, version_id, parent_id, position, data, &id, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  if (!write_lists (db, id, data, error))
    return FALSE;
  for (guint i = 0; with_children && i < data->children->len; i++)
    if (!kp_plan_repository_insert_item (db, version_id, id, (int) i,
                                         g_ptr_array_index (data->children, i), TRUE, NULL, error))
      return FALSE;
  return TRUE;
}

gboolean
kp_plan_repository_update_item (KpDatabase           *db,
                                gint64                id,
                                const KpPlanItemData *old_data,
                                const KpPlanItemData *new_data,
                                GError              **error)
{
  g_autoptr (GPtrArray) fields = kp_plan_item_data_diff_fields (old_data, new_data);
  gboolean row_changed = FALSE;

  for (guint i = 0; g_ptr_array_index (fields, i) != NULL; i++)
    {
      const char *field = g_ptr_array_index (fields, i);
      gboolean    ok = TRUE;

      if (strcmp (field, "target_groups") == 0)
        ok = write_tags (db, id, "target_group", new_data->target_groups, TRUE, error);
      else if (strcmp (field, "service_kinds") == 0)
        ok = write_tags (db, id, "service_kind", new_data->service_kinds, TRUE, error);
      else if (strcmp (field, "services") == 0)
        ok = write_tags (db, id, "service", new_data->services, TRUE, error);
      else if (strcmp (field, "obce") == 0)
        ok = write_tags (db, id, "obec", new_data->obce, TRUE, error);
      else if (strcmp (field, "findings") == 0)
        ok = write_tags (db, id, "finding", new_data->findings, TRUE, error);
      else if (strcmp (field, "capacity") == 0)
        ok = run_id (db, SQL_DELETE_CAPACITY, id, error) &&
             write_capacity (db, id, new_data->capacity, error);
      else if (strcmp (field, "costs") == 0)
        ok = run_id (db, SQL_DELETE_COSTS, id, error) &&
             write_costs (db, id, new_data->costs, error);
      else if (strcmp (field, "indicators") == 0)
        ok = run_id (db, SQL_DELETE_INDICATORS, id, error) &&
             write_indicators (db, id, new_data->indicators, error);
      else
        row_changed = TRUE;
      if (!ok)
        return FALSE;
    }
  if (row_changed)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_UPDATE_ITEM, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      bind_item_fields (stmt, 2, new_data);
      return kp_database_step_done (db, stmt, error);
    }
  return TRUE;
}

gboolean
kp_plan_repository_place_item (KpDatabase *db,
                               gint64      id,
                               gint64      parent_id,
                               int         position,
                               GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_PLACE_ITEM, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_optional_id (stmt, 2, parent_id);
  sqlite3_bind_int (stmt, 3, position);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_repository_shift_items (KpDatabase *db,
                                gint64      version_id,
                                gint64      parent_id,
                                int         from,
                                int         delta,
                                GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_SHIFT_ITEMS, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  bind_optional_id (stmt, 2, parent_id);
  sqlite3_bind_int (stmt, 3, from);
  sqlite3_bind_int (stmt, 4, delta);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_repository_delete_item (KpDatabase *db,
                                gint64      id,
                                GError    **error)
{
  return run_id (db, SQL_DELETE_ITEM, id, error);
}
