/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of a project's network of services (tables of
 * resources/sql/project/0004-services.sql), and the refresh from the reference library
 * (attached as "lib"). */

#include "kp-database.h"
#include "kp-service-private.h"

G_BEGIN_DECLS

/* Reading. @ids: (nullable) (element-type gint64): the services to read, %NULL for all.
 * Returns: (transfer full) (element-type KpServiceData): those not removed */
GPtrArray *kp_service_repository_load (KpDatabase *db,
                                       GArray     *ids,
                                       GError    **error);
/* Drops local services removed in an earlier session (their undo history is gone). */
gboolean kp_service_repository_purge_removed (KpDatabase *db,
                                              GError    **error);
/* Returns: (transfer full): the set of dismissed data-quality issue keys */
GHashTable *kp_service_repository_load_dismissals (KpDatabase *db,
                                                   GError    **error);

/* A registry service as the project has it, for the refresh. */
typedef struct
{
  gint64   id;
  char    *hash;
  char    *name;
  char    *date_to;
  gboolean in_registry;
  gboolean matched;
} KpServiceSnapshot;

/* Refreshing from the library, attached as "lib". Whether it holds registry data. */
gboolean kp_service_repository_has_registry (KpDatabase *db,
                                             gboolean   *out_has_registry,
                                             GError    **error);
/* Fills temp.registry_match with the library's current services for the territory. */
gboolean kp_service_repository_match (KpDatabase *db,
                                      GError    **error);
/* When the territory changes: keeps what temp.registry_match holds for the old territory;
 * after it is filled for the new one, lists (names) and removes the registry services the
 * old one had and the new one has not, and (also without the registry) the scope entries
 * of obce no longer in the territory (@out_scope_entries: how many). */
gboolean   kp_service_repository_keep_match (KpDatabase *db,
                                             GError    **error);
GPtrArray *kp_service_repository_list_left_behind (KpDatabase *db,
                                                   GError    **error);
gboolean   kp_service_repository_remove_left_behind (KpDatabase *db,
                                                     gboolean    with_registry,
                                                     int        *out_scope_entries,
                                                     GError    **error);
/* identifikátor → KpServiceSnapshot of the project's registry services */
GHashTable *kp_service_repository_load_snapshots (KpDatabase *db,
                                                  GError    **error);
/* Calls @func for each matched library service: row, identifikátor, hash, name, end. */
typedef gboolean (*KpServiceMatchFunc) (gint64      row_id,
                                        const char *identifikator,
                                        const char *hash,
                                        const char *name,
                                        const char *date_to,
                                        gpointer    user_data,
                                        GError    **error);
gboolean kp_service_repository_foreach_match (KpDatabase        *db,
                                              KpServiceMatchFunc func,
                                              gpointer           user_data,
                                              GError           **error);
/* Copies library rows over the registry part of the project's services (or new ones);
 * local data is left as it is. Holds its prepared statements for a whole refresh. */
typedef struct _KpServiceCopier KpServiceCopier;

KpServiceCopier *kp_service_copier_new (KpDatabase *db,
                                        GError    **error);
gboolean         kp_service_copier_copy (KpServiceCopier *self,
                                         gint64           row_id,
                                         GError         **error);
void             kp_service_copier_free (KpServiceCopier *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceCopier, kp_service_copier_free)
gboolean kp_service_repository_set_in_registry (KpDatabase *db,
                                                gint64      id,
                                                gboolean    in_registry,
                                                GError    **error);
gboolean kp_service_repository_copy_sources (KpDatabase *db,
                                             GError    **error);

/* Edits, inside the edit path's transaction. */
gboolean kp_service_repository_update_text (KpDatabase   *db,
                                            gint64        id,
                                            KpServiceText field,
                                            const char   *text,
                                            GError      **error);
gboolean kp_service_repository_update_local_kind (KpDatabase        *db,
                                                  gint64             id,
                                                  KpServiceLocalKind kind,
                                                  GError           **error);
gboolean kp_service_repository_replace_contacts (KpDatabase *db,
                                                 gint64      id,
                                                 GPtrArray  *contacts,
                                                 GError    **error);
gboolean kp_service_repository_set_scope (KpDatabase           *db,
                                          gint64                id,
                                          const char           *obec_kod,
                                          const KpServiceScope *scope,
                                          GError              **error);
gboolean kp_service_repository_set_kraj_entry (KpDatabase               *db,
                                               gint64                    id,
                                               int                       year,
                                               const KpKrajNetworkEntry *entry,
                                               GError                  **error);
gboolean kp_service_repository_set_removed (KpDatabase *db,
                                            gint64      id,
                                            gboolean    removed,
                                            GError    **error);
gboolean kp_service_repository_insert_local (KpDatabase        *db,
                                             const char        *name,
                                             KpServiceLocalKind kind,
                                             gint64            *out_id,
                                             GError           **error);
gboolean kp_service_repository_set_dismissed (KpDatabase *db,
                                              const char *issue_key,
                                              gboolean    dismissed,
                                              GError    **error);

G_END_DECLS
