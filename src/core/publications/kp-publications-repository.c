/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-publications-repository.h"
#include "kp-database-private.h"

/* The settings of a project's documents: resources/sql/project/0006-documents.sql, and
 * how they are printed: 0007-print.sql. */

static const char SQL_SAVEPOINT[] = "SAVEPOINT kp_documents";
static const char SQL_RELEASE[] = "RELEASE kp_documents";
static const char SQL_ROLLBACK[] = "ROLLBACK TO kp_documents; RELEASE kp_documents";

static const char SQL_ENSURE_DOCUMENT[] =
    "INSERT INTO document (kind, variant) VALUES (?1, ?2) ON CONFLICT (kind, variant) DO NOTHING";
static const char SQL_LOAD_DOCUMENT[] =
    "SELECT title, subtitle, issuer, introduction, publicity, year FROM document "
    "WHERE kind = ?1 AND variant = ?2";
/* In the order of KpDocumentText. */
static const char *const SQL_SET_TEXT[KP_DOCUMENT_N_TEXTS] = {
  "UPDATE document SET title = ?3 WHERE kind = ?1 AND variant = ?2",
  "UPDATE document SET subtitle = ?3 WHERE kind = ?1 AND variant = ?2",
  "UPDATE document SET issuer = ?3 WHERE kind = ?1 AND variant = ?2",
  "UPDATE document SET introduction = ?3 WHERE kind = ?1 AND variant = ?2",
  "UPDATE document SET publicity = ?3 WHERE kind = ?1 AND variant = ?2",
};
static const char SQL_SET_YEAR[] =
    "UPDATE document SET year = ?3 WHERE kind = ?1 AND variant = ?2";

static const char SQL_LOAD_PRINT[] =
    "SELECT for_print, large_print FROM document WHERE kind = ?1 AND variant = ?2";
/* In the order of KpDocumentPrint. */
static const char *const SQL_SET_PRINT[KP_DOCUMENT_N_PRINT] = {
  "UPDATE document SET for_print = ?3 WHERE kind = ?1 AND variant = ?2",
  "UPDATE document SET large_print = ?3 WHERE kind = ?1 AND variant = ?2",
};

static const char SQL_LOAD_LOGOS[] =
    "SELECT l.id, l.file_name, l.data FROM document_logo AS l "
    "JOIN document AS d ON d.id = l.document WHERE d.kind = ?1 AND d.variant = ?2 "
    "ORDER BY l.position, l.id";
static const char SQL_ADD_LOGO[] =
    "INSERT INTO document_logo (document, position, file_name, media_type, data) "
    "SELECT d.id, (SELECT coalesce(max(position), 0) + 1 FROM document_logo WHERE document = d.id), "
    "?3, ?4, ?5 FROM document AS d WHERE d.kind = ?1 AND d.variant = ?2";
static const char SQL_ADD_LOGO_EVERYWHERE[] =
    "INSERT INTO document_logo (document, position, file_name, media_type, data) "
    "SELECT d.id, (SELECT coalesce(max(position), 0) + 1 FROM document_logo WHERE document = d.id), "
    "?1, ?2, ?3 FROM document AS d";
static const char SQL_REMOVE_LOGO[] = "DELETE FROM document_logo WHERE id = ?1";

static const char SQL_ENSURE_CATALOGUE[] =
    "INSERT INTO catalogue_document (document) "
    "SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1 "
    "ON CONFLICT (document) DO NOTHING";
static const char SQL_LOAD_CATALOGUE[] =
    "SELECT c.paper, c.structure, c.registered, c.local, c.type_code, c.target_group, c.form, "
    "c.situations, c.authorities, c.health "
    "FROM catalogue_document AS c JOIN document AS d ON d.id = c.document "
    "WHERE d.kind = 'catalogue' AND d.variant = ?1";
/* In the order of KpCatalogueColumn. */
static const char *const SQL_SET_CATALOGUE[KP_CATALOGUE_N_COLUMNS] = {
  "UPDATE catalogue_document SET paper = ?2 WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET structure = ?2 WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET registered = CAST(?2 AS INTEGER) WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET local = CAST(?2 AS INTEGER) WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET type_code = ?2 WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET target_group = ?2 WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET form = ?2 WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET situations = CAST(?2 AS INTEGER) WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET authorities = CAST(?2 AS INTEGER) WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
  "UPDATE catalogue_document SET health = CAST(?2 AS INTEGER) WHERE document = "
  "(SELECT id FROM document WHERE kind = 'catalogue' AND variant = ?1)",
};

