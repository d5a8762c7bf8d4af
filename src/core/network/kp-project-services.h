/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-capacity.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-library-registry.h"
#include "kp-service.h"

G_BEGIN_DECLS

/* A project's network of services (Síť služeb): the registered social services of its
 * territory, copied from the reference library's registry, and local related services.
 * A service belongs to the territory when one of its facilities is in one of its obce or
 * the registry's extended scope names one of its obce, okresy or kraje.
 *
 * Every edit commits at once and goes onto the project's undo stack (kp_project_undo).
 * A refresh from the registry replaces the registry's data and never the local data
 * (texts, scope, network, local services); it is not an undoable edit. */

/**
 * KpServicesRefresh:
 * @services: registered services of the territory the registry lists now
 * @new_services: services the project did not have
 * @changed_services: services whose registry data changed
 * @ended_services: services that ended or that the registry no longer lists for the
 *   territory (they are kept, with their local data)
 * @changes: (element-type KpRegistryChange): each new, changed and ended service
 */
typedef struct
{
  guint      services;
  guint      new_services;
  guint      changed_services;
  guint      ended_services;
  GPtrArray *changes;
} KpServicesRefresh;

void kp_services_refresh_free (KpServicesRefresh *refresh);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServicesRefresh, kp_services_refresh_free)

/* Returns: (transfer none): a GListModel of KpService, sorted by name (Czech order).
 * Removed local services leave it; a refresh replaces its items. */
GListModel *kp_project_get_services (KpProject *self);
/* Returns: (transfer none) (nullable) */
KpService *kp_project_find_service (KpProject *self,
                                    gint64     id);
KpService *kp_project_find_service_by_identifikator (KpProject  *self,
                                                     const char *identifikator);
/* Registered services provided today. */
guint kp_project_count_active_services (KpProject *self);
/* Capacity totals (kp-capacity.h rules). @obec_kod: NULL for the whole territory;
 * @iso_date: NULL for today. Returns: (transfer full) (element-type KpCapacityTotal) */
GPtrArray *kp_project_get_capacity_totals (KpProject         *self,
                                           const char        *obec_kod,
                                           const char        *iso_date,
                                           KpCapacityGrouping grouping);

/* Copies the library's current registry services of the territory into the project.
 * %KP_PROJECT_ERROR_NO_REFERENCE when the library has no registry yet.
 * Returns: (transfer full): what changed, or %NULL with @error set (nothing changed) */
KpServicesRefresh *kp_project_refresh_services (KpProject *self,
                                                KpLibrary *library,
                                                GError   **error);

/* Local data of any service. @text NULL or blank clears it. NAME, PROVIDER_NAME and
 * PROVIDER_ADDRESS only for local services. */
gboolean kp_project_set_service_text (KpProject    *self,
                                      KpService    *service,
                                      KpServiceText field,
                                      const char   *text,
                                      GError      **error);
/* @obec_kod: an obec of the territory; @share: per cent 0–100, or -1 for none. */
gboolean kp_project_set_service_scope (KpProject  *self,
                                       KpService  *service,
                                       const char *obec_kod,
                                       double      share,
                                       GError    **error);
gboolean kp_project_remove_service_scope (KpProject  *self,
                                          KpService  *service,
                                          const char *obec_kod,
                                          GError    **error);
/* @capacity: -1 for none; @unit: NULL, "uvazky" or "luzka". */
gboolean kp_project_set_service_network (KpProject  *self,
                                         KpService  *service,
                                         int         year,
                                         gboolean    in_network,
                                         double      capacity,
                                         const char *unit,
                                         GError    **error);
gboolean kp_project_clear_service_network (KpProject *self,
                                           KpService *service,
                                           int        year,
                                           GError   **error);

/* Local services ("navazující / neregistrovaná"). Returns: (transfer none) */
KpService *kp_project_add_local_service (KpProject         *self,
                                         const char        *name,
                                         KpServiceLocalKind kind,
                                         GError           **error);
gboolean   kp_project_remove_local_service (KpProject *self,
                                            KpService *service,
                                            GError   **error);
gboolean   kp_project_set_local_service_kind (KpProject         *self,
                                              KpService         *service,
                                              KpServiceLocalKind kind,
                                              GError           **error);
/* @contacts: (element-type KpServiceContact): the service's and its provider's contacts */
gboolean kp_project_set_local_service_contacts (KpProject *self,
                                                KpService *service,
                                                GPtrArray *contacts,
                                                GError   **error);

G_END_DECLS
