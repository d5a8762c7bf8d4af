/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of a project file (kp-project.c runs none itself). */

#include "kp-database.h"
#include "kp-project.h"

G_BEGIN_DECLS

typedef struct
{
  char           *name;
  KpTerritoryKind territory_kind;
  char           *territory_code;
  char           *territory_name;
  int             period_from;
  int             period_to;
  gboolean        is_sample;
  char           *created_at;
} KpProjectRow;

void kp_project_row_clear (KpProjectRow *row);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KpProjectRow, kp_project_row_clear)

/* Taking the snapshot from the reference library (attached as "lib"), on a new file. */
gboolean kp_project_repository_count_library (KpDatabase *db,
                                              gint64     *out_obce,
                                              gint64     *out_population,
                                              GError    **error);
gboolean kp_project_repository_find_library_orp (KpDatabase *db,
                                                 const char *orp_kod,
                                                 char      **out_nazev,
                                                 GError    **error);
gboolean kp_project_repository_create_territory (KpDatabase *db,
                                                 GError    **error);
gboolean kp_project_repository_add_territory_orp (KpDatabase *db,
                                                  const char *orp_kod,
                                                  GError    **error);
gboolean kp_project_repository_add_territory_obce (KpDatabase        *db,
                                                   const char *const *codes,
                                                   char             **out_unknown,
                                                   GError           **error);
gboolean kp_project_repository_copy_snapshot (KpDatabase *db,
                                              GError    **error);
gboolean kp_project_repository_insert_project (KpDatabase         *db,
                                               const KpProjectRow *row,
                                               GError            **error);

/* The fictional sample project, on a new file, in one transaction. */
gboolean kp_project_repository_write_sample (KpDatabase *db,
                                             GError    **error);

/* Reading an open project. */
GPtrArray *kp_project_repository_list_territory (KpDatabase *db,
                                                 GError    **error);
gboolean   kp_project_repository_load_project (KpDatabase   *db,
                                               KpProjectRow *out_row,
                                               GError      **error);
char      *kp_project_repository_get_reference_date (KpDatabase *db,
                                                     GError    **error);
GPtrArray *kp_project_repository_load_obce (KpDatabase *db,
                                            GError    **error);
GPtrArray *kp_project_repository_load_areas (KpDatabase *db,
                                             GError    **error);
GPtrArray *kp_project_repository_load_sources (KpDatabase *db,
                                               GError    **error);

/* Edits, each one statement in the edit path's transaction. */
gboolean kp_project_repository_update_name (KpDatabase *db,
                                            const char *name,
                                            GError    **error);
gboolean kp_project_repository_update_territory_name (KpDatabase *db,
                                                      const char *territory_name,
                                                      GError    **error);
gboolean kp_project_repository_update_period (KpDatabase *db,
                                              int         period_from,
                                              int         period_to,
                                              GError    **error);

G_END_DECLS
