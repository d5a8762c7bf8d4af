/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-capacity-unit.h"
#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-project-services-step.h"
#include "kp-service-repository.h"

#include <string.h>

/* Local data of the services of a network (territorial scope, kraj network) and local
 * services, each edit undoable (kp-project-services-edit.c). */

#define YEAR_MIN 2000
#define YEAR_MAX 2100

static gboolean
in_territory (KpProject  *project,
              const char *obec_kod)
{
  GListModel *obce = kp_project_get_obce (project);
  guint       n = g_list_model_get_n_items (obce);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (kp_obec_get_kod (obec), obec_kod) == 0)
        return TRUE;
    }
  return FALSE;
}

static const KpServiceScope *
find_scope (KpService  *service,
            const char *obec_kod)
{
  GPtrArray *scope = kp_service_get_scope (service);

  for (guint i = 0; i < scope->len; i++)
    if (g_strcmp0 (((KpServiceScope *) g_ptr_array_index (scope, i))->obec_kod, obec_kod) == 0)
      return g_ptr_array_index (scope, i);
  return NULL;
}

static gboolean
edit_scope (KpProject            *self,
            KpService            *service,
            const char           *obec_kod,
            const KpServiceScope *scope,
            GError              **error)
{
  const KpServiceScope *old = find_scope (service, obec_kod);
  Step                 *step;

  if (old == NULL && scope == NULL)
    return TRUE;
  if (old != NULL && scope != NULL && old->share == scope->share)
    return TRUE;
  step = kp_services_step_new (STEP_SCOPE, service);
  step->subject = g_strdup (obec_kod);
  step->old_item = old != NULL ? kp_service_scope_copy (old) : NULL;
  step->new_item = scope != NULL ? kp_service_scope_copy (scope) : NULL;
  return kp_project_services_record (self, step, error);
}

gboolean
kp_project_set_service_scope (KpProject  *self,
                              KpService  *service,
                              const char *obec_kod,
                              double      share,
                              GError    **error)
{
  KpServiceScope scope = { (char *) obec_kod, share < 0 ? -1.0 : share };

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (obec_kod != NULL, FALSE);

  if (!kp_project_services_check (self, service, FALSE, error))
    return FALSE;
  if (!in_territory (self, obec_kod))
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                   _ ("The obec “%s” is not in the project’s territory"), obec_kod);
      return FALSE;
    }
  if (share > 100.0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("A share is a per cent between 0 and 100"));
      return FALSE;
    }
  return edit_scope (self, service, obec_kod, &scope, error);
}

gboolean
kp_project_remove_service_scope (KpProject  *self,
                                 KpService  *service,
                                 const char *obec_kod,
                                 GError    **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (obec_kod != NULL, FALSE);

  return kp_project_services_check (self, service, FALSE, error) &&
         edit_scope (self, service, obec_kod, NULL, error);
}

static gboolean
edit_network (KpProject                   *self,
              KpService                   *service,
              int                          year,
              const KpServiceNetworkEntry *entry,
              GError                     **error)
{
  const KpServiceNetworkEntry *old = kp_service_get_network_entry (service, year);
  Step                        *step;

  if (old == NULL && entry == NULL)
    return TRUE;
  if (old != NULL && entry != NULL && old->in_network == entry->in_network &&
      old->capacity == entry->capacity && g_strcmp0 (old->unit, entry->unit) == 0)
    return TRUE;
  step = kp_services_step_new (STEP_NETWORK, service);
  step->field = year;
  step->old_item = old != NULL ? kp_service_network_entry_copy (old) : NULL;
  step->new_item = entry != NULL ? kp_service_network_entry_copy (entry) : NULL;
  return kp_project_services_record (self, step, error);
}

gboolean
kp_project_set_service_network (KpProject  *self,
                                KpService  *service,
                                int         year,
                                gboolean    in_network,
                                double      capacity,
                                const char *unit,
                                GError    **error)
{
  KpServiceNetworkEntry entry = { year, in_network, capacity < 0 ? -1.0 : capacity,
                                  (char *) unit };
  KpCapacityUnit        network_unit;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (!kp_project_services_check (self, service, FALSE, error))
    return FALSE;
  if (year < YEAR_MIN || year > YEAR_MAX)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The year must lie between %d and %d"), YEAR_MIN, YEAR_MAX);
      return FALSE;
    }
  if (unit != NULL && !(kp_capacity_unit_from_code (unit, &network_unit) &&
                        kp_capacity_unit_is_network (network_unit)))
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The network capacity is counted in úvazky or lůžka, not “%s”"), unit);
      return FALSE;
    }
  return edit_network (self, service, year, &entry, error);
}

