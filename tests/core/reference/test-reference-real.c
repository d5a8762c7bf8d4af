/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-library.h"
#include "kp-territory-boundaries.h"
#include "kp-project.h"

#include <string.h>
#include "kp-test-reference.h"
#include "kp-test-utils.h"

/* The national files in ../shared/data, checked against the facts in its README.md.
 * Skipped when the shared data is absent. */

static const char *const national_files[] = {
  "csu/2020_vek_nad_1000.xlsx", /* deliberately first: the order given does not matter */
  "ruian/UI_OBEC.csv",
  "ruian/kraje.csv",
  "ruian/okresy.csv",
  "ruian/orp.csv",
  "ruian/pou.csv",
  "ruian/ciselnik_CSU.csv",
  "csu/2020_vek_do_999.xlsx",
};

typedef struct
{
  char      *dir;
  KpLibrary *library;
  GStrv      paths;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (national_files); i++)
    {
      g_autofree char *path = kp_test_shared_data_path (national_files[i]);

      if (path == NULL)
        return;
      g_strv_builder_add (builder, path);
    }
  fixture->paths = g_strv_builder_end (builder);
  fixture->dir = kp_test_make_tmpdir ();
  fixture->library = kp_test_open_library (fixture->dir);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  if (fixture->dir != NULL)
    kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_strfreev (fixture->paths);
}

static gboolean
skip_without_data (Fixture *fixture)
{
  if (fixture->paths != NULL)
    return FALSE;
  g_test_skip ("the national files of ../shared/data are not there");
  return TRUE;
}

static void
test_national_import (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (KpArea) brod = NULL;
  g_autoptr (KpArea) praha = NULL;
  g_autoptr (GListModel) obce = NULL;
  KpLibraryCounts    counts = { 0 };
  const KpAgeTotals *totals;

  if (skip_without_data (fixture))
    return;

  records = kp_library_import_files (fixture->library, (const char *const *) fixture->paths,
                                     NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 8);
  {
    const KpImportRecord *nad_1000 = g_ptr_array_index (records, 0);
    const KpImportRecord *ui_obec = g_ptr_array_index (records, 1);
    const KpImportRecord *do_999 = g_ptr_array_index (records, 7);

    g_assert_cmpint (nad_1000->row_count, ==, 1495 * 3);
    g_assert_cmpstr (nad_1000->data_date, ==, "2020-12-31");
    g_assert_cmpint (do_999->row_count, ==, 4763 * 3);
    g_assert_cmpint (ui_obec->row_count, ==, 6258); /* Brdy ended in 2015 */
    g_assert_cmpstr (ui_obec->data_date, ==, "2026-07-07");
  }

  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.obce, ==, 6258);
  g_assert_cmpint (counts.orp, ==, 206);
  g_assert_cmpint (counts.pou, ==, 393);
  g_assert_cmpint (counts.okresy, ==, 77);
  g_assert_cmpint (counts.kraje, ==, 14);
  g_assert_cmpint (counts.obce_with_population, ==, 6258);
  g_assert_cmpint (counts.population, ==, 10701777);
  g_assert_cmpstr (counts.population_date, ==, "2020-12-31");
  kp_library_counts_clear (&counts);
  g_assert_true (kp_library_is_ready (fixture->library));

  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT sum(total) FROM population "
                                              "WHERE sex = 'muzi'"),
                   ==, 5275103);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM obec WHERE kod = '539996'"),
                   ==, 0);

  /* ORP Havlíčkův Brod under the 2026 membership */
  brod = kp_library_find_orp (fixture->library, "6102", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_area_get_kod (brod), ==, "949");
  g_assert_cmpstr (kp_area_get_nazev (brod), ==, "Havlíčkův Brod");
  g_assert_cmpstr (kp_area_get_kraj_kod (brod), ==, "108");
  totals = kp_area_get_totals (brod);
  g_assert_cmpint (kp_area_get_obce (brod), ==, 57);
  g_assert_cmpint (totals->total, ==, 53278);
  g_assert_cmpint (totals->a0_14, ==, 8822);
  g_assert_cmpint (totals->a15_64, ==, 33437);
  g_assert_cmpint (totals->a65_plus, ==, 11019);

  praha = kp_library_find_orp (fixture->library, "19", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_area_get_csu_kod (praha), ==, "1000");
  g_assert_cmpint (kp_area_get_totals (praha)->total, ==, 1335084);

  obce = kp_library_list_obce (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (obce), ==, 6258);

  /* again: nothing changes */
  again = kp_library_import_files (fixture->library, (const char *const *) fixture->paths,
                                   NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < again->len; i++)
    g_assert_true (((KpImportRecord *) g_ptr_array_index (again, i))->unchanged);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM import_log"),
                   ==, 8);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT sum(total) FROM population "
                                              "WHERE sex = 'celkem'"),
                   ==, 10701777);
}

