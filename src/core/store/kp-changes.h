/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KpChangeKind:
 * @KP_CHANGE_EDIT: an edit was committed (and became the newest undo step)
 * @KP_CHANGE_UNDO: a step was undone
 * @KP_CHANGE_REDO: a step was redone
 * @KP_CHANGE_JOB: a job finished in a worker thread and its changes were committed
 *
 * Why a project's rows changed (KpProject::changed).
 */
typedef enum
{
  KP_CHANGE_EDIT,
  KP_CHANGE_UNDO,
  KP_CHANGE_REDO,
  KP_CHANGE_JOB,
} KpChangeKind;

/* What one commit, undo, redo or job changed in a project, read from its changeset:
 * which modules ("project", "network", …), which tables, and which rows of each table.
 * A row is named by its first primary-key column: its own id ("service"), or the id of
 * the item it belongs to for a child table ("service_scope" → the service), or a text key
 * ("quality_dismissal"). Immutable; reference-counted (boxed type KP_TYPE_CHANGES). */

typedef struct _KpChanges KpChanges;

#define KP_TYPE_CHANGES (kp_changes_get_type ())

GType      kp_changes_get_type (void) G_GNUC_CONST;
KpChanges *kp_changes_ref (KpChanges *self);
void       kp_changes_unref (KpChanges *self);

KpChangeKind kp_changes_get_kind (KpChanges *self);
/* Returns: (nullable): the step's label ("Edit the description"), %NULL for a job without
 * one */
const char *kp_changes_get_label (KpChanges *self);
/* Returns: (transfer none): the modules, NULL-terminated, in the project's order */
const char *const *kp_changes_get_modules (KpChanges *self);
gboolean           kp_changes_has_module (KpChanges  *self,
                                          const char *module);
/* Returns: (transfer none): the changed tables, NULL-terminated, sorted */
const char *const *kp_changes_get_tables (KpChanges *self);
gboolean           kp_changes_has_table (KpChanges  *self,
                                         const char *table);
/* The integer keys of @table's changed rows, sorted and distinct. Returns: (transfer none)
 * (array length=n_ids) (nullable): %NULL when none */
const gint64 *kp_changes_get_ids (KpChanges  *self,
                                  const char *table,
                                  guint      *n_ids);
/* Returns: (transfer none): the text keys of @table's changed rows, NULL-terminated,
 * sorted and distinct (empty when none) */
const char *const *kp_changes_get_keys (KpChanges  *self,
                                        const char *table);
/* Returns: (transfer full) (element-type gint64): the integer keys of all @tables,
 * sorted and distinct */
GArray *kp_changes_dup_ids (KpChanges         *self,
                            const char *const *tables);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpChanges, kp_changes_unref)

G_END_DECLS
