/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-registry-repository.h"
#include "kp-database-private.h"

/* Undoing the registry's part of an import (resources/sql/library/0004-import-undo.sql).
 * The registry keeps every version of a service (0003-registry.sql), so the imports after
 * a given one are taken back without a copy: the rows they added are those valid from
 * them, the rows they closed those valid until them. Only its code lists are copied. */

static const char SQL_LAST_IMPORT[] = "SELECT coalesce(max(id), 0) FROM registry_import";

static const char *const sql_undo_after[] = {
  "DELETE FROM registry_change WHERE import_id > ?1",
  "DELETE FROM registry_facility WHERE service_row IN "
  "(SELECT row_id FROM registry_service WHERE valid_from > ?1)",
  "DELETE FROM registry_form WHERE service_row IN "
  "(SELECT row_id FROM registry_service WHERE valid_from > ?1)",
  "DELETE FROM registry_capacity WHERE service_row IN "
  "(SELECT row_id FROM registry_service WHERE valid_from > ?1)",
  "DELETE FROM registry_contact WHERE service_row IN "
  "(SELECT row_id FROM registry_service WHERE valid_from > ?1)",
  "DELETE FROM registry_group WHERE service_row IN "
  "(SELECT row_id FROM registry_service WHERE valid_from > ?1)",
  "DELETE FROM registry_service WHERE valid_from > ?1",
  "UPDATE registry_service SET valid_to = NULL WHERE valid_to > ?1",
  "DELETE FROM registry_import WHERE id > ?1",
};

static const char SQL_CLEAR_CODES_COPY[] = "DELETE FROM undo_registry_code";
static const char SQL_SAVE_CODES[] =
    "INSERT INTO undo_registry_code SELECT * FROM registry_code ORDER BY rowid";
static const char SQL_CLEAR_CODES[] = "DELETE FROM registry_code";
static const char SQL_RESTORE_CODES[] =
    "INSERT INTO registry_code SELECT * FROM undo_registry_code ORDER BY rowid";

/* The services current after import ?1 (before the imports that followed it), and those
 * of them with no current version now. */
#define CURRENT_AFTER "o.valid_from <= ?1 AND (o.valid_to IS NULL OR o.valid_to > ?1)"
#define GONE_NOW                                                             \
  "NOT EXISTS (SELECT 1 FROM registry_service AS n WHERE n.identifikator = " \
  "o.identifikator AND n.valid_to IS NULL)"
static const char SQL_LOSS_BEFORE[] =
    "SELECT count(*) FROM registry_service AS o WHERE " CURRENT_AFTER;
static const char SQL_LOSS_LOST[] =
    "SELECT count(*) FROM registry_service AS o WHERE " CURRENT_AFTER " AND " GONE_NOW;
static const char SQL_LOSS_EXAMPLES[] =
    "SELECT coalesce(o.nazev, o.identifikator) FROM registry_service AS o WHERE " CURRENT_AFTER
    " AND " GONE_NOW " ORDER BY o.identifikator LIMIT ?2";

gboolean
kp_registry_repository_get_last_import (KpDatabase *db,
                                        gint64     *out_id,
                                        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LAST_IMPORT, error);

  if (stmt == NULL || !kp_database_step_row (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Takes back every registry import after @import_id, newest first in effect: what they
 * added goes, what they closed is current again. */
gboolean
kp_registry_repository_undo_after (KpDatabase *db,
                                   gint64      import_id,
                                   GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sql_undo_after); i++)
    {
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql_undo_after[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, import_id);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_registry_repository_save_codes (KpDatabase *db,
                                   GError    **error)
{
  return kp_database_exec (db, SQL_CLEAR_CODES_COPY, error) &&
         kp_database_exec (db, SQL_SAVE_CODES, error);
}

/* @restore: copy the saved code lists back first; either way the copy is emptied. */
gboolean
kp_registry_repository_restore_codes (KpDatabase *db,
                                      gboolean    restore,
                                      GError    **error)
{
  if (restore && (!kp_database_exec (db, SQL_CLEAR_CODES, error) ||
                  !kp_database_exec (db, SQL_RESTORE_CODES, error)))
    return FALSE;
  return kp_database_exec (db, SQL_CLEAR_CODES_COPY, error);
}

/**
 * kp_registry_repository_count_loss:
 * @import_id: the last registry import before the import under way
 *
 * Counts the services current after @import_id and those of them that have no current
 * version now; adds the names of the first few lost to @examples.
 */
gboolean
kp_registry_repository_count_loss (KpDatabase *db,
                                   gint64      import_id,
                                   gint64     *out_before,
                                   gint64     *out_lost,
                                   GPtrArray  *examples,
                                   guint       max_examples,
                                   GError    **error)
{
  g_autoptr (sqlite3_stmt) before = kp_database_prepare (db, SQL_LOSS_BEFORE, error);
  g_autoptr (sqlite3_stmt) lost = NULL;
  g_autoptr (sqlite3_stmt) names = NULL;
  gboolean has_row;

  if (before == NULL)
    return FALSE;
  sqlite3_bind_int64 (before, 1, import_id);
  if (!kp_database_step_row (db, before, error))
    return FALSE;
  *out_before = sqlite3_column_int64 (before, 0);
  lost = kp_database_prepare (db, SQL_LOSS_LOST, error);
  if (lost == NULL)
    return FALSE;
  sqlite3_bind_int64 (lost, 1, import_id);
  if (!kp_database_step_row (db, lost, error))
    return FALSE;
  *out_lost = sqlite3_column_int64 (lost, 0);
  if (*out_lost == 0 || max_examples == 0)
    return TRUE;
  names = kp_database_prepare (db, SQL_LOSS_EXAMPLES, error);
  if (names == NULL)
    return FALSE;
  sqlite3_bind_int64 (names, 1, import_id);
  sqlite3_bind_int (names, 2, (int) max_examples);
  for (;;)
    {
      if (!kp_database_step (db, names, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      g_ptr_array_add (examples, kp_database_dup_column_text (names, 0));
    }
}
