/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "kp-cli.h"
#include "kp-project.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* komplan-cli: the built executable is run through GSubprocess (its path comes from
 * $KOMPLAN_CLI), so exit status, stdout and stderr are checked exactly; kp_cli_run() is also
 * run in-process in a trapped subprocess. The fixtures in tests/data/cli/ are a fictional
 * territory: 2 kraje, 3 okresy, 3 ORP, 4 POU, 7 obce (plus one ended), 2 906 inhabitants. */

#define NBSP "\302\240"

typedef struct yajl_val_s JsonValue;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsonValue, yajl_tree_free)

typedef struct
{
  char *dir;
  char *reference;
} Fixture;

static const char *const fixture_files[] = {
  /* deliberately not in dependency order */
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
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_true (strchr (result->err, '\n') == result->err + strlen (result->err) - 1);
  va_start (ap, result);
  while ((needle = va_arg (ap, const char *)) != NULL)
    {
      if (strstr (result->err, needle) == NULL)
        g_error ("“%s” not in stderr: %s", needle, result->err);
    }
  va_end (ap);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static JsonValue *
parse_json (const char *text)
{
  char       errbuf[256] = "";
  JsonValue *root = yajl_tree_parse (text, errbuf, sizeof errbuf);

  if (root == NULL)
    g_error ("invalid JSON (%s):\n%s", errbuf, text);
  g_assert_true (YAJL_IS_OBJECT (root));
  return root;
}

static JsonValue *
json_get (JsonValue  *object,
          const char *key,
          yajl_type   type)
{
  const char *path[] = { key, NULL };
  JsonValue  *value = yajl_tree_get (object, path, type);

  if (value == NULL)
    g_error ("JSON has no %s of the expected type", key);
  return value;
}

static gint64
json_int (JsonValue  *object,
          const char *key)
{
  JsonValue *value = json_get (object, key, yajl_t_number);

  g_assert_true (YAJL_IS_INTEGER (value));
  return YAJL_GET_INTEGER (value);
}

static const char *
json_string (JsonValue  *object,
             const char *key)
{
  return YAJL_GET_STRING (json_get (object, key, yajl_t_string));
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
  g_assert_cmpstr (result->err, ==, "");
}

/* Help and usage. */

static const char *const all_commands[] = {
  "reference import",
  "reference info",
  "reference undo",
  "project new",
  "project info",
};
static const char *const all_options[] = {
  "--reference=",
  "--json",
  "--name=",
  "--orp=",
  "--obce=",
  "--territory-name=",
  "--period=",
  "--force",
  "KOMPLAN_REFERENCE",
  "--version",
};

static void
test_help_lists_everything (void)
{
  const char *const forms[] = { "--help", "help", "-h" };

  for (gsize f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      g_autoptr (KpTestCliResult) result = kp_test_run_cli (forms[f]);

      g_assert_cmpint (result->status, ==, 0);
      g_assert_cmpstr (result->err, ==, "");
      for (gsize i = 0; i < G_N_ELEMENTS (all_commands); i++)
        assert_contains (result->out, all_commands[i]);
      for (gsize i = 0; i < G_N_ELEMENTS (all_options); i++)
        assert_contains (result->out, all_options[i]);
    }
}

static void
test_help_per_command (void)
{
  g_autoptr (KpTestCliResult) new_help = kp_test_run_cli ("project", "new", "--help");
  g_autoptr (KpTestCliResult) help_info = kp_test_run_cli ("help", "project", "info");
  g_autoptr (KpTestCliResult) group = kp_test_run_cli ("reference", "--help");

  g_assert_cmpint (new_help->status, ==, 0);
  assert_contains (new_help->out, "komplan-cli project new [OPTION…] OUT.komplan");
  assert_contains (new_help->out, "--orp=NAME_OR_CODE");
  assert_contains (new_help->out, "--obce=CODE,CODE,…");
  assert_contains (new_help->out, "--period=YEAR-YEAR");
  assert_contains (new_help->out, "--territory-name=NAME");
  assert_contains (new_help->out, "-h, --help");

  g_assert_cmpint (help_info->status, ==, 0);
  assert_contains (help_info->out, "komplan-cli project info [OPTION…] FILE.komplan");
  assert_contains (help_info->out, "--json");

  g_assert_cmpint (group->status, ==, 0);
  assert_contains (group->out, "reference import");
  assert_contains (group->out, "reference info");
  g_assert_null (strstr (group->out, "project new"));
}

static void
test_version (void)
{
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("--version");

  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->out, ==, "komplan-cli " PACKAGE_VERSION "\n");
  g_assert_cmpstr (result->err, ==, "");
}

