/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-boundary-repository.h"
#include "kp-database-private.h"

static const char SQL_INSERT_AREA[] =
    "INSERT INTO boundary (level, kod, nazev, shape, min_lon, min_lat, max_lon, max_lat, "
    "area_km2) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char SQL_INSERT_ARC[] = "INSERT INTO boundary_arc (level, id, points) VALUES (?1, ?2, ?3)";
static const char SQL_SET_TERRITORY[] =
    "UPDATE boundary SET in_territory = 1 WHERE level = 'obec' AND kod = ?1";
static const char SQL_READ_ALL[] =
    "SELECT kod, nazev, shape, area_km2 FROM boundary WHERE level = ?1 ORDER BY kod";
static const char SQL_READ_TERRITORY[] = "SELECT kod, nazev, shape, area_km2 FROM boundary "
                                         "WHERE level = ?1 AND in_territory = 1 ORDER BY kod";
static const char SQL_READ_CONTEXT[] = "SELECT kod, nazev, shape, area_km2 FROM boundary "
                                       "WHERE level = ?1 AND in_territory = 0 ORDER BY kod";
static const char SQL_READ_ARC[] = "SELECT points FROM boundary_arc WHERE level = ?1 AND id = ?2";
static const char SQL_SHAPES[] = "SELECT shape FROM boundary WHERE level = ?1";

/* Copying a project's share of the library (attached as "lib", territory in
 * temp.territory). These are prepared for each use, never cached on the connection: they
 * name the attached database, which is detached afterwards. */
static const char SQL_COPY_TERRITORY[] =
    "INSERT OR IGNORE INTO boundary (level, kod, nazev, shape, min_lon, min_lat, max_lon, max_lat, "
    "area_km2, in_territory) SELECT level, kod, nazev, shape, min_lon, min_lat, max_lon, "
    "max_lat, area_km2, 1 FROM lib.boundary WHERE level = 'obec' AND kod IN "
    "(SELECT kod FROM temp.territory)";
static const char SQL_TERRITORY_BOUNDS[] =
    "SELECT min(min_lon), min(min_lat), max(max_lon), max(max_lat) FROM boundary "
    "WHERE level = 'obec' AND in_territory = 1";
static const char SQL_COPY_AROUND[] =
    "INSERT OR IGNORE INTO boundary (level, kod, nazev, shape, min_lon, min_lat, max_lon, "
    "max_lat, area_km2, in_territory) SELECT level, kod, nazev, shape, min_lon, min_lat, "
    "max_lon, max_lat, area_km2, 0 FROM lib.boundary WHERE level = ?1 AND max_lon >= ?2 AND "
    "min_lon <= ?3 AND max_lat >= ?4 AND min_lat <= ?5";
static const char SQL_COPY_ARC[] = "INSERT OR IGNORE INTO boundary_arc (level, id, points) "
                                   "SELECT level, id, points FROM lib.boundary_arc "
                                   "WHERE level = ?1 AND id = ?2";

static void
bind_level (sqlite3_stmt   *stmt,
            KpBoundaryLevel level)
{
  sqlite3_bind_text (stmt, 1, kp_boundary_level_to_string (level), -1, SQLITE_STATIC);
}

