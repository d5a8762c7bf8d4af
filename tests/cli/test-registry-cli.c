/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <yajl/yajl_tree.h>

#include "kp-test-utils.h"

/* komplan-cli with the registry: reference import of rpss.json, project import-registry
 * and the services and capacity of project info --json. The built executable runs through
 * GSubprocess ($KOMPLAN_CLI). The territory is the fictional one of tests/data/cli/;
 * tests/data/registry/rpss-cli.json has a home (30 beds) in Lesná, a home-care service
 * (25 clients) in Dubí and a day centre in Skalná, outside the territory. */

typedef struct yajl_val_s JsonValue;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsonValue, yajl_tree_free)

typedef struct
{
  char *dir;
  char *reference;
  char *project;
} Fixture;

static char *
data_path (const char *folder,
           const char *name)
{
  g_autofree char *relative = g_build_filename (folder, name, NULL);

  return kp_test_data_path (relative);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const names[] = { "kraje.csv", "okresy.csv", "orp.csv", "pou.csv",
                                       "ciselnik_CSU.csv", "UI_OBEC.csv",
                                       "2020_vek_do_999.xlsx" };
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KpTestCliResult) result = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->reference = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->project = g_build_filename (fixture->dir, "lesna.komplan", NULL);

  g_ptr_array_add (args, g_strdup ("reference"));
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strconcat ("--reference=", fixture->reference, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (args, data_path ("cli", names[i]));
  g_ptr_array_add (args, NULL);
  result = kp_test_run_cli_env (NULL, (const char *const *) args->pdata);
  g_assert_cmpint (result->status, ==, 0);
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("project", "new", "--reference", fixture->reference, "--name", "Plán Lesná",
                            "--obce", "990001,990003", "--period", "2026-2028", fixture->project);
  g_assert_cmpint (result->status, ==, 0);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->reference);
  g_free (fixture->project);
}

static gint64
json_int (JsonValue  *root,
          const char *first,
          const char *second)
{
  const char *path[] = { first, second, NULL };
  JsonValue  *value = yajl_tree_get (root, path, yajl_t_number);

  g_assert_nonnull (value);
  return YAJL_GET_INTEGER (value);
}

static void
test_import_registry (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *rpss = data_path ("registry", "rpss-cli.json");
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (JsonValue) root = NULL;
  char error_text[256] = "";

  result = kp_test_run_cli ("project", "import-registry", "--reference", fixture->reference,
                            fixture->project, rpss);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
  g_assert_nonnull (strstr (result->out, "rpss-cli.json: 3 services, 3 facilities"));
  g_assert_nonnull (strstr (result->out, "2 registered services in the territory, 2 active; "
                                         "2 new, 0 changed, 0 ended"));
  g_assert_nonnull (strstr (result->out, "9100001  Domov Lesná"));
  g_assert_null (strstr (result->out, "9100003"));
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("project", "info", "--json", fixture->project);
  g_assert_cmpint (result->status, ==, 0);
  root = yajl_tree_parse (result->out, error_text, sizeof error_text);
  g_assert_nonnull (root);
  g_assert_cmpint (json_int (root, "services", NULL), ==, 2);
  g_assert_cmpint (json_int (root, "capacity", "luzka"), ==, 30);
  g_assert_cmpint (json_int (root, "capacity", "klient"), ==, 25);
  g_assert_null (yajl_tree_get (root, ((const char *[]){ "capacity", "kontakt", NULL }),
                                yajl_t_any));
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("project", "info", fixture->project);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->out, "Registered capacity:"));
  g_assert_nonnull (strstr (result->out, "30 beds, 25 clients"));
  g_clear_pointer (&result, kp_test_cli_result_free);

  /* Again: the library has the file, nothing changes. */
  result = kp_test_run_cli ("project", "import-registry", "--reference", fixture->reference,
                            fixture->project, rpss);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->out, "rpss-cli.json: unchanged"));
  g_assert_nonnull (strstr (result->out, "0 new, 0 changed, 0 ended"));
}

static void
test_errors (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *bad = data_path ("registry", "rpss-bad-type.json");
  g_autofree char *csv = data_path ("cli", "kraje.csv");
  g_autoptr (KpTestCliResult) result = NULL;

  result = kp_test_run_cli ("project", "import-registry", "--reference", fixture->reference,
                            fixture->project, bad);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_true (g_str_has_prefix (result->err, "komplan-cli: rpss-bad-type.json, record 2"));
  g_assert_nonnull (strstr (result->err, "pocet"));
  g_assert_cmpint (strchr (result->err, '\n') - result->err, ==, strlen (result->err) - 1);
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("project", "import-registry", "--reference", fixture->reference,
                            fixture->project);
  g_assert_cmpint (result->status, ==, 2);
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("project", "import-registry", "--reference", fixture->reference,
                            fixture->project, csv);
  g_assert_cmpint (result->status, ==, 2);
  g_assert_nonnull (strstr (result->err, "rpss.json"));
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("project", "import-registry", "--reference", fixture->reference, csv, bad);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "kraje.csv"));
}

static void
test_reference_import (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *rpss = data_path ("registry", "rpss-cli.json");
  g_autoptr (KpTestCliResult) result = NULL;

  result = kp_test_run_cli ("reference", "import", "--reference", fixture->reference, rpss);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->out, "Registry of social services (MPSV)"));
  g_assert_nonnull (strstr (result->out, "rpss-cli.json"));
  g_clear_pointer (&result, kp_test_cli_result_free);

  result = kp_test_run_cli ("reference", "info", "--reference", fixture->reference);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_nonnull (strstr (result->out, "Registry of social services (MPSV)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/registry-cli/import-registry", Fixture, NULL, fixture_setup,
              test_import_registry, fixture_teardown);
  g_test_add ("/kp/registry-cli/errors", Fixture, NULL, fixture_setup, test_errors,
              fixture_teardown);
  g_test_add ("/kp/registry-cli/reference-import", Fixture, NULL, fixture_setup,
              test_reference_import, fixture_teardown);
  return g_test_run ();
}
