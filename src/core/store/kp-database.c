/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-database.h"
#include "kp-database-private.h"
#include "kp-database-messages.h"
#include "kp-core-resources.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

/* One SQLite connection to a reference library or a project file.
 *
 * Opening is careful about files that are not ours: the header is read before SQLite
 * touches the file, the application id and the schema version are checked before any
 * pragma that writes (journal_mode=WAL rewrites the header), and a file is migrated only
 * after a whole check of its pages and a backup copy. A refused file is never modified. */

#define SQLITE_MAGIC "SQLite format 3"

/* Pages are read through a memory map rather than a copy each (a national project reads
 * thousands of pages when it opens); files larger than this are read in part so. */
#define MMAP_SIZE 268435456

/* "KPRF" and "KPLN" in ASCII. */
#define APPLICATION_ID_LIBRARY 0x4B505246
#define APPLICATION_ID_PROJECT 0x4B504C4E

struct _KpDatabase
{
  GObject parent_instance;

  sqlite3       *db;
  char          *path;
  char          *backup_path;
  KpDatabaseKind kind;
  int            version;
  GHashTable    *stmts; /* SQL text (by address) → sqlite3_stmt, for kp_database_borrow () */
};

G_DEFINE_FINAL_TYPE (KpDatabase, kp_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (kp - database - error - quark, kp_database_error)

typedef struct
{
  int   number;
  char *resource;
} Migration;

static const char *
kind_folder (KpDatabaseKind kind)
{
  return kind == KP_DATABASE_KIND_LIBRARY ? "library" : "project";
}

static guint32
kind_application_id (KpDatabaseKind kind)
{
  return kind == KP_DATABASE_KIND_LIBRARY ? APPLICATION_ID_LIBRARY : APPLICATION_ID_PROJECT;
}

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  const Migration *ma = a;
  const Migration *mb = b;

  return ma->number - mb->number;
}

static void
migration_clear (gpointer data)
{
  Migration *m = data;

  g_free (m->resource);
}

/* The numbered files in /cz/komplan/Komplan/sql/<kind>/, sorted. */
static GArray *
list_migrations (KpDatabaseKind kind)
{
  g_autofree char *folder = g_strdup_printf ("/cz/komplan/Komplan/sql/%s/", kind_folder (kind));
  g_auto (GStrv) names = g_resource_enumerate_children (kp_core_get_resource (), folder,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GArray *migrations = g_array_new (FALSE, TRUE, sizeof (Migration));

  g_array_set_clear_func (migrations, migration_clear);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      Migration m;
      char     *end = NULL;

      if (!g_str_has_suffix (names[i], ".sql"))
        continue;
      m.number = (int) g_ascii_strtoll (names[i], &end, 10);
      if (end == names[i] || m.number <= 0)
        continue;
      m.resource = g_strconcat (folder, names[i], NULL);
      g_array_append_val (migrations, m);
    }
  g_array_sort (migrations, compare_migrations);
  return migrations;
}

int
kp_database_latest_version (KpDatabaseKind kind)
{
  g_autoptr (GArray) migrations = list_migrations (kind);

  if (migrations->len == 0)
    return 0;
  return g_array_index (migrations, Migration, migrations->len - 1).number;
}

/* Every SQLite failure becomes a message for the user (kp-database-messages.c); SQLite's
 * English text goes to the debug log only. */
void
kp_database_set_error (KpDatabase *self,
                       int         rc,
                       GError    **error)
{
  const char *detail = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : NULL;

  kp_database_set_file_error (self != NULL && self->path != NULL ? self->path : "",
                              self != NULL ? self->kind : KP_DATABASE_KIND_PROJECT, rc, detail,
                              error);
}

sqlite3 *
kp_database_get_handle (KpDatabase *self)
{
  g_return_val_if_fail (KP_IS_DATABASE (self), NULL);
  return self->db;
}

