/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "kp-database-private.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Kills komplan-cli (SIGKILL) at 12 moments spread over a reference import and over a registry
 * refresh of a project, then checks every file it was writing: undamaged (PRAGMA
 * integrity_check) and holding wholly the old state or wholly the new one (its content
 * dumped table by table, kp_test_database_dump()). A fresh library killed before its first
 * import committed must read as no library at all. The moments are fractions of how long
 * the same command takes to its end here, so they cover the run on a fast machine and a
 * slow one. With the national files of ../shared/data the imports are large; without them
 * the fixtures are used. */

#define N_KILLS 12

typedef struct
{
  char *dir;
  guint n_old;
  guint n_new;
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
  g_test_message ("%u runs left the old state, %u the new one", fixture->n_old,
                  fixture->n_new);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GSubprocess *
spawn_cli (GPtrArray *args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  const char  *cli = g_getenv ("KOMPLAN_CLI");
  GSubprocess *process;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; i < args->len; i++)
    g_ptr_array_add (argv, args->pdata[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                   G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  g_assert_no_error (error);
  return process;
}

/* Runs the command to its end; returns how long it took, in microseconds. */
static gint64
run_to_end (GPtrArray *args)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) process = NULL;
  gint64 start = g_get_monotonic_time ();

  process = spawn_cli (args);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  return g_get_monotonic_time () - start;
}

/* Starts the command and kills it after @delay microseconds (unless it ended before). */
static gboolean
kill_after (GPtrArray *args,
            gint64     delay)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) process = spawn_cli (args);

  g_usleep ((gulong) delay);
  g_subprocess_send_signal (process, SIGKILL);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  return g_subprocess_get_if_signaled (process);
}

static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
assert_intact (const char    *path,
               KpDatabaseKind kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (path, kind, KP_DATABASE_FLAGS_NONE, &error);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  stmt = kp_database_prepare (db, "PRAGMA integrity_check", &error);
  g_assert_no_error (error);
  g_assert_true (kp_database_step_row (db, stmt, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_database_column_text (stmt, 0), ==, "ok");
}

/* The content of a file, but for the times things were done (an import logs when it was
 * made), which differ from one run of the same command to the next. */
static char *
dump_content (const char    *path,
              KpDatabaseKind kind)
{
  g_autofree char *dump = kp_test_database_dump (path, kind);
  g_autoptr (GRegex) times = g_regex_new ("'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[^']*'", 0, 0,
                                          NULL);

  return g_regex_replace_literal (times, dump, -1, 0, "'(time)'", 0, NULL);
}

/* The content of a file after a kill: "" when the library was never written. */
static char *
dump_after_kill (const char    *path,
                 KpDatabaseKind kind)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0 || st.st_size == 0)
    return g_strdup ("");
  assert_intact (path, kind);
  return dump_content (path, kind);
}

static void
count_outcome (Fixture    *fixture,
               const char *dump,
               const char *old_dump,
               const char *new_dump)
{
  if (strcmp (dump, old_dump) == 0)
    fixture->n_old++;
  else if (strcmp (dump, new_dump) == 0)
    fixture->n_new++;
  else
    {
      gsize i = 0, j = 0;

      while (dump[i] != '\0' && dump[i] == old_dump[i])
        i++;
      while (dump[j] != '\0' && dump[j] == new_dump[j])
        j++;
      g_error ("after a kill the file holds neither the old state nor the new one:\n%.300s\n"
               "---old\n%.300s\n---new at %" G_GSIZE_FORMAT "\n%.300s\n---\n%.300s",
               dump + (i > 100 ? i - 100 : 0), old_dump + (i > 100 ? i - 100 : 0), j,
               dump + (j > 100 ? j - 100 : 0), new_dump + (j > 100 ? j - 100 : 0));
    }
}

static GPtrArray *
import_args (const char        *library,
             const char *const *paths,
             gboolean           force)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  if (force)
    g_ptr_array_add (args, g_strdup ("--force"));
  g_ptr_array_add (args, g_strdup ("--reference"));
  g_ptr_array_add (args, g_strdup (library));
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (args, g_strdup (paths[i]));
  return args;
}

/* Files of ../shared/data, or NULL when one of them is not there. */
static GStrv
shared_paths (const char *const *names)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = kp_test_shared_data_path (names[i]);

      if (path == NULL)
        return NULL;
      g_strv_builder_add (builder, path);
    }
  return g_strv_builder_end (builder);
}

/* Files of a folder of tests/data/. */
static GStrv
fixture_paths (const char        *folder,
               const char *const *names)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *relative = g_build_filename (folder, names[i], NULL);
      g_autofree char *path = kp_test_data_path (relative);

      g_strv_builder_add (builder, path);
    }
  return g_strv_builder_end (builder);
}

