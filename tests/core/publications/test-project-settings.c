/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-database.h"
#include "kp-error.h"
#include "kp-service-network.h"
#include "kp-project-settings.h"
#include "kp-project.h"
#include "kp-test-utils.h"

/* Settings of a project's documents: set, read, remove; kept across close and reopen; an
 * older project file gains the table and keeps its data; bad values are refused. */

/* The migration that added the setting table. */
#define SETTINGS_VERSION 5

typedef struct
{
  char      *dir;
  char      *path;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_create_sample (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_finalize_object (g_steal_pointer (&fixture->project));
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
assert_setting (KpProject  *project,
                const char *key,
                const char *expected)
{
  g_autofree char *value = kp_project_dup_setting (project, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_set_get_remove (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpProject *p = fixture->project;

  g_assert_cmpint (kp_database_latest_version (KP_DATABASE_KIND_PROJECT), >=, SETTINGS_VERSION);
  assert_setting (p, "catalogue.title", NULL);

  g_assert_true (kp_project_set_setting (p, "catalogue.title", "Průvodce sociálními službami", &error));
  g_assert_no_error (error);
  assert_setting (p, "catalogue.title", "Průvodce sociálními službami");

  /* replaced, not added */
  g_assert_true (kp_project_set_setting (p, "catalogue.title", "Katalog Podlesí", &error));
  g_assert_no_error (error);
  assert_setting (p, "catalogue.title", "Katalog Podlesí");

  /* an empty text is a value, not a removal */
  g_assert_true (kp_project_set_setting (p, "catalogue.subtitle", "", &error));
  g_assert_no_error (error);
  assert_setting (p, "catalogue.subtitle", "");

  /* quotes and SQL-looking text are stored as they are */
  g_assert_true (kp_project_set_setting (p, "catalogue.introduction",
                                         "Řádek 1\n\n'; DROP TABLE setting; --", &error));
  g_assert_no_error (error);
  assert_setting (p, "catalogue.introduction", "Řádek 1\n\n'; DROP TABLE setting; --");

  g_assert_true (kp_project_set_setting (p, "catalogue.title", NULL, &error));
  g_assert_no_error (error);
  assert_setting (p, "catalogue.title", NULL);
  /* removing a key that is not set is fine */
  g_assert_true (kp_project_set_setting (p, "catalogue.title", NULL, &error));
  g_assert_no_error (error);
  assert_setting (p, "catalogue.subtitle", "");

  /* not an undo step */
  g_assert_false (kp_project_get_can_undo (p));
}

static void
test_survives_reopen (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *big = g_strnfill (KP_PROJECT_SETTING_MAX_LENGTH, 'x');

  g_assert_true (kp_project_set_setting (fixture->project, "leaflet.group", "seniors", &error));
  g_assert_no_error (error);
  g_assert_true (kp_project_set_setting (fixture->project, "publication.logos",
                                         "/tmp/a.png\n/tmp/b.svg", &error));
  g_assert_no_error (error);
  /* exactly the limit is accepted */
  g_assert_true (kp_project_set_setting (fixture->project, "catalogue.introduction", big, &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_setting (fixture->project, "leaflet.group", "seniors");
  assert_setting (fixture->project, "publication.logos", "/tmp/a.png\n/tmp/b.svg");
  assert_setting (fixture->project, "catalogue.introduction", big);
  assert_setting (fixture->project, "catalogue.title", NULL);
}

/* A file written before the setting table existed: opening it makes a backup, adds the
 * table and keeps everything else. */
static void
test_migrates_older_file (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = NULL;
  g_autofree char *name = g_strdup (kp_project_get_name (fixture->project));
  g_autofree char *backup = g_strdup_printf ("%s.v%d.bak", fixture->path, SETTINGS_VERSION - 1);
  guint            n_services = g_list_model_get_n_items (
                 kp_service_network_get_services (kp_service_network_get (fixture->project)));
  g_autofree char *footer = NULL;

  g_assert_cmpuint (n_services, >, 0);
  g_assert_finalize_object (g_steal_pointer (&fixture->project));

  /* Turn the file into one of version 4. */
  db = kp_database_open (fixture->path, KP_DATABASE_KIND_PROJECT, KP_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  footer = g_strdup_printf ("DROP TABLE setting; PRAGMA user_version = %d;", SETTINGS_VERSION - 1);
  g_assert_true (kp_database_exec (db, footer, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&db));

  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, name);
  g_assert_cmpuint (g_list_model_get_n_items (kp_service_network_get_services (
                        kp_service_network_get (fixture->project))),
                    ==, n_services);
  assert_setting (fixture->project, "catalogue.title", NULL);
  g_assert_true (kp_project_set_setting (fixture->project, "catalogue.title", "Katalog", &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_setting (fixture->project, "catalogue.title", "Katalog");
}

static void
test_refuses_bad_values (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *too_long = g_strnfill (KP_PROJECT_SETTING_MAX_LENGTH + 1, 'x');
  const char       invalid[] = { 'K', 'a', 't', (char) 0xC3, (char) 0x28, 'x', '\0' };

  g_assert_true (kp_project_set_setting (fixture->project, "catalogue.title", "Katalog", &error));
  g_assert_no_error (error);

  g_assert_false (kp_project_set_setting (fixture->project, "catalogue.title", invalid, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  assert_setting (fixture->project, "catalogue.title", "Katalog");

  g_assert_false (kp_project_set_setting (fixture->project, "catalogue.title", too_long, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "64"));
  g_clear_error (&error);
  assert_setting (fixture->project, "catalogue.title", "Katalog");

  /* a refused new key is not created either */
  g_assert_false (kp_project_set_setting (fixture->project, "catalogue.subtitle", too_long, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  assert_setting (fixture->project, "catalogue.subtitle", NULL);

  reopen (fixture);
  assert_setting (fixture->project, "catalogue.title", "Katalog");
  assert_setting (fixture->project, "catalogue.subtitle", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) g_test_add ("/kp/project-settings/" name, Fixture, NULL, fixture_setup, func, \
                                    fixture_teardown)
  ADD ("set-get-remove", test_set_get_remove);
  ADD ("survives-reopen", test_survives_reopen);
  ADD ("migrates-older-file", test_migrates_older_file);
  ADD ("refuses-bad-values", test_refuses_bad_values);
#undef ADD
  return g_test_run ();
}
