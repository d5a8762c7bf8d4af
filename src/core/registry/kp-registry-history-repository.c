/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-registry-repository.h"
#include "kp-database-private.h"

/* Reading the registry's history in the reference library: what each import brought and
 * how many services it left. */

static const char SQL_LOAD_REPORT[] =
    "SELECT id, source_name, sha256, data_date, imported_at, services, facilities, "
    "facilities_without_point, new_services, changed_services, ended_services "
    "FROM registry_import WHERE id = coalesce(?1, (SELECT max(id) FROM registry_import))";

static const char SQL_LOAD_CHANGES[] =
    "SELECT c.kind, c.identifikator, coalesce(n.nazev, o.nazev), d.nazev "
    "FROM registry_change AS c "
    "LEFT JOIN registry_service AS n ON n.row_id = c.new_row "
    "LEFT JOIN registry_service AS o ON o.row_id = c.old_row "
    "LEFT JOIN registry_code AS d ON d.list = 'druh' AND d.id = coalesce(n.druh_id, o.druh_id) "
    "WHERE c.import_id = ?1 "
    "ORDER BY CASE c.kind WHEN 'new' THEN 0 WHEN 'changed' THEN 1 ELSE 2 END, c.identifikator";

static const char SQL_COUNT_SERVICES[] =
    "SELECT count(*) FROM registry_service WHERE valid_from <= ?1 "
    "AND (valid_to IS NULL OR valid_to > ?1)";

static KpRegistryChangeKind
change_kind_from_string (const char *text)
{
  if (g_strcmp0 (text, "new") == 0)
    return KP_REGISTRY_CHANGE_NEW;
  if (g_strcmp0 (text, "changed") == 0)
    return KP_REGISTRY_CHANGE_CHANGED;
  return KP_REGISTRY_CHANGE_ENDED;
}

static gboolean
load_changes (KpDatabase       *db,
              KpRegistryReport *report,
              GError          **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_CHANGES, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report->import_id);
  for (;;)
    {
      KpRegistryChange *change;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      change = g_new0 (KpRegistryChange, 1);
      change->kind = change_kind_from_string (kp_database_column_text (stmt, 0));
      change->identifikator = kp_database_dup_column_text (stmt, 1);
      change->name = kp_database_dup_column_text (stmt, 2);
      change->type_name = kp_database_dup_column_text (stmt, 3);
      g_ptr_array_add (report->changes, change);
    }
}

/**
 * kp_registry_repository_load_report:
 * @import_id: an import, or 0 for the latest
 *
 * Returns: (transfer full) (nullable): the report, or %NULL (without @error) when there is
 *   no such import
 */
KpRegistryReport *
kp_registry_repository_load_report (KpDatabase *db,
                                    gint64      import_id,
                                    GError    **error)
{
  g_autoptr (KpRegistryReport) report = NULL;
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_REPORT, error);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  kp_database_bind_id (stmt, 1, import_id);
  if (!kp_database_step (db, stmt, &has_row, error) || !has_row)
    return NULL;
  report = g_new0 (KpRegistryReport, 1);
  report->import_id = sqlite3_column_int64 (stmt, 0);
  report->source_name = kp_database_dup_column_text (stmt, 1);
  report->sha256 = kp_database_dup_column_text (stmt, 2);
  report->data_date = kp_database_dup_column_text (stmt, 3);
  report->imported_at = kp_database_dup_column_text (stmt, 4);
  report->services = (guint) sqlite3_column_int (stmt, 5);
  report->facilities = (guint) sqlite3_column_int (stmt, 6);
  report->facilities_without_point = (guint) sqlite3_column_int (stmt, 7);
  report->new_services = (guint) sqlite3_column_int (stmt, 8);
  report->changed_services = (guint) sqlite3_column_int (stmt, 9);
  report->ended_services = (guint) sqlite3_column_int (stmt, 10);
  report->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_registry_change_free);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!load_changes (db, report, error))
    return NULL;
  return g_steal_pointer (&report);
}

gboolean
kp_registry_repository_count_services (KpDatabase *db,
                                       gint64      import_id,
                                       gint64     *out_count,
                                       GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_COUNT_SERVICES, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, import_id > 0 ? import_id : G_MAXINT64);
  if (!kp_database_step_row (db, stmt, error))
    return FALSE;
  *out_count = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}
