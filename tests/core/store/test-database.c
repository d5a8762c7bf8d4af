/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-database.h"
#include "kp-database-private.h"
#include "kp-test-utils.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
read_file (const char *path,
           gsize      *len)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

static gint64
query_int (KpDatabase *db,
           const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_true (kp_database_step_row (db, stmt, &error));
  g_assert_no_error (error);
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_create_sets_pragmas (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "a.komplan", NULL);
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT,
                                                KP_DATABASE_FLAGS_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpint (kp_database_get_version (db), ==, kp_database_latest_version (KP_DATABASE_KIND_PROJECT));
  g_assert_cmpint (kp_database_latest_version (KP_DATABASE_KIND_PROJECT), >=, 1);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, 0x4B504C4E);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'obec'"), ==, 1);
  g_assert_null (kp_database_get_backup_path (db));
}

static void
test_missing_file_without_create (Fixture      *fixture,
                                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "none.komplan", NULL);
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);

  g_assert_null (db);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_refuses_text_file (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char      *text = "KOD;NAZEV\r\n554782;Praha\r\n";
  g_autofree char *path = kp_test_write_file (fixture->dir, "obce.komplan", text, -1);
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT,
                                                KP_DATABASE_FLAGS_CREATE, &error);
  g_autofree char *after = NULL;
  gsize            len;

  g_assert_null (db);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS);
  g_assert_nonnull (strstr (error->message, "obce.komplan"));
  after = read_file (path, &len);
  g_assert_cmpstr (after, ==, text);
}

static void
write_foreign_sqlite (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refuses_foreign_sqlite (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autoptr (KpDatabase) db = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            len_before, len_after;

  write_foreign_sqlite (path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  before = read_file (path, &len_before);
  db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, KP_DATABASE_FLAGS_CREATE, &error);
  g_assert_null (db);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS);
  after = read_file (path, &len_after);
  g_assert_cmpuint (len_before, ==, len_after);
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
test_refuses_library_as_project (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  g_autoptr (KpDatabase) lib = kp_database_open (path, KP_DATABASE_KIND_LIBRARY,
                                                 KP_DATABASE_FLAGS_CREATE, &error);
  g_autoptr (KpDatabase) db = NULL;

  g_assert_no_error (error);
  g_clear_object (&lib);
  db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);
  g_assert_null (db);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS);
}

static void
test_refuses_newer (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "future.komplan", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE project (id); PRAGMA application_id = %d; "
                                          "PRAGMA user_version = 9999;",
                                          0x4B504C4E);
  g_autoptr (KpDatabase) db = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            len_before, len_after;

  write_foreign_sqlite (path, sql);
  before = read_file (path, &len_before);
  db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);
  g_assert_null (db);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "9999"));
  after = read_file (path, &len_after);
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
test_refuses_corrupt (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "broken.komplan", NULL);
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT,
                                                KP_DATABASE_FLAGS_CREATE, &error);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  gsize            len, len_after;

  g_assert_no_error (error);
  g_assert_true (kp_database_exec (db, "PRAGMA journal_mode = DELETE", &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  /* Keep the header, trash the pages behind it. */
  contents = read_file (path, &len);
  g_assert_cmpuint (len, >, 4096);
  memset (contents + 100, 0xA5, len - 100);
  g_assert_true (g_file_set_contents (path, contents, len, &error));
  g_assert_no_error (error);

  db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);
  g_assert_null (db);
  g_assert_true (error->domain == KP_DATABASE_ERROR);
  g_assert_true (error->code == KP_DATABASE_ERROR_CORRUPT || error->code == KP_DATABASE_ERROR_NOT_OURS);
  after = read_file (path, &len_after);
  g_assert_cmpmem (contents, len, after, len_after);
}

static void
test_migrates_older_with_backup (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "old.komplan", NULL);
  g_autoptr (KpDatabase) db = NULL;
  int latest = kp_database_latest_version (KP_DATABASE_KIND_PROJECT);
  int older;

  g_assert_cmpint (latest, >=, 2);
  /* The version before the latest: migration numbers may leave a gap (0008 is the plan's). */
  db = kp_database_create_at_version (path, KP_DATABASE_KIND_PROJECT, latest - 1, &error);
  g_assert_no_error (error);
  older = kp_database_get_version (db);
  g_assert_cmpint (older, <, latest);
  g_assert_cmpint (older, >=, 1);
  g_assert_true (kp_database_exec (db,
                                   "INSERT INTO project (id, name, territory_kind, territory_name, "
                                   "period_from, period_to, created_at) VALUES (1, 'Starý plán', "
                                   "'custom', 'MAS', 2024, 2026, '2024-01-01')",
                                   &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_database_get_version (db), ==, latest);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, latest);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM project WHERE name = 'Starý plán'"), ==, 1);
  g_assert_nonnull (kp_database_get_backup_path (db));
  g_assert_true (g_file_test (kp_database_get_backup_path (db), G_FILE_TEST_IS_REGULAR));
  g_clear_object (&db);

  /* The backup is the old version, untouched. */
  {
    g_autofree char *backup_copy = g_build_filename (fixture->dir, "backup-check.komplan", NULL);
    g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", path, older);
    g_autofree char *contents = NULL;
    gsize            len;

    g_assert_true (g_file_get_contents (backup, &contents, &len, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (backup_copy, contents, len, &error));
    db = kp_database_create_at_version (backup_copy, KP_DATABASE_KIND_PROJECT, older, &error);
    g_assert_no_error (error);
    g_assert_cmpint (kp_database_get_version (db), ==, older);
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM project"), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) g_test_add ("/kp/database/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("create", test_create_sets_pragmas);
  ADD ("missing", test_missing_file_without_create);
  ADD ("refuse/text", test_refuses_text_file);
  ADD ("refuse/foreign", test_refuses_foreign_sqlite);
  ADD ("refuse/library-as-project", test_refuses_library_as_project);
  ADD ("refuse/newer", test_refuses_newer);
  ADD ("refuse/corrupt", test_refuses_corrupt);
  ADD ("migrate/older", test_migrates_older_with_backup);
#undef ADD
  return g_test_run ();
}
