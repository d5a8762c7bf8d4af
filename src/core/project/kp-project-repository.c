/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-project-repository.h"
#include "kp-database-private.h"
#include "kp-core-resources.h"
#include "kp-library.h"

/* Age groups from the 18 five-year bands of a population row aliased "pp". */
#define SUM_0_14  "pp.a0_4 + pp.a5_9 + pp.a10_14"
#define SUM_15_64 "pp.a15_19 + pp.a20_24 + pp.a25_29 + pp.a30_34 + pp.a35_39 + pp.a40_44 + " \
                  "pp.a45_49 + pp.a50_54 + pp.a55_59 + pp.a60_64"
#define SUM_65_PLUS "pp.a65_69 + pp.a70_74 + pp.a75_79 + pp.a80_84 + pp.a85_plus"
#define SUM_80_PLUS "pp.a80_84 + pp.a85_plus"
#define BANDS       "a0_4, a5_9, a10_14, a15_19, a20_24, a25_29, a30_34, a35_39, a40_44, " \
              "a45_49, a50_54, a55_59, a60_64, a65_69, a70_74, a75_79, a80_84, a85_plus"
#define AREA_TOTALS "coalesce(max(pp.ref_date), ''), count(o.kod), coalesce(sum(pp.total), 0), " \
                    "coalesce(sum(" SUM_0_14 "), 0), coalesce(sum(" SUM_15_64 "), 0), "          \
                    "coalesce(sum(" SUM_65_PLUS "), 0), coalesce(sum(" SUM_80_PLUS "), 0)"
#define AREA_COLUMNS "level, kod, nazev, ref_date, obce, total, a0_14, a15_64, a65_plus, a80_plus"

/* The obce of the new territory, given as codes of lib.obec. */
#define TERRITORY_OBEC "temp.territory AS t JOIN lib.obec AS o ON o.kod = t.kod"

static const char SAMPLE_RESOURCE[] = "/cz/komplan/Komplan/sample/sample-project.sql";

static const char SQL_COUNT_LIBRARY[] =
    "SELECT (SELECT count(*) FROM lib.obec), "
    "(SELECT count(*) FROM lib.population WHERE sex = 'celkem')";

static const char SQL_FIND_LIBRARY_ORP[] = "SELECT nazev FROM lib.orp WHERE kod = ?1";

static const char SQL_CREATE_TERRITORY[] =
    "CREATE TEMP TABLE territory (kod TEXT PRIMARY KEY)";

static const char SQL_ADD_TERRITORY_ORP[] =
    "INSERT OR IGNORE INTO temp.territory (kod) "
    "SELECT o.kod FROM lib.obec AS o JOIN lib.pou AS p ON p.kod = o.pou_kod WHERE p.orp_kod = ?1";

static const char SQL_ADD_TERRITORY_OBEC[] =
    "INSERT OR IGNORE INTO temp.territory (kod) SELECT kod FROM lib.obec WHERE kod = ?1";

static const char SQL_LIBRARY_HAS_OBEC[] = "SELECT count(*) FROM lib.obec WHERE kod = ?1";

/* The snapshot, in foreign-key order. Kraje are those of the territory's ORP. */
static const char SQL_COPY_KRAJ[] =
    "INSERT INTO main.kraj (kod, nazev, nuts3_kod, csu_kod) "
    "SELECT k.kod, k.nazev, k.nuts3_kod, k.csu_kod FROM lib.kraj AS k WHERE k.kod IN "
    "(SELECT r.kraj_kod FROM " TERRITORY_OBEC " JOIN lib.pou AS p ON p.kod = o.pou_kod "
    "JOIN lib.orp AS r ON r.kod = p.orp_kod)";

static const char SQL_COPY_ORP[] =
    "INSERT INTO main.orp (kod, csu_kod, nazev, kraj_kod) "
    "SELECT r.kod, r.csu_kod, r.nazev, r.kraj_kod FROM lib.orp AS r WHERE r.kod IN "
    "(SELECT p.orp_kod FROM " TERRITORY_OBEC " JOIN lib.pou AS p ON p.kod = o.pou_kod)";

