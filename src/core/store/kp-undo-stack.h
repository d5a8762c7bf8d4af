/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The undo history of a project: a list of steps and a position in it. A step is data and
 * a function that re-applies either side of it; the owner does the work (one committed
 * transaction each), the stack only keeps the order.
 *
 * Properties (read-only): can-undo, can-redo. */

/**
 * KpUndoApplyFunc:
 * @owner: the object passed to kp_undo_stack_undo() or kp_undo_stack_redo()
 * @data: the step's data
 * @undo: %TRUE to restore the values before the step, %FALSE to apply it again
 *
 * Returns: %FALSE with @error set when nothing could be changed
 */
typedef gboolean (*KpUndoApplyFunc) (gpointer owner,
                                     gpointer data,
                                     gboolean undo,
                                     GError **error);

#define KP_TYPE_UNDO_STACK (kp_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (KpUndoStack, kp_undo_stack, KP, UNDO_STACK, GObject)

KpUndoStack *kp_undo_stack_new (guint limit);
void         kp_undo_stack_push (KpUndoStack    *self,
                                 KpUndoApplyFunc apply,
                                 gpointer        data,
                                 GDestroyNotify  destroy);
gboolean     kp_undo_stack_undo (KpUndoStack *self,
                                 gpointer     owner,
                                 GError     **error);
gboolean     kp_undo_stack_redo (KpUndoStack *self,
                                 gpointer     owner,
                                 GError     **error);
void         kp_undo_stack_clear (KpUndoStack *self);
gboolean     kp_undo_stack_get_can_undo (KpUndoStack *self);
gboolean     kp_undo_stack_get_can_redo (KpUndoStack *self);

G_END_DECLS