static void
test_usage_errors (void)
{
  g_autoptr (KpTestCliResult) unknown = kp_test_run_cli ("frobnicate");
  g_autoptr (KpTestCliResult) none = kp_test_run_cli_env (NULL, (const char *const[]){ NULL });
  g_autoptr (KpTestCliResult) group_only = kp_test_run_cli ("reference");
  g_autoptr (KpTestCliResult) bad_sub = kp_test_run_cli ("project", "frob");
  g_autoptr (KpTestCliResult) bad_option = kp_test_run_cli ("project", "new", "--bogus",
                                                            "x.komplan");
  g_autoptr (KpTestCliResult) no_name = kp_test_run_cli ("project", "new", "--orp", "Lesná",
                                                         "x.komplan");
  g_autoptr (KpTestCliResult) both = kp_test_run_cli ("project", "new", "--name", "A", "--orp",
                                                      "Lesná", "--obce", "990001", "x.komplan");
  g_autoptr (KpTestCliResult) period = kp_test_run_cli ("project", "new", "--name", "A", "--orp",
                                                        "Lesná", "--period", "26-28", "x.komplan");
  g_autoptr (KpTestCliResult) backwards = kp_test_run_cli ("project", "new", "--name", "A", "--orp",
                                                           "Lesná", "--period", "2028–2026",
                                                           "x.komplan");
  g_autoptr (KpTestCliResult) no_files = kp_test_run_cli ("reference", "import");
  g_autoptr (KpTestCliResult) info_args = kp_test_run_cli ("project", "info");

  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_cmpstr (unknown->out, ==, "");
  assert_one_error_line (unknown, "frobnicate", "--help", NULL);

  g_assert_cmpint (none->status, ==, 2);
  assert_one_error_line (none, "--help", NULL);
  g_assert_cmpint (group_only->status, ==, 2);
  assert_one_error_line (group_only, "import", "info", NULL);
  g_assert_cmpint (bad_sub->status, ==, 2);
  assert_one_error_line (bad_sub, "project frob", NULL);
  g_assert_cmpint (bad_option->status, ==, 2);
  assert_one_error_line (bad_option, "--bogus", "project new --help", NULL);
  g_assert_cmpint (no_name->status, ==, 2);
  assert_one_error_line (no_name, "--name", NULL);
  g_assert_cmpint (both->status, ==, 2);
  assert_one_error_line (both, "--orp", "--obce", NULL);
  g_assert_cmpint (period->status, ==, 2);
  assert_one_error_line (period, "26-28", NULL);
  g_assert_cmpint (backwards->status, ==, 2);
  assert_one_error_line (backwards, "2028–2026", NULL);
  g_assert_cmpint (no_files->status, ==, 2);
  assert_one_error_line (no_files, "FILE", NULL);
  g_assert_cmpint (info_args->status, ==, 2);
  assert_one_error_line (info_args, "FILE.komplan", NULL);
}

