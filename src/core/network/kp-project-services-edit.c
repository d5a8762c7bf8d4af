/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-project-services-private.h"
#include "kp-service-repository.h"
#include "kp-project-services-step.h"
#include "kp-undo-stack.h"

#include <string.h>

/* Edits of a project's network: each is a step with the values before and after it,
 * applied at once (committed) and pushed onto the project's undo stack, whose undo and
 * redo apply one side or the other. Steps name services by id, which a refresh from the
 * registry keeps, so the history stays valid across refreshes. */

static void
free_item (StepKind kind,
           gpointer item)
{
  if (item == NULL)
    return;
  if (kind == STEP_SCOPE)
    kp_service_scope_free (item);
  else if (kind == STEP_NETWORK)
    kp_service_network_entry_free (item);
  else if (kind == STEP_CONTACTS)
    g_ptr_array_unref (item);
}

void
kp_services_step_free (gpointer data)
{
  Step *step = data;

  g_free (step->subject);
  g_free (step->old_text);
  g_free (step->new_text);
  free_item (step->kind, step->old_item);
  free_item (step->kind, step->new_item);
  g_free (step);
}

GPtrArray *
kp_services_copy_contacts (GPtrArray *contacts)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_service_contact_free);

  for (guint i = 0; i < contacts->len; i++)
    g_ptr_array_add (copy, kp_service_contact_copy (g_ptr_array_index (contacts, i)));
  return copy;
}

/* The scope (or network) of @service with the entry for @subject (or year) replaced by
 * @item, or removed when @item is NULL, in order. */
static GPtrArray *
replace_entry (GPtrArray    *entries,
               StepKind      kind,
               const char   *obec_kod,
               int           year,
               gconstpointer item)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (
      kind == STEP_SCOPE ? (GDestroyNotify) kp_service_scope_free
                         : (GDestroyNotify) kp_service_network_entry_free);
  gboolean placed = FALSE;

  for (guint i = 0; i <= entries->len; i++)
    {
      gpointer entry = i < entries->len ? g_ptr_array_index (entries, i) : NULL;
      int      order;

      if (entry == NULL)
        order = 1;
      else if (kind == STEP_SCOPE)
        order = strcmp (((KpServiceScope *) entry)->obec_kod, obec_kod);
      else
        order = ((KpServiceNetworkEntry *) entry)->year - year;
      if (order >= 0 && !placed)
        {
          placed = TRUE;
          if (item != NULL)
            g_ptr_array_add (result, kind == STEP_SCOPE ? (gpointer) kp_service_scope_copy (item)
                                                        : (gpointer) kp_service_network_entry_copy (item));
        }
      if (entry != NULL && order != 0)
        g_ptr_array_add (result, kind == STEP_SCOPE ? (gpointer) kp_service_scope_copy (entry)
                                                    : (gpointer) kp_service_network_entry_copy (entry));
    }
  return result;
}

