/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "kp-error.h"
#include "kp-library.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

/* The ČSÚ age workbooks, written by the test (see kp-test-reference.h for the numbers). */

typedef struct
{
  char      *dir;
  KpLibrary *library;
  char      *do_999;
  char      *nad_1000;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_auto (GStrv) paths = kp_test_ruian_paths ();

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library = kp_test_open_library (fixture->dir);
  kp_test_import_ok (fixture->library, (const char *const *) paths);
  kp_test_write_csu_files (fixture->dir, 2020, &fixture->do_999, &fixture->nad_1000);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->do_999);
  g_free (fixture->nad_1000);
}

static void
import_population (Fixture *fixture)
{
  const char *const paths[] = { fixture->nad_1000, fixture->do_999, NULL };

  kp_test_import_ok (fixture->library, paths);
}

static gint64
query (Fixture    *fixture,
       const char *sql)
{
  return kp_test_library_query_int (fixture->library, sql);
}

/* Celkem and the 18 bands base, base + 1, …; @total < 0 means the true sum. */
static GStrv
counts_of (int base,
           int total)
{
  GStrv counts = g_new0 (char *, 20);
  int   sum = 0;

  for (int k = 0; k < 18; k++)
    {
      counts[1 + k] = g_strdup_printf ("%d", base + k);
      sum += base + k;
    }
  counts[0] = g_strdup_printf ("%d", total < 0 ? sum : total);
  return counts;
}

/* A workbook of the obce 500011 (rows 2–4) and 500020 (rows 5–7, celkem first), then
 * the row given. */
static char *
write_with_row (Fixture           *fixture,
                const char        *name,
                const char        *poh,
                const char        *zuj,
                const char *const *counts)
{
  KpTestCsuSheet  *sheet = kp_test_csu_sheet_new (FALSE);
  g_autofree char *xml = NULL;

  kp_test_csu_sheet_add_obec (sheet, "500011", 3, 4);
  kp_test_csu_sheet_add_obec (sheet, "500020", 0, 1);
  kp_test_csu_sheet_add_row (sheet, poh, zuj, counts);
  xml = kp_test_csu_sheet_finish (sheet);
  return kp_test_write_xlsx (fixture->dir, name, xml, NULL, NULL);
}

static void
test_both_files (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *const paths[] = { fixture->do_999, fixture->nad_1000, NULL };
  g_autoptr (GPtrArray) records = NULL;
  KpLibraryCounts counts = { 0 };

  records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    const KpImportRecord *small = g_ptr_array_index (records, 0);
    const KpImportRecord *large = g_ptr_array_index (records, 1);

    g_assert_cmpint (small->kind, ==, KP_REFERENCE_KIND_CSU_AGE);
    g_assert_cmpstr (small->source_name, ==, "2020_vek_do_999.xlsx");
    g_assert_cmpint (small->row_count, ==, 39); /* 13 obce × 3 */
    g_assert_cmpstr (small->data_date, ==, "2020-12-31");
    g_assert_cmpint (large->row_count, ==, 9);
    g_assert_cmpstr (large->data_date, ==, "2020-12-31");
  }

  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.obce_with_population, ==, 16);
  g_assert_cmpint (counts.population, ==, 13068);
  g_assert_cmpstr (counts.population_date, ==, "2020-12-31");
  kp_library_counts_clear (&counts);

  /* Havlíčkův Brod (m 50, z 52), from the file with single years */
  g_assert_cmpint (query (fixture, "SELECT total FROM population WHERE obec_kod = '568414' "
                                   "AND sex = 'celkem'"),
                   ==, 2142);
  g_assert_cmpint (query (fixture, "SELECT total FROM population WHERE obec_kod = '568414' "
                                   "AND sex = 'muzi'"),
                   ==, 1053);
  g_assert_cmpint (query (fixture, "SELECT a85_plus FROM population WHERE obec_kod = '568414' "
                                   "AND sex = 'zeny'"),
                   ==, 69);
  g_assert_cmpint (query (fixture, "SELECT a0_4 FROM population WHERE obec_kod = '500020' "
                                   "AND sex = 'muzi'"),
                   ==, 0);
  g_assert_cmpint (query (fixture, "SELECT sum(total) FROM population WHERE sex = 'zeny'"), ==,
                   6642);
}