/* kp_cli_run() itself, in a trapped child so its output can be checked. */
static void
test_in_process (void)
{
  if (g_test_subprocess ())
    {
      char *help_argv[] = { "komplan-cli", "--help", NULL };

      exit (kp_cli_run (2, help_argv));
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*reference import*reference info*project new*project info*");
  g_test_trap_assert_stderr ("");
}

static void
test_in_process_error (void)
{
  if (g_test_subprocess ())
    {
      char *argv[] = { "komplan-cli", "project", "info", "/nonexistent/x.komplan", NULL };

      exit (kp_cli_run (4, argv));
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("komplan-cli: *x.komplan* does not exist\n");
}

/* reference import / info */

static void
test_reference_import (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KpTestCliResult) first = NULL;
  g_autoptr (KpTestCliResult) again = NULL;
  g_auto (GStrv) lines = NULL;

  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup_printf ("--reference=%s", fixture->reference));
  for (gsize i = 0; i < G_N_ELEMENTS (fixture_files); i++)
    g_ptr_array_add (args, fixture_path (fixture_files[i]));
  g_ptr_array_add (args, NULL);

  first = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (first->status, ==, 0);
  g_assert_cmpstr (first->err, ==, ""); /* no progress when stderr is not a terminal */
  lines = g_strsplit (first->out, "\n", -1);
  g_assert_cmpint (g_strv_length (lines), ==, G_N_ELEMENTS (fixture_files) + 1);
  for (gsize i = 0; i < G_N_ELEMENTS (fixture_files); i++)
    assert_contains (first->out, fixture_files[i]);
  for (int i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      if (strstr (lines[i], "UI_OBEC.csv") != NULL)
        assert_contains (lines[i], "7 rows");
      if (strstr (lines[i], "kraje.csv") != NULL)
        assert_contains (lines[i], "2 rows");
      if (strstr (lines[i], "2020_vek_do_999.xlsx") != NULL)
        assert_contains (lines[i], "21 rows  data of 31." NBSP "12." NBSP "2020");
      g_assert_null (strstr (lines[i], "unchanged"));
    }

  /* The same files again change nothing. */
  again = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (again->status, ==, 0);
  g_clear_pointer (&lines, g_strfreev);
  lines = g_strsplit (again->out, "\n", -1);
  g_assert_cmpint (g_strv_length (lines), ==, G_N_ELEMENTS (fixture_files) + 1);
  for (int i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    assert_contains (lines[i], "unchanged");
}

static void
test_reference_info (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KpTestCliResult) json = NULL;
  g_autoptr (KpTestCliResult) text = NULL;
  g_autoptr (JsonValue) root = NULL;
  JsonValue *imports;

  import_fixtures (fixture);
  json = kp_test_run_cli ("reference", "info", "--json", "--reference", fixture->reference);
  g_assert_cmpint (json->status, ==, 0);
  g_assert_cmpstr (json->err, ==, "");
  root = parse_json (json->out);
  g_assert_cmpstr (json_string (root, "reference"), ==, fixture->reference);
  g_assert_true (YAJL_IS_TRUE (json_get (root, "ready", yajl_t_any)));
  g_assert_cmpint (json_int (root, "kraje"), ==, 2);
  g_assert_cmpint (json_int (root, "okresy"), ==, 3);
  g_assert_cmpint (json_int (root, "orp"), ==, 3);
  g_assert_cmpint (json_int (root, "pou"), ==, 4);
  g_assert_cmpint (json_int (root, "obce"), ==, 7);
  g_assert_cmpint (json_int (root, "obce_with_population"), ==, 7);
  g_assert_cmpint (json_int (root, "population"), ==, 2906);
  g_assert_cmpstr (json_string (root, "population_date"), ==, "2020-12-31");

  imports = json_get (root, "imports", yajl_t_array);
  g_assert_cmpint (YAJL_GET_ARRAY (imports)->len, ==, G_N_ELEMENTS (fixture_files));
  for (gsize i = 0; i < YAJL_GET_ARRAY (imports)->len; i++)
    {
      JsonValue *record = YAJL_GET_ARRAY (imports)->values[i];

      g_assert_true (YAJL_IS_OBJECT (record));
      g_assert_cmpint (strlen (json_string (record, "sha256")), ==, 64);
      g_assert_nonnull (json_string (record, "imported_at"));
      g_assert_nonnull (json_string (record, "kind"));
      if (g_strcmp0 (json_string (record, "source_file"), "UI_OBEC.csv") == 0)
        g_assert_cmpint (json_int (record, "rows"), ==, 7);
    }

  text = kp_test_run_cli ("reference", "info", "--reference", fixture->reference);
  g_assert_cmpint (text->status, ==, 0);
  assert_contains (text->out, "2" NBSP "906"); /* Czech thousands separator */
  assert_contains (text->out, "31." NBSP "12." NBSP "2020");
  assert_contains (text->out, "UI_OBEC.csv");
}

