/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <yajl/yajl_tree.h>

#include "kp-library.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* komplan-cli reference import --force, reference undo, and a library that holds nothing
 * (issue 11): the built executable, through $KOMPLAN_CLI, on the fictional territory of
 * tests/data/cli/. */

typedef struct yajl_val_s JsonValue;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsonValue, yajl_tree_free)

typedef struct
{
  char *dir;
  char *reference;
} Fixture;

static const char *const fixture_files[] = {
  "UI_OBEC.csv",
  "2020_vek_do_999.xlsx",
  "pou.csv",
  "kraje.csv",
  "ciselnik_CSU.csv",
  "orp.csv",
  "okresy.csv",
};

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->reference = g_build_filename (fixture->dir, "reference.sqlite", NULL);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->reference);
}

/* Exactly one line on stderr, "komplan-cli: …" containing each NULL-terminated needle. */
static void
assert_one_error_line (const KpTestCliResult *result,
                       ...)
{
  const char *needle;
  va_list     ap;

  g_assert_true (g_str_has_prefix (result->err, "komplan-cli: "));
  g_assert_true (strchr (result->err, '\n') == result->err + strlen (result->err) - 1);
  va_start (ap, result);
  while ((needle = va_arg (ap, const char *)) != NULL)
    if (strstr (result->err, needle) == NULL)
      g_error ("“%s” not in stderr: %s", needle, result->err);
  va_end (ap);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static gint64
json_int (const char *text,
          const char *key)
{
  char errbuf[256] = "";
  g_autoptr (JsonValue) root = yajl_tree_parse (text, errbuf, sizeof errbuf);
  const char *path[] = { key, NULL };
  JsonValue  *value;

  if (root == NULL)
    g_error ("invalid JSON (%s):\n%s", errbuf, text);
  value = yajl_tree_get (root, path, yajl_t_number);
  g_assert_nonnull (value);
  g_assert_true (YAJL_IS_INTEGER (value));
  return YAJL_GET_INTEGER (value);
}

static char *
fixture_path (const char *name)
{
  g_autofree char *cli = g_build_filename ("cli", name, NULL);

  return kp_test_data_path (cli);
}

static void
import_fixtures (Fixture *fixture)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KpTestCliResult) result = NULL;

  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup ("--reference"));
  g_ptr_array_add (args, g_strdup (fixture->reference));
  for (gsize i = 0; i < G_N_ELEMENTS (fixture_files); i++)
    g_ptr_array_add (args, fixture_path (fixture_files[i]));
  g_ptr_array_add (args, NULL);
  result = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (result->status, ==, 0);
}

/* An import that would remove most obce is refused until --force; "reference undo" takes
 * it back, once. */
static void
test_reference_guard_and_undo (Fixture      *fixture,
                               gconstpointer data)
{
  g_autofree char *source = fixture_path ("UI_OBEC.csv");
  g_autofree char *contents = NULL;
  g_autofree char *cut = NULL;
  g_autoptr (KpTestCliResult) refused = NULL;
  g_autoptr (KpTestCliResult) forced = NULL;
  g_autoptr (KpTestCliResult) undone = NULL;
  g_autoptr (KpTestCliResult) again = NULL;
  g_autoptr (KpTestCliResult) info = NULL;
  char *end;

  import_fixtures (fixture);
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  end = strchr (strchr (strchr (contents, '\n') + 1, '\n') + 1, '\n') + 1; /* 2 obce */
  cut = kp_test_write_file (fixture->dir, "UI_OBEC.csv", contents, end - contents);

  refused = kp_test_run_cli ("reference", "import", "--reference", fixture->reference, cut);
  g_assert_cmpint (refused->status, ==, 1);
  g_assert_cmpstr (refused->out, ==, "");
  assert_one_error_line (refused, "UI_OBEC.csv would remove 5 of the 7 obce (e.g. ",
                         "--force", NULL);
  g_assert_cmpint (kp_test_query_int (fixture->reference, FALSE, "SELECT count(*) FROM obec"),
                   ==, 7);

  forced = kp_test_run_cli ("reference", "import", "--force", "--reference", fixture->reference,
                            cut);
  g_assert_cmpint (forced->status, ==, 0);
  assert_contains (forced->out, "2 rows");
  g_assert_cmpint (kp_test_query_int (fixture->reference, FALSE, "SELECT count(*) FROM obec"),
                   ==, 2);

  undone = kp_test_run_cli ("reference", "undo", "--reference", fixture->reference);
  g_assert_cmpint (undone->status, ==, 0);
  g_assert_cmpstr (undone->err, ==, "");
  assert_contains (undone->out, "The import of 1 file was taken back:");
  assert_contains (undone->out, "UI_OBEC.csv");
  info = kp_test_run_cli ("reference", "info", "--json", "--reference", fixture->reference);
  g_assert_cmpint (info->status, ==, 0);
  g_assert_cmpint (json_int (info->out, "obce"), ==, 7);
  g_assert_cmpint (json_int (info->out, "population"), ==, 2906);

  again = kp_test_run_cli ("reference", "undo", "--reference", fixture->reference);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_cmpstr (again->out, ==, "");
  assert_one_error_line (again, "There is no import to undo", NULL);
}

/* A library file that holds no import (the first import was killed before it committed)
 * reads as no library, as a missing file does. */
static void
test_reference_empty_library (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpLibrary) library = kp_library_open (fixture->reference, &error);
  g_autoptr (KpTestCliResult) info = NULL;
  g_autoptr (KpTestCliResult) project = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "x.komplan", NULL);

  g_assert_no_error (error);
  g_clear_object (&library);
  info = kp_test_run_cli ("reference", "info", "--reference", fixture->reference);
  g_assert_cmpint (info->status, ==, 1);
  g_assert_cmpstr (info->out, ==, "");
  assert_one_error_line (info, "There is no reference library at", "reference import", NULL);
  project = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "A",
                             "--obce", "990001", out);
  g_assert_cmpint (project->status, ==, 1);
  assert_one_error_line (project, "There is no reference library at", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/cli/reference/guard-and-undo", Fixture, NULL, fixture_setup,
              test_reference_guard_and_undo, fixture_teardown);
  g_test_add ("/kp/cli/reference/empty-library", Fixture, NULL, fixture_setup,
              test_reference_empty_library, fixture_teardown);
  return g_test_run ();
}
