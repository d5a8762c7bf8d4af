/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the network module's state, shared by the files it is split into:
 * kp-service-network.c (the model: reading and reloading), kp-service-network-edit.c (edits
 * of any service), kp-service-network-local.c (local services),
 * kp-service-network-refresh.c (the refresh from the registry) and kp-data-quality.c. */

#include "kp-data-quality.h"
#include "kp-database.h"
#include "kp-progress.h"
#include "kp-project-private.h"
#include "kp-service-network.h"
#include "kp-service-private.h"

G_BEGIN_DECLS

struct _KpServiceNetwork
{
  KpProjectModule parent_instance;

  GListStore   *store;     /* KpService not removed, Czech order of names */
  GHashTable   *by_id;     /* &id → KpService, removed local services too */
  GHashTable   *dismissed; /* data-quality issue keys */
  GListStore   *issues;    /* KpDataQualityIssue not dismissed */
  gboolean      quality_requested;
  gboolean      quality_ready;
  guint         serial;      /* counts reloads: a check started before one is stale */
  GCancellable *cancellable; /* the first data-quality check */
};

/* kp-service-network.c */
KpDatabase *kp_service_network_get_database (KpServiceNetwork *self);
/* The service @id, listed or removed, or %NULL. */
KpService *kp_service_network_lookup (KpServiceNetwork *self,
                                      gint64            id);
/* Whether @service is listed, and (with @local_only) local; sets @error if not. */
gboolean kp_service_network_check_service (KpServiceNetwork *self,
                                           KpService        *service,
                                           gboolean          local_only,
                                           GError          **error);
/* Stripped text, or NULL for blank. */
char *kp_service_network_clean_text (const char *text);

/* kp-service-network-refresh.c: copies the registered services of the territory from the
 * library attached as "lib" into a new project file @db, in one transaction; a library
 * without the registry leaves it without registered services. */
gboolean kp_service_network_write_snapshot (KpDatabase   *db,
                                            KpProgress   *progress,
                                            GCancellable *cancellable,
                                            GError      **error);
/* The refresh inside a job's transaction, after the project's territory changed. */
gboolean kp_service_network_refresh_in (KpDatabase   *db,
                                        KpProgress   *progress,
                                        GCancellable *cancellable,
                                        GError      **error);

/* kp-data-quality.c */
/* Returns: (transfer full) (element-type KpDataQualityIssue): the issues of @services */
GPtrArray *kp_data_quality_check_services (GListModel *services,
                                           GHashTable *dismissed,
                                           gboolean    include_dismissed);
/* Recomputes the live list, once a view asked for it. */
void kp_data_quality_update (KpServiceNetwork *self);
/* Fills the live list from a check on a worker connection. */
void kp_data_quality_start (KpServiceNetwork *self);

G_END_DECLS
