/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-leaflet-builder.h"
#include "kp-document-text.h"
#include "kp-key-contacts.h"

static int
compare_sections (gconstpointer a,
                  gconstpointer b)
{
  const KpCatalogueEntry *ea = *(KpCatalogueEntry *const *) a;
  const KpCatalogueEntry *eb = *(KpCatalogueEntry *const *) b;

  return (int) ea->section - (int) eb->section;
}

/**
 * kp_leaflet_builder_build:
 *
 * Returns: (transfer full): the active registered services of @group and the project's local
 *   crisis lines
 */
KpCatalogueSnapshot *
kp_leaflet_builder_build (KpProject         *project,
                          KpPublicationGroup group)
{
  KpPublicationSelection selection;
  KpCatalogueSnapshot   *snapshot;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (group < KP_PUBLICATION_N_GROUPS, NULL);

  kp_publication_selection_init (&selection);
  selection.group = group;
  snapshot = kp_catalogue_builder_build (project, &selection);
  /* The local crisis lines belong on every leaflet, whoever it is for. */
  if (group != KP_PUBLICATION_GROUP_CRISIS && group != KP_PUBLICATION_GROUP_ALL)
    {
      GListModel *services = kp_service_network_get_services (kp_service_network_get (project));

      for (guint i = 0; i < g_list_model_get_n_items (services); i++)
        {
          g_autoptr (KpService) service = g_list_model_get_item (services, i);
          KpCrisisLine *line;

          if (kp_service_get_local_kind (service) != KP_SERVICE_LOCAL_CRISIS_LINE ||
              !kp_service_get_is_active (service))
            continue;
          line = kp_catalogue_builder_crisis_line (service);
          if (line != NULL)
            kp_catalogue_snapshot_add_crisis_line (snapshot, line);
        }
    }
  /* A leaflet lists social services; local services other than crisis lines (health care,
   * authorities, community) have no target group and appear as contacts at most. */
  for (guint i = snapshot->entries->len; i > 0; i--)
    {
      KpCatalogueEntry *entry = g_ptr_array_index (snapshot->entries, i - 1);

      if (entry->is_local)
        g_ptr_array_remove_index (snapshot->entries, i - 1);
    }
  /* by form: help at home, day services, homes, advice, crisis (a stable sort: A–Z within) */
  g_ptr_array_sort (snapshot->entries, compare_sections);
  kp_publication_selection_clear (&selection);
  return snapshot;
}

/**
 * kp_leaflet_builder_default_options:
 *
 * Returns: (transfer full): the options a new leaflet of @group starts with
 */
KpLeafletOptions *
kp_leaflet_builder_default_options (KpProject         *project,
                                    KpPublicationGroup group,
                                    KpLeafletFormat    format)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  KpLeafletOptions *options;
  const char       *territory;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (group < KP_PUBLICATION_N_GROUPS, NULL);

  territory = kp_project_get_territory_name (project);
  options = kp_leaflet_options_new (kp_publication_group_get_title (group), format);
  /* Translators: the subtitle of a leaflet, %s is a territory ("MAS Podlesí") */
  options->subtitle = g_strdup_printf (D_ ("Where to turn in %s"), territory);
  options->introduction = g_strdup (kp_publication_group_get_introduction (group));
  options->issuer = g_strdup (territory);
  options->year = g_date_time_get_year (now);
  options->national_lines = TRUE;
  kp_key_contacts_add (project, options->key_contacts);
  return options;
}
