/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-area.h"
#include "kp-obec.h"
#include "kp-progress.h"

G_BEGIN_DECLS

/**
 * KpReferenceKind:
 *
 * The kinds of national reference file, in the order they must be imported (code lists
 * before the obce that refer to them, obce before their population).
 */
typedef enum
{
  KP_REFERENCE_KIND_UNKNOWN,
  KP_REFERENCE_KIND_KRAJE,        /* ruian/kraje.csv */
  KP_REFERENCE_KIND_OKRESY,       /* ruian/okresy.csv */
  KP_REFERENCE_KIND_ORP,          /* ruian/orp.csv */
  KP_REFERENCE_KIND_POU,          /* ruian/pou.csv */
  KP_REFERENCE_KIND_CISELNIK_CSU, /* ruian/ciselnik_CSU.csv: ČSÚ ↔ RÚIAN codes */
  KP_REFERENCE_KIND_UI_OBEC,      /* ruian/UI_OBEC.csv */
  KP_REFERENCE_KIND_CSU_AGE,      /* csu/2020_vek_do_999.xlsx, csu/2020_vek_nad_1000.xlsx */
  KP_REFERENCE_KIND_GEO_KRAJE,    /* boundaries of kraje (GeoJSON / TopoJSON, WGS84) */
  KP_REFERENCE_KIND_GEO_ORP,      /* boundaries of ORP */
  KP_REFERENCE_KIND_GEO_OBCE,     /* boundaries of obce */

  /* The MPSV registry of social services (kp-library-registry.h): the code lists
   * druhy-socialni-sluzby.json, formy-soc-sluzby.json, typy-kapacity-socialni-sluzby.json,
   * cilove-skupiny-osoby.json and vekove-skupiny-osoby.json, then rpss.json. */
  KP_REFERENCE_KIND_REGISTRY_TYPES,
  KP_REFERENCE_KIND_REGISTRY_FORMS,
  KP_REFERENCE_KIND_REGISTRY_UNITS,
  KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS,
  KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS,
  KP_REFERENCE_KIND_REGISTRY,

  /* ČSÚ indicators of SO ORP (csu/orp_ukazatele.csv), of another year than the age data. */
  KP_REFERENCE_KIND_CSU_ORP,
  /* Contact offices of Úřad práce ČR (csu/up_cr.csv). */
  KP_REFERENCE_KIND_UP_OFFICES,
  KP_REFERENCE_N_KINDS
} KpReferenceKind;

/* Stable identifier stored in import_log.kind: "kraje", "okresy", "orp", "pou",
 * "ciselnik_csu", "ui_obec", "csu_vek", "geo_kraje", "geo_orp", "geo_obce", "rpss_druhy",
 * "rpss_formy", "rpss_kapacity", "rpss_cilove_skupiny", "rpss_vekove_skupiny", "rpss",
 * "csu_orp", "up_pracoviste". */
const char     *kp_reference_kind_to_string (KpReferenceKind kind);
KpReferenceKind kp_reference_kind_from_string (const char *id);
/* Translated label for the UI, e.g. "Obce (RÚIAN UI_OBEC)". */
const char *kp_reference_kind_get_label (KpReferenceKind kind);

/**
 * KpImportRecord:
 * @kind: what the file was
 * @source_name: the file's base name
 * @data_date: (nullable): ISO date the data describes
 * @sha256: hex digest of the file
 * @imported_at: ISO 8601 time of the import (UTC)
 * @row_count: rows (records) taken from the file
 * @unchanged: %TRUE when the same file had been imported already and nothing changed
 * @note: (nullable): what the user should know about the file, translated; for
 *   boundaries, the features that matched no code and the codes without a boundary
 */
typedef struct
{
  KpReferenceKind kind;
  char           *source_name;
  char           *data_date;
  char           *sha256;
  char           *imported_at;
  int             row_count;
  gboolean        unchanged;
  char           *note;
} KpImportRecord;

void kp_import_record_free (KpImportRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpImportRecord, kp_import_record_free)

typedef struct
{
  int    kraje;
  int    okresy;
  int    orp;
  int    pou;
  int    obce;
  int    obce_with_population;
  gint64 population;
  char  *population_date; /* ISO, or NULL */
  int    boundaries_obce; /* obce with a boundary */
  int    boundaries_orp;
  int    boundaries_kraje;
} KpLibraryCounts;

void kp_library_counts_clear (KpLibraryCounts *counts);

/**
 * KpImportFlags:
 * @KP_IMPORT_FLAGS_NONE: refuse an import that would make the library lose more than
 *   %KP_LIBRARY_MAX_LOSS of its obce, ORP, POU, okresy, kraje, boundaries of one level or
 *   registered services (%KP_IMPORT_ERROR_CHANGED, whose message says what would go)
 * @KP_IMPORT_FLAGS_FORCE: import even so (the user was asked)
 */
