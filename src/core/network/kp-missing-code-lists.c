/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-missing-code-lists.h"
#include "kp-target-group.h"

/* Counted over the services in memory, so it follows every refresh; whether a list came
 * with the registry is read from the project's sources (copied at the refresh). */

typedef gboolean (*UnknownFunc) (const char *stored);

static guint
count_services (GListModel *services,
                const char *const *(*get) (KpService *),
                UnknownFunc is_unknown)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *const *groups = get (service);

      for (guint k = 0; groups != NULL && groups[k] != NULL; k++)
        if (is_unknown (groups[k]))
          {
            n++;
            break;
          }
    }
  return n;
}

static gboolean
was_imported (GPtrArray      *sources,
              KpReferenceKind kind)
{
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    if (((KpImportRecord *) g_ptr_array_index (sources, i))->kind == kind)
      return TRUE;
  return FALSE;
}

/**
 * kp_service_network_list_missing_code_lists:
 *
 * Returns: (transfer full) (element-type KpMissingCodeList): the MPSV code lists whose
 *   names the services lack
 */
GPtrArray *
kp_service_network_list_missing_code_lists (KpServiceNetwork *self)
{
  static const struct
  {
    KpReferenceKind kind;
    const char *const *(*get) (KpService *);
    UnknownFunc is_unknown;
  } lists[] = {
    { KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS, kp_service_get_target_groups,
      kp_target_group_stored_is_unknown },
    { KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS, kp_service_get_age_groups,
      kp_age_group_stored_is_unknown },
  };
  GListModel *services;
  GPtrArray  *missing;
  g_autoptr (GPtrArray) sources = NULL;

  g_return_val_if_fail (KP_IS_SERVICE_NETWORK (self), NULL);

  services = kp_service_network_get_services (self);
  missing = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      guint              n = count_services (services, lists[i].get, lists[i].is_unknown);
      KpMissingCodeList *list;

      if (n == 0)
        continue;
      if (sources == NULL)
        sources = kp_project_list_sources (
            kp_project_module_get_project (KP_PROJECT_MODULE (self)), NULL);
      list = g_new0 (KpMissingCodeList, 1);
      list->source = kp_reference_source_find (lists[i].kind);
      list->n_services = n;
      list->imported = was_imported (sources, lists[i].kind);
      g_ptr_array_add (missing, list);
    }
  return missing;
}
