/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-error.h"
#include "kp-library.h"
#include "kp-reference-sources.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

/* KpLibrary on the fixture library (tests/data/reference/ plus the ČSÚ workbooks written
 * by kp-test-reference.c): pickers, totals, search, import records and the async import. */

typedef struct
{
  char      *dir;
  KpLibrary *library;
  GStrv      paths; /* all eight files */
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ruian = kp_test_ruian_paths ();
  g_autofree char *do_999 = NULL;
  g_autofree char *nad_1000 = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library = kp_test_open_library (fixture->dir);
  kp_test_write_csu_files (fixture->dir, 2020, &do_999, &nad_1000);
  g_strv_builder_add (builder, nad_1000);
  g_strv_builder_addv (builder, (const char **) ruian);
  g_strv_builder_add (builder, do_999);
  fixture->paths = g_strv_builder_end (builder);
  if (data != NULL)
    kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_strfreev (fixture->paths);
}

static void
test_kinds (void)
{
  static const char *const ids[] = { "kraje", "okresy", "orp", "pou",
                                     "ciselnik_csu", "ui_obec", "csu_vek" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KpReferenceKind kind = KP_REFERENCE_KIND_KRAJE + i;

      g_assert_cmpstr (kp_reference_kind_to_string (kind), ==, ids[i]);
      g_assert_cmpint (kp_reference_kind_from_string (ids[i]), ==, kind);
      g_assert_cmpuint (strlen (kp_reference_kind_get_label (kind)), >, 3);
    }
  g_assert_cmpint (kp_reference_kind_from_string ("rpss"), ==, KP_REFERENCE_KIND_REGISTRY);
  g_assert_cmpint (kp_reference_kind_from_string ("no_such_kind"), ==, KP_REFERENCE_KIND_UNKNOWN);
  g_assert_cmpint (kp_reference_kind_from_string (NULL), ==, KP_REFERENCE_KIND_UNKNOWN);
  g_assert_cmpstr (kp_reference_kind_get_label (KP_REFERENCE_KIND_UI_OBEC), ==,
                   "Obce (RÚIAN UI_OBEC)");
}

static void
test_default_path (void)
{
  g_autofree char *path = kp_library_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "komplan",
                                                "reference.sqlite", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpLibrary) library = NULL;

  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  library = kp_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_library_get_path (library), ==, path);
  g_assert_false (kp_library_is_ready (library));
}

static void
test_counts_and_ready (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpLibraryCounts counts = { 0 };

  g_assert_false (kp_library_is_ready (fixture->library));
  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  g_assert_true (kp_library_is_ready (fixture->library));

  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.kraje, ==, 3);
  g_assert_cmpint (counts.okresy, ==, 3);
  g_assert_cmpint (counts.orp, ==, 5);
  g_assert_cmpint (counts.pou, ==, 6);
  g_assert_cmpint (counts.obce, ==, 16);
  g_assert_cmpint (counts.obce_with_population, ==, 16);
  g_assert_cmpint (counts.population, ==, 13068);
  g_assert_cmpstr (counts.population_date, ==, "2020-12-31");
  kp_library_counts_clear (&counts);
  g_assert_null (counts.population_date);
  g_assert_cmpint (counts.obce, ==, 0);
}

static void
test_list_imports (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) imports = kp_library_list_imports (fixture->library, &error);
  static const struct
  {
    KpReferenceKind kind;
    const char     *name;
    int             rows;
  } expected[] = {
    { KP_REFERENCE_KIND_KRAJE, "kraje.csv", 3 },
    { KP_REFERENCE_KIND_OKRESY, "okresy.csv", 3 },
    { KP_REFERENCE_KIND_ORP, "orp.csv", 5 },
    { KP_REFERENCE_KIND_POU, "pou.csv", 6 },
    { KP_REFERENCE_KIND_CISELNIK_CSU, "ciselnik_CSU.csv", 10 },
    { KP_REFERENCE_KIND_UI_OBEC, "UI_OBEC.csv", 16 },
    { KP_REFERENCE_KIND_CSU_AGE, "2020_vek_do_999.xlsx", 39 },
    { KP_REFERENCE_KIND_CSU_AGE, "2020_vek_nad_1000.xlsx", 9 },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < imports->len; i++)
    {
      const KpImportRecord *record = g_ptr_array_index (imports, i);

      g_assert_cmpint (record->kind, ==, expected[i].kind);
      g_assert_cmpstr (record->source_name, ==, expected[i].name);
      g_assert_cmpint (record->row_count, ==, expected[i].rows);
      g_assert_false (record->unchanged);
    }
}

static KpArea *
area_at (GListModel *model,
         guint       position)
{
  KpArea *area = g_list_model_get_item (model, position);

  g_object_unref (area); /* the model keeps it */
  return area;
}

