/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-network.h"
#include "kp-service-network-private.h"
#include "kp-capacity-unit.h"
#include "kp-error.h"
#include "kp-service-repository.h"

/* Edits of the local data of any service of the network (texts, territorial scope, kraj
 * network) and of the dismissed data-quality problems. Each is checked here, then written
 * by a KpEditFunc through the project's one edit path, which commits it as one undo step;
 * the module then re-reads the service (kp-service-network.c). */

#define YEAR_MIN 2000
#define YEAR_MAX 2100

static KpProject *
get_project (KpServiceNetwork *self)
{
  return kp_project_module_get_project (KP_PROJECT_MODULE (self));
}

typedef struct
{
  gint64        id;
  KpServiceText field;
  const char   *text;
} TextEdit;

static gboolean
write_text (KpDatabase *db,
            gpointer    data,
            GError    **error)
{
  TextEdit *edit = data;

  return kp_service_repository_update_text (db, edit->id, edit->field, edit->text, error);
}

static const char *
text_label (KpServiceText field)
{
  switch (field)
    {
    case KP_SERVICE_TEXT_DESCRIPTION:
      return _ ("Edit the description");
    case KP_SERVICE_TEXT_HOURS:
      return _ ("Edit the opening hours");
    case KP_SERVICE_TEXT_FEES:
      return _ ("Edit the fees");
    case KP_SERVICE_TEXT_ACCESSIBILITY:
      return _ ("Edit the accessibility");
    case KP_SERVICE_TEXT_NAME:
      return _ ("Rename the service");
    case KP_SERVICE_TEXT_PROVIDER_NAME:
      return _ ("Edit the provider");
    case KP_SERVICE_TEXT_PROVIDER_ADDRESS:
    default:
      return _ ("Edit the provider’s address");
    }
}

gboolean
kp_service_network_set_text (KpServiceNetwork *self,
                             KpService        *service,
                             KpServiceText     field,
                             const char       *text,
                             GError          **error)
{
  g_autofree char *clean = NULL;
  TextEdit         edit;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (field <= KP_SERVICE_TEXT_PROVIDER_ADDRESS, FALSE);

  if (!kp_service_network_check_service (self, service, field >= KP_SERVICE_TEXT_NAME, error))
    return FALSE;
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The text is not valid UTF-8"));
      return FALSE;
    }
  clean = kp_service_network_clean_text (text);
  if (clean == NULL && field == KP_SERVICE_TEXT_NAME)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The service needs a name"));
      return FALSE;
    }
  if (g_strcmp0 (clean, kp_service_get_text (service, field)) == 0)
    return TRUE;
  edit = (TextEdit){ kp_service_get_id (service), field, clean };
  return kp_project_edit (get_project (self), text_label (field), write_text, &edit, error);
}

/* Territorial scope. */

typedef struct
{
  gint64                id;
  const char           *obec_kod;
  const KpServiceScope *scope; /* NULL: remove */
} ScopeEdit;

static gboolean
write_scope (KpDatabase *db,
             gpointer    data,
             GError    **error)
{
  ScopeEdit *edit = data;

  return kp_service_repository_set_scope (db, edit->id, edit->obec_kod, edit->scope, error);
}

