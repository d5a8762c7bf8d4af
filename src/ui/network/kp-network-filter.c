/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-network-filter.h"
#include "kp-czech.h"

static gboolean
has_form (KpService  *service,
          const char *form)
{
  GPtrArray *forms = kp_service_get_forms (service);

  for (guint i = 0; i < forms->len; i++)
    if (g_strcmp0 (((KpServiceForm *) g_ptr_array_index (forms, i))->form, form) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_target_group (KpService  *service,
                  const char *group)
{
  const char *const *groups = kp_service_get_target_groups (service);

  return groups != NULL && g_strv_contains (groups, group);
}

char *
kp_network_filter_dup_search_text (KpService *service)
{
  GString   *text;
  GPtrArray *facilities;
  char     **groups;
  char      *folded;

  g_return_val_if_fail (KP_IS_SERVICE (service), NULL);

  text = g_string_new (kp_service_get_name (service));
  facilities = kp_service_get_facilities (service);
  /* The groups as shown: "neznámá" finds the services whose groups have no name. */
  groups = kp_service_dup_target_group_names (service);
  {
    const char *parts[] = {
      kp_service_get_provider_name (service),
      kp_service_get_type_name (service),
      kp_service_get_identifikator (service),
      kp_service_get_ico (service),
      kp_service_get_is_local (service)
          ? kp_service_local_kind_get_label (kp_service_get_local_kind (service))
          : NULL,
    };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      if (parts[i] != NULL)
        g_string_append_printf (text, "\n%s", parts[i]);
  }
  for (guint i = 0; i < facilities->len; i++)
    {
      KpServiceFacility *f = g_ptr_array_index (facilities, i);

      if (f->obec_name != NULL)
        g_string_append_printf (text, "\n%s", f->obec_name);
    }
  for (guint i = 0; groups[i] != NULL; i++)
    g_string_append_printf (text, "\n%s", groups[i]);
  g_strfreev (groups);
  folded = kp_czech_fold (text->str);
  g_string_free (text, TRUE);
  return folded;
}

gboolean
kp_network_filter_matches (const KpNetworkFilter *filter,
                           KpService             *service)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (KP_IS_SERVICE (service), FALSE);

  if (filter->form != NULL && !has_form (service, filter->form))
    return FALSE;
  if (filter->target_group != NULL && !has_target_group (service, filter->target_group))
    return FALSE;
  if ((filter->state == KP_NETWORK_STATE_ACTIVE && !kp_service_get_is_active (service)) ||
      (filter->state == KP_NETWORK_STATE_ENDED && kp_service_get_is_active (service)))
    return FALSE;
  if ((filter->origin == KP_NETWORK_ORIGIN_REGISTERED && kp_service_get_is_local (service)) ||
      (filter->origin == KP_NETWORK_ORIGIN_LOCAL && !kp_service_get_is_local (service)))
    return FALSE;
  if (filter->needle != NULL && *filter->needle != '\0')
    {
      g_autofree char *text = kp_network_filter_dup_search_text (service);

      return kp_czech_matches (text, filter->needle);
    }
  return TRUE;
}