static void
assert_totals (KpArea *area,
               int     obce,
               gint64  total,
               gint64  a0_14,
               gint64  a15_64,
               gint64  a65_plus,
               gint64  a80_plus)
{
  const KpAgeTotals *totals = kp_area_get_totals (area);

  g_assert_cmpint (kp_area_get_obce (area), ==, obce);
  g_assert_cmpint (totals->total, ==, total);
  g_assert_cmpint (totals->a0_14, ==, a0_14);
  g_assert_cmpint (totals->a15_64, ==, a15_64);
  g_assert_cmpint (totals->a65_plus, ==, a65_plus);
  g_assert_cmpint (totals->a80_plus, ==, a80_plus);
}

static void
test_list_kraje (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) kraje = kp_library_list_kraje (fixture->library, &error);
  KpArea *vysocina;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kraje), ==, 3);
  g_assert_true (g_list_model_get_item_type (kraje) == KP_TYPE_AREA);
  g_assert_cmpstr (kp_area_get_nazev (area_at (kraje, 0)), ==, "Hlavní město Praha");
  g_assert_cmpstr (kp_area_get_nazev (area_at (kraje, 1)), ==, "Jihomoravský kraj");
  vysocina = area_at (kraje, 2);
  g_assert_cmpstr (kp_area_get_nazev (vysocina), ==, "Kraj Vysočina");
  g_assert_cmpint (kp_area_get_level (vysocina), ==, KP_AREA_LEVEL_KRAJ);
  g_assert_cmpstr (kp_area_get_kod (vysocina), ==, "108");
  g_assert_cmpstr (kp_area_get_csu_kod (vysocina), ==, "3107");
  g_assert_cmpstr (kp_area_get_ref_date (vysocina), ==, "2020-12-31");
  assert_totals (vysocina, 12, 7380, 690, 3860, 2830, 1204);
}

static void
test_list_orp (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) all = kp_library_list_orp (fixture->library, NULL, &error);
  g_autoptr (GListModel) vysocina = NULL;
  static const char *const order[] = { "Brodek u Adamova", "Havlíčkův Brod",
                                       "Hlavní město Praha", "Hlinsko", "Chotěboř" };
  KpArea                  *brod;
  KpArea                  *praha;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (kp_area_get_nazev (area_at (all, i)), ==, order[i]); /* "ch" after "h" */

  brod = area_at (all, 1);
  g_assert_cmpint (kp_area_get_level (brod), ==, KP_AREA_LEVEL_ORP);
  g_assert_cmpstr (kp_area_get_kod (brod), ==, "949");
  g_assert_cmpstr (kp_area_get_csu_kod (brod), ==, "6102");
  g_assert_cmpstr (kp_area_get_kraj_kod (brod), ==, "108");
  g_assert_cmpstr (kp_area_get_kraj_nazev (brod), ==, "Kraj Vysočina");
  assert_totals (brod, 6, 4212, 432, 2220, 1560, 660);
  g_assert_cmpfloat_with_epsilon (kp_area_get_share_65_plus (brod), 100.0 * 1560.0 / 4212.0, 1e-6);

  praha = area_at (all, 2);
  g_assert_cmpstr (kp_area_get_csu_kod (praha), ==, "1000");
  assert_totals (praha, 1, 4086, 636, 2250, 1200, 486);

  vysocina = kp_library_list_orp (fixture->library, "108", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vysocina), ==, 3);
  g_assert_cmpstr (kp_area_get_nazev (area_at (vysocina, 0)), ==, "Havlíčkův Brod");
  g_assert_cmpstr (kp_area_get_nazev (area_at (vysocina, 2)), ==, "Chotěboř");
  assert_totals (area_at (vysocina, 2), 3, 1980, 195, 1040, 745, 316);
}

