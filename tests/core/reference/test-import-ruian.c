/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-library.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

#include <string.h>

/* The RÚIAN code lists and UI_OBEC.csv, on the fixtures in tests/data/reference/. */

typedef struct
{
  char      *dir;
  KpLibrary *library;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->library = kp_test_open_library (fixture->dir);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
import_code_lists (Fixture *fixture)
{
  g_auto (GStrv) paths = kp_test_ruian_paths ();

  kp_test_import_ok (fixture->library, (const char *const *) paths);
}

/* The code lists minus UI_OBEC, which tests replace by a bad variant. */
static GStrv
paths_with_obce (const char *ui_obec)
{
  GStrv paths = kp_test_ruian_paths ();

  g_free (paths[0]);
  paths[0] = kp_test_reference_path (ui_obec);
  return paths;
}

static void
test_detect (Fixture      *fixture,
             gconstpointer data)
{
  static const struct
  {
    const char     *name;
    KpReferenceKind kind;
  } files[] = {
    { "kraje.csv", KP_REFERENCE_KIND_KRAJE },
    { "okresy.csv", KP_REFERENCE_KIND_OKRESY },
    { "orp.csv", KP_REFERENCE_KIND_ORP },
    { "pou.csv", KP_REFERENCE_KIND_POU },
    { "ciselnik_CSU.csv", KP_REFERENCE_KIND_CISELNIK_CSU },
    { "UI_OBEC.csv", KP_REFERENCE_KIND_UI_OBEC },
    { "UI_OBEC-bom.csv", KP_REFERENCE_KIND_UI_OBEC },
    /* detected by its header even with the wrong delimiter, so the import can say so */
    { "UI_OBEC-comma.csv", KP_REFERENCE_KIND_UI_OBEC },
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *obce = kp_test_reference_path ("obce.csv");
  g_autofree char *renamed = NULL;
  g_autofree char *contents = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = kp_test_reference_path (files[i].name);

      g_assert_cmpint (kp_library_detect_file (path, &error), ==, files[i].kind);
      g_assert_no_error (error);
    }

  /* the content decides, not the name */
  g_assert_true (g_file_get_contents (obce, &contents, NULL, NULL));
  renamed = kp_test_write_file (fixture->dir, "UI_OBEC.csv", contents, -1);
  g_assert_cmpint (kp_library_detect_file (renamed, &error), ==, KP_REFERENCE_KIND_UNKNOWN);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "UI_OBEC.csv is the older list of obce (about 2019); import UI_OBEC.csv "
                   "instead");
}

static void
test_import_code_lists (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) paths = kp_test_ruian_paths ();
  g_autoptr (GPtrArray) records = NULL;
  KpLibraryCounts counts = { 0 };

  records = kp_library_import_files (fixture->library, (const char *const *) paths, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  /* one record per path, in the order given (UI_OBEC first), though imported last */
  g_assert_cmpuint (records->len, ==, 6);
  {
    const KpImportRecord *obce = g_ptr_array_index (records, 0);
    const KpImportRecord *pou = g_ptr_array_index (records, 1);

    g_assert_cmpint (obce->kind, ==, KP_REFERENCE_KIND_UI_OBEC);
    g_assert_cmpstr (obce->source_name, ==, "UI_OBEC.csv");
    g_assert_cmpint (obce->row_count, ==, 16); /* Staré Brdy ended in 2015 */
    g_assert_cmpstr (obce->data_date, ==, "2025-12-17");
    g_assert_cmpuint (strlen (obce->sha256), ==, 64);
    g_assert_true (g_str_has_suffix (obce->imported_at, "Z"));
    g_assert_false (obce->unchanged);
    g_assert_cmpint (pou->kind, ==, KP_REFERENCE_KIND_POU);
    g_assert_cmpint (pou->row_count, ==, 6);
    g_assert_null (pou->data_date);
  }

  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.kraje, ==, 3);
  g_assert_cmpint (counts.okresy, ==, 3);
  g_assert_cmpint (counts.orp, ==, 5);
  g_assert_cmpint (counts.pou, ==, 6);
  g_assert_cmpint (counts.obce, ==, 16);
  g_assert_cmpint (counts.obce_with_population, ==, 0);
  g_assert_null (counts.population_date);
  kp_library_counts_clear (&counts);

  /* both ORP codes; Praha has no ČSÚ row in ciselnik_CSU: 1000 */
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT csu_kod FROM orp WHERE kod = '949'"),
                   ==, 6102);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT csu_kod FROM orp WHERE kod = '19'"),
                   ==, 1000);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT csu_kod FROM kraj WHERE kod = '108'"),
                   ==, 3107);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT csu_kod FROM okres WHERE kod = '3601'"),
                   ==, 40711);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM obec WHERE kod = '599999'"),
                   ==, 0);
  g_assert_cmpint (kp_test_library_query_int (
                       fixture->library,
                       "SELECT count(*) FROM obec AS o JOIN pou AS p ON p.kod = o.pou_kod "
                       "WHERE p.orp_kod = '949'"),
                   ==, 6);
  g_assert_cmpint (kp_test_library_query_int (
                       fixture->library,
                       "SELECT status_kod FROM obec WHERE kod = '500046'"),
                   ==, 6);
}

