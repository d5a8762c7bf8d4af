/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-catalogue-parts-builder.h"
#include "kp-czech.h"
#include "kp-up-offices.h"

#include <string.h>

/* The chapters of authorities and of health care from the project's related services, and
 * the contact offices of Úřad práce ČR the project copied from the reference data
 * (src/core/territory/kp-up-offices.c). The project's services have one kind for all
 * authorities: the municipal social department (the first contact, kp-key-contacts.c) and
 * the child protection authority are told apart by what the authority's name or description
 * says, the words an office uses of itself. */

static const char *const ospod_words[] = {
  "ospod",
  "socialne-pravni ochran",
  "socialne pravni ochran",
  "pravni ochrany deti",
  NULL,
};

static gboolean
says_ospod (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = kp_czech_fold (text);
  for (guint i = 0; ospod_words[i] != NULL; i++)
    if (strstr (folded, ospod_words[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
kp_catalogue_is_ospod (KpService *service)
{
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);
  return kp_service_get_local_kind (service) == KP_SERVICE_LOCAL_AUTHORITY &&
         (says_ospod (kp_service_get_name (service)) ||
          says_ospod (kp_service_get_description (service)));
}

gboolean
kp_catalogue_parts_take (KpCatalogueParts *parts,
                         KpService        *service,
                         KpCatalogueEntry *entry)
{
  KpServiceLocalKind kind = kp_service_get_local_kind (service);

  if (kind == KP_SERVICE_LOCAL_AUTHORITY && (parts->asked & KP_CATALOGUE_PART_AUTHORITIES) != 0)
    {
      g_ptr_array_add (kp_catalogue_is_ospod (service) ? parts->ospod : parts->social, entry);
      return TRUE;
    }
  if (kind == KP_SERVICE_LOCAL_HEALTH && (parts->asked & KP_CATALOGUE_PART_HEALTH) != 0)
    {
      g_ptr_array_add (parts->health, entry);
      return TRUE;
    }
  return FALSE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const KpCatalogueEntry *ea = *(KpCatalogueEntry *const *) a;
  const KpCatalogueEntry *eb = *(KpCatalogueEntry *const *) b;

  return kp_czech_compare (ea->name, eb->name);
}

void
kp_catalogue_parts_finish (KpCatalogueParts *parts,
                           KpProject        *project)
{
  g_autoptr (GPtrArray) offices = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (parts != NULL);
  g_return_if_fail (KP_IS_PROJECT (project));

  g_ptr_array_sort (parts->health, compare_entries);
  g_ptr_array_sort (parts->ospod, compare_entries);
  if ((parts->asked & KP_CATALOGUE_PART_AUTHORITIES) == 0)
    return;
  offices = kp_project_list_up_offices (project, &error);
  if (offices == NULL)
    {
      /* A project file the check before printing then reports as without offices. */
      g_debug ("Reading the contact offices of Úřad práce failed: %s", error->message);
      return;
    }
  for (guint i = 0; i < offices->len; i++)
    {
      const KpUpOffice *office = g_ptr_array_index (offices, i);

      g_ptr_array_add (parts->offices, kp_catalogue_office_new (office->name, office->obec,
                                                                !office->in_territory,
                                                                office->distance_km));
    }
}