static void
test_national_kraje_and_orp (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) kraje = NULL;
  g_autoptr (GListModel) orp = NULL;
  static const char *const vysocina[] = { "Bystřice nad Pernštejnem", "Havlíčkův Brod",
                                          "Humpolec", "Chotěboř", "Jihlava" };
  gint64                   sum = 0;
  guint                    n;

  if (skip_without_data (fixture))
    return;
  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);

  kraje = kp_library_list_kraje (fixture->library, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (kraje);
  g_assert_cmpuint (n, ==, 14);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpArea) kraj = g_list_model_get_item (kraje, i);

      sum += kp_area_get_totals (kraj)->total;
    }
  g_assert_cmpint (sum, ==, 10701777);

  /* Kraj Vysočina: 15 ORP in Czech order, "ch" after "h" */
  orp = kp_library_list_orp (fixture->library, "108", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (orp), ==, 15);
  for (guint i = 0; i < G_N_ELEMENTS (vysocina); i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (orp, i);

      g_assert_cmpstr (kp_area_get_nazev (area), ==, vysocina[i]);
    }
}

/* A worker import cancelled while it runs leaves nothing behind. */
static void
on_progress_notify_cb (KpProgress   *progress,
                       GParamSpec   *pspec,
                       GCancellable *cancellable)
{
  if (kp_progress_get_fraction (progress) > 0.05)
    g_cancellable_cancel (cancellable);
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GError   **error = user_data;
  GPtrArray *records = kp_library_import_files_finish (KP_LIBRARY (source), result, error);

  g_assert_null (records);
}

static void
test_national_cancel (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KpProgress) progress = kp_progress_new ();
  GError *error = NULL;

  if (skip_without_data (fixture))
    return;
  g_signal_connect (progress, "notify::fraction", G_CALLBACK (on_progress_notify_cb),
                    cancellable);
  kp_library_import_files_async (fixture->library, (const char *const *) fixture->paths,
                                 KP_IMPORT_FLAGS_NONE, progress, cancellable, on_import_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (kp_library_is_ready (fixture->library));
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 0);
}

/* The national boundaries: all four files of ../shared/data/geo on top of the reference
 * data; every obec matched (Praha from its 22 obvody), then an ORP project's map. */
