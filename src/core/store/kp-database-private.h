/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the SQLite handle and statement helpers used by the repositories. */

#include <sqlite3.h>

#include "kp-database.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3      *kp_database_get_handle (KpDatabase *self);
sqlite3_stmt *kp_database_prepare (KpDatabase *self,
                                   const char *sql,
                                   GError    **error);
gboolean      kp_database_step_row (KpDatabase   *self,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
gboolean      kp_database_step_done (KpDatabase   *self,
                                     sqlite3_stmt *stmt,
                                     GError      **error);
gboolean      kp_database_step (KpDatabase   *self,
                                sqlite3_stmt *stmt,
                                gboolean     *out_has_row,
                                GError      **error);
void          kp_database_set_error (KpDatabase *self,
                                     int         rc,
                                     GError    **error);
const char   *kp_database_column_text (sqlite3_stmt *stmt,
                                       int           column);
char         *kp_database_dup_column_text (sqlite3_stmt *stmt,
                                           int           column);
void          kp_database_bind_text (sqlite3_stmt *stmt,
                                     int           index,
                                     const char   *text);
void          kp_database_bind_id (sqlite3_stmt *stmt,
                                   int           index,
                                   gint64        id);
KpDatabase   *kp_database_create_at_version (const char    *path,
                                             KpDatabaseKind kind,
                                             int            version,
                                             GError       **error);

/* A statement from the connection's cache, prepared on first use and reset (bindings
 * cleared) when the g_autoptr goes out of scope. For statements run many times, such as
 * the inserts of an import. */
typedef sqlite3_stmt KpBorrowedStmt;

KpBorrowedStmt *kp_database_borrow (KpDatabase *self,
                                    const char *sql,
                                    GError    **error);
void            kp_database_return (KpBorrowedStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpBorrowedStmt, kp_database_return)

G_END_DECLS