static void
test_reimport_unchanged (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *const one[] = { fixture->do_999, NULL };
  g_autoptr (GPtrArray) records = NULL;

  import_population (fixture);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM import_log"), ==, 8);

  records = kp_library_import_files (fixture->library, one, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (((KpImportRecord *) g_ptr_array_index (records, 0))->unchanged);
  g_assert_cmpint (((KpImportRecord *) g_ptr_array_index (records, 0))->row_count, ==, 39);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM import_log"), ==, 8);
  g_assert_cmpint (query (fixture, "SELECT sum(total) FROM population WHERE sex = 'celkem'"),
                   ==, 13068);
}

/* A newer file replaces all of the population; the older files are then refused. */
static void
test_newer_replaces_older_refused (Fixture      *fixture,
                                   gconstpointer data)
{
  KpTestCsuSheet   *sheet = kp_test_csu_sheet_new (FALSE);
  g_autofree char  *xml = NULL;
  g_autofree char  *newer = NULL;
  const char       *newer_paths[] = { NULL, NULL };
  const char *const older_paths[] = { fixture->nad_1000, NULL };

  import_population (fixture);
  kp_test_csu_sheet_add_obec (sheet, "500011", 4, 4);
  kp_test_csu_sheet_add_obec (sheet, "500097", 10, 10);
  xml = kp_test_csu_sheet_finish (sheet);
  newer = kp_test_write_xlsx (fixture->dir, "2021_vek_do_999.xlsx", xml, NULL, NULL);
  newer_paths[0] = newer;
  kp_test_import_ok (fixture->library, newer_paths);

  g_assert_cmpint (query (fixture, "SELECT count(*) FROM population"), ==, 6);
  g_assert_cmpint (query (fixture, "SELECT sum(total) FROM population WHERE sex = 'celkem' "
                                   "AND ref_date = '2021-12-31'"),
                   ==, 18 * 8 + 306 + 18 * 20 + 306);

  kp_test_import_fails (fixture->library, older_paths, KP_IMPORT_ERROR_OUTDATED,
                        "2020_vek_nad_1000.xlsx", "older than the data already imported");
}

static void
test_date_from_properties (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *undated = NULL;
  KpTestCsuSheet  *sheet = kp_test_csu_sheet_new (FALSE);
  g_autoptr (GPtrArray) records = NULL;

  kp_test_csu_sheet_add_obec (sheet, "500011", 3, 4);
  xml = kp_test_csu_sheet_finish (sheet);
  dated = kp_test_write_xlsx (fixture->dir, "vek_obci.xlsx", xml, NULL, "2022-03-01T08:00:00Z");
  undated = kp_test_write_xlsx (fixture->dir, "vek.xlsx", xml, NULL, NULL);

  {
    const char *const paths[] = { undated, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "vek.xlsx",
                          "does not say which year it describes");
  }
  {
    const char *const paths[] = { dated, NULL };

    records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (((KpImportRecord *) g_ptr_array_index (records, 0))->data_date, ==,
                     "2021-12-31");
  }
}

typedef struct
{
  const char *poh;
  const char *zuj;
  int         base;
  int         total;    /* -1: the true sum */
  const char *bad_band; /* replaces band 40–44 when set */
  int         code;
  const char *message;
} BadRow;

static const BadRow bad_rows[] = {
  { "celkem", "500038", 2, 100, NULL, KP_IMPORT_ERROR_RECORD,
    "2020_vek_bad.xlsx, row 8: the age bands of obec “500038” add up to 189, but the total is 100" },
  { "celkem", "500038", 2, -1, "-3", KP_IMPORT_ERROR_RECORD,
    "row 8: “-3” in column “40-44” is not a count of people" },
  { "celkem", "500038", 2, -1, "abc", KP_IMPORT_ERROR_RECORD,
    "row 8: “abc” in column “40-44” is not a count of people" },
  { "celkem", "599999", 2, -1, NULL, KP_IMPORT_ERROR_MISSING,
    "row 8: obec “599999” is not in the list of obce (UI_OBEC)" },
  { "muži", "500011", 2, -1, NULL, KP_IMPORT_ERROR_DUPLICATE,
    "row 8: obec “500011” has a second “muži” row (the first is in 2020_vek_bad.xlsx, row 3)" },
  { "děti", "500038", 2, -1, NULL, KP_IMPORT_ERROR_RECORD,
    "row 8: “děti” in column POH is not celkem, muži or ženy" },
  { "celkem", "50003", 2, -1, NULL, KP_IMPORT_ERROR_RECORD,
    "row 8: obec code “50003” does not have 6 digits" },
};

static void
test_bad_row (Fixture      *fixture,
              gconstpointer data)
{
  const BadRow *bad = data;
  g_auto (GStrv) counts = counts_of (bad->base, bad->total);
  g_autofree char *path = NULL;
  const char      *paths[] = { NULL, NULL };

  import_population (fixture);
  if (bad->bad_band != NULL)
    {
      g_free (counts[1 + 8]);
      counts[1 + 8] = g_strdup (bad->bad_band);
    }
  path = write_with_row (fixture, "2020_vek_bad.xlsx", bad->poh, bad->zuj,
                         (const char *const *) counts);
  paths[0] = path;
  kp_test_import_fails (fixture->library, paths, bad->code, "2020_vek_bad.xlsx", bad->message);

  /* a newer bad file would first have cleared the population: still all there */
  {
    g_autofree char *newer = g_build_filename (fixture->dir, "2021_vek_bad.xlsx", NULL);

    g_assert_cmpint (g_rename (path, newer), ==, 0);
    paths[0] = newer;
    kp_test_import_fails (fixture->library, paths, bad->code, "2021_vek_bad.xlsx", "row 8");
  }
}

static void
test_duplicate_across_files (Fixture      *fixture,
                             gconstpointer data)
{
  KpTestCsuSheet  *sheet = kp_test_csu_sheet_new (TRUE);
  g_autofree char *xml = NULL;
  g_autofree char *other = NULL;

  kp_test_csu_sheet_add_obec (sheet, "500062", 5, 5); /* also in 2020_vek_do_999.xlsx */
  xml = kp_test_csu_sheet_finish (sheet);
  other = kp_test_write_xlsx (fixture->dir, "2020_vek_nad_1000.xlsx", xml, NULL, NULL);
  {
    const char *const paths[] = { fixture->do_999, other, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_DUPLICATE,
                          "2020_vek_nad_1000.xlsx, row 2",
                          "has a second “celkem” row (the first is in 2020_vek_do_999.xlsx");
  }
}

static void
test_sexes_must_add_up (Fixture      *fixture,
                        gconstpointer data)
{
  KpTestCsuSheet *sheet = kp_test_csu_sheet_new (FALSE);
  g_auto (GStrv) celkem = counts_of (10, -1);
  g_auto (GStrv) muzi = counts_of (5, -1);
  g_auto (GStrv) zeny = counts_of (4, -1);
  g_autofree char *xml = NULL;
  g_autofree char *path = NULL;

  kp_test_csu_sheet_add_obec (sheet, "500011", 3, 4);
  kp_test_csu_sheet_add_row (sheet, "celkem", "500020", (const char *const *) celkem);
  kp_test_csu_sheet_add_row (sheet, "muži", "500020", (const char *const *) muzi);
  kp_test_csu_sheet_add_row (sheet, "ženy", "500020", (const char *const *) zeny);
  xml = kp_test_csu_sheet_finish (sheet);
  path = kp_test_write_xlsx (fixture->dir, "2020_vek_sexes.xlsx", xml, NULL, NULL);
  {
    const char *const paths[] = { path, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD,
                          "2020_vek_sexes.xlsx, row 5",
                          "obec “500020”: men (243) and women (225) do not add up to the total "
                          "(333)");
  }
}

static void
test_missing_column (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = kp_test_write_xlsx (
      fixture->dir, "2020_vek_columns.xlsx",
      "<row r=\"1\"><c t=\"inlineStr\"><is><t>POH</t></is></c>"
      "<c t=\"inlineStr\"><is><t>ZUJ</t></is></c><c t=\"inlineStr\"><is><t>Celkem</t></is></c>"
      "<c t=\"inlineStr\"><is><t>0–4</t></is></c></row>",
      NULL, NULL);
  const char *const paths[] = { path, NULL };

  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT,
                        "2020_vek_columns.xlsx", "row 1: the column “5-9” is missing");
}