static void
test_reference_env (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autoptr (KpTestCliResult) by_env = NULL;
  g_autoptr (KpTestCliResult) by_option = NULL;
  g_autoptr (KpTestCliResult) missing = NULL;
  g_autoptr (JsonValue) root = NULL;

  import_fixtures (fixture);
  by_env = kp_test_run_cli_env (fixture->reference,
                                (const char *const[]){ "reference", "info", "--json", NULL });
  g_assert_cmpint (by_env->status, ==, 0);
  root = parse_json (by_env->out);
  g_assert_cmpstr (json_string (root, "reference"), ==, fixture->reference);

  /* --reference beats the environment; a library that does not exist is not created. */
  by_option = kp_test_run_cli_env (
      fixture->reference,
      (const char *const[]){ "reference", "info", "--reference", other, NULL });
  g_assert_cmpint (by_option->status, ==, 1);
  assert_one_error_line (by_option, "other.sqlite", "reference import", NULL);
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));

  /* The default library lives in the (isolated) user data directory and is empty. */
  missing = kp_test_run_cli ("reference", "info");
  g_assert_cmpint (missing->status, ==, 1);
  assert_one_error_line (missing, "reference import", NULL);
}

static void
test_reference_bad_file (Fixture      *fixture,
                         gconstpointer data)
{
  static const char *const code_lists[] = {
    "kraje.csv",
    "okresy.csv",
    "orp.csv",
    "pou.csv",
    "ciselnik_CSU.csv",
  };
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *bad = NULL;
  g_autofree char *missing_path = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (KpTestCliResult) missing = NULL;
  g_autoptr (KpTestCliResult) info = NULL;
  g_autoptr (JsonValue) root = NULL;

  /* The third line (second record) has a kód obce with a letter in it. */
  bad = kp_test_write_file (fixture->dir, "UI_OBEC.csv",
                            "KOD;NAZEV;STATUS_KOD;POU_KOD;OKRES_KOD;CLENENI_SM_ROZSAH_KOD;"
                            "CLENENI_SM_TYP_KOD;PLATI_OD;PLATI_DO;DATUM_VZNIKU\r\n"
                            "990001;Lesná;3;9111;3901;;;01.01.2024 00:00:00;;\r\n"
                            "99X002;Borová;2;9112;3901;;;01.01.2024 00:00:00;;\r\n",
                            -1);
  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup ("--reference"));
  g_ptr_array_add (args, g_strdup (fixture->reference));
  for (gsize i = 0; i < G_N_ELEMENTS (code_lists); i++)
    g_ptr_array_add (args, fixture_path (code_lists[i]));
  g_ptr_array_add (args, g_strdup (bad));
  g_ptr_array_add (args, NULL);

  result = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "");
  assert_one_error_line (result, "UI_OBEC.csv", "row 3", "99X002", NULL);

  /* Nothing was imported, not even the good files given with it: the library that the
   * import created holds nothing, and reads as no library at all. */
  info = kp_test_run_cli ("reference", "info", "--json", "--reference", fixture->reference);
  g_assert_cmpint (info->status, ==, 1);
  g_assert_cmpstr (info->out, ==, "");
  assert_one_error_line (info, "There is no reference library at", "reference import", NULL);
  g_assert_cmpint (kp_test_query_int (fixture->reference, FALSE, "SELECT count(*) FROM kraj"),
                   ==, 0);
  g_assert_cmpint (kp_test_query_int (fixture->reference, FALSE, "SELECT count(*) FROM obec"),
                   ==, 0);
  g_assert_cmpint (
      kp_test_query_int (fixture->reference, FALSE, "SELECT count(*) FROM import_log"), ==, 0);

  missing = kp_test_run_cli ("reference", "import", "--reference", fixture->reference,
                             missing_path);
  g_assert_cmpint (missing->status, ==, 1);
  assert_one_error_line (missing, "missing.csv", NULL);
}

/* project new / info */

static JsonValue *
project_info_json (const char *path)
{
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("project", "info", "--json", path);

  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
  return parse_json (result->out);
}

