/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-service-network.h"
#include "kp-service-network-private.h"
#include "kp-error.h"
#include "kp-service-repository.h"

/* Local services of the network ("navazující / neregistrovaná"), which the registry does
 * not hold: added, removed (kept in the file until the project is next opened, so the
 * removal can be undone), their kind and contacts. Each edit is one undo step. */

static KpProject *
get_project (KpServiceNetwork *self)
{
  return kp_project_module_get_project (KP_PROJECT_MODULE (self));
}

typedef struct
{
  const char        *name;
  KpServiceLocalKind kind;
  gint64             id; /* out */
} AddEdit;

static gboolean
write_new_service (KpDatabase *db,
                   gpointer    data,
                   GError    **error)
{
  AddEdit *edit = data;

  return kp_service_repository_insert_local (db, edit->name, edit->kind, &edit->id, error);
}

/**
 * kp_service_network_add_local_service:
 * @name: the service's name
 * @kind: what it is (not %KP_SERVICE_LOCAL_NONE)
 *
 * Adds a related service the registry does not hold. Undoing it removes it again.
 *
 * Returns: (transfer none): the new service, or %NULL with @error set
 */
KpService *
kp_service_network_add_local_service (KpServiceNetwork  *self,
                                      const char        *name,
                                      KpServiceLocalKind kind,
                                      GError           **error)
{
  g_autofree char *clean = NULL;
  AddEdit          edit = { 0 };

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);

  clean = name != NULL && g_utf8_validate (name, -1, NULL) ? kp_service_network_clean_text (name)
                                                           : NULL;
  if (clean == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The service needs a name"));
      return NULL;
    }
  edit.name = clean;
  edit.kind = kind == KP_SERVICE_LOCAL_NONE ? KP_SERVICE_LOCAL_OTHER : kind;
  if (!kp_project_edit (get_project (self), _ ("Add a related service"), write_new_service, &edit,
                        error))
    return NULL;
  return kp_service_network_lookup (self, edit.id);
}

typedef struct
{
  gint64   id;
  gboolean removed;
} RemoveEdit;

static gboolean
write_removed (KpDatabase *db,
               gpointer    data,
               GError    **error)
{
  RemoveEdit *edit = data;

  return kp_service_repository_set_removed (db, edit->id, edit->removed, error);
}

gboolean
kp_service_network_remove_local_service (KpServiceNetwork *self,
                                         KpService        *service,
                                         GError          **error)
{
  RemoveEdit edit;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (!kp_service_network_check_service (self, service, TRUE, error))
    return FALSE;
  edit = (RemoveEdit){ kp_service_get_id (service), TRUE };
  return kp_project_edit (get_project (self), _ ("Remove a related service"), write_removed,
                          &edit, error);
}

typedef struct
{
  gint64             id;
  KpServiceLocalKind kind;
} KindEdit;

static gboolean
write_kind (KpDatabase *db,
            gpointer    data,
            GError    **error)
{
  KindEdit *edit = data;

  return kp_service_repository_update_local_kind (db, edit->id, edit->kind, error);
}

gboolean
kp_service_network_set_local_kind (KpServiceNetwork  *self,
                                   KpService         *service,
                                   KpServiceLocalKind kind,
                                   GError           **error)
{
  KindEdit edit;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (!kp_service_network_check_service (self, service, TRUE, error))
    return FALSE;
  if (kind == KP_SERVICE_LOCAL_NONE)
    kind = KP_SERVICE_LOCAL_OTHER;
  if (kind == kp_service_get_local_kind (service))
    return TRUE;
  edit = (KindEdit){ kp_service_get_id (service), kind };
  return kp_project_edit (get_project (self), _ ("Change the kind of the service"), write_kind,
                          &edit, error);
}

typedef struct
{
  gint64     id;
  GPtrArray *contacts;
} ContactsEdit;

static gboolean
write_contacts (KpDatabase *db,
                gpointer    data,
                GError    **error)
{
  ContactsEdit *edit = data;

  return kp_service_repository_replace_contacts (db, edit->id, edit->contacts, error);
}

gboolean
kp_service_network_set_local_contacts (KpServiceNetwork *self,
                                       KpService        *service,
                                       GPtrArray        *contacts,
                                       GError          **error)
{
  ContactsEdit edit;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  g_return_val_if_fail (contacts != NULL, FALSE);

  if (!kp_service_network_check_service (self, service, TRUE, error))
    return FALSE;
  for (guint i = 0; i < contacts->len; i++)
    {
      KpServiceContact *c = g_ptr_array_index (contacts, i);
      g_autofree char  *value = c->value != NULL && g_utf8_validate (c->value, -1, NULL)
                                    ? kp_service_network_clean_text (c->value)
                                    : NULL;

      if (value == NULL)
        {
          g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("A contact needs a phone number, an e-mail or a web address"));
          return FALSE;
        }
    }
  edit = (ContactsEdit){ kp_service_get_id (service), contacts };
  return kp_project_edit (get_project (self), _ ("Edit the contacts"), write_contacts, &edit,
                          error);
}
