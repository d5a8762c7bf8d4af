/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-library-repository.h"
#include "kp-database-private.h"

#include <string.h>

/* An import of a kind is "current" when nothing has replaced it: for every kind but the
 * population, the latest log row of the kind; the population comes in two files of the
 * same date (obce under and over 1 000 inhabitants), so there it is the latest row of each
 * file name among those of the newest date. */
#define CURRENT_IMPORT                                                                      \
  "((l.kind <> 'csu_vek' AND l.id = (SELECT max(id) FROM import_log WHERE kind = l.kind)) " \
  "OR (l.kind = 'csu_vek' "                                                                 \
  "AND l.data_date IS (SELECT max(data_date) FROM import_log WHERE kind = l.kind) "         \
  "AND l.id = (SELECT max(id) FROM import_log WHERE kind = l.kind "                         \
  "AND source_name = l.source_name)))"

#define IMPORT_COLUMNS "l.kind, l.source_name, l.data_date, l.sha256, l.row_count, l.imported_at"

static const char SQL_FIND_CURRENT_IMPORT[] =
    "SELECT " IMPORT_COLUMNS " FROM import_log AS l WHERE l.kind = ?1 AND l.sha256 = ?2 AND " CURRENT_IMPORT " ORDER BY l.id DESC LIMIT 1";
static const char SQL_LIST_IMPORTS[] =
    "SELECT " IMPORT_COLUMNS " FROM import_log AS l WHERE " CURRENT_IMPORT " ORDER BY "
    "CASE l.kind WHEN 'kraje' THEN 1 WHEN 'okresy' THEN 2 WHEN 'orp' THEN 3 WHEN 'pou' THEN 4 "
    "WHEN 'ciselnik_csu' THEN 5 WHEN 'ui_obec' THEN 6 ELSE 7 END, l.source_name";
static const char SQL_LIST_IMPORTS_AFTER[] =
    "SELECT " IMPORT_COLUMNS " FROM import_log AS l WHERE l.id > ?1 ORDER BY l.id";
static const char SQL_GET_DATA_DATE[] =
    "SELECT max(data_date) FROM import_log WHERE kind = ?1";
static const char SQL_INSERT_IMPORT[] =
    "INSERT INTO import_log (kind, source_name, data_date, sha256, row_count, imported_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

static const char SQL_INSERT_KRAJ[] =
    "INSERT INTO kraj (kod, nazev, nuts3_kod) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_OKRES[] =
    "INSERT INTO okres (kod, nazev, lau1_kod, kraj_kod) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_INSERT_ORP[] =
    "INSERT INTO orp (kod, nazev, kraj_kod) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_POU[] =
    "INSERT INTO pou (kod, nazev, orp_kod, kraj_kod) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_INSERT_CSU_CODE[] =
    "INSERT INTO csu_code (level, kod_ruian, kod_csu) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_OBEC[] =
    "INSERT INTO obec (kod, nazev, status_kod, pou_kod, okres_kod, platnost_od) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_INSERT_POPULATION[] =
    "INSERT OR REPLACE INTO population (obec_kod, sex, ref_date, total, a0_4, a5_9, a10_14, "
    "a15_19, a20_24, a25_29, a30_34, a35_39, a40_44, a45_49, a50_54, a55_59, a60_64, a65_69, "
    "a70_74, a75_79, a80_84, a85_plus) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
    "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

/* ČSÚ has no ORP row for Praha in ciselnik_CSU; its ČSÚ ORP code is 1000. */
static const char SQL_UPDATE_CSU_KRAJ[] =
    "UPDATE kraj SET csu_kod = (SELECT c.kod_csu FROM csu_code AS c "
    "WHERE c.level = 'kraj' AND c.kod_ruian = kraj.kod)";
static const char SQL_UPDATE_CSU_OKRES[] =
    "UPDATE okres SET csu_kod = (SELECT c.kod_csu FROM csu_code AS c "
    "WHERE c.level = 'okres' AND c.kod_ruian = okres.kod)";