sqlite3_stmt *
kp_database_prepare (KpDatabase *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc;

  g_return_val_if_fail (KP_IS_DATABASE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      kp_database_set_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/**
 * kp_database_borrow:
 * @sql: a statement with static storage: the cache knows it by its address
 *
 * Returns: (transfer none): the cached statement, or %NULL with @error set. Declare it
 *   `g_autoptr (KpBorrowedStmt)` so that it is reset on scope exit: no read stays open
 *   (an open read would hide later writes of other connections from this one).
 */
KpBorrowedStmt *
kp_database_borrow (KpDatabase *self,
                    const char *sql,
                    GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KP_IS_DATABASE (self), NULL);

  if (self->stmts == NULL)
    self->stmts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, finalize_stmt);
  stmt = g_hash_table_lookup (self->stmts, sql);
  if (stmt == NULL)
    {
      stmt = kp_database_prepare (self, sql, error);
      if (stmt != NULL)
        g_hash_table_insert (self->stmts, (gpointer) sql, stmt);
    }
  return stmt;
}

void
kp_database_return (KpBorrowedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/**
 * kp_database_step:
 * @out_has_row: set to whether a row is ready
 *
 * Returns: %FALSE with @error set when the step failed.
 */
gboolean
kp_database_step (KpDatabase   *self,
                  sqlite3_stmt *stmt,
                  gboolean     *out_has_row,
                  GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *out_has_row = TRUE;
      return TRUE;
    }
  *out_has_row = FALSE;
  if (rc == SQLITE_DONE)
    return TRUE;
  kp_database_set_error (self, rc, error);
  return FALSE;
}

/**
 * kp_database_step_row:
 *
 * Steps a statement that must return a row.
 */
