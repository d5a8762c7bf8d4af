/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-up-offices-repository.h"
#include "kp-database-private.h"

#include <math.h>

/* The contact offices of Úřad práce: resources/sql/project/0012-authorities.sql, copied
 * from the library's resources/sql/library/0006-up-offices.sql. */

static const char SQL_HAS_LIBRARY_TABLE[] =
    "SELECT count(*) FROM lib.sqlite_master WHERE type = 'table' AND name = 'up_office'";
static const char SQL_READ_LIBRARY[] =
    "SELECT nazev, okres, obec, lon, lat FROM lib.up_office ORDER BY id";
static const char SQL_READ_TERRITORY[] =
    "SELECT o.nazev, k.nazev FROM main.obec AS o LEFT JOIN main.okres AS k ON k.kod = o.okres_kod "
    "WHERE o.in_territory = 1";
static const char SQL_CLEAR[] = "DELETE FROM main.up_office";
static const char SQL_INSERT[] =
    "INSERT INTO main.up_office (nazev, obec, in_territory, distance_km) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_LOAD[] =
    "SELECT nazev, obec, in_territory, distance_km FROM main.up_office ORDER BY id";

void
kp_up_office_source_free (KpUpOfficeSource *office)
{
  if (office == NULL)
    return;
  g_free (office->name);
  g_free (office->okres);
  g_free (office->obec);
  g_free (office);
}

void
kp_up_territory_obec_free (KpUpTerritoryObec *obec)
{
  if (obec == NULL)
    return;
  g_free (obec->obec);
  g_free (obec->okres);
  g_free (obec);
}

gboolean
kp_up_offices_repository_read_library (KpDatabase *db,
                                       GPtrArray  *out_offices,
                                       gboolean   *out_found,
                                       GError    **error)
{
  g_autoptr (sqlite3_stmt) has = kp_database_prepare (db, SQL_HAS_LIBRARY_TABLE, error);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  *out_found = FALSE;
  if (has == NULL || !kp_database_step_row (db, has, error))
    return FALSE;
  if (sqlite3_column_int (has, 0) == 0)
    return TRUE;
  *out_found = TRUE;
  stmt = kp_database_prepare (db, SQL_READ_LIBRARY, error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      KpUpOfficeSource *office;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      office = g_new0 (KpUpOfficeSource, 1);
      office->name = kp_database_dup_column_text (stmt, 0);
      office->okres = kp_database_dup_column_text (stmt, 1);
      office->obec = kp_database_dup_column_text (stmt, 2);
      office->lon = sqlite3_column_double (stmt, 3);
      office->lat = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (out_offices, office);
    }
}

gboolean
kp_up_offices_repository_read_territory (KpDatabase *db,
                                         GPtrArray  *out_obce,
                                         GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_READ_TERRITORY, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      KpUpTerritoryObec *obec;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      obec = g_new0 (KpUpTerritoryObec, 1);
      obec->obec = kp_database_dup_column_text (stmt, 0);
      obec->okres = kp_database_dup_column_text (stmt, 1);
      g_ptr_array_add (out_obce, obec);
    }
}

gboolean
kp_up_offices_repository_replace (KpDatabase *db,
                                  GPtrArray  *offices,
                                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (!kp_database_exec (db, SQL_CLEAR, error))
    return FALSE;
  stmt = kp_database_prepare (db, SQL_INSERT, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < offices->len; i++)
    {
      const KpUpOffice *office = g_ptr_array_index (offices, i);

      sqlite3_reset (stmt);
      kp_database_bind_text (stmt, 1, office->name);
      kp_database_bind_text (stmt, 2, office->obec);
      sqlite3_bind_int (stmt, 3, office->in_territory ? 1 : 0);
      if (isnan (office->distance_km))
        sqlite3_bind_null (stmt, 4);
      else
        sqlite3_bind_double (stmt, 4, office->distance_km);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_up_offices_repository_load (KpDatabase *db,
                               GPtrArray  *out_offices,
                               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      KpUpOffice *office;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      office = g_new0 (KpUpOffice, 1);
      office->name = kp_database_dup_column_text (stmt, 0);
      office->obec = kp_database_dup_column_text (stmt, 1);
      office->in_territory = sqlite3_column_int (stmt, 2) != 0;
      office->distance_km = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                                ? NAN
                                : sqlite3_column_double (stmt, 3);
      g_ptr_array_add (out_offices, office);
    }
}
