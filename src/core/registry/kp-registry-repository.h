/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of the registry tables of the reference library.
 * Statements are borrowed from the connection's cache (kp_database_borrow ()): a national
 * import runs each of them tens of thousands of times. */

#include "kp-database.h"
#include "kp-library-registry.h"
#include "kp-registry-private.h"

G_BEGIN_DECLS

typedef struct _KpRegistryRepository KpRegistryRepository;

/* The current version of a service, as the previous import left it. */
typedef struct
{
  gint64   row_id;
  char    *content_hash;
  char    *datum_do;
  gboolean seen; /* listed again by the import under way */
} KpRegistryCurrent;

typedef struct
{
  guint services;
  guint facilities;
  guint facilities_without_point;
  guint new_services;
  guint changed_services;
  guint ended_services;
} KpRegistryCounts;

KpRegistryRepository *kp_registry_repository_new (KpDatabase *db);
void                  kp_registry_repository_free (KpRegistryRepository *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpRegistryRepository, kp_registry_repository_free)

/* Code lists. */
gboolean kp_registry_repository_count_codes (KpRegistryRepository *self,
                                             KpRegistryList        list,
                                             gint64               *out_count,
                                             GError              **error);
gboolean kp_registry_repository_delete_codes (KpRegistryRepository *self,
                                              KpRegistryList        list,
                                              GError              **error);
gboolean kp_registry_repository_insert_code (KpRegistryRepository *self,
                                             KpRegistryList        list,
                                             const KpRegistryCode *code,
                                             gboolean              builtin,
                                             GError              **error);
/* Returns: (transfer full): the set of ids of @list (string keys) */
GHashTable *kp_registry_repository_load_codes (KpRegistryRepository *self,
                                               KpRegistryList        list,
                                               GError              **error);

/* An import of rpss.json. */
gboolean kp_registry_repository_insert_import (KpRegistryRepository *self,
                                               const KpImportRecord *record,
                                               gint64               *out_id,
                                               GError              **error);
gboolean kp_registry_repository_finish_import (KpRegistryRepository   *self,
                                               gint64                  import_id,
                                               const KpRegistryCounts *counts,
                                               GError                **error);
/* Returns: (transfer full): identifikátor → KpRegistryCurrent of every current service */
GHashTable *kp_registry_repository_load_current (KpRegistryRepository *self,
                                                 GError              **error);
gboolean    kp_registry_repository_close_service (KpRegistryRepository *self,
                                                  gint64                row_id,
                                                  gint64                import_id,
                                                  GError              **error);
/* Inserts a new version of @service with everything it holds. @service is normalised
 * (facilities merged, IČO padded) by the caller. */
gboolean kp_registry_repository_insert_service (KpRegistryRepository    *self,
                                                const KpRegistryService *service,
                                                const char              *nazev,
                                                const char              *content_hash,
                                                gint64                   import_id,
                                                gint64                  *out_row_id,
                                                GError                 **error);
gboolean kp_registry_repository_insert_change (KpRegistryRepository *self,
                                               gint64                import_id,
                                               const char           *identifikator,
                                               KpRegistryChangeKind  kind,
                                               gint64                old_row,
                                               gint64                new_row,
                                               GError              **error);

/* Reading the history (kp-registry-history-repository.c). */
KpRegistryReport *kp_registry_repository_load_report (KpDatabase *db,
                                                      gint64      import_id,
                                                      GError    **error);
gboolean          kp_registry_repository_count_services (KpDatabase *db,
                                                         gint64      import_id,
                                                         gint64     *out_count,
                                                         GError    **error);

/* Undoing the last import (kp-registry-undo-repository.c). */
gboolean kp_registry_repository_get_last_import (KpDatabase *db,
                                                 gint64     *out_id,
                                                 GError    **error);
gboolean kp_registry_repository_undo_after (KpDatabase *db,
                                            gint64      import_id,
                                            GError    **error);
gboolean kp_registry_repository_save_codes (KpDatabase *db,
                                            GError    **error);
gboolean kp_registry_repository_restore_codes (KpDatabase *db,
                                               gboolean    restore,
                                               GError    **error);
gboolean kp_registry_repository_count_loss (KpDatabase *db,
                                            gint64      import_id,
                                            gint64     *out_before,
                                            gint64     *out_lost,
                                            GPtrArray  *examples,
                                            guint       max_examples,
                                            GError    **error);

G_END_DECLS