gboolean
kp_boundary_repository_insert_area (KpDatabase          *db,
                                    KpBoundaryLevel      level,
                                    const KpBoundaryRow *row,
                                    GError             **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_AREA, error);

  if (stmt == NULL)
    return FALSE;
  bind_level (stmt, level);
  sqlite3_bind_text (stmt, 2, row->code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, row->name, -1, SQLITE_STATIC);
  sqlite3_bind_blob (stmt, 4, row->shape, (int) row->shape_len, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 5, row->min_lon);
  sqlite3_bind_double (stmt, 6, row->min_lat);
  sqlite3_bind_double (stmt, 7, row->max_lon);
  sqlite3_bind_double (stmt, 8, row->max_lat);
  sqlite3_bind_double (stmt, 9, row->area_km2);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_boundary_repository_insert_arc (KpDatabase     *db,
                                   KpBoundaryLevel level,
                                   gint64          id,
                                   const guint8   *points,
                                   gsize           len,
                                   GError        **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_ARC, error);

  if (stmt == NULL)
    return FALSE;
  bind_level (stmt, level);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_blob (stmt, 3, points, (int) len, SQLITE_STATIC);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_boundary_repository_mark_territory (KpDatabase        *db,
                                       const char *const *obec_codes,
                                       GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SET_TERRITORY, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; obec_codes[i] != NULL; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, obec_codes[i], -1, SQLITE_STATIC);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_boundary_repository_foreach_area (KpDatabase       *db,
                                     KpBoundaryLevel   level,
                                     KpBoundarySelect  select,
                                     KpBoundaryRowFunc func,
                                     gpointer          user_data,
                                     GError          **error)
{
  static const char *const queries[] = { SQL_READ_ALL, SQL_READ_TERRITORY, SQL_READ_CONTEXT };
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_assert (select < G_N_ELEMENTS (queries));
  stmt = kp_database_prepare (db, queries[select], error);
  if (stmt == NULL)
    return FALSE;
  bind_level (stmt, level);
  for (;;)
    {
      KpBoundaryRow row = { 0 };

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      row.code = kp_database_column_text (stmt, 0);
      row.name = kp_database_column_text (stmt, 1);
      row.shape = sqlite3_column_blob (stmt, 2);
      row.shape_len = (gsize) sqlite3_column_bytes (stmt, 2);
      row.area_km2 = sqlite3_column_double (stmt, 3);
      if (!func (&row, user_data, error))
        return FALSE;
    }
}

gboolean
kp_boundary_repository_read_arc (KpDatabase        *db,
                                 KpBoundaryLevel    level,
                                 gint64             id,
                                 KpBoundaryBlobFunc func,
                                 gpointer           user_data,
                                 GError           **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_READ_ARC, error);
  const guint8 *data;

  if (stmt == NULL)
    return FALSE;
  bind_level (stmt, level);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!kp_database_step_row (db, stmt, error))
    return FALSE;
  data = sqlite3_column_blob (stmt, 0);
  return func (data, (gsize) sqlite3_column_bytes (stmt, 0), user_data, error);
}

gboolean
kp_boundary_repository_foreach_shape (KpDatabase        *db,
                                      KpBoundaryLevel    level,
                                      KpBoundaryBlobFunc func,
                                      gpointer           user_data,
                                      GError           **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SHAPES, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  bind_level (stmt, level);
  for (;;)
    {
      const guint8 *data;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      data = sqlite3_column_blob (stmt, 0);
      if (!func (data, (gsize) sqlite3_column_bytes (stmt, 0), user_data, error))
        return FALSE;
    }
}

gboolean
kp_boundary_repository_copy_territory (KpDatabase *db,
                                       GError    **error)
{
  return kp_database_exec (db, SQL_COPY_TERRITORY, error);
}

gboolean
kp_boundary_repository_get_territory_bounds (KpDatabase *db,
                                             double      out_box[4],
                                             gboolean   *out_found,
                                             GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_TERRITORY_BOUNDS, error);

  *out_found = FALSE;
  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return FALSE;
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return TRUE;
  for (int i = 0; i < 4; i++)
    out_box[i] = sqlite3_column_double (stmt, i);
  *out_found = TRUE;
  return TRUE;
}

gboolean
kp_boundary_repository_copy_around (KpDatabase     *db,
                                    KpBoundaryLevel level,
                                    const double    box[4],
                                    GError        **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_COPY_AROUND, error);

  if (stmt == NULL)
    return FALSE;
  bind_level (stmt, level);
  for (int i = 0; i < 4; i++)
    sqlite3_bind_double (stmt, i + 2, box[i]);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_boundary_repository_copy_arcs (KpDatabase     *db,
                                  KpBoundaryLevel level,
                                  GHashTable     *ids,
                                  GError        **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_COPY_ARC, error);
  GHashTableIter iter;
  gpointer       key;

  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      sqlite3_reset (stmt);
      bind_level (stmt, level);
      sqlite3_bind_int64 (stmt, 2, GPOINTER_TO_INT (key));
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}
