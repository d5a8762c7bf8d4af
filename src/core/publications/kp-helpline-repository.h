/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the publications module only: the project's help lines
 * (resources/sql/project/0010-helplines.sql). */

#include "kp-database.h"
#include "kp-helpline.h"

G_BEGIN_DECLS

/* Returns: (transfer full) (element-type KpHelpline): the lines in their order; %NULL with
 * @error set */
GPtrArray *kp_helpline_repository_load (KpDatabase *db,
                                        GError    **error);
/* Replaces all lines with @lines, in their order, in one savepoint. */
gboolean kp_helpline_repository_replace (KpDatabase *db,
                                         GPtrArray  *lines,
                                         GError    **error);

G_END_DECLS
