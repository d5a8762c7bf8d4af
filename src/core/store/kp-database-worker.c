/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-database-worker.h"
#include "kp-database-private.h"
#include "kp-error.h"

static const char SQL_ATTACH_LIBRARY[] = "ATTACH DATABASE ?1 AS lib";
static const char SQL_DETACH_LIBRARY[] = "DETACH DATABASE lib";
static const char SQL_BEGIN_READ[] = "BEGIN DEFERRED";
static const char SQL_END_READ[] = "COMMIT";

/* How many virtual machine steps SQLite runs between two looks at the cancellable. */
#define CANCEL_CHECK_STEPS 10000

static int
on_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

void
kp_database_watch_cancellable (KpDatabase   *db,
                               GCancellable *cancellable)
{
  g_return_if_fail (KP_IS_DATABASE (db));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  if (cancellable != NULL)
    sqlite3_progress_handler (kp_database_get_handle (db), CANCEL_CHECK_STEPS, on_progress,
                              cancellable);
  else
    sqlite3_progress_handler (kp_database_get_handle (db), 0, NULL, NULL);
}

/**
 * kp_database_attach_library:
 * @library_path: the reference library file; it must exist (ATTACH would create it)
 *
 * Attaches the library as "lib", outside any transaction (ATTACH cannot run inside one).
 */
gboolean
kp_database_attach_library (KpDatabase *db,
                            const char *library_path,
                            GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KP_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (library_path != NULL, FALSE);

  if (!g_file_test (library_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NO_REFERENCE,
                           _ ("The reference data has not been imported yet"));
      return FALSE;
    }
  stmt = kp_database_prepare (db, SQL_ATTACH_LIBRARY, error);
  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, library_path);
  return kp_database_step_done (db, stmt, error);
}

void
kp_database_detach_library (KpDatabase *db)
{
  g_return_if_fail (KP_IS_DATABASE (db));
  kp_database_exec (db, SQL_DETACH_LIBRARY, NULL);
}

/**
 * kp_database_open_worker:
 * @library_path: (nullable): the reference library, attached as "lib" when given
 * @cancellable: (nullable): interrupts the running statement when cancelled; it must
 *   outlive the connection
 *
 * Opens a connection of its own for the calling (worker) thread.
 *
 * Returns: (transfer full): the connection, or %NULL with @error set
 */
KpDatabase *
kp_database_open_worker (const char     *path,
                         KpDatabaseKind  kind,
                         KpDatabaseFlags flags,
                         const char     *library_path,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr (KpDatabase) db = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = kp_database_open (path, kind, flags, error);
  if (db == NULL)
    return NULL;
  kp_database_watch_cancellable (db, cancellable);
  if (library_path != NULL && !kp_database_attach_library (db, library_path, error))
    return NULL;
  return g_steal_pointer (&db);
}

gboolean
kp_database_read (KpDatabase *db,
                  KpEditFunc  func,
                  gpointer    data,
                  GError    **error)
{
  g_return_val_if_fail (KP_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!kp_database_exec (db, SQL_BEGIN_READ, error))
    return FALSE;
  if (!func (db, data, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  if (!kp_database_exec (db, SQL_END_READ, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}