static void
test_project_new_orp (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "plan.komplan", NULL);
  g_autofree char *by_code = g_build_filename (fixture->dir, "by-code.komplan", NULL);
  g_autofree char *missing_out = g_build_filename (fixture->dir, "missing.komplan", NULL);
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (KpTestCliResult) exists = NULL;
  g_autoptr (KpTestCliResult) forced = NULL;
  g_autoptr (KpTestCliResult) code = NULL;
  g_autoptr (KpTestCliResult) unknown = NULL;
  g_autoptr (JsonValue) root = NULL;
  g_autoptr (JsonValue) root_code = NULL;
  JsonValue *comparison;
  JsonValue *cr;

  import_fixtures (fixture);
  result = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name",
                            "Plán 2026", "--orp", "CIZKOV nad dubou", "--period", "2026–2028", out);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
  assert_contains (result->out, "plan.komplan");
  assert_contains (result->out, "Čížkov nad Dubou");
  assert_contains (result->out, "842");

  root = project_info_json (out);
  g_assert_cmpstr (json_string (root, "name"), ==, "Plán 2026");
  g_assert_cmpstr (json_string (root, "territory_kind"), ==, "orp");
  assert_contains (json_string (root, "territory"), "Čížkov nad Dubou");
  g_assert_cmpint (json_int (root, "period_from"), ==, 2026);
  g_assert_cmpint (json_int (root, "period_to"), ==, 2028);
  g_assert_true (YAJL_IS_FALSE (json_get (root, "sample", yajl_t_any)));
  g_assert_cmpint (json_int (root, "obce"), ==, 2);
  g_assert_cmpint (json_int (root, "population"), ==, 842);
  g_assert_cmpint (json_int (root, "population_0_14"), ==, 150);
  g_assert_cmpint (json_int (root, "population_15_64"), ==, 444);
  g_assert_cmpint (json_int (root, "population_65_plus"), ==, 248);
  g_assert_cmpint (json_int (root, "population_80_plus"), ==, 112);
  g_assert_cmpfloat_with_epsilon (YAJL_GET_DOUBLE (json_get (root, "share_65_plus", yajl_t_number)),
                                  100.0 * 248 / 842, 1e-9);
  g_assert_cmpfloat_with_epsilon (YAJL_GET_DOUBLE (json_get (root, "ageing_index", yajl_t_number)),
                                  100.0 * 248 / 150, 1e-9);
  g_assert_cmpstr (json_string (root, "reference_date"), ==, "2020-12-31");

  /* territory, its ORP, its kraj, ČR */
  comparison = json_get (root, "comparison", yajl_t_array);
  g_assert_cmpint (YAJL_GET_ARRAY (comparison)->len, >=, 3);
  cr = YAJL_GET_ARRAY (comparison)->values[YAJL_GET_ARRAY (comparison)->len - 1];
  g_assert_cmpstr (json_string (cr, "level"), ==, "cr");
  g_assert_cmpint (json_int (cr, "population"), ==, 2906);
  g_assert_cmpint (YAJL_GET_ARRAY (json_get (root, "sources", yajl_t_array))->len, >, 0);

  /* The file exists: refused without --force. */
  exists = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "B",
                            "--orp", "Lesná", out);
  g_assert_cmpint (exists->status, ==, 1);
  assert_one_error_line (exists, "plan.komplan", "--force", NULL);
  forced = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "B",
                            "--orp", "Lesná", "--force", out);
  g_assert_cmpint (forced->status, ==, 0);

  /* By the ČSÚ code of ORP Skalná. */
  code = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "C",
                          "--orp", "9201", by_code);
  g_assert_cmpint (code->status, ==, 0);
  root_code = project_info_json (by_code);
  g_assert_cmpint (json_int (root_code, "obce"), ==, 2);
  g_assert_cmpint (json_int (root_code, "population"), ==, 829);

  unknown = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "D",
                             "--orp", "Atlantida", missing_out);
  g_assert_cmpint (unknown->status, ==, 1);
  assert_one_error_line (unknown, "Atlantida", NULL);
  g_assert_false (g_file_test (missing_out, G_FILE_TEST_EXISTS));
}

