/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of the reference library. Statements are prepared
 * once per repository and reused, which is what makes the national import fast. */

#include "kp-database.h"
#include "kp-library.h"

G_BEGIN_DECLS

#define KP_AGE_BANDS 18

typedef struct _KpLibraryRepository KpLibraryRepository;

typedef struct
{
  const char *kod;
  const char *nazev;
  int         status_kod;
  const char *pou_kod;
  const char *okres_kod;
  const char *platnost_od;
} KpObecRow;

typedef struct
{
  const char *obec_kod;
  const char *sex; /* "celkem", "muzi", "zeny" */
  const char *ref_date;
  gint64      total;
  gint64      bands[KP_AGE_BANDS]; /* 0–4, 5–9, …, 80–84, 85+ */
} KpPopulationRow;

/* The parent–child links of the code lists that an import can break. */
typedef enum
{
  KP_LIBRARY_LINK_OKRES_KRAJ,
  KP_LIBRARY_LINK_ORP_KRAJ,
  KP_LIBRARY_LINK_POU_ORP,
  KP_LIBRARY_LINK_OBEC_POU,
  KP_LIBRARY_N_LINKS
} KpLibraryLink;

/* The code systems by which a boundary file may name its areas. */
typedef enum
{
  KP_CODE_SYSTEM_OBEC,       /* RÚIAN kód obce */
  KP_CODE_SYSTEM_ORP,        /* RÚIAN kód ORP */
  KP_CODE_SYSTEM_ORP_CSU,    /* ČSÚ kód ORP */
  KP_CODE_SYSTEM_KRAJ,       /* RÚIAN kód kraje */
  KP_CODE_SYSTEM_KRAJ_NUTS3, /* NUTS 3 (CZ010 …) */
  KP_CODE_SYSTEM_KRAJ_CSU,   /* ČSÚ kód kraje */
} KpCodeSystem;

typedef void (*KpCodeFunc) (const char *code,
                            const char *kod,
                            const char *nazev,
                            gpointer    user_data);

KpLibraryRepository *kp_library_repository_new (KpDatabase *db);
void                 kp_library_repository_free (KpLibraryRepository *self);
KpDatabase          *kp_library_repository_get_database (KpLibraryRepository *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpLibraryRepository, kp_library_repository_free)

/* Writing (an import connection). */
gboolean kp_library_repository_tune_for_import (KpLibraryRepository *self,
                                                GError             **error);
gboolean kp_library_repository_find_current_import (KpLibraryRepository *self,
                                                    KpReferenceKind      kind,
                                                    const char          *sha256,
                                                    KpImportRecord     **out_record,
                                                    GError             **error);
gboolean kp_library_repository_get_data_date (KpLibraryRepository *self,
                                              KpReferenceKind      kind,
                                              char               **out_date,
                                              GError             **error);
gboolean kp_library_repository_insert_import (KpLibraryRepository  *self,
                                              const KpImportRecord *record,
                                              GError              **error);
gboolean kp_library_repository_clear (KpLibraryRepository *self,
                                      KpReferenceKind      kind,
                                      GError             **error);
gboolean kp_library_repository_load_codes (KpLibraryRepository *self,
                                           KpReferenceKind      kind,
                                           GHashTable          *codes,
                                           GError             **error);
gboolean kp_library_repository_foreach_code (KpLibraryRepository *self,
                                             KpCodeSystem         system,
                                             KpCodeFunc           func,
                                             gpointer             user_data,
                                             GError             **error);
/* @values: kraje: kod, nazev, nuts3_kod; okresy: kod, nazev, lau1_kod, kraj_kod; orp: kod,
 * nazev, kraj_kod; pou: kod, nazev, orp_kod, kraj_kod; ciselnik_csu: level ("kraj",
 * "okres", "orp"), kod_ruian, kod_csu. */
gboolean kp_library_repository_insert_code (KpLibraryRepository *self,
                                            KpReferenceKind      kind,
                                            const char *const   *values,
                                            GError             **error);
gboolean kp_library_repository_insert_obec (KpLibraryRepository *self,
                                            const KpObecRow     *row,
                                            GError             **error);
gboolean kp_library_repository_insert_population (KpLibraryRepository   *self,
                                                  const KpPopulationRow *row,
                                                  GError               **error);
gboolean kp_library_repository_update_csu_codes (KpLibraryRepository *self,
                                                 GError             **error);
gboolean kp_library_repository_delete_stale_population (KpLibraryRepository *self,
                                                        GError             **error);
gboolean kp_library_repository_find_broken_link (KpLibraryRepository *self,
                                                 KpLibraryLink        link,
                                                 char               **out_parent,
                                                 char               **out_child,
                                                 GError             **error);

/* Reading. */
GPtrArray *kp_library_repository_list_imports (KpLibraryRepository *self,
                                               GError             **error);
GPtrArray *kp_library_repository_list_imports_after (KpLibraryRepository *self,
                                                     gint64               log_id,
                                                     GError             **error);
gboolean   kp_library_repository_get_counts (KpLibraryRepository *self,
                                             KpLibraryCounts     *out_counts,
                                             GError             **error);
GPtrArray *kp_library_repository_list_areas (KpLibraryRepository *self,
                                             KpAreaLevel          level,
                                             const char          *kraj_kod,
                                             GError             **error);
GPtrArray *kp_library_repository_list_obce (KpLibraryRepository *self,
                                            GError             **error);

G_END_DECLS
