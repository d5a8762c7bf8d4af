/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the network of services a project holds in memory, shared by
 * kp-project-services.c (reading), kp-project-services-edit.c (undoable edits),
 * kp-project-services-refresh.c (refresh from the library) and kp-data-quality.c. */

#include "kp-data-quality.h"
#include "kp-project-services.h"
#include "kp-service-private.h"

G_BEGIN_DECLS

typedef struct
{
  GListStore *store;     /* KpService not removed, Czech order of names */
  GHashTable *by_id;     /* &id → KpService, removed local services too (for undo) */
  GHashTable *dismissed; /* data-quality issue keys */
  GListStore *issues;    /* KpDataQualityIssue not dismissed */
} KpProjectServices;

/* kp-project-services.c */
KpProjectServices *kp_project_services_get (KpProject *project);
/* Called by kp_project_open (): reads the services into a new state. */
gboolean kp_project_services_load (KpProject *project,
                                   GError   **error);
/* Re-reads every service after a refresh. */
gboolean kp_project_services_reload (KpProject *project,
                                     GError   **error);
/* Puts @service back into the store at its place (after undoing a removal). */
void kp_project_services_insert_sorted (KpProjectServices *state,
                                        KpService         *service);
void kp_project_services_remove (KpProjectServices *state,
                                 KpService         *service);
/* The service @id, listed or removed (a removal can be undone after a refresh re-read the
 * list). Returns: (transfer none): the service, or %NULL with @error set */
KpService *kp_project_services_lookup (KpProject *project,
                                       gint64     id,
                                       GError   **error);

/* kp-project-services-refresh.c: called by kp_project_create () when the library has the
 * registry; a library without it leaves the project without registered services. */
gboolean kp_project_services_snapshot (KpProject *project,
                                       KpLibrary *library,
                                       GError   **error);

/* kp-project-services-edit.c */
gboolean kp_project_services_set_dismissed (KpProject  *project,
                                            const char *issue_key,
                                            gboolean    dismissed,
                                            GError    **error);

/* kp-data-quality.c: recomputes the live list of issues. */
void kp_data_quality_update (KpProject *project);

G_END_DECLS