static const char SQL_COPY_POU[] =
    "INSERT INTO main.pou (kod, nazev, orp_kod) "
    "SELECT p.kod, p.nazev, p.orp_kod FROM lib.pou AS p WHERE p.kod IN "
    "(SELECT o.pou_kod FROM " TERRITORY_OBEC ")";

static const char SQL_COPY_OKRES[] =
    "INSERT INTO main.okres (kod, nazev, lau1_kod, kraj_kod) "
    "SELECT d.kod, d.nazev, d.lau1_kod, d.kraj_kod FROM lib.okres AS d WHERE d.kod IN "
    "(SELECT o.okres_kod FROM " TERRITORY_OBEC ")";

static const char SQL_COPY_OBEC[] =
    "INSERT INTO main.obec (kod, nazev, status_kod, pou_kod, okres_kod, in_territory) "
    "SELECT o.kod, o.nazev, o.status_kod, o.pou_kod, o.okres_kod, 1 FROM " TERRITORY_OBEC;

static const char SQL_COPY_POPULATION[] =
    "INSERT INTO main.population (obec_kod, sex, ref_date, total, " BANDS ") "
    "SELECT pp.obec_kod, pp.sex, pp.ref_date, pp.total, " BANDS " FROM lib.population AS pp "
    "WHERE pp.obec_kod IN (SELECT kod FROM temp.territory)";

/* What the library holds now: the latest import of each file, for each kind the newest one
 * and any other file with the same data date (the two ČSÚ workbooks, under and over 1 000
 * inhabitants, are one data set in two files). */
static const char SQL_COPY_SOURCES[] =
    "INSERT INTO main.source (kind, source_name, data_date, sha256, row_count, imported_at) "
    "SELECT l.kind, l.source_name, l.data_date, l.sha256, l.row_count, l.imported_at "
    "FROM lib.import_log AS l "
    "WHERE l.id IN (SELECT max(id) FROM lib.import_log GROUP BY kind, source_name) "
    "AND (l.id = (SELECT max(id) FROM lib.import_log WHERE kind = l.kind) "
    "OR l.data_date = (SELECT data_date FROM lib.import_log WHERE kind = l.kind "
    "ORDER BY id DESC LIMIT 1)) "
    "ORDER BY l.id";

/* Whole ORP and kraje, not only the territory's part of them. */
static const char SQL_SUMMARY_ORP[] =
    "INSERT INTO main.area_summary (" AREA_COLUMNS ") "
    "SELECT 'orp', r.kod, r.nazev, " AREA_TOTALS " FROM main.orp AS r "
    "JOIN lib.pou AS p ON p.orp_kod = r.kod JOIN lib.obec AS o ON o.pou_kod = p.kod "
    "LEFT JOIN lib.population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem' "
    "GROUP BY r.kod";

static const char SQL_SUMMARY_KRAJ[] =
    "INSERT INTO main.area_summary (" AREA_COLUMNS ") "
    "SELECT 'kraj', k.kod, k.nazev, " AREA_TOTALS " FROM main.kraj AS k "
    "JOIN lib.orp AS r ON r.kraj_kod = k.kod JOIN lib.pou AS p ON p.orp_kod = r.kod "
    "JOIN lib.obec AS o ON o.pou_kod = p.kod "
    "LEFT JOIN lib.population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem' "
    "GROUP BY k.kod";

static const char SQL_SUMMARY_CR[] =
    "INSERT INTO main.area_summary (" AREA_COLUMNS ") "
    "SELECT 'cr', 'CZ', 'Česká republika', " AREA_TOTALS " FROM lib.obec AS o "
    "LEFT JOIN lib.population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem'";