gboolean
kp_project_clear_service_network (KpProject *self,
                                  KpService *service,
                                  int        year,
                                  GError   **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  return kp_project_services_check (self, service, FALSE, error) &&
         edit_network (self, service, year, NULL, error);
}

/**
 * kp_project_add_local_service:
 * @name: the service's name
 * @kind: what it is (not %KP_SERVICE_LOCAL_NONE)
 *
 * Adds a related service the registry does not hold. Undoing it removes it again.
 *
 * Returns: (transfer none): the new service, or %NULL with @error set
 */
KpService *
kp_project_add_local_service (KpProject         *self,
                              const char        *name,
                              KpServiceLocalKind kind,
                              GError           **error)
{
  KpDatabase        *db;
  KpProjectServices *state;
  g_autofree char   *clean = NULL;
  g_autoptr (KpService) service = NULL;
  gint64 id = 0;
  Step  *step;

  g_return_val_if_fail (KP_IS_PROJECT (self), NULL);

  clean = name != NULL && g_utf8_validate (name, -1, NULL) ? kp_services_clean_text (name) : NULL;
  if (clean == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The service needs a name"));
      return NULL;
    }
  if (kind == KP_SERVICE_LOCAL_NONE)
    kind = KP_SERVICE_LOCAL_OTHER;
  db = kp_project_get_database (self);
  state = kp_project_services_get (self);
  if (!kp_service_repository_insert_local (db, clean, kind, &id, error))
    return NULL;
  service = kp_service_repository_load_one (db, id, error);
  if (service == NULL)
    return NULL;
  kp_project_services_insert_sorted (state, service);
  kp_data_quality_update (self);

  /* Undo removes it; redo brings it back. */
  step = kp_services_step_new (STEP_REMOVED, service);
  step->old_value = TRUE;
  step->new_value = FALSE;
  kp_undo_stack_push (kp_project_get_undo_stack (self), kp_services_apply_undo_step, step, kp_services_step_free);
  return service;
}

gboolean
kp_project_remove_local_service (KpProject *self,
                                 KpService *service,
                                 GError   **error)
{
  Step *step;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (!kp_project_services_check (self, service, TRUE, error))
    return FALSE;
  step = kp_services_step_new (STEP_REMOVED, service);
  step->old_value = FALSE;
  step->new_value = TRUE;
  return kp_project_services_record (self, step, error);
}

gboolean
kp_project_set_local_service_kind (KpProject         *self,
                                   KpService         *service,
                                   KpServiceLocalKind kind,
                                   GError           **error)
{
  Step *step;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (!kp_project_services_check (self, service, TRUE, error))
    return FALSE;
  if (kind == KP_SERVICE_LOCAL_NONE)
    kind = KP_SERVICE_LOCAL_OTHER;
  if (kind == kp_service_get_local_kind (service))
    return TRUE;
  step = kp_services_step_new (STEP_LOCAL_KIND, service);
  step->old_value = kp_service_get_local_kind (service);
  step->new_value = kind;
  return kp_project_services_record (self, step, error);
}

gboolean
kp_project_set_local_service_contacts (KpProject *self,
                                       KpService *service,
                                       GPtrArray *contacts,
                                       GError   **error)
{
  Step *step;

  g_return_val_if_fail (KP_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (contacts != NULL, FALSE);

  if (!kp_project_services_check (self, service, TRUE, error))
    return FALSE;
  for (guint i = 0; i < contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (contacts, i);

      g_autofree char *value = c->value != NULL && g_utf8_validate (c->value, -1, NULL)
                                   ? kp_services_clean_text (c->value)
                                   : NULL;

      if (value == NULL)
        {
          g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("A contact needs a phone number, an e-mail or a web address"));
          return FALSE;
        }
    }
  step = kp_services_step_new (STEP_CONTACTS, service);
  step->old_item = kp_services_copy_contacts (kp_service_get_contacts (service));
  step->new_item = kp_services_copy_contacts (contacts);
  return kp_project_services_record (self, step, error);
}
