/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "kp-project.h"
#include "kp-test-utils.h"

/* komplan-cli needs indicators and survey import | results on the sample project, through
 * the built executable ($KOMPLAN_CLI): the JSON shapes the issue gives, and refusals. */

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

static yajl_val
parse (const char *text)
{
  char     message[256] = "";
  yajl_val root = yajl_tree_parse (text, message, sizeof message);

  if (root == NULL)
    g_error ("not JSON (%s): %s", message, text);
  return root;
}

static yajl_val
member (yajl_val    object,
        const char *key,
        yajl_type   type)
{
  const char *path[] = { key, NULL };
  yajl_val    value = yajl_tree_get (object, path, type);

  if (value == NULL)
    g_error ("no “%s” of the expected type", key);
  return value;
}

static void
test_indicators_json (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (KpTestCliResult) result = kp_test_run_cli ("needs", "indicators", "--json",
                                                        fixture->project);
  yajl_val root, indicators, coverage;
  gboolean found_share = FALSE, found_ps = FALSE;

  g_assert_cmpint (result->status, ==, 0);
  root = parse (result->out);
  indicators = member (root, "indicators", yajl_t_array);
  coverage = member (root, "coverage", yajl_t_array);
  g_assert_cmpuint (YAJL_GET_ARRAY (indicators)->len, >, 20);
  for (size_t i = 0; i < YAJL_GET_ARRAY (indicators)->len; i++)
    {
      yajl_val item = YAJL_GET_ARRAY (indicators)->values[i];

      member (item, "name", yajl_t_string);
      member (item, "unit", yajl_t_string);
      member (item, "territory", yajl_t_any);
      member (item, "cr", yajl_t_any);
      if (g_strcmp0 (YAJL_GET_STRING (member (item, "id", yajl_t_string)), "share_65_plus") == 0)
        {
          found_share = TRUE;
          g_assert_cmpfloat_with_epsilon (YAJL_GET_DOUBLE (member (item, "territory", yajl_t_number)),
                                          100.0 * 4187 / 20360, 1e-9);
        }
    }
  for (size_t i = 0; i < YAJL_GET_ARRAY (coverage)->len; i++)
    {
      yajl_val item = YAJL_GET_ARRAY (coverage)->values[i];

      member (item, "unit", yajl_t_string);
      member (item, "capacity", yajl_t_number);
      member (item, "population", yajl_t_number);
      member (item, "per_1000", yajl_t_any);
      if (g_strcmp0 (YAJL_GET_STRING (member (item, "type", yajl_t_string)),
                     "DruhSocialniSluzby/4") == 0)
        {
          found_ps = TRUE;
          g_assert_cmpfloat_with_epsilon (YAJL_GET_DOUBLE (member (item, "per_1000", yajl_t_number)),
                                          1000.0 * 135 / 844, 1e-9);
        }
    }
  g_assert_true (found_share);
  g_assert_true (found_ps);
  yajl_tree_free (root);
}

