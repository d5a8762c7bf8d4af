/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "kp-database-messages.h"
#include "kp-database.h"
#include "kp-error.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-test-czech.h"
#include "kp-test-utils.h"

/* Opening a project the way the app and every CLI command do (kp_project_open): each way a
 * file can be wrong gives one message in the user's language that names the file and says
 * what to do, never SQLite's English text (issue 11, items 4 and 16). */

typedef struct
{
  char *dir;
  char *sample; /* a closed sample project, to copy and damage */
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpProject) project = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  project = kp_test_create_sample (fixture->dir);
  fixture->sample = g_strdup (kp_project_get_path (project));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->sample);
}

/* SQLite's own words, which must not reach a message. */
static void
assert_no_sqlite_text (const char *message)
{
  static const char *const english[] = { "malformed", "disk image", "unable to open",
                                         "database", "SQLITE", "file is not", NULL };

  for (guint i = 0; english[i] != NULL; i++)
    if (strstr (message, english[i]) != NULL)
      g_error ("“%s” in the message: %s", english[i], message);
}

/* A copy of the sample with its pages after the first overwritten (the header kept, so it
 * is still read as a database). */
static char *
write_damaged_copy (Fixture    *fixture,
                    const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  char            *path = g_build_filename (fixture->dir, name, NULL);
  gsize            len;

  g_assert_true (g_file_get_contents (fixture->sample, &contents, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 16384);
  for (gsize i = 4096; i < len; i++)
    contents[i] = (char) (0x5A ^ (i * 7));
  g_assert_true (g_file_set_contents (path, contents, len, &error));
  g_assert_no_error (error);
  return path;
}

static char *
open_message (const char *path,
              GQuark      domain,
              int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_open (path, &error);

  g_assert_null (project);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  assert_no_sqlite_text (error->message);
  return g_strdup (error->message);
}

static void
test_damaged_without_backup (Fixture      *fixture,
                             gconstpointer data)
{
  g_autofree char *path = write_damaged_copy (fixture, "damaged.komplan");
  g_autofree char *message = open_message (path, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT);

  g_assert_nonnull (strstr (message, "“damaged.komplan” is damaged"));
  g_assert_nonnull (strstr (message, "restore the file from your backup"));
}

static void
test_truncated (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "cut.komplan", NULL);
  g_autofree char *message = NULL;
  gsize            len;

  g_assert_true (g_file_get_contents (fixture->sample, &contents, &len, &error));
  g_assert_true (g_file_set_contents (path, contents, len / 3, &error));
  g_assert_no_error (error);
  message = open_message (path, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (message, "“cut.komplan” is damaged"));
}

static void
test_damaged_names_backup (Fixture      *fixture,
                           gconstpointer data)
{
  g_autofree char *path = write_damaged_copy (fixture, "plan.komplan");
  g_autofree char *backup = g_build_filename (fixture->dir, "plan.komplan.v6.bak", NULL);
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *display = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (backup, "copy", -1, &error));
  g_assert_no_error (error);
  message = open_message (path, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT);
  display = g_filename_display_name (backup);
  expected = g_strdup_printf ("Komplan made a copy of it before its last update: “%s”", display);
  g_assert_nonnull (strstr (message, expected));
}

static void
test_damaged_in_czech (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *path = write_damaged_copy (fixture, "poškozený.komplan");
  g_autofree char *message = NULL;

  if (!kp_test_use_czech () && kp_test_skip_without_czech ())
    return;
  message = open_message (path, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (message, "„poškozený.komplan“ je poškozený"));
  g_assert_nonnull (strstr (message, "zálohy"));
}

static void
test_not_a_database (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = kp_test_write_file (fixture->dir, "notes.komplan", "KOD;NAZEV\n1;a\n",
                                              -1);
  g_autofree char *message = open_message (path, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS);

  g_assert_nonnull (strstr (message, "“notes.komplan” is not a Komplan file"));
}

static void
test_directory (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.komplan", NULL);
  g_autofree char *message = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  message = open_message (path, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (message, "“x.komplan” is a folder"));
}