static void
test_project_new_obce (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "mas.komplan", NULL);
  g_autofree char *bad_out = g_build_filename (fixture->dir, "bad.komplan", NULL);
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (KpTestCliResult) unknown = NULL;
  g_autoptr (KpTestCliResult) text = NULL;
  g_autoptr (JsonValue) root = NULL;
  g_autofree char *this_year = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  import_fixtures (fixture);
  /* Two obce in two kraje, default period. */
  result = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "MAS",
                            "--obce", "990001, 990006", "--territory-name", "MAS Podlesí", out);
  g_assert_cmpint (result->status, ==, 0);
  root = project_info_json (out);
  g_assert_cmpstr (json_string (root, "territory"), ==, "MAS Podlesí");
  g_assert_cmpstr (json_string (root, "territory_kind"), ==, "custom");
  g_assert_cmpint (json_int (root, "obce"), ==, 2);
  g_assert_cmpint (json_int (root, "population"), ==, 414 + 407);
  g_assert_cmpint (json_int (root, "period_from"), ==, g_date_time_get_year (now));
  g_assert_cmpint (json_int (root, "period_to"), ==, g_date_time_get_year (now) + 2);

  text = kp_test_run_cli ("project", "info", out);
  g_assert_cmpint (text->status, ==, 0);
  assert_contains (text->out, "MAS Podlesí");
  assert_contains (text->out, "Podlesský kraj");
  assert_contains (text->out, "Horský kraj");
  this_year = g_strdup_printf ("%d–%d", g_date_time_get_year (now), g_date_time_get_year (now) + 2);
  assert_contains (text->out, this_year);

  unknown = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "X",
                             "--obce", "990001,123456", bad_out);
  g_assert_cmpint (unknown->status, ==, 1);
  g_assert_cmpstr (unknown->out, ==, "");
  assert_one_error_line (unknown, "123456", NULL);
  g_assert_false (g_file_test (bad_out, G_FILE_TEST_EXISTS));
}

static void
test_project_info_sample (Fixture      *fixture,
                          gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_create_sample (path, &error);
  g_autoptr (JsonValue) root = NULL;
  g_autoptr (KpTestCliResult) text = NULL;
  const KpAgeTotals *totals;
  JsonValue         *comparison;
  GListModel        *areas;

  g_assert_no_error (error);
  totals = kp_area_get_totals (kp_project_get_totals (project));
  root = project_info_json (path);
  g_assert_true (YAJL_IS_TRUE (json_get (root, "sample", yajl_t_any)));
  g_assert_cmpstr (json_string (root, "name"), ==, kp_project_get_name (project));
  g_assert_cmpstr (json_string (root, "territory"), ==, kp_project_get_territory_name (project));
  g_assert_cmpint (json_int (root, "obce"), ==,
                   g_list_model_get_n_items (kp_project_get_obce (project)));
  g_assert_cmpint (json_int (root, "population"), ==, totals->total);
  g_assert_cmpint (json_int (root, "population_0_14"), ==, totals->a0_14);
  g_assert_cmpint (json_int (root, "population_15_64"), ==, totals->a15_64);
  g_assert_cmpint (json_int (root, "population_65_plus"), ==, totals->a65_plus);
  g_assert_cmpint (json_int (root, "population_80_plus"), ==, totals->a80_plus);
  g_assert_cmpint (json_int (root, "period_from"), ==, kp_project_get_period_from (project));
  g_assert_cmpint (json_int (root, "period_to"), ==, kp_project_get_period_to (project));

  comparison = json_get (root, "comparison", yajl_t_array);
  areas = kp_project_get_comparison (project);
  g_assert_cmpint (YAJL_GET_ARRAY (comparison)->len, ==, g_list_model_get_n_items (areas));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (areas, i);
      JsonValue *item = YAJL_GET_ARRAY (comparison)->values[i];

      g_assert_cmpstr (json_string (item, "name"), ==, kp_area_get_nazev (area));
      g_assert_cmpint (json_int (item, "population"), ==, kp_area_get_totals (area)->total);
    }
  json_get (root, "sources", yajl_t_array);

  text = kp_test_run_cli ("project", "info", path);
  g_assert_cmpint (text->status, ==, 0);
  assert_contains (text->out, kp_project_get_name (project));
}

static void
test_project_info_not_komplan (Fixture      *fixture,
                               gconstpointer data)
{
  g_autofree char *text_file = kp_test_write_file (fixture->dir, "notes.txt", "hello\n", -1);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "missing.komplan", NULL);
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (KpTestCliResult) library = NULL;
  g_autoptr (KpTestCliResult) missing = NULL;

  result = kp_test_run_cli ("project", "info", text_file);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "");
  assert_one_error_line (result, "notes.txt", "not a Komplan file", NULL);

  /* The reference library is a Komplan file, but not a project. */
  import_fixtures (fixture);
  library = kp_test_run_cli ("project", "info", "--json", fixture->reference);
  g_assert_cmpint (library->status, ==, 1);
  g_assert_cmpstr (library->out, ==, "");
  assert_one_error_line (library, "reference.sqlite", NULL);

  missing = kp_test_run_cli ("project", "info", missing_path);
  g_assert_cmpint (missing->status, ==, 1);
  assert_one_error_line (missing, "missing.komplan", NULL);
}

