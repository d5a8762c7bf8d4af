/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the connection a worker thread opens for itself (a sqlite3 handle is never
 * shared between threads), with the reference library attached when the work reads it,
 * and statements interrupted when the work is cancelled. */

#include <gio/gio.h>

#include "kp-changeset.h"
#include "kp-database.h"

G_BEGIN_DECLS

KpDatabase *kp_database_open_worker (const char     *path,
                                     KpDatabaseKind  kind,
                                     KpDatabaseFlags flags,
                                     const char     *library_path,
                                     GCancellable   *cancellable,
                                     GError        **error);
/* Interrupts the statement running when @cancellable is cancelled; it must outlive @db. */
void     kp_database_watch_cancellable (KpDatabase   *db,
                                        GCancellable *cancellable);
gboolean kp_database_attach_library (KpDatabase *db,
                                     const char *library_path,
                                     GError    **error);
void     kp_database_detach_library (KpDatabase *db);
/* Runs @func in one read transaction (a consistent view of the file; nothing written). */
gboolean kp_database_read (KpDatabase *db,
                           KpEditFunc  func,
                           gpointer    data,
                           GError    **error);

G_END_DECLS
