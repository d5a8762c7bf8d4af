/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-database.h"
#include "kp-database-private.h"
#include "kp-indicators.h"
#include "kp-project.h"
#include "kp-test-utils.h"

/* The sample project: a fictional mikroregion, written without any reference library. */

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
  fixture->path = g_build_filename (fixture->dir, "ukazka.komplan", NULL);
  fixture->project = kp_project_create_sample (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->project);
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

static gint64
query_int (const char *path,
           const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_assert_no_error (error);
  stmt = kp_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_true (kp_database_step_row (db, stmt, &error));
  return sqlite3_column_int64 (stmt, 0);
}

static int
position_of (GListModel *obce,
             const char *nazev)
{
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (kp_obec_get_nazev (obec), nazev) == 0)
        return (int) i;
    }
  return -1;
}

static void
test_sample_project (Fixture      *fixture,
                     gconstpointer data)
{
  KpProject       *project = fixture->project;
  GListModel      *obce = kp_project_get_obce (project);
  guint            n = g_list_model_get_n_items (obce);
  g_autofree char *part = g_strconcat (fixture->path, ".part", NULL);

  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (kp_project_get_is_sample (project));
  g_assert_nonnull (strstr (kp_project_get_name (project), "ukázková data"));
  g_assert_cmpstr (kp_project_get_territory_name (project), ==, "Mikroregion Podlesí");
  g_assert_cmpint (kp_project_get_territory_kind (project), ==, KP_TERRITORY_CUSTOM);
  g_assert_cmpint (kp_project_get_period_from (project), ==, 2026);
  g_assert_cmpint (kp_project_get_period_to (project), ==, 2028);
  g_assert_cmpstr (kp_project_get_reference_date (project), ==, "2020-12-31");
  g_assert_cmpint (n, >=, 12);
  g_assert_cmpint (n, <=, 15);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      /* fictional codes, outside the range of real obce (500000–599999) */
      g_assert_true (g_str_has_prefix (kp_obec_get_kod (obec), "99"));
      g_assert_cmpint (strlen (kp_obec_get_kod (obec)), ==, 6);
      g_assert_cmpstr (kp_obec_get_orp_nazev (obec), ==, "Lesná");
      g_assert_cmpint (kp_obec_get_totals (obec)->total, >=, 80);
    }
}

static void
test_sample_czech_order (Fixture      *fixture,
                         gconstpointer data)
{
  GListModel *obce = kp_project_get_obce (fixture->project);
  int         ch = position_of (obce, "Chvojnice");
  int         h = position_of (obce, "Hvozdná");

  g_assert_cmpint (ch, >=, 0);
  g_assert_cmpint (h, >=, 0);
  g_assert_cmpint (ch, >, h); /* "ch" sorts after "h" */
  g_assert_cmpint (position_of (obce, "Čeňkov"), <, position_of (obce, "Dubovice"));
  g_assert_cmpint (position_of (obce, "Žďárec"), ==, (int) g_list_model_get_n_items (obce) - 1);
}

