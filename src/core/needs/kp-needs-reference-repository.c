/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-needs-reference-repository.h"
#include "kp-database-private.h"

#include <math.h>
#include <string.h>

/* The comparison figures: resources/sql/project/0009-needs.sql. */

#define BANDS                                                                            \
  "a0_4, a5_9, a10_14, a15_19, a20_24, a25_29, a30_34, a35_39, a40_44, a45_49, a50_54, " \
  "a55_59, a60_64, a65_69, a70_74, a75_79, a80_84, a85_plus"
#define SUM_BANDS                                                                    \
  "sum(pp.total), sum(pp.a0_4), sum(pp.a5_9), sum(pp.a10_14), sum(pp.a15_19), "      \
  "sum(pp.a20_24), sum(pp.a25_29), sum(pp.a30_34), sum(pp.a35_39), sum(pp.a40_44), " \
  "sum(pp.a45_49), sum(pp.a50_54), sum(pp.a55_59), sum(pp.a60_64), sum(pp.a65_69), " \
  "sum(pp.a70_74), sum(pp.a75_79), sum(pp.a80_84), sum(pp.a85_plus)"
#define LIB_OBCE "lib.population AS pp JOIN lib.obec AS o ON o.kod = pp.obec_kod " \
                 "JOIN lib.pou AS p ON p.kod = o.pou_kod JOIN lib.orp AS r ON r.kod = p.orp_kod"

static const char SQL_CLEAR[] = "DELETE FROM main.needs_area; DELETE FROM main.needs_area_age; "
                                "DELETE FROM main.needs_orp_figures";

static const char SQL_COPY_ORP[] =
    "INSERT INTO main.needs_area (level, kod, csu_kod, nazev, kraj_kod, ref_date, obce) "
    "SELECT 'orp', r.kod, r.csu_kod, r.nazev, r.kraj_kod, max(pp.ref_date), count(*) "
    "FROM " LIB_OBCE " WHERE pp.sex = 'celkem' GROUP BY r.kod";
static const char SQL_COPY_KRAJ[] =
    "INSERT INTO main.needs_area (level, kod, csu_kod, nazev, kraj_kod, ref_date, obce) "
    "SELECT 'kraj', k.kod, k.csu_kod, k.nazev, NULL, max(pp.ref_date), count(*) "
    "FROM " LIB_OBCE " JOIN lib.kraj AS k ON k.kod = r.kraj_kod WHERE pp.sex = 'celkem' "
    "GROUP BY k.kod";
static const char SQL_COPY_CR[] =
    "INSERT INTO main.needs_area (level, kod, csu_kod, nazev, kraj_kod, ref_date, obce) "
    "SELECT 'cr', 'CZ', NULL, 'Česká republika', NULL, max(pp.ref_date), count(*) "
    "FROM " LIB_OBCE " WHERE pp.sex = 'celkem' HAVING count(*) > 0";
static const char SQL_COPY_AGE_ORP[] =
    "INSERT INTO main.needs_area_age (level, kod, sex, total, " BANDS ") "
    "SELECT 'orp', r.kod, pp.sex, " SUM_BANDS " FROM " LIB_OBCE " GROUP BY r.kod, pp.sex";
static const char SQL_COPY_AGE_KRAJ[] =
    "INSERT INTO main.needs_area_age (level, kod, sex, total, " BANDS ") "
    "SELECT 'kraj', r.kraj_kod, pp.sex, " SUM_BANDS " FROM " LIB_OBCE
    " GROUP BY r.kraj_kod, pp.sex";
static const char SQL_COPY_AGE_CR[] =
    "INSERT INTO main.needs_area_age (level, kod, sex, total, " BANDS ") "
    "SELECT 'cr', 'CZ', pp.sex, " SUM_BANDS " FROM " LIB_OBCE " GROUP BY pp.sex";
static const char SQL_HAS_CSU_ORP[] =
    "SELECT count(*) FROM lib.sqlite_master WHERE type = 'table' AND name = 'csu_orp'";
/* Praha is its own ORP, named in the ČSÚ file by the code of the obec Praha. */
static const char SQL_COPY_ORP_FIGURES[] =
    "INSERT INTO main.needs_orp_figures (csu_kod, orp_kod, nazev, ref_date, population, a15_64, "
    "births, deaths, natural_change, net_migration, unemployment, job_seekers, "
    "job_seekers_long_term, dwellings, average_age) "
    "SELECT f.csu_kod, coalesce((SELECT r.kod FROM lib.orp AS r WHERE r.csu_kod = f.csu_kod), "
    "(SELECT p.orp_kod FROM lib.obec AS o JOIN lib.pou AS p ON p.kod = o.pou_kod "
    "WHERE o.kod = f.csu_kod)), f.nazev, f.ref_date, f.population, f.a15_64, f.births, f.deaths, "
    "f.natural_change, f.net_migration, f.unemployment, f.job_seekers, f.job_seekers_long_term, "
    "f.dwellings, f.average_age FROM lib.csu_orp AS f";
static const char SQL_COUNT_AREAS[] = "SELECT count(*) FROM main.needs_area";

static const char SQL_LOAD_AREAS[] =
    "SELECT a.level, a.kod, a.csu_kod, a.nazev, a.kraj_kod, a.ref_date, g.sex, g.total, "
    "g.a0_4, g.a5_9, g.a10_14, g.a15_19, g.a20_24, g.a25_29, g.a30_34, g.a35_39, g.a40_44, "
    "g.a45_49, g.a50_54, g.a55_59, g.a60_64, g.a65_69, g.a70_74, g.a75_79, g.a80_84, "
    "g.a85_plus FROM needs_area AS a LEFT JOIN needs_area_age AS g "
    "ON g.level = a.level AND g.kod = a.kod ORDER BY a.level, a.kod";
