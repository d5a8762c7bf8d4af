/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project.h"
#include "kp-project-private.h"
#include "kp-error.h"
#include "kp-undo-stack.h"

/* The project's own fields that the user edits (name, territory name, planning period),
 * each edit an undoable step; and undo/redo of every project edit. */

/* One edit: the values before and after it. */
typedef struct
{
  KpProjectField field;
  char          *old_text;
  char          *new_text;
  int            old_from;
  int            old_to;
  int            new_from;
  int            new_to;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->old_text);
  g_free (edit->new_text);
  g_free (edit);
}

gboolean
kp_project_check_text (const char *text,
                       const char *message,
                       GError    **error)
{
  g_autofree char *stripped = NULL;

  if (text != NULL && g_utf8_validate (text, -1, NULL))
    {
      stripped = g_strstrip (g_strdup (text));
      if (*stripped != '\0')
        return TRUE;
    }
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, message);
  return FALSE;
}

gboolean
kp_project_check_period (int      period_from,
                         int      period_to,
                         GError **error)
{
  if (period_from < KP_PROJECT_YEAR_MIN || period_from > KP_PROJECT_YEAR_MAX || period_to < KP_PROJECT_YEAR_MIN ||
      period_to > KP_PROJECT_YEAR_MAX)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The planning period must lie between the years %d and %d"), KP_PROJECT_YEAR_MIN,
                   KP_PROJECT_YEAR_MAX);
      return FALSE;
    }
  if (period_to < period_from)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The planning period ends (%d) before it begins (%d)"), period_to,
                   period_from);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_undo_step (gpointer owner,
                 gpointer data,
                 gboolean undo,
                 GError **error)
{
  Edit *edit = data;

  if (undo)
    return kp_project_apply_field (owner, edit->field, edit->old_text, edit->old_from, edit->old_to, error);
  return kp_project_apply_field (owner, edit->field, edit->new_text, edit->new_from, edit->new_to, error);
}

/* Applies an edit and records it for undo. */
static gboolean
edit (KpProject *self,
      Edit      *step,
      GError   **error)
{
  if (!kp_project_apply_field (self, step->field, step->new_text, step->new_from, step->new_to, error))
    {
      edit_free (step);
      return FALSE;
    }
  kp_undo_stack_push (kp_project_get_undo_stack (self), apply_undo_step, step, edit_free);
  return TRUE;
}

static gboolean
edit_text (KpProject     *self,
           KpProjectField field,
           const char    *old_text,
           const char    *text,
           const char    *invalid_message,
           GError       **error)
{
  g_autofree char *stripped = NULL;
  Edit            *step;

  if (!kp_project_check_text (text, invalid_message, error))
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  if (g_strcmp0 (stripped, old_text) == 0)
    return TRUE;

  step = g_new0 (Edit, 1);
  step->field = field;
  step->old_text = g_strdup (old_text);
  step->new_text = g_steal_pointer (&stripped);
  return edit (self, step, error);
}

gboolean
kp_project_set_name (KpProject  *self,
                     const char *name,
                     GError    **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return edit_text (self, KP_PROJECT_FIELD_NAME, kp_project_get_name (self), name, _ ("The project needs a name"),
                    error);
}

gboolean
kp_project_set_territory_name (KpProject  *self,
                               const char *territory_name,
                               GError    **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return edit_text (self, KP_PROJECT_FIELD_TERRITORY_NAME,
                    kp_project_get_territory_name (self), territory_name,
                    _ ("The territory needs a name"), error);
}

gboolean
kp_project_set_period (KpProject *self,
                       int        period_from,
                       int        period_to,
                       GError   **error)
{
  Edit *step;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);

  if (!kp_project_check_period (period_from, period_to, error))
    return FALSE;
  if (period_from == kp_project_get_period_from (self) && period_to == kp_project_get_period_to (self))
    return TRUE;

  step = g_new0 (Edit, 1);
  step->field = KP_PROJECT_FIELD_PERIOD;
  step->old_from = kp_project_get_period_from (self);
  step->old_to = kp_project_get_period_to (self);
  step->new_from = period_from;
  step->new_to = period_to;
  return edit (self, step, error);
}

gboolean
kp_project_get_can_undo (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return kp_undo_stack_get_can_undo (kp_project_get_undo_stack (self));
}

gboolean
kp_project_get_can_redo (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return kp_undo_stack_get_can_redo (kp_project_get_undo_stack (self));
}

gboolean
kp_project_undo (KpProject *self,
                 GError   **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return kp_undo_stack_undo (kp_project_get_undo_stack (self), self, error);
}

gboolean
kp_project_redo (KpProject *self,
                 GError   **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return kp_undo_stack_redo (kp_project_get_undo_stack (self), self, error);
}