static void
test_list_obce (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) obce = kp_library_list_obce (fixture->library, &error);
  g_autoptr (KpObec) first = NULL;
  g_autoptr (KpObec) last = NULL;
  guint  n;
  gint64 sum = 0;
  guint  brod = G_MAXUINT;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (obce);
  g_assert_cmpuint (n, ==, 16);
  first = g_list_model_get_item (obce, 0);
  last = g_list_model_get_item (obce, n - 1);
  g_assert_cmpstr (kp_obec_get_nazev (first), ==, "Brodek");
  g_assert_cmpstr (kp_obec_get_nazev (last), ==, "Ždírec");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      sum += kp_obec_get_totals (obec)->total;
      if (g_strcmp0 (kp_obec_get_kod (obec), "568414") == 0)
        brod = i;
      if (i > 0)
        {
          g_autoptr (KpObec) previous = g_list_model_get_item (obce, i - 1);

          g_assert_cmpint (kp_obec_compare_by_name (previous, obec), <, 0);
        }
    }
  g_assert_cmpint (sum, ==, 13068);
  g_assert_cmpuint (brod, <, n);
  {
    g_autoptr (KpObec) obec = g_list_model_get_item (obce, brod);
    const KpAgeTotals *totals = kp_obec_get_totals (obec);

    g_assert_cmpstr (kp_obec_get_nazev (obec), ==, "Havlíčkův Brod");
    g_assert_cmpint (kp_obec_get_status_kod (obec), ==, 3);
    g_assert_cmpstr (kp_obec_get_pou_nazev (obec), ==, "Havlíčkův Brod");
    g_assert_cmpstr (kp_obec_get_orp_kod (obec), ==, "949");
    g_assert_cmpstr (kp_obec_get_orp_nazev (obec), ==, "Havlíčkův Brod");
    g_assert_cmpstr (kp_obec_get_kraj_kod (obec), ==, "108");
    g_assert_cmpstr (kp_obec_get_kraj_nazev (obec), ==, "Kraj Vysočina");
    g_assert_cmpint (totals->total, ==, 2142);
    g_assert_cmpint (totals->a0_14, ==, 312);
    g_assert_cmpint (totals->a15_64, ==, 1170);
    g_assert_cmpint (totals->a65_plus, ==, 660);
    g_assert_cmpint (totals->a80_plus, ==, 270);
  }
}

static void
expect_orp (KpLibrary  *library,
            const char *query,
            const char *kod)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpArea) orp = kp_library_find_orp (library, query, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kp_area_get_kod (orp), ==, kod);
}

static void
test_find_orp (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpArea) none = NULL;
  g_autoptr (KpArea) found = NULL;

  expect_orp (fixture->library, "949", "949");
  expect_orp (fixture->library, "6102", "949");
  expect_orp (fixture->library, " havlickuv brod ", "949");
  expect_orp (fixture->library, "HAVLÍČKŮV", "949");
  expect_orp (fixture->library, "1000", "19");
  expect_orp (fixture->library, "chotebor", "957");

  found = kp_library_find_orp (fixture->library, "Havlíčkův Brod", &error);
  g_assert_no_error (error);
  assert_totals (found, 6, 4212, 432, 2220, 1560, 660);

  none = kp_library_find_orp (fixture->library, "brod", &error);
  g_assert_null (none);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "“brod” matches more than one ORP: Brodek u Adamova (1001), "
                   "Havlíčkův Brod (949)");
  g_clear_error (&error);

  none = kp_library_find_orp (fixture->library, "Jihlava", &error);
  g_assert_null (none);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No ORP matches “Jihlava”");
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *records;
  GError    *error;
  double     last_fraction;
  gboolean   fraction_went_back;
  gboolean   saw_message;
} AsyncRun;

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->records = kp_library_import_files_finish (KP_LIBRARY (source), result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
on_progress_notify_cb (KpProgress *progress,
                       GParamSpec *pspec,
                       AsyncRun   *run)
{
  double           fraction = kp_progress_get_fraction (progress);
  g_autofree char *message = kp_progress_dup_message (progress);

  if (fraction < run->last_fraction)
    run->fraction_went_back = TRUE;
  run->last_fraction = fraction;
  if (message != NULL && g_str_has_prefix (message, "Reading "))
    run->saw_message = TRUE;
}

static void
run_async (Fixture      *fixture,
           KpProgress   *progress,
           GCancellable *cancellable,
           AsyncRun     *run)
{
  run->loop = g_main_loop_new (NULL, FALSE);
  kp_library_import_files_async (fixture->library, (const char *const *) fixture->paths,
                                 KP_IMPORT_FLAGS_NONE, progress, cancellable, on_import_done_cb, run);
  g_main_loop_run (run->loop);
  g_main_loop_unref (run->loop);
}

static void
test_async_import (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (KpProgress) progress = kp_progress_new ();
  AsyncRun run = { 0 };

  g_signal_connect (progress, "notify", G_CALLBACK (on_progress_notify_cb), &run);
  run_async (fixture, progress, NULL, &run);
  g_assert_no_error (run.error);
  g_assert_cmpuint (run.records->len, ==, 8);
  /* progress is delivered from an idle; let the last one through */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpfloat (kp_progress_get_fraction (progress), ==, 1.0);
  g_assert_false (run.fraction_went_back);
  g_assert_true (kp_library_is_ready (fixture->library));
  g_ptr_array_unref (run.records);
}

static void
test_async_cancelled (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  AsyncRun run = { 0 };

  g_cancellable_cancel (cancellable);
  run_async (fixture, NULL, cancellable, &run);
  g_assert_null (run.records);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);
  g_assert_false (kp_library_is_ready (fixture->library));
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM import_log"),
                   ==, 0);
}