static void
test_national_boundaries (Fixture      *fixture,
                          gconstpointer data)
{
  static const char *const geo[] = { "geo/orp.geojson", "geo/obce.topojson.json",
                                     "geo/orp.topojson.json", "geo/kraje.topojson.json" };
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpProjectBoundaries) b = NULL;
  g_autofree char *project_path = NULL;
  KpLibraryCounts  counts = { 0 };
  KpProjectSpec    spec = { .name = "Havlíčkobrodsko", .kind = KP_TERRITORY_ORP, .orp_kod = "949", .period_from = 2026, .period_to = 2028 };

  if (skip_without_data (fixture))
    return;
  g_strv_builder_addv (builder, (const char **) fixture->paths);
  for (guint i = 0; i < G_N_ELEMENTS (geo); i++)
    {
      g_autofree char *path = kp_test_shared_data_path (geo[i]);

      if (path == NULL)
        {
          g_test_skip ("../shared/data/geo is not there");
          return;
        }
      g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  records = kp_library_import_files (fixture->library, (const char *const *) paths, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  for (guint i = 8; i < records->len; i++)
    {
      const KpImportRecord *r = g_ptr_array_index (records, i);

      g_test_message ("%s: %s", r->source_name, r->note);
      if (r->kind == KP_REFERENCE_KIND_GEO_OBCE)
        {
          g_assert_cmpint (r->row_count, ==, 6258);
          g_assert_nonnull (strstr (r->note, "22 správní obvody merged into Praha"));
          g_assert_null (strstr (r->note, "matched no code"));
          g_assert_null (strstr (r->note, "have no boundary"));
        }
      else if (r->kind == KP_REFERENCE_KIND_GEO_ORP)
        g_assert_cmpint (r->row_count, ==, 206);
      else
        g_assert_cmpint (r->row_count, ==, 14);
    }
  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_cmpint (counts.boundaries_obce, ==, 6258);
  g_assert_cmpint (counts.boundaries_orp, ==, 206);
  g_assert_cmpint (counts.boundaries_kraje, ==, 14);
  kp_library_counts_clear (&counts);
  /* The detailed orp.geojson (2.9 MB) outlasts the coarse orp.topojson.json in one batch. */
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM boundary_arc WHERE level = 'orp'"),
                   ==, 214);
  /* Areas from the simplified boundaries, in S-JTSK: Czechia 78 871 km², Praha 496 km². */
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT round(sum(area_km2)) FROM boundary "
                                              "WHERE level = 'obec'"),
                   >, 78700);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT round(area_km2) FROM boundary "
                                              "WHERE level = 'obec' AND kod = '554782'"),
                   ==, 496);

  project_path = g_build_filename (fixture->dir, "hb.komplan", NULL);
  project = kp_project_create (fixture->library, project_path, &spec, &error);
  g_assert_no_error (error);
  b = kp_project_load_boundaries (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->territory->features->len, ==, 57);
  g_assert_cmpuint (b->neighbours->features->len, >, 50);
  g_assert_cmpuint (b->orp->features->len, >=, 5);
  g_assert_cmpuint (b->kraje->features->len, >=, 1);
}

/* Issue 11: a copy of UI_OBEC.csv cut inside its last row's last field was imported as
 * 2 409 obce instead of 6 258, with no error. Cut inside the field, the date gives it
 * away; cut after a whole row, the file reads well, and the guard refuses it until it is
 * forced; either way "undo" gives back the library as it was, row for row. */
static void
test_national_cut_ui_obec (Fixture      *fixture,
                           gconstpointer data)
{
  g_autofree char *source = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *inside = NULL;
  g_autofree char *after_row = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) undone = NULL;
  g_autoptr (GError) error = NULL;
  const char *paths[] = { NULL, NULL };
  const char *row_end;

  if (skip_without_data (fixture))
    return;
  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  before = kp_test_library_dump (kp_library_get_path (fixture->library));
  source = kp_test_shared_data_path ("ruian/UI_OBEC.csv");
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));

  /* 150 000 bytes end inside the DATUM_VZNIKU of row 2 411 ("01.07.1990 00:") */
  inside = kp_test_write_file (fixture->dir, "UI_OBEC.csv", contents, 150000);
  paths[0] = inside;
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "UI_OBEC.csv",
                        "column DATUM_VZNIKU: “01.07.1990 00:” is not a date");

  /* the same copy cut after its last whole row */
  row_end = g_strrstr_len (contents, 150000, "\r\n");
  after_row = kp_test_write_file (fixture->dir, "UI_OBEC-cut.csv", contents, row_end - contents);
  paths[0] = after_row;
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_CHANGED, "UI_OBEC-cut.csv",
                        "UI_OBEC-cut.csv would remove 3\302\240850 of the 6\302\240258 obce "
                        "(e.g. ");

  undone = kp_library_import_files_full (fixture->library, paths, KP_IMPORT_FLAGS_FORCE, NULL,
                                         NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&undone, g_ptr_array_unref);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 2408);

  undone = kp_library_undo_last_import (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (undone->len, ==, 1);
  after = kp_test_library_dump (kp_library_get_path (fixture->library));
  g_assert_true (strcmp (before, after) == 0);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 6258);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/kp/reference-real/national-import", test_national_import);
  ADD ("/kp/reference-real/kraje-and-orp", test_national_kraje_and_orp);
  ADD ("/kp/reference-real/cancel", test_national_cancel);
  ADD ("/kp/reference-real/boundaries", test_national_boundaries);
  ADD ("/kp/reference-real/cut-ui-obec", test_national_cut_ui_obec);
#undef ADD
  return g_test_run ();
}