static const char SQL_ENSURE_LEAFLET[] =
    "INSERT INTO leaflet_document (document) "
    "SELECT id FROM document WHERE kind = 'leaflet' AND variant = ?1 "
    "ON CONFLICT (document) DO NOTHING";
static const char SQL_LOAD_LEAFLET[] =
    "SELECT l.format FROM leaflet_document AS l JOIN document AS d ON d.id = l.document "
    "WHERE d.kind = 'leaflet' AND d.variant = ?1";
static const char SQL_SET_LEAFLET_FORMAT[] =
    "UPDATE leaflet_document SET format = ?2 WHERE document = "
    "(SELECT id FROM document WHERE kind = 'leaflet' AND variant = ?1)";

static const char SQL_ENSURE_VIEW[] =
    "INSERT INTO publications_view (id) VALUES (1) ON CONFLICT (id) DO NOTHING";
static const char SQL_LOAD_VIEW[] = "SELECT kind, leaflet_group FROM publications_view WHERE id = 1";
static const char SQL_SET_VIEW_KIND[] = "UPDATE publications_view SET kind = ?1 WHERE id = 1";
static const char SQL_SET_VIEW_LEAFLET[] =
    "UPDATE publications_view SET leaflet_group = ?1 WHERE id = 1";

static const char SQL_LIST_LOGO_IMPORTS[] =
    "SELECT path FROM document_logo_import ORDER BY position";
static const char SQL_CLEAR_LOGO_IMPORTS[] = "DELETE FROM document_logo_import";

void
kp_document_row_clear (KpDocumentRow *row)
{
  for (guint i = 0; i < KP_DOCUMENT_N_TEXTS; i++)
    g_clear_pointer (&row->texts[i], g_free);
  row->year = 0;
}

/* A savepoint nests: inside the caller's transaction, or a transaction of its own. */
static gboolean
begin (KpDatabase *db,
       GError    **error)
{
  return kp_database_exec (db, SQL_SAVEPOINT, error);
}

static gboolean
end (KpDatabase *db,
     gboolean    ok,
     GError    **error)
{
  if (ok)
    ok = kp_database_exec (db, SQL_RELEASE, error);
  if (!ok)
    kp_database_exec (db, SQL_ROLLBACK, NULL);
  return ok;
}

/* Runs @sql, whose ?1 and ?2 are @first and @second (each bound only when not NULL), and
 * ?3 @third when it is not NULL. */
static gboolean
run (KpDatabase *db,
     const char *sql,
     const char *first,
     const char *second,
     const char *third,
     GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    kp_database_bind_text (stmt, 1, first);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    kp_database_bind_text (stmt, 2, second);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    kp_database_bind_text (stmt, 3, third);
  return kp_database_step_done (db, stmt, error);
}

static gboolean
ensure_document (KpDatabase    *db,
                 KpDocumentKind kind,
                 const char    *variant,
                 GError       **error)
{
  return run (db, SQL_ENSURE_DOCUMENT, kp_document_kind_to_string (kind), variant, NULL, error);
}

gboolean
kp_publications_repository_load_document (KpDatabase    *db,
                                          KpDocumentKind kind,
                                          const char    *variant,
                                          KpDocumentRow *row,
                                          GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_DOCUMENT, error);
  gboolean has_row = FALSE;

  kp_document_row_clear (row);
  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
  kp_database_bind_text (stmt, 2, variant);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  for (guint i = 0; i < KP_DOCUMENT_N_TEXTS; i++)
    row->texts[i] = kp_database_dup_column_text (stmt, (int) i);
  row->year = sqlite3_column_int (stmt, KP_DOCUMENT_N_TEXTS);
  return TRUE;
}

gboolean
kp_publications_repository_set_text (KpDatabase    *db,
                                     KpDocumentKind kind,
                                     const char    *variant,
                                     KpDocumentText field,
                                     const char    *text,
                                     GError       **error)
{
  g_return_val_if_fail (field < KP_DOCUMENT_N_TEXTS, FALSE);

  if (!begin (db, error))
    return FALSE;
  return end (db,
              ensure_document (db, kind, variant, error) &&
                  run (db, SQL_SET_TEXT[field], kp_document_kind_to_string (kind), variant, text,
                       error),
              error);
}

