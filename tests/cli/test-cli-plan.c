/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <yajl/yajl_tree.h>

#include "kp-project.h"
#include "kp-test-utils.h"

/* komplan-cli plan export | import | info on the sample project, through the built
 * executable ($KOMPLAN_CLI): the JSON round trip, the summary's sums, a refused file. */

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = g_build_filename (fixture->dir, "sample.komplan", NULL);
  project = kp_project_create_sample (fixture->project, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "plan.json", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "plan2.json", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  {
    g_autoptr (KpTestCliResult) r = kp_test_run_cli ("plan", "export", "--json", fixture->project,
                                                     first);
    g_assert_cmpint (r->status, ==, 0);
  }
  {
    g_autoptr (KpTestCliResult) r = kp_test_run_cli ("plan", "import", fixture->project, first);
    g_assert_cmpint (r->status, ==, 0);
    g_assert_nonnull (strstr (r->out, "version 2"));
  }
  {
    g_autoptr (KpTestCliResult) r = kp_test_run_cli ("plan", "export", "--json", fixture->project,
                                                     second);
    g_assert_cmpint (r->status, ==, 0);
  }
  a = read_file (first);
  b = read_file (second);
  g_assert_cmpstr (a, ==, b);
  /* Without --force an existing file stays. */
  {
    g_autoptr (KpTestCliResult) r = kp_test_run_cli ("plan", "export", "--json", fixture->project,
                                                     first);
    g_assert_cmpint (r->status, ==, 1);
  }
}

static yajl_val
member (yajl_val    object,
        const char *key)
{
  const char *path[] = { key, NULL };

  return yajl_tree_get (object, path, yajl_t_any);
}

static void
test_info (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (KpTestCliResult) r = kp_test_run_cli ("plan", "info", "--json", fixture->project);
  yajl_val root, levels, by_year, by_source;
  gint64   total = 0, year_sum = 0, source_sum = 0;

  g_assert_cmpint (r->status, ==, 0);
  root = yajl_tree_parse (r->out, NULL, 0);
  g_assert_nonnull (root);
  g_assert_cmpint (YAJL_GET_INTEGER (member (root, "version")), ==, 2);
  levels = member (root, "levels");
  g_assert_cmpuint (levels->u.array.len, ==, 3);
  g_assert_cmpint (YAJL_GET_INTEGER (member (levels->u.array.values[0], "items")), ==, 4);
  /* The draft revision added one activity to the sample's 30. */
  g_assert_cmpint (YAJL_GET_INTEGER (member (root, "activities")), ==, 31);
  total = YAJL_GET_INTEGER (member (root, "costs_total"));
  by_year = member (root, "costs_by_year");
  by_source = member (root, "costs_by_source");
  for (size_t i = 0; i < by_year->u.object.len; i++)
    year_sum += YAJL_GET_INTEGER (by_year->u.object.values[i]);
  for (size_t i = 0; i < by_source->u.object.len; i++)
    source_sum += YAJL_GET_INTEGER (by_source->u.object.values[i]);
  g_assert_cmpint (year_sum, ==, total);
  g_assert_cmpint (source_sum, ==, total);
  g_assert_cmpint (total, >, 0);
  yajl_tree_free (root);
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *bad = kp_test_write_file (
      fixture->dir, "zly.json",
      "{\"format\": \"komplan-plan/1\", \"period\": \"2026-2028\", \"levels\": [\"P\", \"A\"], "
      "\"items\": [{\"title\": \"P\", \"children\": [{\"title\": \"A\", \"costs\": "
      "[{\"year\": 2026, \"source\": \"loterie\", \"amount\": 5}]}]}]}",
      -1);
  g_autoptr (KpTestCliResult) r = kp_test_run_cli ("plan", "import", fixture->project, bad);
  g_autoptr (KpTestCliResult) info = NULL;

  g_assert_cmpint (r->status, ==, 1);
  g_assert_nonnull (strstr (r->err, "zly.json"));
  g_assert_nonnull (strstr (r->err, "1.1"));
  g_assert_nonnull (strstr (r->err, "loterie"));
  /* Nothing changed. */
  info = kp_test_run_cli ("plan", "info", "--json", fixture->project);
  g_assert_nonnull (strstr (info->out, "\"activities\": 31"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/cli/plan/round-trip", Fixture, NULL, fixture_setup, test_round_trip,
              fixture_teardown);
  g_test_add ("/kp/cli/plan/info", Fixture, NULL, fixture_setup, test_info, fixture_teardown);
  g_test_add ("/kp/cli/plan/refused", Fixture, NULL, fixture_setup, test_refused,
              fixture_teardown);
  return g_test_run ();
}