static const char SQL_INSERT_PROJECT[] =
    "INSERT INTO project (id, name, territory_kind, territory_code, territory_name, period_from, "
    "period_to, is_sample, created_at) "
    "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";

static const char SQL_LOAD_PROJECT[] =
    "SELECT name, territory_kind, territory_code, territory_name, period_from, period_to, "
    "is_sample, created_at FROM project WHERE id = 1";

static const char SQL_REFERENCE_DATE[] =
    "SELECT coalesce((SELECT max(ref_date) FROM population WHERE sex = 'celkem'), "
    "(SELECT ref_date FROM area_summary WHERE level = 'cr'))";

static const char SQL_LIST_TERRITORY[] = "SELECT kod FROM obec WHERE in_territory = 1 ORDER BY kod";

static const char SQL_LOAD_OBCE[] =
    "SELECT o.kod, o.nazev, o.status_kod, o.pou_kod, p.nazev, r.kod, r.csu_kod, r.nazev, "
    "o.okres_kod, k.kod, k.nazev, pp.ref_date, coalesce(pp.total, 0), "
    "coalesce(" SUM_0_14 ", 0), coalesce(" SUM_15_64 ", 0), coalesce(" SUM_65_PLUS ", 0), "
    "coalesce(" SUM_80_PLUS ", 0), b.area_km2, d.nazev "
    "FROM obec AS o LEFT JOIN pou AS p ON p.kod = o.pou_kod "
    "LEFT JOIN okres AS d ON d.kod = o.okres_kod "
    "LEFT JOIN orp AS r ON r.kod = p.orp_kod LEFT JOIN kraj AS k ON k.kod = r.kraj_kod "
    "LEFT JOIN population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem' "
    "LEFT JOIN boundary AS b ON b.level = 'obec' AND b.kod = o.kod "
    "WHERE o.in_territory = 1";

static const char SQL_LOAD_AREAS[] =
    "SELECT a.level, a.kod, CASE a.level WHEN 'orp' THEN r.csu_kod ELSE k.csu_kod END, a.nazev, "
    "k.kod, k.nazev, a.ref_date, a.obce, a.total, a.a0_14, a.a15_64, a.a65_plus, a.a80_plus "
    "FROM area_summary AS a "
    "LEFT JOIN orp AS r ON a.level = 'orp' AND r.kod = a.kod "
    "LEFT JOIN kraj AS k ON k.kod = CASE a.level WHEN 'orp' THEN r.kraj_kod "
    "WHEN 'kraj' THEN a.kod END "
    "ORDER BY CASE a.level WHEN 'orp' THEN 0 WHEN 'kraj' THEN 1 ELSE 2 END, a.kod";

static const char SQL_LOAD_SOURCES[] =
    "SELECT kind, source_name, data_date, sha256, row_count, imported_at FROM source ORDER BY id";

static const char SQL_UPDATE_NAME[] = "UPDATE project SET name = ?1 WHERE id = 1";
static const char SQL_UPDATE_TERRITORY_NAME[] =
    "UPDATE project SET territory_name = ?1 WHERE id = 1";
static const char SQL_UPDATE_PERIOD[] =
    "UPDATE project SET period_from = ?1, period_to = ?2 WHERE id = 1";

void
kp_project_row_clear (KpProjectRow *row)
{
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->territory_code, g_free);
  g_clear_pointer (&row->territory_name, g_free);
  g_clear_pointer (&row->created_at, g_free);
}

static gboolean
run_statement (KpDatabase *db,
               const char *sql,
               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  return stmt != NULL && kp_database_step_done (db, stmt, error);
}

