/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-needs-repository.h"
#include "kp-database-private.h"

#include <math.h>

/* Benchmarks, coverage bases, findings and SWOT: resources/sql/project/0009-needs.sql. */

static const char SQL_LOAD_BENCHMARKS[] =
    "SELECT indicator, value, source, year, direction FROM needs_benchmark";
static const char SQL_SET_BENCHMARK[] =
    "INSERT INTO needs_benchmark (indicator, value, source, year, direction) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (indicator) DO UPDATE SET value = excluded.value, "
    "source = excluded.source, year = excluded.year, direction = excluded.direction";
static const char SQL_REMOVE_BENCHMARK[] = "DELETE FROM needs_benchmark WHERE indicator = ?1";

static const char SQL_LOAD_BASES[] = "SELECT type_code, population FROM needs_coverage_base";
static const char SQL_SET_BASE[] =
    "INSERT INTO needs_coverage_base (type_code, population) VALUES (?1, ?2) "
    "ON CONFLICT (type_code) DO UPDATE SET population = excluded.population";
static const char SQL_REMOVE_BASE[] = "DELETE FROM needs_coverage_base WHERE type_code = ?1";

static const char SQL_LOAD_FINDINGS[] =
    "SELECT id, text, source, need_type, priority, created_at FROM needs_finding ORDER BY id";
static const char SQL_LOAD_FINDING[] =
    "SELECT id, text, source, need_type, priority, created_at FROM needs_finding WHERE id = ?1";
static const char SQL_LOAD_GROUPS[] =
    "SELECT finding_id, planning_group FROM needs_finding_group ORDER BY finding_id";
static const char SQL_LOAD_OBCE[] =
    "SELECT finding_id, obec_kod FROM needs_finding_obec ORDER BY finding_id, obec_kod";
static const char SQL_LOAD_EVIDENCE[] =
    "SELECT finding_id, indicator, survey_id, qid FROM needs_finding_evidence "
    "ORDER BY finding_id, position";
static const char SQL_INSERT_FINDING[] =
    "INSERT INTO needs_finding (text, source, need_type, priority, created_at) "
    "VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
static const char SQL_UPDATE_FINDING[] =
    "UPDATE needs_finding SET text = ?2, source = ?3, need_type = ?4, priority = ?5 "
    "WHERE id = ?1";
static const char SQL_DELETE_FINDING[] = "DELETE FROM needs_finding WHERE id = ?1";
static const char SQL_CLEAR_GROUPS[] = "DELETE FROM needs_finding_group WHERE finding_id = ?1";
static const char SQL_CLEAR_OBCE[] = "DELETE FROM needs_finding_obec WHERE finding_id = ?1";
static const char SQL_CLEAR_EVIDENCE[] =
    "DELETE FROM needs_finding_evidence WHERE finding_id = ?1";
static const char SQL_INSERT_GROUP[] =
    "INSERT INTO needs_finding_group (finding_id, planning_group) VALUES (?1, ?2)";
static const char SQL_INSERT_OBEC[] =
    "INSERT OR IGNORE INTO needs_finding_obec (finding_id, obec_kod) VALUES (?1, ?2)";
static const char SQL_INSERT_EVIDENCE[] =
    "INSERT INTO needs_finding_evidence (finding_id, position, indicator, survey_id, qid) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";

static const char SQL_LOAD_SWOT[] =
    "SELECT id, scope, quadrant, position, text FROM needs_swot_item "
    "ORDER BY scope, quadrant, position, id";
static const char SQL_LOAD_CITATIONS[] =
    "SELECT item_id, finding_id FROM needs_swot_citation ORDER BY item_id, finding_id";
static const char SQL_INSERT_SWOT[] =
    "INSERT INTO needs_swot_item (scope, quadrant, position, text) "
    "VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM needs_swot_item "
    "WHERE scope = ?1 AND quadrant = ?2), ?3)";
static const char SQL_SET_SWOT_TEXT[] = "UPDATE needs_swot_item SET text = ?2 WHERE id = ?1";
static const char SQL_SET_SWOT_POSITION[] =
    "UPDATE needs_swot_item SET position = ?2 WHERE id = ?1";
