/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KP_DATABASE_ERROR (kp_database_error_quark ())

/**
 * KpDatabaseError:
 * @KP_DATABASE_ERROR_BUSY: another connection holds a lock
 * @KP_DATABASE_ERROR_CONSTRAINT: a constraint (unique, foreign key, check) failed
 * @KP_DATABASE_ERROR_CORRUPT: the file is damaged or not a database
 * @KP_DATABASE_ERROR_IO: reading or writing the file failed
 * @KP_DATABASE_ERROR_MISUSE: the program used SQLite wrongly (a bug)
 * @KP_DATABASE_ERROR_FAILED: any other SQLite failure
 * @KP_DATABASE_ERROR_NOT_OURS: the file is a database of another program or kind
 * @KP_DATABASE_ERROR_NEWER: the file was written by a newer Komplan
 */
typedef enum
{
  KP_DATABASE_ERROR_BUSY,
  KP_DATABASE_ERROR_CONSTRAINT,
  KP_DATABASE_ERROR_CORRUPT,
  KP_DATABASE_ERROR_IO,
  KP_DATABASE_ERROR_MISUSE,
  KP_DATABASE_ERROR_FAILED,
  KP_DATABASE_ERROR_NOT_OURS,
  KP_DATABASE_ERROR_NEWER,
} KpDatabaseError;

/**
 * KpDatabaseKind:
 * @KP_DATABASE_KIND_LIBRARY: the reference library (migrations in sql/library/)
 * @KP_DATABASE_KIND_PROJECT: a `*.komplan` project file (migrations in sql/project/)
 */
typedef enum
{
  KP_DATABASE_KIND_LIBRARY,
  KP_DATABASE_KIND_PROJECT,
} KpDatabaseKind;

/**
 * KpDatabaseFlags:
 * @KP_DATABASE_FLAGS_NONE: open an existing file only
 * @KP_DATABASE_FLAGS_CREATE: create the file when it does not exist
 */
typedef enum
{
  KP_DATABASE_FLAGS_NONE = 0,
  KP_DATABASE_FLAGS_CREATE = 1 << 0,
} KpDatabaseFlags;

#define KP_TYPE_DATABASE (kp_database_get_type ())
G_DECLARE_FINAL_TYPE (KpDatabase, kp_database, KP, DATABASE, GObject)

GQuark kp_database_error_quark (void);

KpDatabase    *kp_database_open (const char     *path,
                                 KpDatabaseKind  kind,
                                 KpDatabaseFlags flags,
                                 GError        **error);
const char    *kp_database_get_path (KpDatabase *self);
KpDatabaseKind kp_database_get_kind (KpDatabase *self);
int            kp_database_get_version (KpDatabase *self);
const char    *kp_database_get_backup_path (KpDatabase *self);
int            kp_database_latest_version (KpDatabaseKind kind);

gboolean kp_database_exec (KpDatabase *self,
                           const char *sql,
                           GError    **error);
gboolean kp_database_begin (KpDatabase *self,
                            GError    **error);
gboolean kp_database_commit (KpDatabase *self,
                             GError    **error);
void     kp_database_rollback (KpDatabase *self);

G_END_DECLS
