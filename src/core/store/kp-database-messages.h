/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the store only: the messages about a database file that the user reads. */

#include <sqlite3.h>

#include "kp-database.h"

G_BEGIN_DECLS

gboolean kp_database_check_path (const char    *path,
                                 KpDatabaseKind kind,
                                 gboolean      *out_exists,
                                 GError       **error);
void     kp_database_set_file_error (const char    *path,
                                     KpDatabaseKind kind,
                                     int            rc,
                                     const char    *detail,
                                     GError       **error);
char    *kp_database_find_backup (const char *path);

G_END_DECLS