gboolean
kp_publications_repository_set_year (KpDatabase    *db,
                                     KpDocumentKind kind,
                                     const char    *variant,
                                     int            year,
                                     GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok;

  if (!begin (db, error))
    return FALSE;
  ok = ensure_document (db, kind, variant, error) &&
       (stmt = kp_database_prepare (db, SQL_SET_YEAR, error)) != NULL;
  if (ok)
    {
      kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
      kp_database_bind_text (stmt, 2, variant);
      if (year > 0)
        sqlite3_bind_int (stmt, 3, year);
      else
        sqlite3_bind_null (stmt, 3);
      ok = kp_database_step_done (db, stmt, error);
    }
  return end (db, ok, error);
}

gboolean
kp_publications_repository_load_print (KpDatabase    *db,
                                       KpDocumentKind kind,
                                       const char    *variant,
                                       gboolean      *values,
                                       GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_PRINT, error);
  gboolean has_row = FALSE;

  for (guint i = 0; i < KP_DOCUMENT_N_PRINT; i++)
    values[i] = FALSE;
  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
  kp_database_bind_text (stmt, 2, variant);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  for (guint i = 0; has_row && i < KP_DOCUMENT_N_PRINT; i++)
    values[i] = sqlite3_column_int (stmt, (int) i) == 1;
  return TRUE;
}

gboolean
kp_publications_repository_set_print (KpDatabase     *db,
                                      KpDocumentKind  kind,
                                      const char     *variant,
                                      KpDocumentPrint flag,
                                      gboolean        value,
                                      GError        **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (flag < KP_DOCUMENT_N_PRINT, FALSE);

  if (!begin (db, error))
    return FALSE;
  ok = ensure_document (db, kind, variant, error) &&
       (stmt = kp_database_prepare (db, SQL_SET_PRINT[flag], error)) != NULL;
  if (ok)
    {
      kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
      kp_database_bind_text (stmt, 2, variant);
      sqlite3_bind_int (stmt, 3, value ? 1 : 0);
      ok = kp_database_step_done (db, stmt, error);
    }
  return end (db, ok, error);
}

gboolean
kp_publications_repository_load_logos (KpDatabase    *db,
                                       KpDocumentKind kind,
                                       const char    *variant,
                                       GPtrArray     *logos,
                                       GArray        *ids,
                                       GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_LOGOS, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
  kp_database_bind_text (stmt, 2, variant);
  for (;;)
    {
      g_autoptr (GError) local_error = NULL;
      g_autoptr (GBytes) data = NULL;
      KpLogo *logo;
      gint64  id;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      data = g_bytes_new (sqlite3_column_blob (stmt, 2), (gsize) sqlite3_column_bytes (stmt, 2));
      id = sqlite3_column_int64 (stmt, 0);
      logo = kp_logo_new (kp_database_column_text (stmt, 1), data, &local_error);

      /* The table's checks keep out what kp_logo_new() refuses; a file changed by hand may
       * still hold something else, which is left out. */
      if (logo == NULL)
        {
          g_debug ("Logo %" G_GINT64_FORMAT " left out: %s", id, local_error->message);
          continue;
        }
      g_ptr_array_add (logos, logo);
      g_array_append_val (ids, id);
    }
}

static void
bind_logo (sqlite3_stmt *stmt,
           int           first,
           KpLogo       *logo)
{
  gsize         length = 0;
  gconstpointer data = g_bytes_get_data (kp_logo_get_data (logo), &length);

  kp_database_bind_text (stmt, first, kp_logo_get_file_name (logo));
  kp_database_bind_text (stmt, first + 1, kp_logo_get_media_type (logo));
  sqlite3_bind_blob64 (stmt, first + 2, data, length, SQLITE_STATIC);
}

gboolean
kp_publications_repository_add_logo (KpDatabase    *db,
                                     KpDocumentKind kind,
                                     const char    *variant,
                                     KpLogo        *logo,
                                     gint64        *out_id,
                                     GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gboolean ok;

  if (!begin (db, error))
    return FALSE;
  ok = ensure_document (db, kind, variant, error) &&
       (stmt = kp_database_prepare (db, SQL_ADD_LOGO, error)) != NULL;
  if (ok)
    {
      kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
      kp_database_bind_text (stmt, 2, variant);
      bind_logo (stmt, 3, logo);
      ok = kp_database_step_done (db, stmt, error);
      *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
    }
  return end (db, ok, error);
}

