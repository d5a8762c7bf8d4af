/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: building the description of a change from its changeset. */

#include <gio/gio.h>

#include "kp-changes.h"

G_BEGIN_DECLS

/* Returns: (transfer full): the tables and rows @changeset names, or %NULL with @error set
 * when it cannot be read */
KpChanges *kp_changes_new (KpChangeKind kind,
                           const char  *label,
                           GBytes      *changeset,
                           GError     **error);
/* Names a module among the changed ones; before the changes are handed out. */
void kp_changes_add_module (KpChanges  *self,
                            const char *module);

G_END_DECLS
