/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-history.h"
#include "kp-changes-private.h"
#include "kp-changeset.h"
#include "kp-error.h"

typedef struct
{
  char   *label;
  GBytes *changeset;
} Step;

struct _KpHistory
{
  GObject parent_instance;

  GPtrArray *steps;    /* Step, oldest first */
  guint      position; /* steps[0 .. position - 1] are applied */
  guint      limit;
};

G_DEFINE_FINAL_TYPE (KpHistory, kp_history, G_TYPE_OBJECT)

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

  g_free (step->label);
  g_bytes_unref (step->changeset);
  g_free (step);
}

/* Notifies can-undo and can-redo when they differ from before a change. */
static void
notify_changes (KpHistory *self,
                gboolean   could_undo,
                gboolean   could_redo)
{
  if (could_undo != kp_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != kp_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
kp_history_finalize (GObject *object)
{
  KpHistory *self = KP_HISTORY (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_history_parent_class)->finalize (object);
}

static void
kp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KpHistory *self = KP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kp_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kp_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_history_class_init (KpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kp_history_finalize;
  object_class->get_property = kp_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kp_history_init (KpHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

/**
 * kp_history_new:
 * @limit: how many steps are kept; the oldest are forgotten beyond it
 */
KpHistory *
kp_history_new (guint limit)
{
  KpHistory *self;

  g_return_val_if_fail (limit > 0, NULL);

  self = g_object_new (KP_TYPE_HISTORY, NULL);
  self->limit = limit;
  return self;
}

/**
 * kp_history_push:
 * @label: what the step did, for the user
 * @changeset: the committed transaction's changeset
 *
 * Records a step that has just been committed. Steps that were undone are forgotten.
 */
void
kp_history_push (KpHistory  *self,
                 const char *label,
                 GBytes     *changeset)
{
  gboolean could_undo;
  gboolean could_redo;
  Step    *step;

  g_return_if_fail (KP_IS_HISTORY (self));
  g_return_if_fail (changeset != NULL);

  could_undo = kp_history_get_can_undo (self);
  could_redo = kp_history_get_can_redo (self);

  step = g_new0 (Step, 1);
  step->label = g_strdup (label);
  step->changeset = g_bytes_ref (changeset);
  g_ptr_array_set_size (self->steps, self->position);
  g_ptr_array_add (self->steps, step);
  if (self->steps->len > self->limit)
    g_ptr_array_remove_range (self->steps, 0, self->steps->len - self->limit);
  self->position = self->steps->len;

  notify_changes (self, could_undo, could_redo);
}

static KpChanges *
apply_step (KpHistory  *self,
            KpDatabase *db,
            gboolean    undo,
            GError    **error)
{
  gboolean could_undo = kp_history_get_can_undo (self);
  gboolean could_redo = kp_history_get_can_redo (self);
  g_autoptr (KpChanges) changes = NULL;
  Step *step;

  if (undo ? !could_undo : !could_redo)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO,
                           undo ? _ ("There is nothing to undo") : _ ("There is nothing to redo"));
      return NULL;
    }
  step = g_ptr_array_index (self->steps, undo ? self->position - 1 : self->position);
  changes = kp_changes_new (undo ? KP_CHANGE_UNDO : KP_CHANGE_REDO, step->label, step->changeset,
                            error);
  if (changes == NULL || !kp_changeset_apply (db, step->changeset, undo, error))
    return NULL;
  if (undo)
    self->position--;
  else
    self->position++;
  notify_changes (self, could_undo, could_redo);
  return g_steal_pointer (&changes);
}

KpChanges *
kp_history_undo (KpHistory  *self,
                 KpDatabase *db,
                 GError    **error)
{
  g_return_val_if_fail (KP_IS_HISTORY (self), NULL);
  g_return_val_if_fail (KP_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return apply_step (self, db, TRUE, error);
}

KpChanges *
kp_history_redo (KpHistory  *self,
                 KpDatabase *db,
                 GError    **error)
{
  g_return_val_if_fail (KP_IS_HISTORY (self), NULL);
  g_return_val_if_fail (KP_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return apply_step (self, db, FALSE, error);
}

/**
 * kp_history_clear:
 *
 * Forgets every step (after a change that was not recorded, the steps may no longer
 * apply).
 */
void
kp_history_clear (KpHistory *self)
{
  gboolean could_undo;
  gboolean could_redo;

  g_return_if_fail (KP_IS_HISTORY (self));

  could_undo = kp_history_get_can_undo (self);
  could_redo = kp_history_get_can_redo (self);
  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  notify_changes (self, could_undo, could_redo);
}

gboolean
kp_history_get_can_undo (KpHistory *self)
{
  g_return_val_if_fail (KP_IS_HISTORY (self), FALSE);
  return self->position > 0;
}

gboolean
kp_history_get_can_redo (KpHistory *self)
{
  g_return_val_if_fail (KP_IS_HISTORY (self), FALSE);
  return self->position < self->steps->len;
}