/* Every kind of file the reference window lists: its state follows the imports. */
static void
test_sources (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) imports = NULL;
  const KpReferenceSource *sources;
  guint                    n;

  sources = kp_reference_sources_get (&n);
  g_assert_cmpuint (n, ==, 18);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GPtrArray) records = NULL;
      KpReferenceSourceState state;

      imports = kp_library_list_imports (fixture->library, &error);
      g_assert_no_error (error);
      state = kp_reference_source_get_state (&sources[i], imports, &records);
      g_assert_cmpint (state, ==, sources[i].kind == KP_REFERENCE_KIND_UNKNOWN ? KP_REFERENCE_SOURCE_NOT_IMPORTABLE : KP_REFERENCE_SOURCE_MISSING);
      g_assert_cmpuint (records->len, ==, 0);
      g_assert_true (g_str_has_prefix (sources[i].url, "https://"));
      g_assert_cmpuint (strlen (kp_reference_source_get_how (&sources[i])), >, 20);
      g_assert_cmpuint (strlen (kp_reference_source_get_title (&sources[i])), >, 3);
      g_clear_pointer (&imports, g_ptr_array_unref);
    }

  /* all but the workbook of the large obce: the population is there in part */
  {
    g_autoptr (GPtrArray) some = g_ptr_array_new ();

    for (guint i = 0; fixture->paths[i] != NULL; i++)
      if (strstr (fixture->paths[i], "nad_1000") == NULL)
        g_ptr_array_add (some, fixture->paths[i]);
    g_ptr_array_add (some, NULL);
    kp_test_import_ok (fixture->library, (const char *const *) some->pdata);
  }
  imports = kp_library_list_imports (fixture->library, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GPtrArray) records = NULL;
      KpReferenceSourceState state = kp_reference_source_get_state (&sources[i], imports,
                                                                    &records);

      if (g_strcmp0 (sources[i].id, "csu_vek") == 0)
        {
          g_assert_cmpint (state, ==, KP_REFERENCE_SOURCE_PARTIAL);
          g_assert_cmpuint (records->len, ==, 1);
        }
      else if (g_strcmp0 (sources[i].id, "ui_obec") == 0)
        g_assert_cmpint (state, ==, KP_REFERENCE_SOURCE_PRESENT);
      else if (g_strcmp0 (sources[i].id, "rpss") == 0)
        g_assert_cmpint (state, ==, KP_REFERENCE_SOURCE_MISSING);
    }
}

/* The ČSÚ indicators of the SO ORP are recognised by their header, whatever the file's
 * name; one without the columns the profile needs is refused, naming the file and the
 * first column missing (test-import-csu-orp.c imports whole files). */
static void
test_orp_indicators_recognised (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *sample = kp_test_write_file (
      fixture->dir, "ukazatele.csv",
      "kód SOORP;název SO ORP;\"Počet obyvatel\n(k 31.12.)\";Přirozený přírůstek\r\n"
      "2101;Benešov;59 446;-21\r\n",
      -1);
  g_autofree char *real = kp_test_shared_data_path ("csu/orp_ukazatele.csv");
  const char      *paths[] = { sample, NULL };

  g_assert_cmpint (kp_library_detect_file (sample, &error), ==, KP_REFERENCE_KIND_CSU_ORP);
  g_assert_no_error (error);
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "ukazatele.csv",
                        "Saldo migrace");
  if (real != NULL)
    {
      g_assert_cmpint (kp_library_detect_file (real, &error), ==, KP_REFERENCE_KIND_CSU_ORP);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/library/kinds", test_kinds);
  g_test_add_func ("/kp/library/default-path", test_default_path);
#define ADD(path, func, imported) \
  g_test_add (path, Fixture, imported, fixture_setup, func, fixture_teardown)
  ADD ("/kp/library/counts-and-ready", test_counts_and_ready, NULL);
  ADD ("/kp/library/list-imports", test_list_imports, "imported");
  ADD ("/kp/library/list-kraje", test_list_kraje, "imported");
  ADD ("/kp/library/list-orp", test_list_orp, "imported");
  ADD ("/kp/library/list-obce", test_list_obce, "imported");
  ADD ("/kp/library/find-orp", test_find_orp, "imported");
  ADD ("/kp/library/async-import", test_async_import, NULL);
  ADD ("/kp/library/async-cancelled", test_async_cancelled, NULL);
  ADD ("/kp/library/sources", test_sources, NULL);
  ADD ("/kp/library/orp-indicators-recognised", test_orp_indicators_recognised, NULL);
#undef ADD
  return g_test_run ();
}
