/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-territory-repository.h"
#include "kp-database-private.h"

/* Changing an existing project's territory. The new set of obce is in temp.territory; the
 * statements bring every table of the snapshot to it by removing what is no longer needed
 * and copying what is new from the library, so rows that stay are not touched and the undo
 * step holds only the difference. */

#define IN_NEW   "(SELECT kod FROM temp.territory)"
#define NEW_OBEC "temp.territory AS t JOIN lib.obec AS o ON o.kod = t.kod"

static const char SQL_CREATE[] = "CREATE TEMP TABLE IF NOT EXISTS territory (kod TEXT PRIMARY KEY)";
static const char SQL_CLEAR[] = "DELETE FROM temp.territory";
static const char SQL_FILL_CURRENT[] =
    "INSERT INTO temp.territory (kod) SELECT kod FROM main.obec WHERE in_territory = 1";
static const char SQL_LIBRARY_HAS[] = "SELECT count(*) FROM lib.obec WHERE kod = ?1";
static const char SQL_ADD[] = "INSERT OR IGNORE INTO temp.territory (kod) VALUES (?1)";
static const char SQL_HAS[] = "SELECT count(*) FROM temp.territory WHERE kod = ?1";
static const char SQL_REMOVE[] = "DELETE FROM temp.territory WHERE kod = ?1";

static const char SQL_COUNT[] =
    "SELECT (SELECT count(*) FROM temp.territory), "
    "(SELECT count(*) FROM temp.territory WHERE kod NOT IN "
    "(SELECT kod FROM main.obec WHERE in_territory = 1)), "
    "(SELECT count(*) FROM main.obec WHERE in_territory = 1 AND kod NOT IN " IN_NEW ")";

static const char *const apply_statements[] = {
  "DELETE FROM main.population WHERE obec_kod NOT IN " IN_NEW,
  "DELETE FROM main.obec WHERE kod NOT IN " IN_NEW,
  "INSERT OR IGNORE INTO main.kraj (kod, nazev, nuts3_kod, csu_kod) "
  "SELECT k.kod, k.nazev, k.nuts3_kod, k.csu_kod FROM lib.kraj AS k WHERE k.kod IN "
  "(SELECT r.kraj_kod FROM " NEW_OBEC " JOIN lib.pou AS p ON p.kod = o.pou_kod "
  "JOIN lib.orp AS r ON r.kod = p.orp_kod)",
  "INSERT OR IGNORE INTO main.orp (kod, csu_kod, nazev, kraj_kod) "
  "SELECT r.kod, r.csu_kod, r.nazev, r.kraj_kod FROM lib.orp AS r WHERE r.kod IN "
  "(SELECT p.orp_kod FROM " NEW_OBEC " JOIN lib.pou AS p ON p.kod = o.pou_kod)",
  "INSERT OR IGNORE INTO main.pou (kod, nazev, orp_kod) "
  "SELECT p.kod, p.nazev, p.orp_kod FROM lib.pou AS p WHERE p.kod IN "
  "(SELECT o.pou_kod FROM " NEW_OBEC ")",
  "INSERT OR IGNORE INTO main.okres (kod, nazev, lau1_kod, kraj_kod) "
  "SELECT d.kod, d.nazev, d.lau1_kod, d.kraj_kod FROM lib.okres AS d WHERE d.kod IN "
  "(SELECT o.okres_kod FROM " NEW_OBEC ")",
  "INSERT OR IGNORE INTO main.obec (kod, nazev, status_kod, pou_kod, okres_kod, in_territory) "
  "SELECT o.kod, o.nazev, o.status_kod, o.pou_kod, o.okres_kod, 1 FROM " NEW_OBEC,
  "INSERT OR IGNORE INTO main.population (obec_kod, sex, ref_date, total, a0_4, a5_9, a10_14, "
  "a15_19, a20_24, a25_29, a30_34, a35_39, a40_44, a45_49, a50_54, a55_59, a60_64, a65_69, "
  "a70_74, a75_79, a80_84, a85_plus) "
  "SELECT obec_kod, sex, ref_date, total, a0_4, a5_9, a10_14, a15_19, a20_24, a25_29, a30_34, "
  "a35_39, a40_44, a45_49, a50_54, a55_59, a60_64, a65_69, a70_74, a75_79, a80_84, a85_plus "
  "FROM lib.population WHERE obec_kod IN " IN_NEW,
  "DELETE FROM main.pou WHERE kod NOT IN (SELECT pou_kod FROM main.obec)",
  "DELETE FROM main.orp WHERE kod NOT IN (SELECT orp_kod FROM main.pou)",
  "DELETE FROM main.kraj WHERE kod NOT IN (SELECT kraj_kod FROM main.orp)",
  "DELETE FROM main.okres WHERE kod NOT IN (SELECT okres_kod FROM main.obec "
  "WHERE okres_kod IS NOT NULL)",
  "DELETE FROM main.area_summary WHERE (level = 'orp' AND kod NOT IN (SELECT kod FROM main.orp)) "
  "OR (level = 'kraj' AND kod NOT IN (SELECT kod FROM main.kraj))",
  /* Whole ORP and kraje, as when a project is made. */
  "INSERT OR IGNORE INTO main.area_summary (level, kod, nazev, ref_date, obce, total, a0_14, "
  "a15_64, a65_plus, a80_plus) "
  "SELECT 'orp', r.kod, r.nazev, coalesce(max(pp.ref_date), ''), count(o.kod), "
  "coalesce(sum(pp.total), 0), coalesce(sum(pp.a0_4 + pp.a5_9 + pp.a10_14), 0), "
  "coalesce(sum(pp.a15_19 + pp.a20_24 + pp.a25_29 + pp.a30_34 + pp.a35_39 + pp.a40_44 + "
  "pp.a45_49 + pp.a50_54 + pp.a55_59 + pp.a60_64), 0), "
  "coalesce(sum(pp.a65_69 + pp.a70_74 + pp.a75_79 + pp.a80_84 + pp.a85_plus), 0), "
  "coalesce(sum(pp.a80_84 + pp.a85_plus), 0) FROM main.orp AS r "
  "JOIN lib.pou AS p ON p.orp_kod = r.kod JOIN lib.obec AS o ON o.pou_kod = p.kod "
  "LEFT JOIN lib.population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem' "
  "WHERE r.kod NOT IN (SELECT kod FROM main.area_summary WHERE level = 'orp') "
  "GROUP BY r.kod",
  "INSERT OR IGNORE INTO main.area_summary (level, kod, nazev, ref_date, obce, total, a0_14, "
  "a15_64, a65_plus, a80_plus) "
  "SELECT 'kraj', k.kod, k.nazev, coalesce(max(pp.ref_date), ''), count(o.kod), "
  "coalesce(sum(pp.total), 0), coalesce(sum(pp.a0_4 + pp.a5_9 + pp.a10_14), 0), "
  "coalesce(sum(pp.a15_19 + pp.a20_24 + pp.a25_29 + pp.a30_34 + pp.a35_39 + pp.a40_44 + "
  "pp.a45_49 + pp.a50_54 + pp.a55_59 + pp.a60_64), 0), "
  "coalesce(sum(pp.a65_69 + pp.a70_74 + pp.a75_79 + pp.a80_84 + pp.a85_plus), 0), "
  "coalesce(sum(pp.a80_84 + pp.a85_plus), 0) FROM main.kraj AS k "
  "JOIN lib.orp AS r ON r.kraj_kod = k.kod JOIN lib.pou AS p ON p.orp_kod = r.kod "
  "JOIN lib.obec AS o ON o.pou_kod = p.kod "
  "LEFT JOIN lib.population AS pp ON pp.obec_kod = o.kod AND pp.sex = 'celkem' "
  "WHERE k.kod NOT IN (SELECT kod FROM main.area_summary WHERE level = 'kraj') "
  "GROUP BY k.kod",
  /* The obce that stay on the map as neighbours, and those that join. */
  "UPDATE main.boundary SET in_territory = (kod IN " IN_NEW ") "
  "WHERE level = 'obec' AND in_territory IS NOT (kod IN " IN_NEW ")",
  /* An ORP project whose obce are no longer exactly the ORP's is a custom territory. */
  "UPDATE main.project SET territory_kind = 'custom', territory_code = NULL "
  "WHERE territory_kind = 'orp' AND (EXISTS (SELECT 1 FROM lib.obec AS o "
  "JOIN lib.pou AS p ON p.kod = o.pou_kod WHERE p.orp_kod = project.territory_code "
  "AND o.kod NOT IN " IN_NEW ") OR EXISTS (SELECT 1 FROM " NEW_OBEC " "
  "JOIN lib.pou AS p ON p.kod = o.pou_kod WHERE p.orp_kod IS NOT project.territory_code))",
};

