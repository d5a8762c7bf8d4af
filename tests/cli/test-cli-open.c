/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "kp-project.h"
#include "kp-test-utils.h"

/* Every komplan-cli command that takes a project opens it the same way (kp_project_open)
 * and says the same about a file it cannot open: a folder named x.komplan, a symlink loop,
 * a missing file, a file that is not a database, a damaged project (issue 11, items 4 and
 * 16). Run through the built executable ($KOMPLAN_CLI). */

typedef struct
{
  char *dir;
  char *sample;
  char *registry; /* an existing file for import-registry's second argument */
} Fixture;

typedef struct
{
  const char *name;
  const char *message; /* what every command says after "komplan-cli: " */
} BadFile;

static void
write_damaged (const char *sample,
               const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            len;

  g_assert_true (g_file_get_contents (sample, &contents, &len, &error));
  g_assert_no_error (error);
  for (gsize i = 4096; i < len; i++)
    contents[i] = (char) (0x5A ^ (i * 7));
  g_assert_true (g_file_set_contents (path, contents, len, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->sample = g_build_filename (fixture->dir, "sample.komplan", NULL);
  project = kp_project_create_sample (fixture->sample, &error);
  g_assert_no_error (error);
  g_clear_object (&project);

  path = g_build_filename (fixture->dir, "x.komplan", NULL);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_free (path);
  path = g_build_filename (fixture->dir, "loop.komplan", NULL);
  g_assert_cmpint (symlink (path, path), ==, 0);
  g_free (path);
  g_free (kp_test_write_file (fixture->dir, "notes.komplan", "KOD;NAZEV\n1;a\n", -1));
  path = g_build_filename (fixture->dir, "damaged.komplan", NULL);
  write_damaged (fixture->sample, path);
  fixture->registry = kp_test_write_file (fixture->dir, "rpss.json", "{\"polozky\": []}", -1);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->sample);
  g_free (fixture->registry);
}

static const BadFile bad_files[] = {
  { "x.komplan", "“x.komplan” is a folder, not a Komplan project file. Choose the project "
                 "file itself." },
  { "loop.komplan", "“loop.komplan” is a link that leads back to itself, not to a file. Open "
                    "the file itself or correct the link." },
  { "missing.komplan", "“missing.komplan” does not exist" },
  { "notes.komplan", "“notes.komplan” is not a Komplan file. Choose a file that Komplan saved "
                     "(a project’s name ends in .komplan)." },
  { "damaged.komplan", "“damaged.komplan” is damaged and cannot be opened. Komplan keeps no "
                       "other copy of it: restore the file from your backup (for example a "
                       "copy on a network drive or a USB disk) or ask your administrator for "
                       "one." },
};

static void
test_every_command (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *out_pdf = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *out_png = g_build_filename (fixture->dir, "out.png", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char   *path = g_build_filename (fixture->dir, bad_files[i].name, NULL);
      g_autofree char   *expected = g_strdup_printf ("komplan-cli: %s\n", bad_files[i].message);
      const char *const *commands[] = {
        (const char *const[]){ "project", "info", path, NULL },
        (const char *const[]){ "project", "info", "--json", path, NULL },
        (const char *const[]){ "project", "import-registry", path, fixture->registry, NULL },
        (const char *const[]){ "project", "territory", path, "--add", "990001", NULL },
        (const char *const[]){ "export", "map", path, out_png, NULL },
        (const char *const[]){ "export", "catalogue", path, out_pdf, NULL },
        (const char *const[]){ "export", "leaflet", "--group", "seniors", path, out_pdf, NULL },
      };

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autoptr (KpTestCliResult) result = kp_test_run_cli_env (NULL, commands[c]);

          g_assert_cmpint (result->status, ==, 1);
          g_assert_cmpstr (result->out, ==, "");
          g_assert_cmpstr (result->err, ==, expected);
        }
    }
  /* Nothing was written. */
  g_assert_false (g_file_test (out_pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (out_png, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/cli/open/every-command", Fixture, NULL, fixture_setup, test_every_command,
              fixture_teardown);
  return g_test_run ();
}