/* The national files, when ../shared/data is there. */
static void
test_real_data (Fixture      *fixture,
                gconstpointer data)
{
  static const char *const files[] = {
    "ruian/kraje.csv",
    "ruian/okresy.csv",
    "ruian/orp.csv",
    "ruian/pou.csv",
    "ruian/ciselnik_CSU.csv",
    "ruian/UI_OBEC.csv",
    "csu/2020_vek_do_999.xlsx",
    "csu/2020_vek_nad_1000.xlsx",
  };
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = g_build_filename (fixture->dir, "hb.komplan", NULL);
  g_autoptr (KpTestCliResult) import = NULL;
  g_autoptr (KpTestCliResult) created = NULL;
  g_autoptr (KpTestCliResult) info = NULL;
  g_autoptr (JsonValue) root = NULL;
  g_autoptr (JsonValue) library = NULL;

  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup ("--reference"));
  g_ptr_array_add (args, g_strdup (fixture->reference));
  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      char *path = kp_test_shared_data_path (files[i]);

      if (path == NULL)
        {
          g_test_skip ("../shared/data is not available");
          return;
        }
      g_ptr_array_add (args, path);
    }
  g_ptr_array_add (args, NULL);

  import = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (import->status, ==, 0);
  g_assert_cmpstr (import->err, ==, "");

  info = kp_test_run_cli ("reference", "info", "--json", "--reference", fixture->reference);
  g_assert_cmpint (info->status, ==, 0);
  library = parse_json (info->out);
  g_assert_cmpint (json_int (library, "obce"), ==, 6258);
  g_assert_cmpint (json_int (library, "orp"), ==, 206);
  g_assert_cmpint (json_int (library, "population"), ==, 10701777);

  created = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name",
                             "Plán Havlíčkův Brod", "--orp", "Havlíčkův Brod", out);
  g_assert_cmpint (created->status, ==, 0);
  root = project_info_json (out);
  g_assert_cmpint (json_int (root, "obce"), ==, 57);
  g_assert_cmpint (json_int (root, "population"), ==, 53278);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, ""); /* as main.c does, so messages stay UTF-8 */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/cli/help/lists-everything", test_help_lists_everything);
  g_test_add_func ("/kp/cli/help/per-command", test_help_per_command);
  g_test_add_func ("/kp/cli/version", test_version);
  g_test_add_func ("/kp/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/kp/cli/in-process/help", test_in_process);
  g_test_add_func ("/kp/cli/in-process/error", test_in_process_error);
  g_test_add ("/kp/cli/reference/import", Fixture, NULL, fixture_setup, test_reference_import,
              fixture_teardown);
  g_test_add ("/kp/cli/reference/info", Fixture, NULL, fixture_setup, test_reference_info,
              fixture_teardown);
  g_test_add ("/kp/cli/reference/env", Fixture, NULL, fixture_setup, test_reference_env,
              fixture_teardown);
  g_test_add ("/kp/cli/reference/bad-file", Fixture, NULL, fixture_setup,
              test_reference_bad_file, fixture_teardown);
  g_test_add ("/kp/cli/project/new-orp", Fixture, NULL, fixture_setup, test_project_new_orp,
              fixture_teardown);
  g_test_add ("/kp/cli/project/new-obce", Fixture, NULL, fixture_setup, test_project_new_obce,
              fixture_teardown);
  g_test_add ("/kp/cli/project/info-sample", Fixture, NULL, fixture_setup,
              test_project_info_sample, fixture_teardown);
  g_test_add ("/kp/cli/project/info-not-komplan", Fixture, NULL, fixture_setup,
              test_project_info_not_komplan, fixture_teardown);
  g_test_add ("/kp/cli/real-data", Fixture, NULL, fixture_setup, test_real_data,
              fixture_teardown);
  return g_test_run ();
}