static gboolean
run_with_text (KpDatabase *db,
               const char *sql,
               const char *text,
               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_project_repository_count_library (KpDatabase *db,
                                     gint64     *out_obce,
                                     gint64     *out_population,
                                     GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_COUNT_LIBRARY, error);

  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return FALSE;
  *out_obce = sqlite3_column_int64 (stmt, 0);
  *out_population = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/**
 * kp_project_repository_find_library_orp:
 * @out_nazev: (out): the ORP's name, or %NULL when the library has no such ORP
 */
gboolean
kp_project_repository_find_library_orp (KpDatabase *db,
                                        const char *orp_kod,
                                        char      **out_nazev,
                                        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_FIND_LIBRARY_ORP, error);
  gboolean has_row;

  *out_nazev = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, orp_kod, -1, SQLITE_STATIC);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *out_nazev = g_strdup (kp_database_column_text (stmt, 0));
  return TRUE;
}

gboolean
kp_project_repository_create_territory (KpDatabase *db,
                                        GError    **error)
{
  return run_statement (db, SQL_CREATE_TERRITORY, error);
}

gboolean
kp_project_repository_add_territory_orp (KpDatabase *db,
                                         const char *orp_kod,
                                         GError    **error)
{
  return run_with_text (db, SQL_ADD_TERRITORY_ORP, orp_kod, error);
}

/**
 * kp_project_repository_add_territory_obce:
 * @out_unknown: (out): the first code that lib.obec lacks, or %NULL when all are known
 */
