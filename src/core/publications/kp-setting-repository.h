/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the SQL of a project's document settings (table setting,
 * resources/sql/project/0005-settings.sql). */

#include "kp-database.h"

G_BEGIN_DECLS

/* Reads the value stored under @key into @out_value (%NULL when @key is not set). */
gboolean kp_setting_repository_get (KpDatabase *db,
                                    const char *key,
                                    char      **out_value,
                                    GError    **error);
/* Stores @len bytes of @value under @key, replacing what was there. */
gboolean kp_setting_repository_set (KpDatabase *db,
                                    const char *key,
                                    const char *value,
                                    gsize       len,
                                    GError    **error);
gboolean kp_setting_repository_delete (KpDatabase *db,
                                       const char *key,
                                       GError    **error);

G_END_DECLS