static void
test_symlink_loop (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "loop.komplan", NULL);
  g_autofree char *message = NULL;

  g_assert_cmpint (symlink (path, path), ==, 0);
  message = open_message (path, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_assert_nonnull (strstr (message, "“loop.komplan” is a link that leads back to itself"));
}

static void
test_dangling_link (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "link.komplan", NULL);
  g_autofree char *target = g_build_filename (fixture->dir, "gone.komplan", NULL);
  g_autofree char *message = NULL;

  g_assert_cmpint (symlink (target, path), ==, 0);
  message = open_message (path, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (message, "“link.komplan” is a link to a file that does not exist"));
}

static void
test_missing (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "none.komplan", NULL);
  g_autofree char *message = open_message (path, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_cmpstr (message, ==, "“none.komplan” does not exist");
}

/* The write-ahead log cannot be made beside the file (its name is taken by a folder), as in
 * a folder the user may only read. */
static void
test_log_cannot_be_written (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *wal = g_strconcat (fixture->sample, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->sample, "-shm", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;

  g_remove (wal);
  g_remove (shm);
  g_assert_cmpint (g_mkdir (wal, 0700), ==, 0);
  project = kp_project_open (fixture->sample, &error);
  g_assert_null (project);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_IO);
  g_test_message ("%s", error->message);
  assert_no_sqlite_text (error->message);
  g_assert_nonnull (strstr (error->message, "“sample.komplan”"));
}

/* The reference library is opened the same way and says the same kinds of things. */
static void
test_library (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  g_autofree char *damaged = g_build_filename (fixture->dir, "damaged.sqlite", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpLibrary) library = NULL;
  gsize len;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  library = kp_library_open (folder, &error);
  g_assert_null (library);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==,
                   "“reference.sqlite” is a folder, not Komplan’s reference library. Choose "
                   "the library file itself.");
  g_clear_error (&error);

  /* The sample project's bytes under a library's name: a Komplan file of the other kind. */
  library = kp_library_open (fixture->sample, &error);
  g_assert_null (library);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS);
  assert_no_sqlite_text (error->message);
  g_clear_error (&error);

  /* A damaged file: what to do is import again. */
  g_assert_true (g_file_get_contents (fixture->sample, &contents, &len, &error));
  memset (contents + 100, 0xA5, len - 100);
  g_assert_true (g_file_set_contents (damaged, contents, len, &error));
  library = kp_library_open (damaged, &error);
  g_assert_null (library);
  g_test_message ("%s", error->message);
  assert_no_sqlite_text (error->message);
  g_assert_nonnull (strstr (error->message, "“damaged.sqlite”"));
}

/* Every result code the store maps: a message that names the file and is not SQLite's. */
static void
test_every_code (Fixture      *fixture,
                 gconstpointer data)
{
  static const int codes[] = { SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_CANTOPEN, SQLITE_READONLY,
                               SQLITE_FULL, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR,
                               SQLITE_PERM, SQLITE_IOERR_SHORT_READ, SQLITE_BUSY_SNAPSHOT,
                               SQLITE_MISUSE, SQLITE_ERROR };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr (GError) error = NULL;

      kp_database_set_file_error ("/tmp/x/plan.komplan", KP_DATABASE_KIND_PROJECT, codes[i],
                                  sqlite3_errstr (codes[i]), &error);
      g_assert_nonnull (error);
      g_assert_true (error->domain == KP_DATABASE_ERROR);
      g_assert_null (strstr (error->message, sqlite3_errstr (codes[i])));
      g_assert_nonnull (strstr (error->message, "“plan.komplan”"));
      assert_no_sqlite_text (error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/kp/project-open/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("damaged", test_damaged_without_backup);
  ADD ("truncated", test_truncated);
  ADD ("damaged-backup", test_damaged_names_backup);
  ADD ("not-a-database", test_not_a_database);
  ADD ("directory", test_directory);
  ADD ("symlink-loop", test_symlink_loop);
  ADD ("dangling-link", test_dangling_link);
  ADD ("missing", test_missing);
  ADD ("log-cannot-be-written", test_log_cannot_be_written);
  ADD ("every-code", test_every_code);
  ADD ("library", test_library);
  /* Last: it switches the process to Czech. */
  ADD ("damaged-czech", test_damaged_in_czech);
#undef ADD
  return g_test_run ();
}
