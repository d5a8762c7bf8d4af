/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-library-registry.h"
#include "kp-library-private.h"
#include "kp-registry-repository.h"

/* Reading what the registry imports brought into the reference library. */

const char *
kp_registry_change_kind_to_string (KpRegistryChangeKind kind)
{
  switch (kind)
    {
    case KP_REGISTRY_CHANGE_NEW:
      return "new";
    case KP_REGISTRY_CHANGE_CHANGED:
      return "changed";
    case KP_REGISTRY_CHANGE_ENDED:
    default:
      return "ended";
    }
}

void
kp_registry_change_free (KpRegistryChange *change)
{
  if (change == NULL)
    return;
  g_free (change->identifikator);
  g_free (change->name);
  g_free (change->type_name);
  g_free (change);
}

void
kp_registry_report_free (KpRegistryReport *report)
{
  if (report == NULL)
    return;
  g_free (report->source_name);
  g_free (report->sha256);
  g_free (report->data_date);
  g_free (report->imported_at);
  g_clear_pointer (&report->changes, g_ptr_array_unref);
  g_free (report);
}

/**
 * kp_library_get_registry_report:
 * @import_id: an import of rpss.json, or 0 for the latest
 *
 * Returns: (transfer full) (nullable): the counts and the new, changed and ended services
 *   of that import; %NULL without @error when the library has no such import
 */
KpRegistryReport *
kp_library_get_registry_report (KpLibrary *library,
                                gint64     import_id,
                                GError   **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);

  return kp_registry_repository_load_report (kp_library_get_database (library), import_id,
                                             error);
}

/**
 * kp_library_count_registry_services:
 * @import_id: an import of rpss.json, or 0 for the services current now
 *
 * Counts the services (ended ones included) as the registry listed them after that import.
 */
gboolean
kp_library_count_registry_services (KpLibrary *library,
                                    gint64     import_id,
                                    gint64    *out_count,
                                    GError   **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);

  return kp_registry_repository_count_services (kp_library_get_database (library), import_id,
                                                out_count, error);
}