gboolean
kp_database_step_row (KpDatabase   *self,
                      sqlite3_stmt *stmt,
                      GError      **error)
{
  gboolean has_row;

  if (!kp_database_step (self, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_FAILED,
                           _ ("The query returned no row"));
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_database_step_done:
 *
 * Steps a statement that returns no row (INSERT, UPDATE, DELETE).
 */
gboolean
kp_database_step_done (KpDatabase   *self,
                       sqlite3_stmt *stmt,
                       GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  kp_database_set_error (self, rc, error);
  return FALSE;
}

gboolean
kp_database_exec (KpDatabase *self,
                  const char *sql,
                  GError    **error)
{
  char *message = NULL;
  int   rc;

  g_return_val_if_fail (KP_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      kp_database_set_error (self, rc, error);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_database_begin (KpDatabase *self,
                   GError    **error)
{
  return kp_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
kp_database_commit (KpDatabase *self,
                    GError    **error)
{
  return kp_database_exec (self, "COMMIT", error);
}

void
kp_database_rollback (KpDatabase *self)
{
  g_return_if_fail (KP_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
query_int (KpDatabase *self,
           const char *sql,
           gint64     *out_value,
           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (self, sql, error);

  if (stmt == NULL || !kp_database_step_row (self, stmt, error))
    return FALSE;
  *out_value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Checks the path (kp-database-messages.c), then reads the first bytes without SQLite, so
 * that a text file or an image is refused before SQLite could do anything with it. */
static gboolean
check_header (const char    *path,
              KpDatabaseKind kind,
              gboolean      *out_exists,
              GError       **error)
{
  char             header[16] = { 0 };
  FILE            *file;
  size_t           n;
  g_autofree char *display = g_filename_display_basename (path);

  if (!kp_database_check_path (path, kind, out_exists, error))
    return FALSE;
  if (!*out_exists)
    return TRUE;
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      kp_database_set_file_error (path, kind, SQLITE_CANTOPEN, g_strerror (errno), error);
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  if (n == 0)
    return TRUE; /* an empty file is a new database */
  if (n < sizeof header || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS,
                   _ ("“%s” is not a Komplan file. Choose a file that Komplan saved "
                      "(a project’s name ends in .komplan)."),
                   display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_migrations (KpDatabase *self,
                  int         from_version,
                  int         to_version,
                  GError    **error)
{
  g_autoptr (GArray) migrations = list_migrations (self->kind);

  for (guint i = 0; i < migrations->len; i++)
    {
      const Migration *m = &g_array_index (migrations, Migration, i);
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *footer = NULL;
      const char      *data;
      gsize            len;

      if (m->number <= from_version || m->number > to_version)
        continue;

      bytes = g_resource_lookup_data (kp_core_get_resource (), m->resource,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;
      data = g_bytes_get_data (bytes, &len);
      sql = g_strndup (data, len);
      /* Both pragmas take literal numbers only; these are our own constants. */
      footer = g_strdup_printf ("PRAGMA application_id = %u; PRAGMA user_version = %d;",
                                kind_application_id (self->kind), m->number);

      if (!kp_database_begin (self, error))
        return FALSE;
      if (!kp_database_exec (self, sql, error) || !kp_database_exec (self, footer, error) ||
          !kp_database_commit (self, error))
        {
          kp_database_rollback (self);
          g_prefix_error (error, _ ("Updating the file to version %d failed: "), m->number);
          return FALSE;
        }
      self->version = m->number;
    }
  return TRUE;
}

/* A copy of the file as it was, next to it, before a migration changes it. */
static gboolean
make_backup (KpDatabase *self,
             int         version,
             GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", self->path, version);

  for (int n = 2; g_file_test (backup, G_FILE_TEST_EXISTS); n++)
    {
      g_free (backup);
      backup = g_strdup_printf ("%s.v%d-%d.bak", self->path, version, n);
    }
  stmt = kp_database_prepare (self, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, backup, -1, SQLITE_STATIC);
  if (!kp_database_step_done (self, stmt, error))
    {
      g_prefix_error (error, _ ("Could not make a backup copy before the update: "));
      return FALSE;
    }
  g_free (self->backup_path);
  self->backup_path = g_steal_pointer (&backup);
  return TRUE;
}

/* PRAGMA quick_check: every page and index of the file, without comparing contents. */
static gboolean
check_whole_file (KpDatabase *self,
                  GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (self, "PRAGMA quick_check", NULL);
  const char *result = NULL;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    result = kp_database_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;
  kp_database_set_file_error (self->path, self->kind, SQLITE_CORRUPT,
                              result != NULL ? result : sqlite3_errmsg (self->db), error);
  return FALSE;
}

static gboolean
check_and_migrate (KpDatabase     *self,
                   KpDatabaseFlags flags,
                   gboolean        existed,
                   int             target_version,
                   GError        **error)
{
  g_autofree char *display = g_filename_display_basename (self->path);
  gint64           app_id = 0;
  gint64           version = 0;
  gint64           tables = 0;
  int              latest = kp_database_latest_version (self->kind);

  /* The messages of kp_database_set_error () name the file and say what to do. */
  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &tables, error))
    return FALSE;

  if (app_id == 0 && version == 0 && tables == 0)
    {
      if (existed && !(flags & KP_DATABASE_FLAGS_CREATE))
        {
          g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS,
                       _ ("“%s” is not a Komplan file. Choose a file that Komplan saved "
                          "(a project’s name ends in .komplan)."),
                       display);
          return FALSE;
        }
    }
  else if ((guint32) app_id != kind_application_id (self->kind))
    {
      if ((guint32) app_id == kind_application_id (!self->kind))
        g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS,
                     self->kind == KP_DATABASE_KIND_PROJECT
                         ? _ ("“%s” is Komplan’s reference library, not a project")
                         : _ ("“%s” is a Komplan project, not the reference library"),
                     display);
      else
        g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS,
                     _ ("“%s” is not a Komplan file. Choose a file that Komplan saved "
                        "(a project’s name ends in .komplan)."),
                     display);
      return FALSE;
    }
  else if (version > latest)
    {
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NEWER,
                   _ ("“%s” was saved by a newer version of Komplan (file version %d, this "
                      "version reads up to %d). Update Komplan to open it."),
                   display, (int) version, latest);
      return FALSE;
    }

  /* A whole check reads every page (a national project: 18 MB, most of the time to open
   * it), so it runs only before a migration writes to the file. A file of this version is
   * read as it is, and a damaged page is reported (KP_DATABASE_ERROR_CORRUPT) when a
   * statement reads it. */
  if (tables > 0 && version < target_version && !check_whole_file (self, error))
    return FALSE;

  self->version = (int) version;
  if (version > 0 && version < latest && !make_backup (self, (int) version, error))
    return FALSE;

  if (!kp_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !kp_database_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !kp_database_exec (self, "PRAGMA mmap_size = " G_STRINGIFY (MMAP_SIZE), error))
    return FALSE;

  return apply_migrations (self, (int) version, target_version, error);
}

static void
kp_database_finalize (GObject *object)
{
  KpDatabase *self = KP_DATABASE (object);

  g_clear_pointer (&self->stmts, g_hash_table_unref); /* before the connection closes */
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->backup_path);
  G_OBJECT_CLASS (kp_database_parent_class)->finalize (object);
}

static void
kp_database_class_init (KpDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_database_finalize;
}

static void
kp_database_init (KpDatabase *self)
{
}

/*
 * open_database:
 * @path: file name in the GLib file name encoding
 * @kind: library or project
 * @flags: whether a missing file may be created
 *
 * Opens (or creates) a Komplan database, refusing files that are not Komplan's, are
 * damaged or come from a newer version, and migrating older ones after a backup copy.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
static KpDatabase *
open_database (const char     *path,
               KpDatabaseKind  kind,
               KpDatabaseFlags flags,
               int             target_version,
               GError        **error)
{
  g_autoptr (KpDatabase) self = NULL;
  g_autofree char *display = NULL;
  gboolean         existed = FALSE;
  int              open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  int              rc;

  if (!check_header (path, kind, &existed, error))
    return NULL;

  display = g_filename_display_basename (path);
  if (!existed)
    {
      if (!(flags & KP_DATABASE_FLAGS_CREATE))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _ ("“%s” does not exist"), display);
          return NULL;
        }
      open_flags |= SQLITE_OPEN_CREATE;
    }

  self = g_object_new (KP_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->kind = kind;

  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      kp_database_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  if (!kp_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !check_and_migrate (self, flags, existed, target_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

KpDatabase *
kp_database_open (const char     *path,
                  KpDatabaseKind  kind,
                  KpDatabaseFlags flags,
                  GError        **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return open_database (path, kind, flags, kp_database_latest_version (kind), error);
}

/**
 * kp_database_create_at_version:
 *
 * For tests of migrations: creates a file with only the migrations up to @version.
 */
KpDatabase *
kp_database_create_at_version (const char    *path,
                               KpDatabaseKind kind,
                               int            version,
                               GError       **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return open_database (path, kind, KP_DATABASE_FLAGS_CREATE, version, error);
}

const char *
kp_database_get_path (KpDatabase *self)
{
  g_return_val_if_fail (KP_IS_DATABASE (self), NULL);
  return self->path;
}

KpDatabaseKind
kp_database_get_kind (KpDatabase *self)
{
  g_return_val_if_fail (KP_IS_DATABASE (self), KP_DATABASE_KIND_PROJECT);
  return self->kind;
}

int
kp_database_get_version (KpDatabase *self)
{
  g_return_val_if_fail (KP_IS_DATABASE (self), 0);
  return self->version;
}

/**
 * kp_database_get_backup_path:
 *
 * Returns: (nullable): the copy made before this open migrated the file, if any
 */
const char *
kp_database_get_backup_path (KpDatabase *self)
{
  g_return_val_if_fail (KP_IS_DATABASE (self), NULL);
  return self->backup_path;
}