static const char SQL_UPDATE_CSU_ORP[] =
    "UPDATE orp SET csu_kod = coalesce((SELECT c.kod_csu FROM csu_code AS c "
    "WHERE c.level = 'orp' AND c.kod_ruian = orp.kod), "
    "CASE WHEN orp.kod = '19' THEN '1000' END)";
static const char SQL_DELETE_STALE_POPULATION[] =
    "DELETE FROM population WHERE obec_kod NOT IN (SELECT kod FROM obec)";

static const char SQL_BROKEN_OKRES_KRAJ[] =
    "SELECT d.kraj_kod, d.kod FROM okres AS d "
    "WHERE NOT EXISTS (SELECT 1 FROM kraj AS k WHERE k.kod = d.kraj_kod) ORDER BY d.kod LIMIT 1";
static const char SQL_BROKEN_ORP_KRAJ[] =
    "SELECT r.kraj_kod, r.kod FROM orp AS r "
    "WHERE NOT EXISTS (SELECT 1 FROM kraj AS k WHERE k.kod = r.kraj_kod) ORDER BY r.kod LIMIT 1";
static const char SQL_BROKEN_POU_ORP[] =
    "SELECT p.orp_kod, p.kod FROM pou AS p "
    "WHERE NOT EXISTS (SELECT 1 FROM orp AS r WHERE r.kod = p.orp_kod) ORDER BY p.kod LIMIT 1";
static const char SQL_BROKEN_OBEC_POU[] =
    "SELECT o.pou_kod, o.kod FROM obec AS o "
    "WHERE NOT EXISTS (SELECT 1 FROM pou AS p WHERE p.kod = o.pou_kod) ORDER BY o.kod LIMIT 1";

static const char SQL_COUNTS[] =
    "SELECT (SELECT count(*) FROM kraj), (SELECT count(*) FROM okres), "
    "(SELECT count(*) FROM orp), (SELECT count(*) FROM pou), (SELECT count(*) FROM obec), "
    "(SELECT count(*) FROM population AS pp JOIN obec AS o ON o.kod = pp.obec_kod "
    "WHERE pp.sex = 'celkem'), "
    "(SELECT coalesce(sum(total), 0) FROM population WHERE sex = 'celkem'), "
    "(SELECT max(ref_date) FROM population), "
    "(SELECT count(*) FROM boundary WHERE level = 'obec'), "
    "(SELECT count(*) FROM boundary WHERE level = 'orp'), "
    "(SELECT count(*) FROM boundary WHERE level = 'kraj')";

/* Columns 5–11 of an area row. */
#define AREA_TOTALS                                                                       \
  "count(o.kod), max(pp.ref_date), coalesce(sum(pp.total), 0), "                          \
  "coalesce(sum(pp.a0_4 + pp.a5_9 + pp.a10_14), 0), "                                     \
  "coalesce(sum(pp.a15_19 + pp.a20_24 + pp.a25_29 + pp.a30_34 + pp.a35_39 + pp.a40_44 + " \
  "pp.a45_49 + pp.a50_54 + pp.a55_59 + pp.a60_64), 0), "                                  \
  "coalesce(sum(pp.a65_69 + pp.a70_74 + pp.a75_79 + pp.a80_84 + pp.a85_plus), 0), "       \
  "coalesce(sum(pp.a80_84 + pp.a85_plus), 0)"

#define AREA_MEMBERS                          \
  "LEFT JOIN pou AS p ON p.orp_kod = r.kod "  \
  "LEFT JOIN obec AS o ON o.pou_kod = p.kod " \
  "LEFT JOIN population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem' "

static const char SQL_LIST_KRAJE[] =
    "SELECT k.kod, k.csu_kod, k.nazev, k.kod, k.nazev, " AREA_TOTALS " FROM kraj AS k "
    "LEFT JOIN orp AS r ON r.kraj_kod = k.kod " AREA_MEMBERS "GROUP BY k.kod";