static gboolean
in_territory (KpServiceNetwork *self,
              const char       *obec_kod)
{
  GListModel *obce = kp_project_get_obce (get_project (self));
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
edit_scope (KpServiceNetwork     *self,
            KpService            *service,
            const char           *obec_kod,
            const KpServiceScope *scope,
            GError              **error)
{
  const KpServiceScope *old = find_scope (service, obec_kod);
  ScopeEdit             edit = { kp_service_get_id (service), obec_kod, scope };

  if (old == NULL && scope == NULL)
    return TRUE;
  if (old != NULL && scope != NULL && old->share == scope->share)
    return TRUE;
  return kp_project_edit (get_project (self), _ ("Edit the territorial scope"), write_scope, &edit,
                          error);
}

gboolean
kp_service_network_set_scope (KpServiceNetwork *self,
                              KpService        *service,
                              const char       *obec_kod,
                              double            share,
                              GError          **error)
{
  KpServiceScope scope = { (char *) obec_kod, share < 0 ? -1.0 : share };

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (obec_kod != NULL, FALSE);

  if (!kp_service_network_check_service (self, service, FALSE, error))
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
kp_service_network_remove_scope (KpServiceNetwork *self,
                                 KpService        *service,
                                 const char       *obec_kod,
                                 GError          **error)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (obec_kod != NULL, FALSE);

  return kp_service_network_check_service (self, service, FALSE, error) &&
         edit_scope (self, service, obec_kod, NULL, error);
}

/* The kraj network. */

typedef struct
{
  gint64                    id;
  int                       year;
  const KpKrajNetworkEntry *entry; /* NULL: remove */
} KrajEdit;

static gboolean
write_kraj_entry (KpDatabase *db,
                  gpointer    data,
                  GError    **error)
{
  KrajEdit *edit = data;

  return kp_service_repository_set_kraj_entry (db, edit->id, edit->year, edit->entry, error);
}

static gboolean
edit_kraj_entry (KpServiceNetwork         *self,
                 KpService                *service,
                 int                       year,
                 const KpKrajNetworkEntry *entry,
                 GError                  **error)
{
  const KpKrajNetworkEntry *old = kp_service_get_kraj_entry (service, year);
  KrajEdit                  edit = { kp_service_get_id (service), year, entry };

  if (old == NULL && entry == NULL)
    return TRUE;
  if (old != NULL && entry != NULL && old->in_network == entry->in_network &&
      old->capacity == entry->capacity && g_strcmp0 (old->unit, entry->unit) == 0)
    return TRUE;
  return kp_project_edit (get_project (self), _ ("Edit the kraj network"), write_kraj_entry,
                          &edit, error);
}

gboolean
kp_service_network_set_kraj_entry (KpServiceNetwork *self,
                                   KpService        *service,
                                   int               year,
                                   gboolean          in_network,
                                   double            capacity,
                                   const char       *unit,
                                   GError          **error)
{
  KpKrajNetworkEntry entry = { year, in_network, capacity < 0 ? -1.0 : capacity, (char *) unit };
  KpCapacityUnit     network_unit;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (!kp_service_network_check_service (self, service, FALSE, error))
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
  return edit_kraj_entry (self, service, year, &entry, error);
}

gboolean
kp_service_network_clear_kraj_entry (KpServiceNetwork *self,
                                     KpService        *service,
                                     int               year,
                                     GError          **error)
{
  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  return kp_service_network_check_service (self, service, FALSE, error) &&
         edit_kraj_entry (self, service, year, NULL, error);
}

/* Data-quality dismissals. */

typedef struct
{
  const char *key;
  gboolean    dismissed;
} DismissEdit;

static gboolean
write_dismissal (KpDatabase *db,
                 gpointer    data,
                 GError    **error)
{
  DismissEdit *edit = data;

  return kp_service_repository_set_dismissed (db, edit->key, edit->dismissed, error);
}

/**
 * kp_service_network_set_issue_dismissed:
 * @dismissed: %FALSE brings a dismissed issue back
 *
 * Keeps the dismissal in the project under the issue's key; undoable.
 */
gboolean
kp_service_network_set_issue_dismissed (KpServiceNetwork   *self,
                                        KpDataQualityIssue *issue,
                                        gboolean            dismissed,
                                        GError            **error)
{
  DismissEdit edit;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_DATA_QUALITY_ISSUE (issue), FALSE);

  edit = (DismissEdit){ kp_data_quality_issue_get_key (issue), dismissed };
  if (g_hash_table_contains (self->dismissed, edit.key) == dismissed)
    return TRUE;
  return kp_project_edit (get_project (self),
                          dismissed ? _ ("Dismiss a data-quality problem")
                                    : _ ("Show a data-quality problem again"),
                          write_dismissal, &edit, error);
}
