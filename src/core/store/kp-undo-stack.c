/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-undo-stack.h"
#include "kp-error.h"

typedef struct
{
  KpUndoApplyFunc apply;
  gpointer        data;
  GDestroyNotify  destroy;
} Step;

struct _KpUndoStack
{
  GObject parent_instance;

  GPtrArray *steps;    /* Step, oldest first */
  guint      position; /* steps[0 .. position - 1] are applied */
  guint      limit;
};

G_DEFINE_FINAL_TYPE (KpUndoStack, kp_undo_stack, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  if (step->destroy != NULL)
    step->destroy (step->data);
  g_free (step);
}

/* Notifies can-undo and can-redo when they differ from before a change. */
static void
notify_changes (KpUndoStack *self,
                gboolean     could_undo,
                gboolean     could_redo)
{
  if (could_undo != kp_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != kp_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
kp_undo_stack_finalize (GObject *object)
{
  KpUndoStack *self = KP_UNDO_STACK (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_undo_stack_parent_class)->finalize (object);
}

static void
kp_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KpUndoStack *self = KP_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kp_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kp_undo_stack_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_undo_stack_class_init (KpUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_undo_stack_finalize;
  object_class->get_property = kp_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
      g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
      g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_undo_stack_init (KpUndoStack *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

/**
 * kp_undo_stack_new:
 * @limit: how many steps are kept; the oldest are forgotten beyond it
 */
KpUndoStack *
kp_undo_stack_new (guint limit)
{
  KpUndoStack *self;

  g_return_val_if_fail (limit > 0, NULL);

  self = g_object_new (KP_TYPE_UNDO_STACK, NULL);
  self->limit = limit;
  return self;
}

/**
 * kp_undo_stack_push:
 * @data: (transfer full): the step, freed with @destroy
 *
 * Records a step that has just been applied. Steps that were undone are forgotten.
 */
void
kp_undo_stack_push (KpUndoStack    *self,
                    KpUndoApplyFunc apply,
                    gpointer        data,
                    GDestroyNotify  destroy)
{
  gboolean could_undo;
  gboolean could_redo;
  Step    *step;

  g_return_if_fail (KP_IS_UNDO_STACK (self));
  g_return_if_fail (apply != NULL);

  could_undo = kp_undo_stack_get_can_undo (self);
  could_redo = kp_undo_stack_get_can_redo (self);

  step = g_new0 (Step, 1);
  step->apply = apply;
  step->data = data;
  step->destroy = destroy;

  g_ptr_array_set_size (self->steps, self->position);
  g_ptr_array_add (self->steps, step);
  if (self->steps->len > self->limit)
    g_ptr_array_remove_range (self->steps, 0, self->steps->len - self->limit);
  self->position = self->steps->len;

  notify_changes (self, could_undo, could_redo);
}

/**
 * kp_undo_stack_undo:
 * @owner: passed to the step's apply function
 *
 * Restores the values before the latest applied step. When that fails, the history is
 * unchanged.
 */
gboolean
kp_undo_stack_undo (KpUndoStack *self,
                    gpointer     owner,
                    GError     **error)
{
  gboolean could_redo;
  Step    *step;

  g_return_val_if_fail (KP_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->position == 0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO,
                           _ ("There is nothing to undo"));
      return FALSE;
    }
  step = g_ptr_array_index (self->steps, self->position - 1);
  if (!step->apply (owner, step->data, TRUE, error))
    return FALSE;

  could_redo = kp_undo_stack_get_can_redo (self);
  self->position--;
  notify_changes (self, TRUE, could_redo);
  return TRUE;
}

/**
 * kp_undo_stack_redo:
 * @owner: passed to the step's apply function
 *
 * Applies the latest undone step again.
 */
gboolean
kp_undo_stack_redo (KpUndoStack *self,
                    gpointer     owner,
                    GError     **error)
{
  gboolean could_undo;
  Step    *step;

  g_return_val_if_fail (KP_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->position == self->steps->len)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO,
                           _ ("There is nothing to redo"));
      return FALSE;
    }
  step = g_ptr_array_index (self->steps, self->position);
  if (!step->apply (owner, step->data, FALSE, error))
    return FALSE;

  could_undo = kp_undo_stack_get_can_undo (self);
  self->position++;
  notify_changes (self, could_undo, TRUE);
  return TRUE;
}

/**
 * kp_undo_stack_clear:
 *
 * Forgets every step.
 */
void
kp_undo_stack_clear (KpUndoStack *self)
{
  gboolean could_undo;
  gboolean could_redo;

  g_return_if_fail (KP_IS_UNDO_STACK (self));

  could_undo = kp_undo_stack_get_can_undo (self);
  could_redo = kp_undo_stack_get_can_redo (self);
  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  notify_changes (self, could_undo, could_redo);
}

gboolean
kp_undo_stack_get_can_undo (KpUndoStack *self)
{
  g_return_val_if_fail (KP_IS_UNDO_STACK (self), FALSE);
  return self->position > 0;
}

gboolean
kp_undo_stack_get_can_redo (KpUndoStack *self)
{
  g_return_val_if_fail (KP_IS_UNDO_STACK (self), FALSE);
  return self->position < self->steps->len;
}
