/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-key-contacts.h"
#include "kp-catalogue-builder.h"
#include "kp-service-network.h"

/**
 * kp_key_contacts_add:
 * @contacts: (element-type KpCrisisLine): where they are added
 *
 * The first contacts of a publication: the project's local authorities that are active and
 * have a phone, with their first phone and their hours.
 */
void
kp_key_contacts_add (KpProject *project,
                     GPtrArray *contacts)
{
  GListModel *services;

  g_return_if_fail (KP_IS_PROJECT (project));
  g_return_if_fail (contacts != NULL);
  services = kp_service_network_get_services (kp_service_network_get (project));
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      g_auto (GStrv) phones = NULL;
      g_autofree char *phone = NULL;

      if (kp_service_get_local_kind (service) != KP_SERVICE_LOCAL_AUTHORITY ||
          !kp_service_get_is_active (service))
        continue;
      phones = kp_service_dup_contacts (service, FALSE, KP_SERVICE_CONTACT_PHONE);
      phone = phones != NULL ? kp_catalogue_builder_first_phone (phones[0]) : NULL;
      if (phone == NULL)
        continue;
      g_ptr_array_add (contacts, kp_crisis_line_new (KP_CRISIS_LINE_CONTACT,
                                                     kp_service_get_name (service), phone,
                                                     NULL, kp_service_get_hours (service)));
    }
}