static void
test_sample_bands_consistent (Fixture      *fixture,
                              gconstpointer data)
{
  int n = (int) g_list_model_get_n_items (kp_project_get_obce (fixture->project));

  g_clear_object (&fixture->project);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM population"), ==, 3 * n);
  /* the 18 bands sum to the total in every row */
  g_assert_cmpint (query_int (fixture->path,
                              "SELECT count(*) FROM population WHERE total <> a0_4 + a5_9 + "
                              "a10_14 + a15_19 + a20_24 + a25_29 + a30_34 + a35_39 + a40_44 + "
                              "a45_49 + a50_54 + a55_59 + a60_64 + a65_69 + a70_74 + a75_79 + "
                              "a80_84 + a85_plus"),
                   ==, 0);
  /* muži + ženy = celkem, band by band */
  g_assert_cmpint (query_int (fixture->path,
                              "SELECT count(*) FROM population AS c "
                              "JOIN population AS m ON m.obec_kod = c.obec_kod AND m.sex = 'muzi' "
                              "JOIN population AS z ON z.obec_kod = c.obec_kod AND z.sex = 'zeny' "
                              "WHERE c.sex = 'celkem' AND (c.total <> m.total + z.total "
                              "OR c.a0_4 <> m.a0_4 + z.a0_4 OR c.a5_9 <> m.a5_9 + z.a5_9 "
                              "OR c.a10_14 <> m.a10_14 + z.a10_14 "
                              "OR c.a15_19 <> m.a15_19 + z.a15_19 "
                              "OR c.a20_24 <> m.a20_24 + z.a20_24 "
                              "OR c.a25_29 <> m.a25_29 + z.a25_29 "
                              "OR c.a30_34 <> m.a30_34 + z.a30_34 "
                              "OR c.a35_39 <> m.a35_39 + z.a35_39 "
                              "OR c.a40_44 <> m.a40_44 + z.a40_44 "
                              "OR c.a45_49 <> m.a45_49 + z.a45_49 "
                              "OR c.a50_54 <> m.a50_54 + z.a50_54 "
                              "OR c.a55_59 <> m.a55_59 + z.a55_59 "
                              "OR c.a60_64 <> m.a60_64 + z.a60_64 "
                              "OR c.a65_69 <> m.a65_69 + z.a65_69 "
                              "OR c.a70_74 <> m.a70_74 + z.a70_74 "
                              "OR c.a75_79 <> m.a75_79 + z.a75_79 "
                              "OR c.a80_84 <> m.a80_84 + z.a80_84 "
                              "OR c.a85_plus <> m.a85_plus + z.a85_plus)"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM population "
                                             "WHERE ref_date <> '2020-12-31'"),
                   ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static void
test_sample_comparison (Fixture      *fixture,
                        gconstpointer data)
{
  GListModel        *comparison = kp_project_get_comparison (fixture->project);
  KpArea            *totals = kp_project_get_totals (fixture->project);
  const KpAgeTotals *t = kp_area_get_totals (totals);
  g_autoptr (KpArea) orp = NULL;
  g_autoptr (KpArea) kraj = NULL;
  g_autoptr (KpArea) cr = NULL;
  const KpAgeTotals *c;
  double             share;

  g_assert_cmpint (t->total, >=, 20000);
  g_assert_cmpint (t->total, <=, 25000);
  g_assert_cmpint (t->a0_14 + t->a15_64 + t->a65_plus, ==, t->total);
  share = kp_indicators_share_65_plus (t);
  g_assert_cmpfloat (share, >=, 18.0);
  g_assert_cmpfloat (share, <=, 28.0);

  g_assert_cmpint (g_list_model_get_n_items (comparison), ==, 4);
  orp = g_list_model_get_item (comparison, 1);
  kraj = g_list_model_get_item (comparison, 2);
  cr = g_list_model_get_item (comparison, 3);

  /* the whole fictional ORP is the territory */
  g_assert_cmpint (kp_area_get_level (orp), ==, KP_AREA_LEVEL_ORP);
  g_assert_cmpstr (kp_area_get_nazev (orp), ==, "Lesná");
  g_assert_cmpint (kp_area_get_obce (orp), ==, kp_area_get_obce (totals));
  g_assert_cmpint (kp_area_get_totals (orp)->total, ==, t->total);
  g_assert_cmpint (kp_area_get_totals (orp)->a0_14, ==, t->a0_14);
  g_assert_cmpint (kp_area_get_totals (orp)->a65_plus, ==, t->a65_plus);
  g_assert_cmpint (kp_area_get_totals (orp)->a80_plus, ==, t->a80_plus);

  g_assert_cmpint (kp_area_get_level (kraj), ==, KP_AREA_LEVEL_KRAJ);
  g_assert_nonnull (strstr (kp_area_get_nazev (kraj), "ukázka"));
  c = kp_area_get_totals (kraj);
  g_assert_cmpint (c->a0_14 + c->a15_64 + c->a65_plus, ==, c->total);

  /* the real Czech Republic at 31. 12. 2020 */
  c = kp_area_get_totals (cr);
  g_assert_cmpint (kp_area_get_level (cr), ==, KP_AREA_LEVEL_CR);
  g_assert_cmpint (kp_area_get_obce (cr), ==, 6258);
  g_assert_cmpint (c->total, ==, 10701777);
  g_assert_cmpint (c->a0_14, ==, 1719741);
  g_assert_cmpint (c->a15_64, ==, 6823714);
  g_assert_cmpint (c->a65_plus, ==, 2158322);
  g_assert_cmpint (c->a80_plus, ==, 447526);
  g_assert_cmpfloat_with_epsilon (kp_area_get_share_65_plus (cr), 20.17, 0.005);
  g_assert_cmpfloat_with_epsilon (kp_area_get_ageing_index (cr), 125.5, 0.05);
}

static void
test_sample_sources (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) sources = kp_project_list_sources (fixture->project, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sources->len, >=, 1);
  g_assert_nonnull (strstr (((KpImportRecord *) sources->pdata[0])->source_name, "Smyšlená"));
}

static void
test_sample_editable (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) reopened = NULL;

  g_assert_true (kp_project_set_period (fixture->project, 2027, 2029, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->project);

  reopened = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (kp_project_get_is_sample (reopened));
  g_assert_cmpint (kp_project_get_period_from (reopened), ==, 2027);
}

static void
test_sample_missing_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "ukazka.komplan", NULL);
  g_autoptr (KpProject) project = kp_project_create_sample (path, &error);

  g_assert_null (project);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  kp_test_remove_tree (dir);
}

static void
test_sample_replaces_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *path = kp_test_write_file (dir, "ukazka.komplan", "old contents", -1);
  g_autoptr (KpProject) project = kp_project_create_sample (path, &error);

  g_assert_no_error (error);
  g_assert_true (kp_project_get_is_sample (project));
  g_clear_object (&project);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/kp/sample/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("project", test_sample_project);
  ADD ("czech-order", test_sample_czech_order);
  ADD ("bands-consistent", test_sample_bands_consistent);
  ADD ("comparison", test_sample_comparison);
  ADD ("sources", test_sample_sources);
  ADD ("editable", test_sample_editable);
  g_test_add_func ("/kp/sample/missing-directory", test_sample_missing_directory);
  g_test_add_func ("/kp/sample/replaces-file", test_sample_replaces_file);

#undef ADD

  return g_test_run ();
}