static void
test_bom_and_reimport (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) bom = paths_with_obce ("UI_OBEC-bom.csv");
  g_autoptr (GPtrArray) records = NULL;

  import_code_lists (fixture);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM import_log"),
                   ==, 6);

  /* the same files again: nothing changes, no new log rows */
  {
    g_auto (GStrv) paths = kp_test_ruian_paths ();

    records = kp_library_import_files (fixture->library, (const char *const *) paths, NULL,
                                       NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < records->len; i++)
      g_assert_true (((KpImportRecord *) g_ptr_array_index (records, i))->unchanged);
    g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                                "SELECT count(*) FROM import_log"),
                     ==, 6);
    g_clear_pointer (&records, g_ptr_array_unref);
  }

  /* the same obce with a byte-order mark and a final line end: another file, same data */
  records = kp_library_import_files (fixture->library, (const char *const *) bom, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  g_assert_false (((KpImportRecord *) g_ptr_array_index (records, 0))->unchanged);
  g_assert_cmpint (((KpImportRecord *) g_ptr_array_index (records, 0))->row_count, ==, 16);
  g_assert_true (((KpImportRecord *) g_ptr_array_index (records, 1))->unchanged);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM import_log"),
                   ==, 7);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 16);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM obec WHERE kod = '554782'"),
                   ==, 1);
}

static void
test_bad_obec_code (Fixture      *fixture,
                    gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-bad-code.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, (const char *const *) paths, KP_IMPORT_ERROR_RECORD,
                        "UI_OBEC-bad-code.csv", "row 17");

  records = kp_library_import_files (fixture->library, (const char *const *) paths, NULL, NULL,
                                     &error);
  g_assert_cmpstr (error->message, ==,
                   "UI_OBEC-bad-code.csv, row 17: obec code “55478” does not have 6 digits");
}

static void
test_truncated_row (Fixture      *fixture,
                    gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-truncated.csv");

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, (const char *const *) paths, KP_IMPORT_ERROR_RECORD,
                        "UI_OBEC-truncated.csv", "row 18: the row has 8 fields but the header has 10");
}

/* UI_OBEC.csv with @from replaced by @to (once), written into the fixture's folder. */
static GStrv
paths_with_variant (Fixture    *fixture,
                    const char *name,
                    const char *from,
                    const char *to)
{
  g_autofree char *source = kp_test_reference_path ("UI_OBEC.csv");
  g_autofree char *contents = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *joined = NULL;
  GStrv            paths = kp_test_ruian_paths ();

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  parts = g_strsplit (contents, from, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoin (to, parts[0], parts[1], NULL);
  g_free (paths[0]);
  paths[0] = kp_test_write_file (fixture->dir, name, joined, -1);
  return paths;
}

/* A copy cut inside the last field of its last row (the format has no line end after the
 * last row, so only the field itself can tell). */
static void
test_cut_in_last_field (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *source = kp_test_reference_path ("UI_OBEC.csv");
  g_autofree char *contents = NULL;
  g_autofree char *cut = NULL;
  gsize            length;
  const char      *paths[] = { NULL, NULL };

  import_code_lists (fixture);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_str_has_suffix (contents, ";01.01.1990 00:00:00"));
  cut = kp_test_write_file (fixture->dir, "UI_OBEC.csv", contents, (gssize) length - 5);
  paths[0] = cut;
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "UI_OBEC.csv",
                        "row 18, column DATUM_VZNIKU: “01.01.1990 00:” is not a date "
                        "(DD.MM.YYYY HH:MM:SS)");
}