static const char SQL_DELETE_SWOT[] = "DELETE FROM needs_swot_item WHERE id = ?1";
static const char SQL_CLEAR_CITATIONS[] = "DELETE FROM needs_swot_citation WHERE item_id = ?1";
static const char SQL_INSERT_CITATION[] =
    "INSERT OR IGNORE INTO needs_swot_citation (item_id, finding_id) VALUES (?1, ?2)";

/* Runs @sql with ?1 the id and ?2 (when not NULL) a text. */
static gboolean
run_id (KpDatabase *db,
        const char *sql,
        gint64      id,
        const char *text,
        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  if (text != NULL)
    kp_database_bind_text (stmt, 2, text);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_needs_repository_load_benchmarks (KpDatabase *db,
                                     GHashTable *benchmarks,
                                     GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_BENCHMARKS, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      KpBenchmark *benchmark;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      benchmark = kp_benchmark_new (
          kp_database_column_text (stmt, 0), sqlite3_column_double (stmt, 1),
          kp_database_column_text (stmt, 2), sqlite3_column_int (stmt, 3),
          g_strcmp0 (kp_database_column_text (stmt, 4), "lower") == 0 ? KP_INDICATOR_BETTER_LOWER
                                                                      : KP_INDICATOR_BETTER_HIGHER);
      g_hash_table_replace (benchmarks, benchmark->indicator, benchmark);
    }
}

gboolean
kp_needs_repository_set_benchmark (KpDatabase        *db,
                                   const KpBenchmark *benchmark,
                                   GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SET_BENCHMARK, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, benchmark->indicator);
  sqlite3_bind_double (stmt, 2, benchmark->value);
  kp_database_bind_text (stmt, 3, benchmark->source);
  if (benchmark->year > 0)
    sqlite3_bind_int (stmt, 4, benchmark->year);
  kp_database_bind_text (stmt, 5,
                         benchmark->better == KP_INDICATOR_BETTER_LOWER ? "lower" : "higher");
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_needs_repository_remove_benchmark (KpDatabase *db,
                                      const char *indicator,
                                      GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_REMOVE_BENCHMARK, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, indicator);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_needs_repository_load_coverage_bases (KpDatabase *db,
                                         GHashTable *bases,
                                         GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_BASES, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      KpPopulationBase base;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (kp_population_base_from_string (kp_database_column_text (stmt, 1), &base))
        g_hash_table_replace (bases, kp_database_dup_column_text (stmt, 0),
                              GINT_TO_POINTER (base + 1));
    }
}

gboolean
kp_needs_repository_set_coverage_base (KpDatabase *db,
                                       const char *type_code,
                                       int         base,
                                       GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt =
      kp_database_prepare (db, base < 0 ? SQL_REMOVE_BASE : SQL_SET_BASE, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, type_code);
  if (base >= 0)
    kp_database_bind_text (stmt, 2, kp_population_base_to_string ((KpPopulationBase) base));
  return kp_database_step_done (db, stmt, error);
}

static KpFindingData *
read_finding (sqlite3_stmt *stmt)
{
  KpFindingData *data = kp_finding_data_new ();

  data->id = sqlite3_column_int64 (stmt, 0);
  data->text = kp_database_dup_column_text (stmt, 1);
  kp_finding_source_from_string (kp_database_column_text (stmt, 2), &data->source);
  kp_need_type_from_string (kp_database_column_text (stmt, 3), &data->need_type);
  data->priority = sqlite3_column_int (stmt, 4);
  data->created_at = kp_database_dup_column_text (stmt, 5);
  return data;
}

/* Reads the child rows of @sql (finding id first) into the findings of @by_id. */
typedef void (*ChildFunc) (KpFindingData *data,
                           sqlite3_stmt  *stmt);

static gboolean
load_children (KpDatabase *db,
               const char *sql,
               GHashTable *by_id,
               ChildFunc   func,
               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      gint64         id;
      KpFindingData *data;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      id = sqlite3_column_int64 (stmt, 0);
      data = g_hash_table_lookup (by_id, &id);
      if (data != NULL)
        func (data, stmt);
    }
}