static void
test_truncated_workbook (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char  *contents = NULL;
  g_autofree char  *cut = g_build_filename (fixture->dir, "2020_vek_cut.xlsx", NULL);
  gsize             len;
  const char *const paths[] = { cut, NULL };

  import_population (fixture);
  g_file_get_contents (fixture->nad_1000, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (cut, contents, (gssize) (len - 200), &error);
  g_assert_no_error (error);
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "2020_vek_cut.xlsx",
                        "is not an xlsx workbook (it is not a zip archive, or it is truncated)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/kp/import-csu/both-files", test_both_files);
  ADD ("/kp/import-csu/reimport-unchanged", test_reimport_unchanged);
  ADD ("/kp/import-csu/newer-replaces-older-refused", test_newer_replaces_older_refused);
  ADD ("/kp/import-csu/date-from-properties", test_date_from_properties);
  ADD ("/kp/import-csu/duplicate-across-files", test_duplicate_across_files);
  ADD ("/kp/import-csu/sexes-must-add-up", test_sexes_must_add_up);
  ADD ("/kp/import-csu/missing-column", test_missing_column);
  ADD ("/kp/import-csu/truncated-workbook", test_truncated_workbook);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kp/import-csu/bad-row/%u", i);

      g_test_add (path, Fixture, &bad_rows[i], fixture_setup, test_bad_row, fixture_teardown);
    }
  return g_test_run ();
}