static const char *const national_reference[] = {
  "ruian/kraje.csv",
  "ruian/okresy.csv",
  "ruian/orp.csv",
  "ruian/pou.csv",
  "ruian/ciselnik_CSU.csv",
  "ruian/UI_OBEC.csv",
  "csu/2020_vek_do_999.xlsx",
  "csu/2020_vek_nad_1000.xlsx",
  NULL,
};
static const char *const fixture_reference[] = {
  "kraje.csv",
  "okresy.csv",
  "orp.csv",
  "pou.csv",
  "ciselnik_CSU.csv",
  "UI_OBEC.csv",
  "2020_vek_do_999.xlsx",
  NULL,
};

/* A fresh library: killed before its import committed it reads as no library at all
 * ("reference info" says so), after that as the whole import. */
static void
test_kill_fresh_import (Fixture      *fixture,
                        gconstpointer data)
{
  g_auto (GStrv) national = shared_paths (national_reference);
  g_auto (GStrv) paths = national != NULL ? g_strdupv (national)
                                          : fixture_paths ("cli", fixture_reference);
  g_autofree char *whole = g_build_filename (fixture->dir, "whole.sqlite", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.sqlite", NULL);
  g_autofree char *old_dump = NULL;
  g_autofree char *new_dump = NULL;
  g_autoptr (GPtrArray) args = import_args (whole, (const char *const *) paths, FALSE);
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  gint64 duration = run_to_end (args);

  new_dump = dump_content (whole, KP_DATABASE_KIND_LIBRARY);
  library = kp_library_open (empty, &error);
  g_assert_no_error (error);
  g_clear_object (&library);
  old_dump = dump_content (empty, KP_DATABASE_KIND_LIBRARY);
  g_test_message ("the import takes %" G_GINT64_FORMAT " ms", duration / 1000);

  for (int k = 1; k <= N_KILLS; k++)
    {
      g_autofree char *name = g_strdup_printf ("killed-%d.sqlite", k);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr (GPtrArray) kill_args = import_args (path, (const char *const *) paths, FALSE);
      g_autoptr (KpTestCliResult) info = NULL;
      g_autofree char *dump = NULL;
      gboolean         killed = kill_after (kill_args, duration * k / N_KILLS);

      info = kp_test_run_cli ("reference", "info", "--reference", path);
      dump = dump_after_kill (path, KP_DATABASE_KIND_LIBRARY);
      g_test_message ("kill %d after %" G_GINT64_FORMAT " ms: %s, %s", k,
                      duration * k / N_KILLS / 1000, killed ? "killed" : "had ended",
                      strcmp (dump, new_dump) == 0 ? "new" : "old");
      if (strcmp (dump, new_dump) == 0)
        {
          fixture->n_new++;
          g_assert_cmpint (info->status, ==, 0);
          continue;
        }
      /* never written, or written without an import: no library yet */
      if (dump[0] != '\0')
        count_outcome (fixture, dump, old_dump, new_dump);
      else
        fixture->n_old++;
      g_assert_cmpint (info->status, ==, 1);
      g_assert_nonnull (strstr (info->err, "There is no reference library at"));
    }
}

/* UI_OBEC.csv with its first obec renamed: every obec is replaced, and so is the undo
 * copy. */
static GStrv
renamed_ui_obec (Fixture    *fixture,
                 const char *source)
{
  g_autofree char *contents = NULL;
  g_autoptr (GString) renamed = NULL;
  char       *path;
  const char *name_end;
  GStrv       paths = g_new0 (char *, 2);

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  renamed = g_string_new (contents);
  name_end = strchr (strchr (strchr (contents, '\n'), ';') + 1, ';');
  g_string_insert (renamed, name_end - contents, " (nový název)");
  path = g_build_filename (fixture->dir, "UI_OBEC.csv", NULL);
  g_assert_true (g_file_set_contents (path, renamed->str, (gssize) renamed->len, NULL));
  paths[0] = path;
  return paths;
}

/* An import that replaces what a library holds. */
static void
test_kill_replacing_import (Fixture      *fixture,
                            gconstpointer data)
{
  g_auto (GStrv) national = shared_paths (national_reference);
  g_auto (GStrv) first = national != NULL ? g_strdupv (national)
                                          : fixture_paths ("cli", fixture_reference);
  g_auto (GStrv) second = renamed_ui_obec (fixture, first[5]);
  g_autofree char *before = g_build_filename (fixture->dir, "before.sqlite", NULL);
  g_autofree char *after = g_build_filename (fixture->dir, "after.sqlite", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "killed.sqlite", NULL);
  g_autoptr (GPtrArray) first_args = import_args (before, (const char *const *) first, FALSE);
  g_autoptr (GPtrArray) second_args = import_args (after, (const char *const *) second, FALSE);
  g_autoptr (GPtrArray) kill_args = import_args (path, (const char *const *) second, FALSE);
  g_autofree char *old_dump = NULL;
  g_autofree char *new_dump = NULL;
  g_autofree char *template = NULL;
  gsize  template_length;
  gint64 duration;

  g_assert_true (g_str_has_suffix (first[5], "UI_OBEC.csv"));
  run_to_end (first_args);
  g_assert_true (g_file_get_contents (before, &template, &template_length, NULL));
  old_dump = dump_content (before, KP_DATABASE_KIND_LIBRARY);
  g_assert_true (g_file_set_contents (after, template, (gssize) template_length, NULL));
  duration = run_to_end (second_args);
  new_dump = dump_content (after, KP_DATABASE_KIND_LIBRARY);
  g_assert_cmpstr (old_dump, !=, new_dump);
  g_test_message ("the import takes %" G_GINT64_FORMAT " ms", duration / 1000);

  for (int k = 1; k <= N_KILLS; k++)
    {
      g_autofree char *dump = NULL;

      remove_database (path);
      g_assert_true (g_file_set_contents (path, template, (gssize) template_length, NULL));
      kill_after (kill_args, duration * k / N_KILLS);
      dump = dump_after_kill (path, KP_DATABASE_KIND_LIBRARY);
      count_outcome (fixture, dump, old_dump, new_dump);
    }
}

/* komplan-cli project import-registry: the library, then the project, each in a transaction
 * of its own; killed, each is wholly old or wholly new (a library already new beside a
 * project still old is a state the next refresh completes). */
static void
test_kill_registry_refresh (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *library_path = g_build_filename (fixture->dir, "registry.sqlite", NULL);
  g_autofree char *project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  g_autofree char *rpss_a = kp_test_registry_path ("rpss-a.json");
  g_autofree char *rpss_b = kp_test_registry_path ("rpss-b.json");
  g_autofree char *library_template = NULL;
  g_autofree char *project_template = NULL;
  g_autofree char *old_library = NULL;
  g_autofree char *old_project = NULL;
  g_autofree char *new_library = NULL;
  g_autofree char *new_project = NULL;
  gsize            library_length, project_length;
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  gint64 duration;

  {
    g_autoptr (KpLibrary) library = kp_test_registry_library (library_path);
    g_autoptr (KpProject) project = kp_test_registry_project (library, project_path);
  }
  g_ptr_array_add (args, "project");
  g_ptr_array_add (args, "import-registry");
  g_ptr_array_add (args, "--force");
  g_ptr_array_add (args, "--reference");
  g_ptr_array_add (args, library_path);
  g_ptr_array_add (args, project_path);
  g_ptr_array_add (args, rpss_a);
  run_to_end (args);
  g_assert_true (g_file_get_contents (library_path, &library_template, &library_length, NULL));
  g_assert_true (g_file_get_contents (project_path, &project_template, &project_length, NULL));
  old_library = dump_content (library_path, KP_DATABASE_KIND_LIBRARY);
  old_project = dump_content (project_path, KP_DATABASE_KIND_PROJECT);

  args->pdata[args->len - 1] = rpss_b;
  duration = run_to_end (args);
  new_library = dump_content (library_path, KP_DATABASE_KIND_LIBRARY);
  new_project = dump_content (project_path, KP_DATABASE_KIND_PROJECT);
  g_assert_cmpstr (old_library, !=, new_library);
  g_assert_cmpstr (old_project, !=, new_project);
  g_test_message ("the refresh takes %" G_GINT64_FORMAT " ms", duration / 1000);

  for (int k = 1; k <= N_KILLS; k++)
    {
      g_autofree char *library_dump = NULL;
      g_autofree char *project_dump = NULL;

      remove_database (library_path);
      remove_database (project_path);
      g_assert_true (g_file_set_contents (library_path, library_template,
                                          (gssize) library_length, NULL));
      g_assert_true (g_file_set_contents (project_path, project_template,
                                          (gssize) project_length, NULL));
      kill_after (args, duration * k / N_KILLS);
      library_dump = dump_after_kill (library_path, KP_DATABASE_KIND_LIBRARY);
      project_dump = dump_after_kill (project_path, KP_DATABASE_KIND_PROJECT);
      count_outcome (fixture, library_dump, old_library, new_library);
      count_outcome (fixture, project_dump, old_project, new_project);
      /* the project is never newer than the library it is refreshed from */
      g_assert_false (strcmp (project_dump, new_project) == 0 &&
                      strcmp (library_dump, old_library) == 0);
    }
}

/* komplan-cli closes every connection before it exits: the library file holds the whole
 * import, with no WAL beside it (the import once ran in a task that could outlive the
 * command, leaving the library's connection open at exit). */
static void
test_nothing_left_open (Fixture      *fixture,
                        gconstpointer data)
{
  g_auto (GStrv) paths = fixture_paths ("cli", fixture_reference);

  for (int i = 0; i < 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("closed-%d.sqlite", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autoptr (GPtrArray) args = import_args (path, (const char *const *) paths, FALSE);

      run_to_end (args);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/cli/kill/nothing-left-open", Fixture, NULL, fixture_setup,
              test_nothing_left_open, fixture_teardown);
  g_test_add ("/kp/cli/kill/fresh-import", Fixture, NULL, fixture_setup, test_kill_fresh_import,
              fixture_teardown);
  g_test_add ("/kp/cli/kill/replacing-import", Fixture, NULL, fixture_setup,
              test_kill_replacing_import, fixture_teardown);
  g_test_add ("/kp/cli/kill/registry-refresh", Fixture, NULL, fixture_setup,
              test_kill_registry_refresh, fixture_teardown);
  return g_test_run ();
}