static const char SQL_LIST_ORP[] =
    "SELECT r.kod, r.csu_kod, r.nazev, r.kraj_kod, k.nazev, " AREA_TOTALS " FROM orp AS r "
    "LEFT JOIN kraj AS k ON k.kod = r.kraj_kod " AREA_MEMBERS
    "WHERE ?1 IS NULL OR r.kraj_kod = ?1 GROUP BY r.kod";

static const char SQL_LIST_OBCE[] =
    "SELECT o.kod, o.nazev, o.status_kod, o.pou_kod, p.nazev, p.orp_kod, r.csu_kod, r.nazev, "
    "o.okres_kod, r.kraj_kod, k.nazev, pp.ref_date, coalesce(pp.total, 0), "
    "coalesce(pp.a0_4 + pp.a5_9 + pp.a10_14, 0), "
    "coalesce(pp.a15_19 + pp.a20_24 + pp.a25_29 + pp.a30_34 + pp.a35_39 + pp.a40_44 + "
    "pp.a45_49 + pp.a50_54 + pp.a55_59 + pp.a60_64, 0), "
    "coalesce(pp.a65_69 + pp.a70_74 + pp.a75_79 + pp.a80_84 + pp.a85_plus, 0), "
    "coalesce(pp.a80_84 + pp.a85_plus, 0), d.nazev "
    "FROM obec AS o LEFT JOIN pou AS p ON p.kod = o.pou_kod "
    "LEFT JOIN orp AS r ON r.kod = p.orp_kod LEFT JOIN kraj AS k ON k.kod = r.kraj_kod "
    "LEFT JOIN okres AS d ON d.kod = o.okres_kod "
    "LEFT JOIN population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem'";

/* The code systems of the areas, indexed by KpCodeSystem: the code as a file may give it,
 * then the RÚIAN code and the name. */
static const char *const code_system_sql[] = {
  "SELECT kod, kod, nazev FROM obec",
  "SELECT kod, kod, nazev FROM orp",
  "SELECT csu_kod, kod, nazev FROM orp WHERE csu_kod IS NOT NULL",
  "SELECT kod, kod, nazev FROM kraj",
  "SELECT nuts3_kod, kod, nazev FROM kraj WHERE nuts3_kod IS NOT NULL",
  "SELECT csu_kod, kod, nazev FROM kraj WHERE csu_kod IS NOT NULL",
};

struct _KpLibraryRepository
{
  KpDatabase *db;
};

/* Empty text is no value: stored as NULL. */
static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  kp_database_bind_text (stmt, index, text != NULL && text[0] != '\0' ? text : NULL);
}

KpLibraryRepository *
kp_library_repository_new (KpDatabase *db)
{
  KpLibraryRepository *self = g_new0 (KpLibraryRepository, 1);

  self->db = g_object_ref (db);
  return self;
}

void
kp_library_repository_free (KpLibraryRepository *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->db);
  g_free (self);
}

/* Settings for the connection an import runs on: a larger page cache and temporary
 * tables in memory. Durability stays as kp-database.c sets it (WAL, synchronous=NORMAL). */
gboolean
kp_library_repository_tune_for_import (KpLibraryRepository *self,
                                       GError             **error)
{
  return kp_database_exec (self->db, "PRAGMA cache_size = -65536", error) &&
         kp_database_exec (self->db, "PRAGMA temp_store = MEMORY", error);
}

static KpImportRecord *
record_from_row (sqlite3_stmt *stmt)
{
  KpImportRecord *record = g_new0 (KpImportRecord, 1);

  record->kind = kp_reference_kind_from_string (kp_database_column_text (stmt, 0));
  record->source_name = kp_database_dup_column_text (stmt, 1);
  record->data_date = kp_database_dup_column_text (stmt, 2);
  record->sha256 = kp_database_dup_column_text (stmt, 3);
  record->row_count = sqlite3_column_int (stmt, 4);
  record->imported_at = kp_database_dup_column_text (stmt, 5);
  return record;
}