/* Every date column is checked, in the one form RÚIAN writes. */
static void
test_bad_dates (Fixture      *fixture,
                gconstpointer data)
{
  static const struct
  {
    const char *from;
    const char *to;
    const char *expected;
  } cases[] = {
    { ";18.09.2025 00:00:00;;", ";18.09.2025 00:0;;",
      "row 3, column PLATI_OD: “18.09.2025 00:0” is not a date" },
    { ";18.09.2025 00:00:00;;", ";31.02.2025 00:00:00;;",
      "row 3, column PLATI_OD: “31.02.2025 00:00:00” is not a date" },
    { ";18.09.2025 00:00:00;;", ";18.09.2025;;", "row 3, column PLATI_OD: “18.09.2025”" },
    { ";18.09.2025 00:00:00;;01.01.1990 00:00:00", ";18.09.2025 00:00:00;;1990",
      "row 3, column DATUM_VZNIKU: “1990” is not a date" },
    { ";18.09.2025 00:00:00;;", ";18.09.2025 00:00:00;zrušena;",
      "row 3, column PLATI_DO: “zrušena” is not a date" },
    { ";18.09.2025 00:00:00;;", ";18.09.2025 24:00:00;;", "row 3, column PLATI_OD" },
  };

  import_code_lists (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (GStrv) paths = paths_with_variant (fixture, "UI_OBEC-date.csv", cases[i].from,
                                                 cases[i].to);

      kp_test_import_fails (fixture->library, (const char *const *) paths,
                            KP_IMPORT_ERROR_RECORD, "UI_OBEC-date.csv", cases[i].expected);
    }
}

/* The CzechData code lists end every row with a line end: a copy without the last one was
 * cut. */
static void
test_code_list_without_last_line_end (Fixture      *fixture,
                                      gconstpointer data)
{
  g_autofree char *source = kp_test_reference_path ("orp.csv");
  g_autofree char *contents = NULL;
  g_autofree char *cut = NULL;
  gsize            length;
  const char      *paths[] = { NULL, NULL };

  import_code_lists (fixture);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_str_has_suffix (contents, "\"\n"));
  cut = kp_test_write_file (fixture->dir, "orp.csv", contents, (gssize) length - 1);
  paths[0] = cut;
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "orp.csv",
                        "row 6: the last row does not end with a line end; the file is "
                        "probably truncated");
}

/* A code of 10 000 characters is quoted cut short. */
static void
test_long_code_in_message (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (GString) code = g_string_new (NULL);
  g_auto (GStrv) paths = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;

  for (int i = 0; i < 10000; i++)
    g_string_append_c (code, '5');
  paths = paths_with_variant (fixture, "UI_OBEC-long.csv", "554782", code->str);
  records = kp_library_import_files (fixture->library, (const char *const *) paths, NULL, NULL,
                                     &error);
  g_assert_null (records);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD);
  g_test_message ("%s", error->message);
  g_assert_cmpint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "UI_OBEC-long.csv, row 2"));
}

static void
test_unterminated_quote (Fixture      *fixture,
                         gconstpointer data)
{
  g_autofree char  *kraje = kp_test_reference_path ("kraje-unterminated.csv");
  const char *const paths[] = { kraje, NULL };

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT,
                        "kraje-unterminated.csv", "row 4: a quoted field is not closed");
}

static void
test_wrong_delimiter (Fixture      *fixture,
                      gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-comma.csv");

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, (const char *const *) paths, KP_IMPORT_ERROR_FORMAT,
                        "UI_OBEC-comma.csv", "row 1: the header does not split into columns at “;”");
}

static void
test_wrong_encoding (Fixture      *fixture,
                     gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-cp1250.csv");

  import_code_lists (fixture);
  /* row 3 is the first with a letter outside ASCII (Havlíčkův Brod) */
  kp_test_import_fails (fixture->library, (const char *const *) paths, KP_IMPORT_ERROR_FORMAT,
                        "UI_OBEC-cp1250.csv", "row 3: field 2 is not valid UTF-8");
}

static void
test_duplicate_code (Fixture      *fixture,
                     gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-duplicate.csv");

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, (const char *const *) paths,
                        KP_IMPORT_ERROR_DUPLICATE, "UI_OBEC-duplicate.csv",
                        "row 11: code “500071” appears twice (first on row 10)");
}

static void
test_missing_column (Fixture      *fixture,
                     gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-missing-column.csv");

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, (const char *const *) paths, KP_IMPORT_ERROR_FORMAT,
                        "UI_OBEC-missing-column.csv", "row 1: the column “POU_KOD” is missing");
}

static void
test_unknown_pou (Fixture      *fixture,
                  gconstpointer data)
{
  g_auto (GStrv) paths = paths_with_obce ("UI_OBEC-unknown-pou.csv");

  /* also on an empty library: the batch is refused as a whole */
  kp_test_import_fails (fixture->library, (const char *const *) paths, KP_IMPORT_ERROR_MISSING,
                        "UI_OBEC-unknown-pou.csv",
                        "row 13: obec “500101” belongs to POU “4242”, which is not in the code "
                        "lists");
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM kraj"),
                   ==, 0);
}

