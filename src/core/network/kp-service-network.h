/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-capacity.h"
#include "kp-library-registry.h"
#include "kp-library.h"
#include "kp-project-module.h"
#include "kp-service.h"

G_BEGIN_DECLS

/* A project's network of services (Síť služeb), a module of the project: the registered
 * social services of its territory, copied from the reference library's registry, and
 * local related services. A service belongs to the territory when one of its facilities is
 * in one of its obce or the registry's extended scope names one of its obce, okresy or
 * kraje.
 *
 * Every edit commits at once as one undo step of the project (kp_project_undo). A refresh
 * from the registry runs as a job in a worker thread and is one undo step too; it replaces
 * the registry's data and never the local data (texts, scope, kraj network, local
 * services). After any change of its tables (an edit, undo, redo or job) the module
 * re-reads exactly the services that changed: their objects are updated in place (notify)
 * and the list emits items-changed for them.
 *
 * Created on first use, never when the project opens: kp_service_network_get(). */

#define KP_TYPE_SERVICE_NETWORK (kp_service_network_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceNetwork, kp_service_network, KP, SERVICE_NETWORK, KpProjectModule)

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

/* Returns: (transfer none): the network of @project, created and read on first use. A file
 * that cannot be read leaves it empty (logged as a warning). */
KpServiceNetwork *kp_service_network_get (KpProject *project);

/* Returns: (transfer none): a GListModel of KpService, sorted by name (Czech order).
 * Removed local services leave it. */
GListModel *kp_service_network_get_services (KpServiceNetwork *self);
/* Returns: (transfer none) (nullable) */
KpService *kp_service_network_find_service (KpServiceNetwork *self,
                                            gint64            id);
KpService *kp_service_network_find_service_by_identifikator (KpServiceNetwork *self,
                                                             const char       *identifikator);
/* Registered services provided today. */
guint kp_service_network_count_active_services (KpServiceNetwork *self);
/* Capacity totals (kp-capacity.h rules). @obec_kod: NULL for the whole territory;
 * @iso_date: NULL for today. Returns: (transfer full) (element-type KpCapacityTotal) */
GPtrArray *kp_service_network_get_capacity_totals (KpServiceNetwork  *self,
                                                   const char        *obec_kod,
                                                   const char        *iso_date,
                                                   KpCapacityGrouping grouping);

/* Copies the library's current registry services of the territory into the project, in a
 * worker thread, as one undo step. %KP_PROJECT_ERROR_NO_REFERENCE when the library has no
 * registry yet; G_IO_ERROR_CANCELLED when cancelled (nothing changed then). */
void kp_service_network_refresh_async (KpServiceNetwork   *self,
                                       KpLibrary          *library,
                                       KpProgress         *progress,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
/* Returns: (transfer full): what changed, or %NULL with @error set (nothing changed) */
KpServicesRefresh *kp_service_network_refresh_finish (KpServiceNetwork *self,
                                                      GAsyncResult     *result,
                                                      GError          **error);

/* Local data of any service. @text NULL or blank clears it. NAME, PROVIDER_NAME and
 * PROVIDER_ADDRESS only for local services. */
gboolean kp_service_network_set_text (KpServiceNetwork *self,
                                      KpService        *service,
                                      KpServiceText     field,
                                      const char       *text,
                                      GError          **error);
/* @obec_kod: an obec of the territory; @share: per cent 0–100, or -1 for none. */
gboolean kp_service_network_set_scope (KpServiceNetwork *self,
                                       KpService        *service,
                                       const char       *obec_kod,
                                       double            share,
                                       GError          **error);
gboolean kp_service_network_remove_scope (KpServiceNetwork *self,
                                          KpService        *service,
                                          const char       *obec_kod,
                                          GError          **error);
/* The service's entry in the kraj network of @year. @capacity: -1 for none; @unit: NULL,
 * "uvazky" or "luzka". */
gboolean kp_service_network_set_kraj_entry (KpServiceNetwork *self,
                                            KpService        *service,
                                            int               year,
                                            gboolean          in_network,
                                            double            capacity,
                                            const char       *unit,
                                            GError          **error);
gboolean kp_service_network_clear_kraj_entry (KpServiceNetwork *self,
                                              KpService        *service,
                                              int               year,
                                              GError          **error);

/* Local services ("navazující / neregistrovaná"). Returns: (transfer none) */
KpService *kp_service_network_add_local_service (KpServiceNetwork  *self,
                                                 const char        *name,
                                                 KpServiceLocalKind kind,
                                                 GError           **error);
gboolean   kp_service_network_remove_local_service (KpServiceNetwork *self,
                                                    KpService        *service,
                                                    GError          **error);
gboolean   kp_service_network_set_local_kind (KpServiceNetwork  *self,
                                              KpService         *service,
                                              KpServiceLocalKind kind,
                                              GError           **error);
/* @contacts: (element-type KpServiceContact): the service's and its provider's contacts */
gboolean kp_service_network_set_local_contacts (KpServiceNetwork *self,
                                                KpService        *service,
                                                GPtrArray        *contacts,
                                                GError          **error);

G_END_DECLS
