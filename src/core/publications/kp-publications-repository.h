/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the publications module only: reading and writing the settings of a project's
 * documents (resources/sql/project/0006-documents.sql). A document is found by its kind
 * and variant; writing a value makes its rows when they are not there yet. Each write is
 * one transaction, or a savepoint inside the caller's. */

#include "kp-database.h"
#include "kp-document-settings.h"

G_BEGIN_DECLS

typedef struct
{
  char *texts[KP_DOCUMENT_N_TEXTS]; /* NULL: not set */
  int   year;                       /* 0: not set */
} KpDocumentRow;

void kp_document_row_clear (KpDocumentRow *row);

/* The catalogue's own columns; values are read and written as text ids (kp-document-types.h),
 * the two switches as "0" and "1". */
typedef enum
{
  KP_CATALOGUE_COLUMN_PAPER,
  KP_CATALOGUE_COLUMN_STRUCTURE,
  KP_CATALOGUE_COLUMN_REGISTERED,
  KP_CATALOGUE_COLUMN_LOCAL,
  KP_CATALOGUE_COLUMN_TYPE_CODE,
  KP_CATALOGUE_COLUMN_TARGET_GROUP,
  KP_CATALOGUE_COLUMN_FORM,
  KP_CATALOGUE_COLUMN_SITUATIONS, /* the optional parts, 0012-authorities.sql */
  KP_CATALOGUE_COLUMN_AUTHORITIES,
  KP_CATALOGUE_COLUMN_HEALTH,
  KP_CATALOGUE_N_COLUMNS
} KpCatalogueColumn;

/* How a document is printed (resources/sql/project/0007-print.sql). */
typedef enum
{
  KP_DOCUMENT_PRINT_FOR_PRINT,
  KP_DOCUMENT_PRINT_LARGE,
  KP_DOCUMENT_N_PRINT
} KpDocumentPrint;

/* A row not there leaves @row cleared. */
gboolean kp_publications_repository_load_document (KpDatabase    *db,
                                                   KpDocumentKind kind,
                                                   const char    *variant,
                                                   KpDocumentRow *row,
                                                   GError       **error);
gboolean kp_publications_repository_set_text (KpDatabase    *db,
                                              KpDocumentKind kind,
                                              const char    *variant,
                                              KpDocumentText field,
                                              const char    *text,
                                              GError       **error);
gboolean kp_publications_repository_set_year (KpDatabase    *db,
                                              KpDocumentKind kind,
                                              const char    *variant,
                                              int            year,
                                              GError       **error);

/* @values: (out caller-allocates): KP_DOCUMENT_N_PRINT flags, FALSE when not set */
gboolean kp_publications_repository_load_print (KpDatabase    *db,
                                                KpDocumentKind kind,
                                                const char    *variant,
                                                gboolean      *values,
                                                GError       **error);
gboolean kp_publications_repository_set_print (KpDatabase     *db,
                                               KpDocumentKind  kind,
                                               const char     *variant,
                                               KpDocumentPrint flag,
                                               gboolean        value,
                                               GError        **error);

/* Appends to @logos (KpLogo) and @ids (gint64) in their order. */
gboolean kp_publications_repository_load_logos (KpDatabase    *db,
                                                KpDocumentKind kind,
                                                const char    *variant,
                                                GPtrArray     *logos,
                                                GArray        *ids,
                                                GError       **error);
gboolean kp_publications_repository_add_logo (KpDatabase    *db,
                                              KpDocumentKind kind,
                                              const char    *variant,
                                              KpLogo        *logo,
                                              gint64        *out_id,
                                              GError       **error);
gboolean kp_publications_repository_remove_logo (KpDatabase *db,
                                                 gint64      id,
                                                 GError    **error);

/* @values: (out caller-allocates): KP_CATALOGUE_N_COLUMNS strings, NULL when not set */
gboolean kp_publications_repository_load_catalogue (KpDatabase *db,
                                                    const char *variant,
                                                    char      **values,
                                                    GError    **error);
gboolean kp_publications_repository_set_catalogue (KpDatabase       *db,
                                                   const char       *variant,
                                                   KpCatalogueColumn column,
                                                   const char       *value,
                                                   GError          **error);
gboolean kp_publications_repository_load_leaflet (KpDatabase *db,
                                                  const char *variant,
                                                  char      **out_format,
                                                  GError    **error);
gboolean kp_publications_repository_set_leaflet_format (KpDatabase *db,
                                                        const char *variant,
                                                        const char *format,
                                                        GError    **error);

/* Which document the Publications view shows: a kind id and a leaflet group, each NULL
 * when not set. */
gboolean kp_publications_repository_load_view (KpDatabase *db,
                                               char      **out_kind,
                                               char      **out_leaflet_group,
                                               GError    **error);
gboolean kp_publications_repository_set_view_kind (KpDatabase *db,
                                                   const char *kind,
                                                   GError    **error);
gboolean kp_publications_repository_set_view_leaflet (KpDatabase *db,
                                                      const char *leaflet_group,
                                                      GError    **error);

/* The logo files a version-5 project named (char *, in their order). */
gboolean kp_publications_repository_list_logo_imports (KpDatabase *db,
                                                       GPtrArray **out_paths,
                                                       GError    **error);
/* Adds @logo to every document there is; then clear the list of files. */
gboolean kp_publications_repository_add_logo_everywhere (KpDatabase *db,
                                                         KpLogo     *logo,
                                                         GError    **error);
gboolean kp_publications_repository_clear_logo_imports (KpDatabase *db,
                                                        GError    **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KpDocumentRow, kp_document_row_clear)

G_END_DECLS