/**
 * kp_library_repository_find_current_import:
 * @out_record: (out) (nullable): the current import of @kind with this hash, or %NULL
 */
gboolean
kp_library_repository_find_current_import (KpLibraryRepository *self,
                                           KpReferenceKind      kind,
                                           const char          *sha256,
                                           KpImportRecord     **out_record,
                                           GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_FIND_CURRENT_IMPORT, error);
  gboolean has_row;

  *out_record = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kp_reference_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, sha256, -1, SQLITE_STATIC);
  if (!kp_database_step (self->db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *out_record = record_from_row (stmt);
  return TRUE;
}

/**
 * kp_library_repository_get_data_date:
 * @out_date: (out) (nullable): the newest data date imported for @kind, or %NULL
 */
gboolean
kp_library_repository_get_data_date (KpLibraryRepository *self,
                                     KpReferenceKind      kind,
                                     char               **out_date,
                                     GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_GET_DATA_DATE, error);

  *out_date = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kp_reference_kind_to_string (kind), -1, SQLITE_STATIC);
  if (!kp_database_step_row (self->db, stmt, error))
    return FALSE;
  *out_date = kp_database_dup_column_text (stmt, 0);
  return TRUE;
}

gboolean
kp_library_repository_insert_import (KpLibraryRepository  *self,
                                     const KpImportRecord *record,
                                     GError              **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_IMPORT, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kp_reference_kind_to_string (record->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, record->source_name, -1, SQLITE_STATIC);
  bind_text (stmt, 3, record->data_date);
  sqlite3_bind_text (stmt, 4, record->sha256, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, record->row_count);
  sqlite3_bind_text (stmt, 6, record->imported_at, -1, SQLITE_STATIC);
  return kp_database_step_done (self->db, stmt, error);
}

KpDatabase *
kp_library_repository_get_database (KpLibraryRepository *self)
{
  return self->db;
}

/* The table an import of each kind fills: what it deletes, and its codes. */
static const struct
{
  KpReferenceKind kind;
  const char     *delete_sql;
  const char     *codes_sql;
} kind_tables[] = {
  { KP_REFERENCE_KIND_KRAJE, "DELETE FROM kraj", "SELECT kod FROM kraj" },
  { KP_REFERENCE_KIND_OKRESY, "DELETE FROM okres", "SELECT kod FROM okres" },
  { KP_REFERENCE_KIND_ORP, "DELETE FROM orp", "SELECT kod FROM orp" },
  { KP_REFERENCE_KIND_POU, "DELETE FROM pou", "SELECT kod FROM pou" },
  { KP_REFERENCE_KIND_CISELNIK_CSU, "DELETE FROM csu_code", NULL },
  { KP_REFERENCE_KIND_UI_OBEC, "DELETE FROM obec", "SELECT kod FROM obec" },
  { KP_REFERENCE_KIND_CSU_AGE, "DELETE FROM population", NULL },
  { KP_REFERENCE_KIND_GEO_KRAJE,
    "DELETE FROM boundary WHERE level = 'kraj'; DELETE FROM boundary_arc WHERE level = 'kraj'",
    NULL },
  { KP_REFERENCE_KIND_GEO_ORP,
    "DELETE FROM boundary WHERE level = 'orp'; DELETE FROM boundary_arc WHERE level = 'orp'",
    NULL },
  { KP_REFERENCE_KIND_GEO_OBCE,
    "DELETE FROM boundary WHERE level = 'obec'; DELETE FROM boundary_arc WHERE level = 'obec'",
    NULL },
  { KP_REFERENCE_KIND_CSU_ORP, "DELETE FROM csu_orp", NULL },
  { KP_REFERENCE_KIND_UP_OFFICES, "DELETE FROM up_office", NULL },
};

static guint
kind_table (KpReferenceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_tables); i++)
    if (kind_tables[i].kind == kind)
      return i;
  g_assert_not_reached ();
}