typedef enum
{
  KP_IMPORT_FLAGS_NONE = 0,
  KP_IMPORT_FLAGS_FORCE = 1 << 0,
} KpImportFlags;

/* The share of what the library holds that an import may remove without asking. */
#define KP_LIBRARY_MAX_LOSS 0.02

#define KP_TYPE_LIBRARY (kp_library_get_type ())
G_DECLARE_FINAL_TYPE (KpLibrary, kp_library, KP, LIBRARY, GObject)

char       *kp_library_get_default_path (void);
KpLibrary  *kp_library_open (const char *path,
                             GError    **error);
const char *kp_library_get_path (KpLibrary *self);

/* Sniffs a file (name, header row, xlsx sheet header). Never modifies anything. */
KpReferenceKind kp_library_detect_file (const char *path,
                                        GError    **error);

/* Imports any mix of reference files in one transaction, in dependency order whatever the
 * order given. Files whose hash is already recorded change nothing (record->unchanged).
 * On any error nothing changes and @error names the file, the row and the reason.
 * An import that would remove more than KP_LIBRARY_MAX_LOSS of what the library holds is
 * refused with %KP_IMPORT_ERROR_CHANGED unless @flags has %KP_IMPORT_FLAGS_FORCE
 * (kp_library_import_files() never forces). What an import replaces is kept until the
 * next one, so that kp_library_undo_last_import() can restore it.
 * Opens its own connection, so it may run in a worker thread.
 * Returns: (transfer full) (element-type KpImportRecord): one record per file. */
GPtrArray *kp_library_import_files (KpLibrary         *self,
                                    const char *const *paths,
                                    KpProgress        *progress,
                                    GCancellable      *cancellable,
                                    GError           **error);
GPtrArray *kp_library_import_files_full (KpLibrary         *self,
                                         const char *const *paths,
                                         KpImportFlags      flags,
                                         KpProgress        *progress,
                                         GCancellable      *cancellable,
                                         GError           **error);
void       kp_library_import_files_async (KpLibrary          *self,
                                          const char *const  *paths,
                                          KpImportFlags       flags,
                                          KpProgress         *progress,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
GPtrArray *kp_library_import_files_finish (KpLibrary    *self,
                                           GAsyncResult *result,
                                           GError      **error);

/* Undo of the last import that changed something: the library as it was before it,
 * exactly. One level: afterwards there is nothing to undo until the next import
 * (%KP_IMPORT_ERROR_NOTHING_TO_UNDO).
 * Returns: (transfer full) (element-type KpImportRecord): the files it imported, which an
 * undo takes back; empty when there is nothing to undo. */
GPtrArray *kp_library_list_last_import (KpLibrary *self,
                                        GError   **error);
/* Returns: (transfer full) (element-type KpImportRecord): the files taken back, or %NULL
 * with @error set. Opens its own connection, so it may run in a worker thread. */
GPtrArray *kp_library_undo_last_import (KpLibrary *self,
                                        GError   **error);
void       kp_library_undo_last_import_async (KpLibrary          *self,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
GPtrArray *kp_library_undo_last_import_finish (KpLibrary    *self,
                                               GAsyncResult *result,
                                               GError      **error);

/* The latest import of each kind, in KpReferenceKind order.
 * Returns: (transfer full) (element-type KpImportRecord) */
GPtrArray *kp_library_list_imports (KpLibrary *self,
                                    GError   **error);
gboolean   kp_library_get_counts (KpLibrary       *self,
                                  KpLibraryCounts *out_counts,
                                  GError         **error);
/* TRUE when code lists, obce and population are all there, so projects can be made. */
gboolean kp_library_is_ready (KpLibrary *self);

/* Pickers. Lists are sorted by Czech collation of the name.
 * Returns: (transfer full): a GListModel of KpArea (level KRAJ / ORP, with totals) */
GListModel *kp_library_list_kraje (KpLibrary *self,
                                   GError   **error);
GListModel *kp_library_list_orp (KpLibrary  *self,
                                 const char *kraj_kod,
                                 GError    **error);
/* Returns: (transfer full): a GListModel of every current KpObec with its population */
GListModel *kp_library_list_obce (KpLibrary *self,
                                  GError   **error);
/* Finds an ORP by RÚIAN code, ČSÚ code or name (case and diacritics ignored). An ambiguous
 * or unknown name is an error (KP_PROJECT_ERROR_NOT_FOUND) that says so. */
KpArea *kp_library_find_orp (KpLibrary  *self,
                             const char *name_or_code,
                             GError    **error);

G_END_DECLS
