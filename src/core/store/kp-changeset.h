/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: recording a transaction as a changeset (SQLite's session extension) and
 * applying a changeset, forwards or inverted. The edit path, undo, redo and jobs of a
 * project are built on these two functions (kp-project-edit.c, kp-project-jobs.c). */

#include <gio/gio.h>

#include "kp-database.h"

G_BEGIN_DECLS

/**
 * KpEditFunc:
 * @db: the connection, inside the transaction being recorded
 * @data: what the caller passed along
 *
 * Writes one edit through the repositories. It never begins, commits or rolls back.
 *
 * Returns: %FALSE with @error set when the edit is refused; then nothing is kept
 */
typedef gboolean (*KpEditFunc) (KpDatabase *db,
                                gpointer    data,
                                GError    **error);

/* Whether the edits of @table are recorded (undoable). */
typedef gboolean (*KpTableFilterFunc) (const char *table,
                                       gpointer    user_data);

GBytes  *kp_changeset_record (KpDatabase       *db,
                              KpTableFilterFunc filter,
                              gpointer          filter_data,
                              KpEditFunc        func,
                              gpointer          data,
                              GError          **error);
gboolean kp_changeset_apply (KpDatabase *db,
                             GBytes     *changeset,
                             gboolean    invert,
                             GError    **error);

G_END_DECLS
