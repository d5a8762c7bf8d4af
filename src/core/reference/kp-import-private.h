/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the reference importers (kp-import-ruian.c, kp-import-csu.c) and the
 * batch that runs them in one transaction (kp-library-import.c). */

#include "kp-csv-reader.h"
#include "kp-database.h"
#include "kp-error.h"
#include "kp-library-repository.h"
#include "kp-library.h"
#include "kp-progress.h"
#include "kp-up-office-repository.h"

G_BEGIN_DECLS

/* How often (in rows) an importer reports progress and checks for cancellation. */
#define KP_IMPORT_CHECK_EVERY 512

typedef struct
{
  KpLibraryRepository *repo;
  KpDatabase          *db; /* the import's connection, for the registry's own repository */
  KpImportFlags        flags;
  gboolean             undo_begun;           /* the copies of the import before are gone */
  guint                undo_saved;           /* KpUndoGroup: the tables copied so far */
  gint64               last_registry_import; /* before this batch */
  GCancellable        *cancellable;
  KpProgress          *progress;
  double               progress_start; /* of the current file */
  double               progress_span;
  GPtrArray           *file_names;      /* display names of the files read so far */
  GHashTable          *population_seen; /* obec code × sex → file index << 24 | row */
} KpImportBatch;

typedef struct
{
  char           *path;
  char           *display_name; /* the base name, UTF-8 */
  GBytes         *contents;
  KpReferenceKind kind;
  char           *sha256;
  guint           index; /* in the order given */
} KpImportFile;

GPtrArray      *kp_import_run (const char        *db_path,
                               const char *const *paths,
                               KpImportFlags      flags,
                               KpProgress        *progress,
                               GCancellable      *cancellable,
                               GError           **error);
KpReferenceKind kp_import_detect (GBytes     *contents,
                                  const char *display_name,
                                  GError    **error);
KpReferenceKind kp_import_ruian_detect (GBytes   *contents,
                                        gboolean *out_old_obce);
KpReferenceKind kp_import_csu_detect (GBytes     *contents,
                                      const char *display_name,
                                      GError    **error);

gboolean        kp_import_ruian_code_list (KpImportBatch      *batch,
                                           const KpImportFile *file,
                                           KpImportRecord     *record,
                                           GError            **error);
gboolean        kp_import_ruian_ui_obec (KpImportBatch      *batch,
                                         const KpImportFile *file,
                                         KpImportRecord     *record,
                                         GError            **error);
gboolean        kp_import_boundaries_sniff (GBytes *contents);
KpReferenceKind kp_import_boundaries_detect (GBytes     *contents,
                                             const char *display_name,
                                             GError    **error);
gboolean        kp_import_boundaries (KpImportBatch      *batch,
                                      const KpImportFile *file,
                                      KpImportRecord     *record,
                                      GError            **error);
/* kp-import-csu-orp.c */
KpReferenceKind kp_import_csu_orp_detect (GBytes *contents);
gboolean        kp_import_csu_orp (KpImportBatch      *batch,
                                   const KpImportFile *file,
                                   KpImportRecord     *record,
                                   GError            **error);
/* kp-import-up.c: the contact offices of Úřad práce ČR (up_cr.csv) */
typedef gboolean (*KpUpOfficeFunc) (const KpUpOfficeRow *row,
                                    gpointer             user_data,
                                    GError             **error);
KpReferenceKind kp_import_up_detect (GBytes *contents);
int             kp_import_up_parse (GBytes        *contents,
                                    const char    *display_name,
                                    KpUpOfficeFunc func,
                                    gpointer       user_data,
                                    GCancellable  *cancellable,
                                    GError       **error);
gboolean        kp_import_up (KpImportBatch      *batch,
                              const KpImportFile *file,
                              KpImportRecord     *record,
                              GError            **error);
gboolean        kp_import_csu_age (KpImportBatch      *batch,
                                   const KpImportFile *file,
                                   KpImportRecord     *record,
                                   GError            **error);

/* Undo (kp-library-undo.c) and the shrink guard (kp-import-guard.c). */
gboolean   kp_import_undo_prepare (KpImportBatch  *batch,
                                   KpReferenceKind kind,
                                   GError        **error);
GPtrArray *kp_import_undo_run (const char *db_path,
                               GError    **error);
GPtrArray *kp_import_undo_list (KpLibraryRepository *repo,
                                GError             **error);
gboolean   kp_import_check_losses (KpImportBatch     *batch,
                                   const char *const *changed,
                                   GError           **error);

void     kp_import_set_row_error (GError    **error,
                                  int         code,
                                  const char *file_name,
                                  guint       row,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (5, 6);
void     kp_import_set_field_error (GError    **error,
                                    int         code,
                                    const char *file_name,
                                    guint       row,
                                    const char *column,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (6, 7);
gboolean kp_import_step (KpImportBatch *batch,
                         double         fraction,
                         GError       **error);
gboolean kp_import_is_digits (const char *text,
                              gsize       min_length,
                              gsize       max_length);
gboolean kp_import_parse_count (const char *text,
                                gint64     *out_value);
gboolean kp_import_locate_columns (KpCsvReader        *reader,
                                   const KpImportFile *file,
                                   char                delimiter,
                                   const char *const  *names,
                                   int                *out_columns,
                                   guint              *out_n_header,
                                   GCancellable       *cancellable,
                                   GError            **error);
gboolean kp_import_check_field_count (KpCsvReader        *reader,
                                      const KpImportFile *file,
                                      guint               expected,
                                      GError            **error);
gboolean kp_import_check_last_line_end (KpCsvReader        *reader,
                                        const KpImportFile *file,
                                        GError            **error);

G_END_DECLS