static const char SQL_LOAD_ORP_FIGURES[] =
    "SELECT csu_kod, orp_kod, nazev, ref_date, population, a15_64, births, deaths, "
    "natural_change, net_migration, unemployment, job_seekers, job_seekers_long_term, "
    "dwellings, average_age FROM needs_orp_figures ORDER BY csu_kod";
static const char SQL_LOAD_OBCE[] =
    "SELECT pp.obec_kod, pp.sex, pp.ref_date, pp.total, " BANDS " FROM population AS pp "
    "JOIN obec AS o ON o.kod = pp.obec_kod WHERE o.in_territory = 1";

static int
sex_index (const char *sex)
{
  if (g_strcmp0 (sex, "muzi") == 0)
    return 1;
  if (g_strcmp0 (sex, "zeny") == 0)
    return 2;
  return 0;
}

static gboolean
count (KpDatabase *db,
       const char *sql,
       gint64     *out_count,
       GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return FALSE;
  *out_count = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
kp_needs_reference_repository_copy (KpDatabase *db,
                                    gint64     *out_rows,
                                    GError    **error)
{
  static const char *const copies[] = { SQL_COPY_ORP, SQL_COPY_KRAJ, SQL_COPY_CR,
                                        SQL_COPY_AGE_ORP, SQL_COPY_AGE_KRAJ, SQL_COPY_AGE_CR };
  gint64                   has_csu_orp = 0;

  if (!kp_database_exec (db, SQL_CLEAR, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    if (!kp_database_exec (db, copies[i], error))
      return FALSE;
  if (!count (db, SQL_HAS_CSU_ORP, &has_csu_orp, error))
    return FALSE;
  if (has_csu_orp > 0 && !kp_database_exec (db, SQL_COPY_ORP_FIGURES, error))
    return FALSE;
  return count (db, SQL_COUNT_AREAS, out_rows, error);
}

static void
read_bands (sqlite3_stmt *stmt,
            int           first,
            gint64       *bands)
{
  for (int b = 0; b < KP_AGE_N_BANDS; b++)
    bands[b] = sqlite3_column_int64 (stmt, first + b);
}

static KpAreaLevel
level_of (const char *text)
{
  KpAreaLevel level = KP_AREA_LEVEL_CR;

  kp_area_level_from_string (text, &level);
  return level;
}

gboolean
kp_needs_reference_repository_load_areas (KpDatabase *db,
                                          GPtrArray  *areas,
                                          GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_AREAS, error);
  KpNeedsArea *area = NULL;
  gboolean     has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      const char *level, *kod;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      level = kp_database_column_text (stmt, 0);
      kod = kp_database_column_text (stmt, 1);
      if (area == NULL || area->level != level_of (level) || g_strcmp0 (area->kod, kod) != 0)
        {
          area = g_new0 (KpNeedsArea, 1);
          area->level = level_of (level);
          area->kod = g_strdup (kod);
          area->csu_kod = kp_database_dup_column_text (stmt, 2);
          area->name = kp_database_dup_column_text (stmt, 3);
          area->kraj_kod = kp_database_dup_column_text (stmt, 4);
          area->ref_date = kp_database_dup_column_text (stmt, 5);
          kp_orp_figures_init (&area->orp);
          g_ptr_array_add (areas, area);
        }
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        {
          read_bands (stmt, 8, area->bands[sex_index (kp_database_column_text (stmt, 6))]);
          area->has_bands = TRUE;
        }
    }
  return TRUE;
}

static double
column_double (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN
                                                           : sqlite3_column_double (stmt, column);
}

gboolean
kp_needs_reference_repository_load_orp_figures (KpDatabase      *db,
                                                KpOrpFiguresFunc func,
                                                gpointer         user_data,
                                                GError         **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_ORP_FIGURES, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      KpOrpFigures f;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      f.population = sqlite3_column_int64 (stmt, 4);
      f.a15_64 = sqlite3_column_int64 (stmt, 5);
      f.births = sqlite3_column_int64 (stmt, 6);
      f.deaths = sqlite3_column_int64 (stmt, 7);
      f.natural_change = sqlite3_column_int64 (stmt, 8);
      f.net_migration = sqlite3_column_int64 (stmt, 9);
      f.unemployment = column_double (stmt, 10);
      f.job_seekers = sqlite3_column_int64 (stmt, 11);
      f.job_seekers_long_term = sqlite3_column_int64 (stmt, 12);
      f.dwellings = sqlite3_column_int64 (stmt, 13);
      f.average_age = column_double (stmt, 14);
      func (kp_database_column_text (stmt, 0), kp_database_column_text (stmt, 1),
            kp_database_column_text (stmt, 2), kp_database_column_text (stmt, 3), &f, user_data);
    }
}

gboolean
kp_needs_reference_repository_load_obce (KpDatabase *db,
                                         GHashTable *obce,
                                         GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_OBCE, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      const char  *kod;
      KpNeedsArea *area;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      kod = kp_database_column_text (stmt, 0);
      area = g_hash_table_lookup (obce, kod);
      if (area == NULL)
        {
          area = g_new0 (KpNeedsArea, 1);
          area->level = KP_AREA_LEVEL_OBEC;
          area->kod = g_strdup (kod);
          area->ref_date = kp_database_dup_column_text (stmt, 2);
          kp_orp_figures_init (&area->orp);
          g_hash_table_insert (obce, area->kod, area);
        }
      read_bands (stmt, 4, area->bands[sex_index (kp_database_column_text (stmt, 1))]);
      area->has_bands = TRUE;
    }
}