static void
add_group (KpFindingData *data,
           sqlite3_stmt  *stmt)
{
  KpPlanningGroup group;

  if (kp_planning_group_from_string (kp_database_column_text (stmt, 1), &group))
    data->groups |= KP_PLANNING_GROUP_BIT (group);
}

static void
add_obec (KpFindingData *data,
          sqlite3_stmt  *stmt)
{
  guint n = g_strv_length (data->obce);

  data->obce = g_renew (char *, data->obce, n + 2);
  data->obce[n] = kp_database_dup_column_text (stmt, 1);
  data->obce[n + 1] = NULL;
}

static void
add_evidence (KpFindingData *data,
              sqlite3_stmt  *stmt)
{
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    g_ptr_array_add (data->evidence,
                     kp_finding_evidence_new_indicator (kp_database_column_text (stmt, 1)));
  else
    g_ptr_array_add (data->evidence,
                     kp_finding_evidence_new_question (sqlite3_column_int64 (stmt, 2),
                                                       sqlite3_column_int (stmt, 3)));
}

GPtrArray *
kp_needs_repository_load_findings (KpDatabase   *db,
                                   const gint64 *ids,
                                   guint         n_ids,
                                   GError      **error)
{
  g_autoptr (GPtrArray) findings =
      g_ptr_array_new_with_free_func ((GDestroyNotify) kp_finding_data_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean has_row;

  for (guint i = 0; i < (ids != NULL ? n_ids : 1); i++)
    {
      g_autoptr (sqlite3_stmt) stmt =
          kp_database_prepare (db, ids != NULL ? SQL_LOAD_FINDING : SQL_LOAD_FINDINGS, error);

      if (stmt == NULL)
        return NULL;
      if (ids != NULL)
        kp_database_bind_id (stmt, 1, ids[i]);
      for (;;)
        {
          KpFindingData *data;

          if (!kp_database_step (db, stmt, &has_row, error))
            return NULL;
          if (!has_row)
            break;
          data = read_finding (stmt);
          g_ptr_array_add (findings, data);
          g_hash_table_insert (by_id, &data->id, data);
        }
    }
  if (!load_children (db, SQL_LOAD_GROUPS, by_id, add_group, error) ||
      !load_children (db, SQL_LOAD_OBCE, by_id, add_obec, error) ||
      !load_children (db, SQL_LOAD_EVIDENCE, by_id, add_evidence, error))
    return NULL;
  return g_steal_pointer (&findings);
}

static gboolean
write_children (KpDatabase          *db,
                gint64               id,
                const KpFindingData *data,
                GError             **error)
{
  if (!run_id (db, SQL_CLEAR_GROUPS, id, NULL, error) ||
      !run_id (db, SQL_CLEAR_OBCE, id, NULL, error) ||
      !run_id (db, SQL_CLEAR_EVIDENCE, id, NULL, error))
    return FALSE;
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    if (kp_planning_groups_contain (data->groups, g) &&
        !run_id (db, SQL_INSERT_GROUP, id, kp_planning_group_to_string (g), error))
      return FALSE;
  for (guint i = 0; data->obce != NULL && data->obce[i] != NULL; i++)
    if (!run_id (db, SQL_INSERT_OBEC, id, data->obce[i], error))
      return FALSE;
  for (guint i = 0; data->evidence != NULL && i < data->evidence->len; i++)
    {
      const KpFindingEvidence *evidence = g_ptr_array_index (data->evidence, i);
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_EVIDENCE, error);

      if (stmt == NULL)
        return FALSE;
      kp_database_bind_id (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      kp_database_bind_text (stmt, 3, evidence->indicator);
      if (evidence->indicator == NULL)
        {
          kp_database_bind_id (stmt, 4, evidence->survey_id);
          sqlite3_bind_int (stmt, 5, evidence->qid);
        }
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_finding (sqlite3_stmt        *stmt,
              int                  first,
              const KpFindingData *data)
{
  kp_database_bind_text (stmt, first, data->text);
  kp_database_bind_text (stmt, first + 1, kp_finding_source_to_string (data->source));
  kp_database_bind_text (stmt, first + 2, kp_need_type_to_string (data->need_type));
  sqlite3_bind_int (stmt, first + 3, data->priority);
}

gboolean
kp_needs_repository_insert_finding (KpDatabase          *db,
                                    const KpFindingData *data,
                                    gint64              *out_id,
                                    GError             **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_FINDING, error);

  if (stmt == NULL)
    return FALSE;
  bind_finding (stmt, 1, data);
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return write_children (db, *out_id, data, error);
}

gboolean
kp_needs_repository_update_finding (KpDatabase          *db,
                                    const KpFindingData *data,
                                    GError             **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_UPDATE_FINDING, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, data->id);
  bind_finding (stmt, 2, data);
  return kp_database_step_done (db, stmt, error) && write_children (db, data->id, data, error);
}

gboolean
kp_needs_repository_delete_finding (KpDatabase *db,
                                    gint64      id,
                                    GError    **error)
{
  return run_id (db, SQL_DELETE_FINDING, id, NULL, error);
}

void
kp_swot_item_free (KpSwotItem *item)
{
  if (item == NULL)
    return;
  g_free (item->scope);
  g_free (item->text);
  g_clear_pointer (&item->findings, g_array_unref);
  g_free (item);
}

GPtrArray *
kp_needs_repository_load_swot (KpDatabase *db,
                               GError    **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_swot_item_free);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_SWOT, error);
  g_autoptr (sqlite3_stmt) citations = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      KpSwotItem *item;

      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      item = g_new0 (KpSwotItem, 1);
      item->id = sqlite3_column_int64 (stmt, 0);
      item->scope = kp_database_dup_column_text (stmt, 1);
      kp_swot_quadrant_from_string (kp_database_column_text (stmt, 2), &item->quadrant);
      item->position = sqlite3_column_int (stmt, 3);
      item->text = kp_database_dup_column_text (stmt, 4);
      item->findings = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_ptr_array_add (items, item);
      g_hash_table_insert (by_id, &item->id, item);
    }
  citations = kp_database_prepare (db, SQL_LOAD_CITATIONS, error);
  if (citations == NULL)
    return NULL;
  for (;;)
    {
      gint64      id, finding;
      KpSwotItem *item;

      if (!kp_database_step (db, citations, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      id = sqlite3_column_int64 (citations, 0);
      finding = sqlite3_column_int64 (citations, 1);
      item = g_hash_table_lookup (by_id, &id);
      if (item != NULL)
        g_array_append_val (item->findings, finding);
    }
  return g_steal_pointer (&items);
}

gboolean
kp_needs_repository_insert_swot (KpDatabase    *db,
                                 const char    *scope,
                                 KpSwotQuadrant quadrant,
                                 const char    *text,
                                 gint64        *out_id,
                                 GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_SWOT, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, scope);
  kp_database_bind_text (stmt, 2, kp_swot_quadrant_to_string (quadrant));
  kp_database_bind_text (stmt, 3, text);
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_needs_repository_set_swot_text (KpDatabase *db,
                                   gint64      id,
                                   const char *text,
                                   GError    **error)
{
  return run_id (db, SQL_SET_SWOT_TEXT, id, text, error);
}

gboolean
kp_needs_repository_set_swot_position (KpDatabase *db,
                                       gint64      id,
                                       int         position,
                                       GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SET_SWOT_POSITION, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, position);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_needs_repository_delete_swot (KpDatabase *db,
                                 gint64      id,
                                 GError    **error)
{
  return run_id (db, SQL_DELETE_SWOT, id, NULL, error);
}

gboolean
kp_needs_repository_set_swot_citations (KpDatabase   *db,
                                        gint64        id,
                                        const gint64 *findings,
                                        guint         n_findings,
                                        GError      **error)
{
  if (!run_id (db, SQL_CLEAR_CITATIONS, id, NULL, error))
    return FALSE;
  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_CITATION, error);

      if (stmt == NULL)
        return FALSE;
      kp_database_bind_id (stmt, 1, id);
      kp_database_bind_id (stmt, 2, findings[i]);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}