static gboolean
apply_in_transaction (KpDatabase *db,
                      gint64      id,
                      GPtrArray  *contacts,
                      GError    **error)
{
  if (!kp_database_begin (db, error))
    return FALSE;
  if (!kp_service_repository_replace_contacts (db, id, contacts, error) ||
      !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* The undo function of the steps (@owner the project, @data the step): writes one side of
 * the step and updates the objects. Nothing changes when it fails. */
gboolean
kp_services_apply_undo_step (gpointer owner,
                             gpointer data,
                             gboolean undo,
                             GError **error)
{
  KpProject         *project = owner;
  Step              *step = data;
  KpDatabase        *db = kp_project_get_database (project);
  KpProjectServices *state = kp_project_services_get (project);
  KpService         *service = NULL;
  const char        *text = undo ? step->old_text : step->new_text;
  int                value = undo ? step->old_value : step->new_value;
  gpointer           item = undo ? step->old_item : step->new_item;

  if (step->kind != STEP_DISMISSED)
    {
      service = kp_project_services_lookup (project, step->service_id, error);
      if (service == NULL)
        return FALSE;
    }

  switch (step->kind)
    {
    case STEP_TEXT:
      if (!kp_service_repository_update_text (db, step->service_id, step->field, text, error))
        return FALSE;
      kp_service_set_text (service, step->field, text);
      if (step->field == KP_SERVICE_TEXT_NAME)
        {
          kp_project_services_remove (state, service);
          kp_project_services_insert_sorted (state, service);
        }
      break;
    case STEP_LOCAL_KIND:
      if (!kp_service_repository_update_local_kind (db, step->service_id, value, error))
        return FALSE;
      kp_service_set_local_kind (service, value);
      break;
    case STEP_CONTACTS:
      if (!apply_in_transaction (db, step->service_id, item, error))
        return FALSE;
      kp_service_set_contacts (service, kp_services_copy_contacts (item));
      break;
    case STEP_SCOPE:
      if (!kp_service_repository_set_scope (db, step->service_id, step->subject, item, error))
        return FALSE;
      kp_service_set_scope (service, replace_entry (kp_service_get_scope (service), STEP_SCOPE,
                                                    step->subject, 0, item));
      break;
    case STEP_NETWORK:
      if (!kp_service_repository_set_network (db, step->service_id, step->field, item, error))
        return FALSE;
      kp_service_set_network (service, replace_entry (kp_service_get_network (service),
                                                      STEP_NETWORK, NULL, step->field, item));
      break;
    case STEP_REMOVED:
      if (!kp_service_repository_set_removed (db, step->service_id, value, error))
        return FALSE;
      if (value)
        kp_project_services_remove (state, service);
      else
        kp_project_services_insert_sorted (state, service);
      break;
    case STEP_DISMISSED:
      if (!kp_service_repository_set_dismissed (db, step->subject, value, error))
        return FALSE;
      if (value)
        g_hash_table_add (state->dismissed, g_strdup (step->subject));
      else
        g_hash_table_remove (state->dismissed, step->subject);
      break;
    default:
      g_assert_not_reached ();
    }
  kp_data_quality_update (project);
  return TRUE;
}

/* Applies @step and records it for undo; takes @step. */
gboolean
kp_project_services_record (KpProject *project,
                            Step      *step,
                            GError   **error)
{
  if (!kp_services_apply_undo_step (project, step, FALSE, error))
    {
      kp_services_step_free (step);
      return FALSE;
    }
  kp_undo_stack_push (kp_project_get_undo_stack (project), kp_services_apply_undo_step, step, kp_services_step_free);
  return TRUE;
}

Step *
kp_services_step_new (StepKind   kind,
                      KpService *service)
{
  Step *step = g_new0 (Step, 1);

  step->kind = kind;
  step->service_id = service != NULL ? kp_service_get_id (service) : 0;
  return step;
}

gboolean
kp_project_services_check (KpProject *project,
                           KpService *service,
                           gboolean   local_only,
                           GError   **error)
{
  if (kp_project_find_service (project, kp_service_get_id (service)) != service)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The service is not in the project’s network"));
      return FALSE;
    }
  if (local_only && !kp_service_get_is_local (service))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("This is kept by the registry; only local services can be "
                              "changed here"));
      return FALSE;
    }
  return TRUE;
}

/* Stripped text, or NULL for blank. */
char *
kp_services_clean_text (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;
  clean = g_strstrip (g_strdup (text));
  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}

gboolean
kp_project_set_service_text (KpProject    *self,
                             KpService    *service,
                             KpServiceText field,
                             const char   *text,
                             GError      **error)
{
  g_autofree char *clean = NULL;
  Step            *step;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (field <= KP_SERVICE_TEXT_PROVIDER_ADDRESS, FALSE);

  if (!kp_project_services_check (self, service, field >= KP_SERVICE_TEXT_NAME, error))
    return FALSE;
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The text is not valid UTF-8"));
      return FALSE;
    }
  clean = kp_services_clean_text (text);
  if (clean == NULL && field == KP_SERVICE_TEXT_NAME)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The service needs a name"));
      return FALSE;
    }
  if (g_strcmp0 (clean, kp_service_get_text (service, field)) == 0)
    return TRUE;
  step = kp_services_step_new (STEP_TEXT, service);
  step->field = field;
  step->old_text = g_strdup (kp_service_get_text (service, field));
  step->new_text = g_steal_pointer (&clean);
  return kp_project_services_record (self, step, error);
}
/* kp-data-quality.c: stores a dismissal (or takes it back), undoably. */
gboolean
kp_project_services_set_dismissed (KpProject  *project,
                                   const char *issue_key,
                                   gboolean    dismissed,
                                   GError    **error)
{
  KpProjectServices *state = kp_project_services_get (project);
  Step              *step;

  if (g_hash_table_contains (state->dismissed, issue_key) == dismissed)
    return TRUE;
  step = kp_services_step_new (STEP_DISMISSED, NULL);
  step->subject = g_strdup (issue_key);
  step->old_value = !dismissed;
  step->new_value = dismissed;
  return kp_project_services_record (project, step, error);
}
