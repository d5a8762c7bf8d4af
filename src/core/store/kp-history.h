/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: a project's undo history. A step is a label and the changeset of one
 * committed transaction (kp-changeset.h); undo applies it inverted, redo applies it again,
 * each in one transaction. Nothing in it knows what kind of data a step changed.
 *
 * Properties (read-only): can-undo, can-redo. */

#include "kp-changes.h"
#include "kp-database.h"

G_BEGIN_DECLS

#define KP_TYPE_HISTORY (kp_history_get_type ())
G_DECLARE_FINAL_TYPE (KpHistory, kp_history, KP, HISTORY, GObject)

KpHistory *kp_history_new (guint limit);
void       kp_history_push (KpHistory  *self,
                            const char *label,
                            GBytes     *changeset);
/* Applies the newest step inverted (undo) or the next undone step (redo) on @db.
 * Returns: (transfer full): what changed, or %NULL with @error set and the history and
 *   the file as they were */
KpChanges *kp_history_undo (KpHistory  *self,
                            KpDatabase *db,
                            GError    **error);
KpChanges *kp_history_redo (KpHistory  *self,
                            KpDatabase *db,
                            GError    **error);
void       kp_history_clear (KpHistory *self);
gboolean   kp_history_get_can_undo (KpHistory *self);
gboolean   kp_history_get_can_redo (KpHistory *self);

G_END_DECLS