gboolean
kp_publications_repository_remove_logo (KpDatabase *db,
                                        gint64      id,
                                        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_REMOVE_LOGO, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_publications_repository_load_catalogue (KpDatabase *db,
                                           const char *variant,
                                           char      **values,
                                           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_CATALOGUE, error);
  gboolean has_row = FALSE;

  for (guint i = 0; i < KP_CATALOGUE_N_COLUMNS; i++)
    values[i] = NULL;
  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, variant);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  for (guint i = 0; has_row && i < KP_CATALOGUE_N_COLUMNS; i++)
    values[i] = kp_database_dup_column_text (stmt, (int) i);
  return TRUE;
}

gboolean
kp_publications_repository_set_catalogue (KpDatabase       *db,
                                          const char       *variant,
                                          KpCatalogueColumn column,
                                          const char       *value,
                                          GError          **error)
{
  g_return_val_if_fail (column < KP_CATALOGUE_N_COLUMNS, FALSE);

  if (!begin (db, error))
    return FALSE;
  return end (db,
              ensure_document (db, KP_DOCUMENT_KIND_CATALOGUE, variant, error) &&
                  run (db, SQL_ENSURE_CATALOGUE, variant, NULL, NULL, error) &&
                  run (db, SQL_SET_CATALOGUE[column], variant, value, NULL, error),
              error);
}

gboolean
kp_publications_repository_load_leaflet (KpDatabase *db,
                                         const char *variant,
                                         char      **out_format,
                                         GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_LEAFLET, error);
  gboolean has_row = FALSE;

  *out_format = NULL;
  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, variant);
  if (!kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    *out_format = kp_database_dup_column_text (stmt, 0);
  return TRUE;
}

gboolean
kp_publications_repository_set_leaflet_format (KpDatabase *db,
                                               const char *variant,
                                               const char *format,
                                               GError    **error)
{
  if (!begin (db, error))
    return FALSE;
  return end (db,
              ensure_document (db, KP_DOCUMENT_KIND_LEAFLET, variant, error) &&
                  run (db, SQL_ENSURE_LEAFLET, variant, NULL, NULL, error) &&
                  run (db, SQL_SET_LEAFLET_FORMAT, variant, format, NULL, error),
              error);
}

gboolean
kp_publications_repository_load_view (KpDatabase *db,
                                      char      **out_kind,
                                      char      **out_leaflet_group,
                                      GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_VIEW, error);
  gboolean has_row = FALSE;

  *out_kind = NULL;
  *out_leaflet_group = NULL;
  if (stmt == NULL || !kp_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *out_kind = kp_database_dup_column_text (stmt, 0);
      *out_leaflet_group = kp_database_dup_column_text (stmt, 1);
    }
  return TRUE;
}

static gboolean
set_view (KpDatabase *db,
          const char *sql,
          const char *value,
          GError    **error)
{
  g_autoptr (sqlite3_stmt) ensure = NULL;

  if (!begin (db, error))
    return FALSE;
  ensure = kp_database_prepare (db, SQL_ENSURE_VIEW, error);
  return end (db,
              ensure != NULL && kp_database_step_done (db, ensure, error) &&
                  run (db, sql, value, NULL, NULL, error),
              error);
}

gboolean
kp_publications_repository_set_view_kind (KpDatabase *db,
                                          const char *kind,
                                          GError    **error)
{
  return set_view (db, SQL_SET_VIEW_KIND, kind, error);
}

gboolean
kp_publications_repository_set_view_leaflet (KpDatabase *db,
                                             const char *leaflet_group,
                                             GError    **error)
{
  return set_view (db, SQL_SET_VIEW_LEAFLET, leaflet_group, error);
}

gboolean
kp_publications_repository_list_logo_imports (KpDatabase *db,
                                              GPtrArray **out_paths,
                                              GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LIST_LOGO_IMPORTS, error);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (paths, kp_database_dup_column_text (stmt, 0));
    }
  *out_paths = g_steal_pointer (&paths);
  return TRUE;
}

gboolean
kp_publications_repository_add_logo_everywhere (KpDatabase *db,
                                                KpLogo     *logo,
                                                GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_ADD_LOGO_EVERYWHERE, error);

  if (stmt == NULL)
    return FALSE;
  bind_logo (stmt, 1, logo);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_publications_repository_clear_logo_imports (KpDatabase *db,
                                               GError    **error)
{
  return run (db, SQL_CLEAR_LOGO_IMPORTS, NULL, NULL, NULL, error);
}