gboolean
kp_project_repository_add_territory_obce (KpDatabase        *db,
                                          const char *const *codes,
                                          char             **out_unknown,
                                          GError           **error)
{
  g_autoptr (sqlite3_stmt) check = kp_database_prepare (db, SQL_LIBRARY_HAS_OBEC, error);
  g_autoptr (sqlite3_stmt) insert = NULL;

  *out_unknown = NULL;
  if (check == NULL)
    return FALSE;
  insert = kp_database_prepare (db, SQL_ADD_TERRITORY_OBEC, error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      sqlite3_reset (check);
      sqlite3_bind_text (check, 1, codes[i], -1, SQLITE_STATIC);
      if (!kp_database_step_row (db, check, error))
        return FALSE;
      if (sqlite3_column_int (check, 0) == 0)
        {
          *out_unknown = g_strdup (codes[i]);
          return TRUE;
        }
      sqlite3_reset (insert);
      sqlite3_bind_text (insert, 1, codes[i], -1, SQLITE_STATIC);
      if (!kp_database_step_done (db, insert, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_project_repository_copy_snapshot (KpDatabase *db,
                                     GError    **error)
{
  static const char *const statements[] = {
    SQL_COPY_KRAJ,
    SQL_COPY_ORP,
    SQL_COPY_POU,
    SQL_COPY_OKRES,
    SQL_COPY_OBEC,
    SQL_COPY_POPULATION,
    SQL_COPY_SOURCES,
    SQL_SUMMARY_ORP,
    SQL_SUMMARY_KRAJ,
    SQL_SUMMARY_CR,
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    if (!run_statement (db, statements[i], error))
      return FALSE;
  return TRUE;
}

gboolean
kp_project_repository_insert_project (KpDatabase         *db,
                                      const KpProjectRow *row,
                                      GError            **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_PROJECT, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, row->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, row->territory_kind == KP_TERRITORY_ORP ? "orp" : "custom", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, row->territory_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, row->territory_name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, row->period_from);
  sqlite3_bind_int (stmt, 6, row->period_to);
  sqlite3_bind_int (stmt, 7, row->is_sample ? 1 : 0);
  return kp_database_step_done (db, stmt, error);
}

/**
 * kp_project_repository_write_sample:
 *
 * Runs the sample project's script (fictional data only) in one transaction.
 */
gboolean
kp_project_repository_write_sample (KpDatabase *db,
                                    GError    **error)
{
  g_autoptr (GBytes) bytes = g_resource_lookup_data (kp_core_get_resource (), SAMPLE_RESOURCE,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *sql = NULL;
  const char      *data;
  gsize            len;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  sql = g_strndup (data, len);
  if (!kp_database_begin (db, error))
    return FALSE;
  if (!kp_database_exec (db, sql, error) || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_project_repository_list_territory:
 *
 * Returns: (transfer full) (element-type utf8): the codes of the territory's obce,
 *   %NULL-terminated, or %NULL with @error set
 */
GPtrArray *
kp_project_repository_list_territory (KpDatabase *db,
                                      GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LIST_TERRITORY, error);
  g_autoptr (GPtrArray) codes = g_ptr_array_new_null_terminated (16, g_free, TRUE);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        return g_steal_pointer (&codes);
      g_ptr_array_add (codes, g_strdup (kp_database_column_text (stmt, 0)));
    }
}

gboolean
kp_project_repository_load_project (KpDatabase   *db,
                                    KpProjectRow *out_row,
                                    GError      **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_PROJECT, error);

  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return FALSE;
  out_row->name = g_strdup (kp_database_column_text (stmt, 0));
  out_row->territory_kind = g_strcmp0 (kp_database_column_text (stmt, 1), "orp") == 0
                                ? KP_TERRITORY_ORP
                                : KP_TERRITORY_CUSTOM;
  out_row->territory_code = g_strdup (kp_database_column_text (stmt, 2));
  out_row->territory_name = g_strdup (kp_database_column_text (stmt, 3));
  out_row->period_from = sqlite3_column_int (stmt, 4);
  out_row->period_to = sqlite3_column_int (stmt, 5);
  out_row->is_sample = sqlite3_column_int (stmt, 6) != 0;
  out_row->created_at = g_strdup (kp_database_column_text (stmt, 7));
  return TRUE;
}

/**
 * kp_project_repository_get_reference_date:
 *
 * Returns: (nullable): the ISO date of the population figures; %NULL with @error unset when
 *   the file has none
 */
char *
kp_project_repository_get_reference_date (KpDatabase *db,
                                          GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_REFERENCE_DATE, error);

  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return NULL;
  return g_strdup (kp_database_column_text (stmt, 0));
}

/**
 * kp_project_repository_load_obce:
 *
 * Returns: (transfer full) (element-type KpObec): the territory's obce, unsorted
 */
static KpObec *
obec_from_row (sqlite3_stmt *stmt)
{
  KpObecData data = {
    .kod = kp_database_column_text (stmt, 0),
    .nazev = kp_database_column_text (stmt, 1),
    .status_kod = sqlite3_column_int (stmt, 2),
    .pou_kod = kp_database_column_text (stmt, 3),
    .pou_nazev = kp_database_column_text (stmt, 4),
    .orp_kod = kp_database_column_text (stmt, 5),
    .orp_csu_kod = kp_database_column_text (stmt, 6),
    .orp_nazev = kp_database_column_text (stmt, 7),
    .okres_kod = kp_database_column_text (stmt, 8),
    .kraj_kod = kp_database_column_text (stmt, 9),
    .kraj_nazev = kp_database_column_text (stmt, 10),
    .ref_date = kp_database_column_text (stmt, 11),
    .totals = {
        .total = sqlite3_column_int64 (stmt, 12),
        .a0_14 = sqlite3_column_int64 (stmt, 13),
        .a15_64 = sqlite3_column_int64 (stmt, 14),
        .a65_plus = sqlite3_column_int64 (stmt, 15),
        .a80_plus = sqlite3_column_int64 (stmt, 16),
    },
    .area_km2 = sqlite3_column_double (stmt, 17),
    .okres_nazev = kp_database_column_text (stmt, 18),
  };

  return kp_obec_new (&data);
}

typedef gpointer (*RowFunc) (sqlite3_stmt *stmt);

/* Runs @sql and turns each row into an item with @from_row. */
static GPtrArray *
load_items (KpDatabase    *db,
            const char    *sql,
            RowFunc        from_row,
            GDestroyNotify free_func,
            GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);
  g_autoptr (GPtrArray) items = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  items = g_ptr_array_new_with_free_func (free_func);
  for (;;)
    {
      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (items, from_row (stmt));
    }
  return g_steal_pointer (&items);
}

/**
 * kp_project_repository_load_obce:
 *
 * Returns: (transfer full) (element-type KpObec): the territory's obce, unsorted
 */
GPtrArray *
kp_project_repository_load_obce (KpDatabase *db,
                                 GError    **error)
{
  return load_items (db, SQL_LOAD_OBCE, (RowFunc) obec_from_row, g_object_unref, error);
}

static KpAreaLevel
level_from_string (const char *level)
{
  if (g_strcmp0 (level, "orp") == 0)
    return KP_AREA_LEVEL_ORP;
  if (g_strcmp0 (level, "kraj") == 0)
    return KP_AREA_LEVEL_KRAJ;
  return KP_AREA_LEVEL_CR;
}

static KpArea *
area_from_row (sqlite3_stmt *stmt)
{
  KpAgeTotals totals = {
    .total = sqlite3_column_int64 (stmt, 8),
    .a0_14 = sqlite3_column_int64 (stmt, 9),
    .a15_64 = sqlite3_column_int64 (stmt, 10),
    .a65_plus = sqlite3_column_int64 (stmt, 11),
    .a80_plus = sqlite3_column_int64 (stmt, 12),
  };

  return kp_area_new (level_from_string (kp_database_column_text (stmt, 0)),
                      kp_database_column_text (stmt, 1),
                      kp_database_column_text (stmt, 2),
                      kp_database_column_text (stmt, 3),
                      kp_database_column_text (stmt, 4),
                      kp_database_column_text (stmt, 5),
                      kp_database_column_text (stmt, 6),
                      sqlite3_column_int (stmt, 7),
                      &totals);
}

/**
 * kp_project_repository_load_areas:
 *
 * Returns: (transfer full) (element-type KpArea): the comparison areas: ORP, then kraje,
 *   then ČR (each level in code order)
 */
GPtrArray *
kp_project_repository_load_areas (KpDatabase *db,
                                  GError    **error)
{
  return load_items (db, SQL_LOAD_AREAS, (RowFunc) area_from_row, g_object_unref, error);
}

static KpImportRecord *
record_from_row (sqlite3_stmt *stmt)
{
  KpImportRecord *record = g_new0 (KpImportRecord, 1);

  record->kind = kp_reference_kind_from_string (kp_database_column_text (stmt, 0));
  record->source_name = g_strdup (kp_database_column_text (stmt, 1));
  record->data_date = g_strdup (kp_database_column_text (stmt, 2));
  record->sha256 = g_strdup (kp_database_column_text (stmt, 3));
  record->row_count = sqlite3_column_int (stmt, 4);
  record->imported_at = g_strdup (kp_database_column_text (stmt, 5));
  return record;
}

/**
 * kp_project_repository_load_sources:
 *
 * Returns: (transfer full) (element-type KpImportRecord): where the snapshot came from
 */
GPtrArray *
kp_project_repository_load_sources (KpDatabase *db,
                                    GError    **error)
{
  return load_items (db, SQL_LOAD_SOURCES, (RowFunc) record_from_row,
                     (GDestroyNotify) kp_import_record_free, error);
}

gboolean
kp_project_repository_update_name (KpDatabase *db,
                                   const char *name,
                                   GError    **error)
{
  return run_with_text (db, SQL_UPDATE_NAME, name, error);
}

gboolean
kp_project_repository_update_territory_name (KpDatabase *db,
                                             const char *territory_name,
                                             GError    **error)
{
  return run_with_text (db, SQL_UPDATE_TERRITORY_NAME, territory_name, error);
}

gboolean
kp_project_repository_update_period (KpDatabase *db,
                                     int         period_from,
                                     int         period_to,
                                     GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_UPDATE_PERIOD, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, period_from);
  sqlite3_bind_int (stmt, 2, period_to);
  return kp_database_step_done (db, stmt, error);
}