/* A new POU list that drops a POU still used by obce is refused, naming that file. */
static void
test_code_list_drops_used_code (Fixture      *fixture,
                                gconstpointer data)
{
  g_autofree char  *pou = kp_test_reference_path ("pou-without-2001.csv");
  const char *const paths[] = { pou, NULL };

  import_code_lists (fixture);
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_MISSING,
                        "pou-without-2001.csv",
                        "POU “2001” is missing, but obec “500054” belongs to it");
}

static void
test_unknown_file (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char  *text = kp_test_write_file (fixture->dir, "notes.csv", "a;b\n1;2\n", -1);
  g_autofree char  *missing = g_build_filename (fixture->dir, "none.csv", NULL);
  g_autofree char  *kraje = kp_test_reference_path ("kraje.csv");
  const char *const paths[] = { kraje, text, NULL };
  const char *const no_file[] = { missing, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;

  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "notes.csv",
                        "is not a reference file that Komplan can import");
  records = kp_library_import_files (fixture->library, no_file, NULL, NULL, &error);
  g_assert_null (records);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* A newer UI_OBEC replaces the obce and drops the population of an obec that ended; an
 * older one is refused. */
static void
test_newer_and_older_obce (Fixture      *fixture,
                           gconstpointer data)
{
  g_autofree char  *older = kp_test_reference_path ("UI_OBEC-2023.csv");
  g_autofree char  *newer = kp_test_reference_path ("UI_OBEC-2026.csv");
  g_autofree char  *do_999 = NULL;
  g_autofree char  *nad_1000 = NULL;
  const char *const older_paths[] = { older, NULL };
  const char *const newer_paths[] = { newer, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;

  import_code_lists (fixture);
  kp_test_write_csu_files (fixture->dir, 2020, &do_999, &nad_1000);
  {
    const char *const csu[] = { do_999, nad_1000, NULL };

    kp_test_import_ok (fixture->library, csu);
  }
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM population"),
                   ==, 48);

  kp_test_import_fails (fixture->library, older_paths, KP_IMPORT_ERROR_OUTDATED,
                        "UI_OBEC-2023.csv",
                        "which is older than the data already imported");

  /* One of the 16 obce merged into another: more than the share an import may remove
   * without asking, so it is refused until forced. */
  kp_test_import_fails (fixture->library, newer_paths, KP_IMPORT_ERROR_CHANGED,
                        "UI_OBEC-2026.csv", "would remove 1 of the 16 obce (e.g. Horní Ves).");
  records = kp_library_import_files_full (fixture->library, newer_paths, KP_IMPORT_FLAGS_FORCE,
                                          NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((KpImportRecord *) g_ptr_array_index (records, 0))->data_date, ==,
                   "2026-01-01");
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 15);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM population"),
                   ==, 45);
  g_assert_cmpint (kp_test_library_query_int (
                       fixture->library,
                       "SELECT count(*) FROM population WHERE obec_kod = '500127'"),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/kp/import-ruian/detect", test_detect);
  ADD ("/kp/import-ruian/code-lists", test_import_code_lists);
  ADD ("/kp/import-ruian/bom-and-reimport", test_bom_and_reimport);
  ADD ("/kp/import-ruian/bad-obec-code", test_bad_obec_code);
  ADD ("/kp/import-ruian/truncated-row", test_truncated_row);
  ADD ("/kp/import-ruian/unterminated-quote", test_unterminated_quote);
  ADD ("/kp/import-ruian/cut-in-last-field", test_cut_in_last_field);
  ADD ("/kp/import-ruian/bad-dates", test_bad_dates);
  ADD ("/kp/import-ruian/code-list-without-last-line-end", test_code_list_without_last_line_end);
  ADD ("/kp/import-ruian/long-code-in-message", test_long_code_in_message);
  ADD ("/kp/import-ruian/wrong-delimiter", test_wrong_delimiter);
  ADD ("/kp/import-ruian/wrong-encoding", test_wrong_encoding);
  ADD ("/kp/import-ruian/duplicate-code", test_duplicate_code);
  ADD ("/kp/import-ruian/missing-column", test_missing_column);
  ADD ("/kp/import-ruian/unknown-pou", test_unknown_pou);
  ADD ("/kp/import-ruian/code-list-drops-used-code", test_code_list_drops_used_code);
  ADD ("/kp/import-ruian/unknown-file", test_unknown_file);
  ADD ("/kp/import-ruian/newer-and-older-obce", test_newer_and_older_obce);
#undef ADD
  return g_test_run ();
}