static gboolean
run_with_code (KpDatabase *db,
               const char *sql,
               const char *code,
               gint64     *out_count,
               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, code);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (out_count != NULL)
    *out_count = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
kp_territory_repository_prepare (KpDatabase        *db,
                                 const char *const *add,
                                 const char *const *remove,
                                 GPtrArray         *out_unknown,
                                 GPtrArray         *out_outside,
                                 GError           **error)
{
  gint64 count;

  if (!kp_database_exec (db, SQL_CREATE, error) || !kp_database_exec (db, SQL_CLEAR, error) ||
      !kp_database_exec (db, SQL_FILL_CURRENT, error))
    return FALSE;
  for (guint i = 0; add != NULL && add[i] != NULL; i++)
    {
      if (!run_with_code (db, SQL_LIBRARY_HAS, add[i], &count, error))
        return FALSE;
      if (count == 0)
        g_ptr_array_add (out_unknown, g_strdup (add[i]));
      else if (!run_with_code (db, SQL_ADD, add[i], NULL, error))
        return FALSE;
    }
  for (guint i = 0; remove != NULL && remove[i] != NULL; i++)
    {
      if (!run_with_code (db, SQL_HAS, remove[i], &count, error))
        return FALSE;
      if (count == 0)
        g_ptr_array_add (out_outside, g_strdup (remove[i]));
      else if (!run_with_code (db, SQL_REMOVE, remove[i], NULL, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_territory_repository_count (KpDatabase *db,
                               int        *out_total,
                               int        *out_added,
                               int        *out_removed,
                               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_COUNT, error);

  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return FALSE;
  *out_total = sqlite3_column_int (stmt, 0);
  *out_added = sqlite3_column_int (stmt, 1);
  *out_removed = sqlite3_column_int (stmt, 2);
  return TRUE;
}

gboolean
kp_territory_repository_apply (KpDatabase *db,
                               GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (apply_statements); i++)
    if (!kp_database_exec (db, apply_statements[i], error))
      return FALSE;
  return TRUE;
}