/* Deletes the rows that an import of @kind replaces. */
gboolean
kp_library_repository_clear (KpLibraryRepository *self,
                             KpReferenceKind      kind,
                             GError             **error)
{
  return kp_database_exec (self->db, kind_tables[kind_table (kind)].delete_sql, error);
}

/* Adds the codes of the table that @kind fills to the set @codes (keys owned by it). */
gboolean
kp_library_repository_load_codes (KpLibraryRepository *self,
                                  KpReferenceKind      kind,
                                  GHashTable          *codes,
                                  GError             **error)
{
  const char *sql = kind_tables[kind_table (kind)].codes_sql;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_assert (sql != NULL);
  stmt = kp_database_prepare (self->db, sql, error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      if (!kp_database_step (self->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      g_hash_table_add (codes, kp_database_dup_column_text (stmt, 0));
    }
}

/* Calls @func for every area of @system: its code in @system, its RÚIAN code, its name. */
gboolean
kp_library_repository_foreach_code (KpLibraryRepository *self,
                                    KpCodeSystem         system,
                                    KpCodeFunc           func,
                                    gpointer             user_data,
                                    GError             **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_assert (system < G_N_ELEMENTS (code_system_sql));
  stmt = kp_database_prepare (self->db, code_system_sql[system], error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      if (!kp_database_step (self->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      func (kp_database_column_text (stmt, 0), kp_database_column_text (stmt, 1),
            kp_database_column_text (stmt, 2), user_data);
    }
}

/**
 * kp_library_repository_insert_code:
 * @values: the columns of the row, see kp-library-repository.h
 *
 * Inserts one row of a code list.
 */
gboolean
kp_library_repository_insert_code (KpLibraryRepository *self,
                                   KpReferenceKind      kind,
                                   const char *const   *values,
                                   GError             **error)
{
  static const struct
  {
    KpReferenceKind kind;
    const char     *sql;
    int             n_values;
  } inserts[] = {
    { KP_REFERENCE_KIND_KRAJE, SQL_INSERT_KRAJ, 3 },
    { KP_REFERENCE_KIND_OKRESY, SQL_INSERT_OKRES, 4 },
    { KP_REFERENCE_KIND_ORP, SQL_INSERT_ORP, 3 },
    { KP_REFERENCE_KIND_POU, SQL_INSERT_POU, 4 },
    { KP_REFERENCE_KIND_CISELNIK_CSU, SQL_INSERT_CSU_CODE, 3 },
  };
  g_autoptr (KpBorrowedStmt) stmt = NULL;
  guint i = 0;

  while (inserts[i].kind != kind)
    {
      i++;
      g_assert (i < G_N_ELEMENTS (inserts));
    }
  stmt = kp_database_borrow (self->db, inserts[i].sql, error);
  if (stmt == NULL)
    return FALSE;
  for (int v = 0; v < inserts[i].n_values; v++)
    bind_text (stmt, v + 1, values[v]);
  return kp_database_step_done (self->db, stmt, error);
}

gboolean
kp_library_repository_insert_obec (KpLibraryRepository *self,
                                   const KpObecRow     *row,
                                   GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_OBEC, error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, row->kod);
  bind_text (stmt, 2, row->nazev);
  sqlite3_bind_int (stmt, 3, row->status_kod);
  bind_text (stmt, 4, row->pou_kod);
  bind_text (stmt, 5, row->okres_kod);
  bind_text (stmt, 6, row->platnost_od);
  return kp_database_step_done (self->db, stmt, error);
}

/* Replaces the obec's row for that sex if there is one. */
gboolean
kp_library_repository_insert_population (KpLibraryRepository   *self,
                                         const KpPopulationRow *row,
                                         GError               **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_INSERT_POPULATION, error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, row->obec_kod);
  bind_text (stmt, 2, row->sex);
  bind_text (stmt, 3, row->ref_date);
  sqlite3_bind_int64 (stmt, 4, row->total);
  for (int i = 0; i < KP_AGE_BANDS; i++)
    sqlite3_bind_int64 (stmt, 5 + i, row->bands[i]);
  return kp_database_step_done (self->db, stmt, error);
}

gboolean
kp_library_repository_update_csu_codes (KpLibraryRepository *self,
                                        GError             **error)
{
  return kp_database_exec (self->db, SQL_UPDATE_CSU_KRAJ, error) &&
         kp_database_exec (self->db, SQL_UPDATE_CSU_OKRES, error) &&
         kp_database_exec (self->db, SQL_UPDATE_CSU_ORP, error);
}

/* Population of obce that a newer UI_OBEC no longer lists (merged or abolished). */
gboolean
kp_library_repository_delete_stale_population (KpLibraryRepository *self,
                                               GError             **error)
{
  return kp_database_exec (self->db, SQL_DELETE_STALE_POPULATION, error);
}

/**
 * kp_library_repository_find_broken_link:
 * @out_parent: (out) (nullable): the missing parent code, %NULL when all links hold
 * @out_child: (out) (nullable): the first row that refers to it
 */
gboolean
kp_library_repository_find_broken_link (KpLibraryRepository *self,
                                        KpLibraryLink        link,
                                        char               **out_parent,
                                        char               **out_child,
                                        GError             **error)
{
  static const char *const sql[KP_LIBRARY_N_LINKS] = {
    [KP_LIBRARY_LINK_OKRES_KRAJ] = SQL_BROKEN_OKRES_KRAJ,
    [KP_LIBRARY_LINK_ORP_KRAJ] = SQL_BROKEN_ORP_KRAJ,
    [KP_LIBRARY_LINK_POU_ORP] = SQL_BROKEN_POU_ORP,
    [KP_LIBRARY_LINK_OBEC_POU] = SQL_BROKEN_OBEC_POU,
  };
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (self->db, sql[link], error);
  gboolean has_row;

  *out_parent = NULL;
  *out_child = NULL;
  if (stmt == NULL || !kp_database_step (self->db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *out_parent = kp_database_dup_column_text (stmt, 0);
      *out_child = kp_database_dup_column_text (stmt, 1);
    }
  return TRUE;
}

/* Returns: (transfer full) (element-type KpImportRecord): the current imports by kind */
GPtrArray *
kp_library_repository_list_imports (KpLibraryRepository *self,
                                    GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_LIST_IMPORTS, error);
  g_autoptr (GPtrArray) records = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  records = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_import_record_free);
  for (;;)
    {
      if (!kp_database_step (self->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (records, record_from_row (stmt));
    }
  return g_steal_pointer (&records);
}

/* Returns: (transfer full) (element-type KpImportRecord): the imports logged after
 *   @log_id, oldest first */
GPtrArray *
kp_library_repository_list_imports_after (KpLibraryRepository *self,
                                          gint64               log_id,
                                          GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_LIST_IMPORTS_AFTER, error);
  g_autoptr (GPtrArray) records = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, log_id);
  records = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_import_record_free);
  for (;;)
    {
      if (!kp_database_step (self->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (records, record_from_row (stmt));
    }
  return g_steal_pointer (&records);
}

gboolean
kp_library_repository_get_counts (KpLibraryRepository *self,
                                  KpLibraryCounts     *out_counts,
                                  GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_COUNTS, error);

  memset (out_counts, 0, sizeof *out_counts);
  if (stmt == NULL || !kp_database_step_row (self->db, stmt, error))
    return FALSE;
  out_counts->kraje = sqlite3_column_int (stmt, 0);
  out_counts->okresy = sqlite3_column_int (stmt, 1);
  out_counts->orp = sqlite3_column_int (stmt, 2);
  out_counts->pou = sqlite3_column_int (stmt, 3);
  out_counts->obce = sqlite3_column_int (stmt, 4);
  out_counts->obce_with_population = sqlite3_column_int (stmt, 5);
  out_counts->population = sqlite3_column_int64 (stmt, 6);
  out_counts->population_date = kp_database_dup_column_text (stmt, 7);
  out_counts->boundaries_obce = sqlite3_column_int (stmt, 8);
  out_counts->boundaries_orp = sqlite3_column_int (stmt, 9);
  out_counts->boundaries_kraje = sqlite3_column_int (stmt, 10);
  return TRUE;
}

static void
read_totals (sqlite3_stmt *stmt,
             int           first,
             KpAgeTotals  *totals)
{
  totals->total = sqlite3_column_int64 (stmt, first);
  totals->a0_14 = sqlite3_column_int64 (stmt, first + 1);
  totals->a15_64 = sqlite3_column_int64 (stmt, first + 2);
  totals->a65_plus = sqlite3_column_int64 (stmt, first + 3);
  totals->a80_plus = sqlite3_column_int64 (stmt, first + 4);
}

/**
 * kp_library_repository_list_areas:
 * @level: %KP_AREA_LEVEL_KRAJ or %KP_AREA_LEVEL_ORP
 * @kraj_kod: (nullable): only the ORP of this kraj
 *
 * Returns: (transfer full) (element-type KpArea): the areas with their totals, unsorted
 */
GPtrArray *
kp_library_repository_list_areas (KpLibraryRepository *self,
                                  KpAreaLevel          level,
                                  const char          *kraj_kod,
                                  GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = NULL;
  g_autoptr (GPtrArray) areas = NULL;
  gboolean has_row;

  g_assert (level == KP_AREA_LEVEL_KRAJ || level == KP_AREA_LEVEL_ORP);

  stmt = kp_database_borrow (self->db, level == KP_AREA_LEVEL_KRAJ ? SQL_LIST_KRAJE : SQL_LIST_ORP,
                             error);
  if (stmt == NULL)
    return NULL;
  if (level == KP_AREA_LEVEL_ORP)
    bind_text (stmt, 1, kraj_kod);
  areas = g_ptr_array_new_with_free_func (g_object_unref);
  for (;;)
    {
      KpAgeTotals totals;

      if (!kp_database_step (self->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      read_totals (stmt, 7, &totals);
      g_ptr_array_add (areas, kp_area_new (level, kp_database_column_text (stmt, 0),
                                           kp_database_column_text (stmt, 1),
                                           kp_database_column_text (stmt, 2),
                                           kp_database_column_text (stmt, 3),
                                           kp_database_column_text (stmt, 4),
                                           kp_database_column_text (stmt, 6),
                                           sqlite3_column_int (stmt, 5), &totals));
    }
  return g_steal_pointer (&areas);
}

/* Returns: (transfer full) (element-type KpObec): every current obec, unsorted */
GPtrArray *
kp_library_repository_list_obce (KpLibraryRepository *self,
                                 GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (self->db, SQL_LIST_OBCE, error);
  g_autoptr (GPtrArray) obce = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  obce = g_ptr_array_new_with_free_func (g_object_unref);
  for (;;)
    {
      KpObecData data = { 0 };

      if (!kp_database_step (self->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      data.kod = kp_database_column_text (stmt, 0);
      data.nazev = kp_database_column_text (stmt, 1);
      data.status_kod = sqlite3_column_int (stmt, 2);
      data.pou_kod = kp_database_column_text (stmt, 3);
      data.pou_nazev = kp_database_column_text (stmt, 4);
      data.orp_kod = kp_database_column_text (stmt, 5);
      data.orp_csu_kod = kp_database_column_text (stmt, 6);
      data.orp_nazev = kp_database_column_text (stmt, 7);
      data.okres_kod = kp_database_column_text (stmt, 8);
      data.kraj_kod = kp_database_column_text (stmt, 9);
      data.kraj_nazev = kp_database_column_text (stmt, 10);
      data.ref_date = kp_database_column_text (stmt, 11);
      read_totals (stmt, 12, &data.totals);
      data.okres_nazev = kp_database_column_text (stmt, 17);
      g_ptr_array_add (obce, kp_obec_new (&data));
    }
  return g_steal_pointer (&obce);
}
