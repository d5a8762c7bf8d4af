/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project.h"
#include "kp-project-private.h"
#include "kp-changes-private.h"
#include "kp-error.h"
#include "kp-project-repository.h"

/* The one edit path of a project and its modules, undo and redo, and the edits of the
 * project's own row (name, territory name, planning period). */

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
  if (period_from < KP_PROJECT_YEAR_MIN || period_from > KP_PROJECT_YEAR_MAX ||
      period_to < KP_PROJECT_YEAR_MIN || period_to > KP_PROJECT_YEAR_MAX)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The planning period must lie between the years %d and %d"),
                   KP_PROJECT_YEAR_MIN, KP_PROJECT_YEAR_MAX);
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

gboolean
kp_project_check_spec (const KpProjectSpec *spec,
                       GError             **error)
{
  if (!kp_project_check_text (spec->name, _ ("The project needs a name"), error) ||
      !kp_project_check_period (spec->period_from, spec->period_to, error))
    return FALSE;
  if (spec->kind == KP_TERRITORY_ORP && (spec->orp_kod == NULL || *spec->orp_kod == '\0'))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Choose the ORP of the territory"));
      return FALSE;
    }
  if (spec->kind == KP_TERRITORY_CUSTOM && (spec->obce == NULL || spec->obce[0] == NULL))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Choose at least one obec for the territory"));
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_project_edit:
 * @label: what the edit does, translated ("Edit the opening hours"), for the undo step
 * @func: writes the edit through the repositories
 *
 * See kp-project-private.h.
 *
 * Returns: %TRUE when the edit is committed (or changed nothing); %FALSE with @error set
 *   and nothing changed
 */
gboolean
kp_project_edit (KpProject  *self,
                 const char *label,
                 KpEditFunc  func,
                 gpointer    data,
                 GError    **error)
{
  g_autoptr (GBytes) changeset = NULL;
  g_autoptr (KpChanges) changes = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kp_project_check_not_busy (self, error))
    return FALSE;
  changeset = kp_changeset_record (kp_project_get_database (self), kp_project_records_table,
                                   NULL, func, data, error);
  if (changeset == NULL)
    return FALSE;
  if (g_bytes_get_size (changeset) == 0)
    return TRUE;
  changes = kp_changes_new (KP_CHANGE_EDIT, label, changeset, &local_error);
  if (changes == NULL)
    {
      /* Committed, but SQLite's own changeset cannot be read back: a bug or no memory. The
       * history cannot hold it, and older steps may no longer apply. */
      g_warning ("The edit “%s” cannot be recorded: %s", label, local_error->message);
      kp_history_clear (kp_project_get_history (self));
      return TRUE;
    }
  kp_history_push (kp_project_get_history (self), label, changeset);
  kp_project_emit_changed (self, changes);
  return TRUE;
}

gboolean
kp_project_get_can_undo (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return kp_history_get_can_undo (kp_project_get_history (self));
}

gboolean
kp_project_get_can_redo (KpProject *self)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return kp_history_get_can_redo (kp_project_get_history (self));
}

/**
 * kp_project_undo:
 *
 * Undoes the newest step of any module in one transaction and emits "changed"
 * (KP_CHANGE_UNDO). When the rows it changed were changed since by something the history
 * did not record, nothing changes: #KP_PROJECT_ERROR_CONFLICT, and the step stays.
 */
gboolean
kp_project_undo (KpProject *self,
                 GError   **error)
{
  g_autoptr (KpChanges) changes = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kp_project_check_not_busy (self, error))
    return FALSE;
  changes = kp_history_undo (kp_project_get_history (self), kp_project_get_database (self),
                             error);
  if (changes == NULL)
    return FALSE;
  kp_project_emit_changed (self, changes);
  return TRUE;
}

gboolean
kp_project_redo (KpProject *self,
                 GError   **error)
{
  g_autoptr (KpChanges) changes = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kp_project_check_not_busy (self, error))
    return FALSE;
  changes = kp_history_redo (kp_project_get_history (self), kp_project_get_database (self),
                             error);
  if (changes == NULL)
    return FALSE;
  kp_project_emit_changed (self, changes);
  return TRUE;
}

/* The project's own fields. */

static gboolean
write_name (KpDatabase *db,
            gpointer    data,
            GError    **error)
{
  return kp_project_repository_update_name (db, data, error);
}

static gboolean
write_territory_name (KpDatabase *db,
                      gpointer    data,
                      GError    **error)
{
  return kp_project_repository_update_territory_name (db, data, error);
}

static gboolean
write_period (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  const int *period = data;

  return kp_project_repository_update_period (db, period[0], period[1], error);
}

static gboolean
edit_text (KpProject  *self,
           const char *label,
           KpEditFunc  write,
           const char *old_text,
           const char *text,
           const char *invalid_message,
           GError    **error)
{
  g_autofree char *stripped = NULL;

  if (!kp_project_check_text (text, invalid_message, error))
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  if (g_strcmp0 (stripped, old_text) == 0)
    return TRUE;
  return kp_project_edit (self, label, write, stripped, error);
}

gboolean
kp_project_set_name (KpProject  *self,
                     const char *name,
                     GError    **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return edit_text (self, _ ("Rename the project"), write_name, kp_project_get_name (self), name,
                    _ ("The project needs a name"), error);
}

gboolean
kp_project_set_territory_name (KpProject  *self,
                               const char *territory_name,
                               GError    **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  return edit_text (self, _ ("Rename the territory"), write_territory_name,
                    kp_project_get_territory_name (self), territory_name,
                    _ ("The territory needs a name"), error);
}

gboolean
kp_project_set_period (KpProject *self,
                       int        period_from,
                       int        period_to,
                       GError   **error)
{
  int period[2] = { period_from, period_to };

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);

  if (!kp_project_check_period (period_from, period_to, error))
    return FALSE;
  if (period_from == kp_project_get_period_from (self) &&
      period_to == kp_project_get_period_to (self))
    return TRUE;
  return kp_project_edit (self, _ ("Change the planning period"), write_period, period, error);
}