static void
test_survey (Fixture      *fixture,
             gconstpointer data)
{
  static const char csv[] = "ID;Obec;Spokojenost\r\n1;Lesná;4\r\n2;Skalná;5\r\n3;Lesná;\r\n";
  g_autofree char  *path = kp_test_write_file (fixture->dir, "anketa.csv", csv, -1);
  g_autoptr (KpTestCliResult) import = kp_test_run_cli ("survey", "import", fixture->project,
                                                        "--name", "Anketa", "--group", "users",
                                                        path);
  g_autoptr (KpTestCliResult) results = NULL;
  yajl_val root, questions, scale, answers;

  g_assert_cmpint (import->status, ==, 0);
  g_assert_nonnull (strstr (import->out, "Anketa"));
  results = kp_test_run_cli ("survey", "results", "--json", fixture->project, "Anketa");
  g_assert_cmpint (results->status, ==, 0);
  root = parse (results->out);
  g_assert_cmpint (YAJL_GET_INTEGER (member (root, "respondents", yajl_t_number)), ==, 3);
  questions = member (root, "questions", yajl_t_array);
  g_assert_cmpuint (YAJL_GET_ARRAY (questions)->len, ==, 2);
  scale = YAJL_GET_ARRAY (questions)->values[1];
  g_assert_cmpstr (YAJL_GET_STRING (member (scale, "text", yajl_t_string)), ==, "Spokojenost");
  g_assert_cmpstr (YAJL_GET_STRING (member (scale, "type", yajl_t_string)), ==, "scale");
  g_assert_cmpint (YAJL_GET_INTEGER (member (scale, "valid", yajl_t_number)), ==, 2);
  answers = member (scale, "answers", yajl_t_array);
  g_assert_cmpuint (YAJL_GET_ARRAY (answers)->len, ==, 5);
  {
    yajl_val four = YAJL_GET_ARRAY (answers)->values[3];

    g_assert_cmpstr (YAJL_GET_STRING (member (four, "label", yajl_t_string)), ==, "4");
    g_assert_cmpint (YAJL_GET_INTEGER (member (four, "count", yajl_t_number)), ==, 1);
    g_assert_cmpfloat (YAJL_GET_DOUBLE (member (four, "percent", yajl_t_number)), ==, 50.0);
  }
  yajl_tree_free (root);
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  static const char csv[] = "ID;Obec\r\n1;Lesná\r\n1;Skalná\r\n";
  g_autofree char  *path = kp_test_write_file (fixture->dir, "dvakrat.csv", csv, -1);
  g_autoptr (KpTestCliResult) twice = kp_test_run_cli ("survey", "import", fixture->project,
                                                       "--name", "Anketa", path);
  g_autoptr (KpTestCliResult) missing = kp_test_run_cli ("survey", "results", fixture->project,
                                                         "Anketa");
  g_autoptr (KpTestCliResult) usage = kp_test_run_cli ("survey", "import", fixture->project, path);

  g_assert_cmpint (twice->status, ==, 1);
  g_assert_nonnull (strstr (twice->err, "dvakrat.csv"));
  g_assert_nonnull (strstr (twice->err, "3"));
  /* Nothing was stored. */
  g_assert_cmpint (missing->status, ==, 1);
  g_assert_cmpint (usage->status, ==, 2);
}

static void
test_export_chart (Fixture      *fixture,
                   gconstpointer data)
{
  static const char *const kinds[] = { "pyramid", "indicator", "coverage" };
  static const char *const extensions[] = { "png", "svg", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    for (guint k = 0; k < G_N_ELEMENTS (extensions); k++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", kinds[i], extensions[k]);
        g_autofree char *out = g_build_filename (fixture->dir, name, NULL);
        g_autoptr (KpTestCliResult) result = kp_test_run_cli ("export", "chart", "--kind",
                                                              kinds[i], "--size", "640x480",
                                                              fixture->project, out);

        g_assert_cmpint (result->status, ==, 0);
        g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
        if (k == 0)
          {
            cairo_surface_t *image = cairo_image_surface_create_from_png (out);

            g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
            g_assert_cmpint (cairo_image_surface_get_height (image), ==, 480);
            cairo_surface_destroy (image);
          }
      }
  {
    g_autofree char *out = g_build_filename (fixture->dir, "ageing.png", NULL);
    g_autoptr (KpTestCliResult) ageing = kp_test_run_cli ("export", "chart", "--kind", "indicator",
                                                          "--indicator", "ageing_index",
                                                          fixture->project, out);
    g_autoptr (KpTestCliResult) unknown = kp_test_run_cli ("export", "chart", "--kind", "indicator",
                                                           "--indicator", "nonsense",
                                                           fixture->project, out);
    g_autoptr (KpTestCliResult) no_kind = kp_test_run_cli ("export", "chart", fixture->project,
                                                           out);

    g_assert_cmpint (ageing->status, ==, 0);
    g_assert_cmpint (unknown->status, ==, 2);
    g_assert_cmpint (no_kind->status, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/cli/needs/indicators-json", Fixture, NULL, fixture_setup,
              test_indicators_json, fixture_teardown);
  g_test_add ("/kp/cli/survey/import-results", Fixture, NULL, fixture_setup, test_survey,
              fixture_teardown);
  g_test_add ("/kp/cli/survey/refused", Fixture, NULL, fixture_setup, test_refused,
              fixture_teardown);
  g_test_add ("/kp/cli/export/chart", Fixture, NULL, fixture_setup, test_export_chart,
              fixture_teardown);
  return g_test_run ();
}
