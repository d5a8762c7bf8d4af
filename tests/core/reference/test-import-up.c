/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-library.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

/* The contact offices of Úřad práce ČR (up_cr.csv): files written by the test in the real
 * file's layout (";", CRLF, decimal comma), in UTF-8 and in Windows-1250, cut short and with
 * a bad row, and the real file of ../shared/data when it is there. */

#define HEADER      "nazev;okres;obec;pocetMist;lon;lat\r\n"
#define ROW_VLASIM  "Kontaktní pracoviště Benešov (Vlašim);BN;Vlašim;0;14,89880539;49,70632494\r\n"
#define ROW_BENESOV "Kontaktní pracoviště Benešov;BN;Benešov;2306;14,68696745;49,78162471\r\n"
#define ROW_AS      "Kontaktní pracoviště Aš;CH;Aš;0;12,19499167;50,22386944\r\n"
#define ROW_ZDAR \
  "Kontaktní pracoviště Žďár nad Sázavou;ZR;Žďár nad Sázavou;1520;15,93929;49,56263\r\n"

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

static char *
write_text (const char *dir,
            const char *name,
            const char *text)
{
  return kp_test_write_file (dir, name, text, -1);
}

static gint64
count_offices (Fixture *fixture)
{
  return kp_test_library_query_int (fixture->library, "SELECT count(*) FROM up_office");
}

static void
test_import (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *path = write_text (fixture->dir, "up_cr.csv",
                                      HEADER ROW_AS ROW_BENESOV ROW_VLASIM ROW_ZDAR);
  const char      *paths[] = { path, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  const KpImportRecord *record;

  g_assert_cmpint (kp_library_detect_file (path, &error), ==, KP_REFERENCE_KIND_UP_OFFICES);
  g_assert_no_error (error);
  records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
  g_assert_no_error (error);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpint (record->kind, ==, KP_REFERENCE_KIND_UP_OFFICES);
  g_assert_cmpint (record->row_count, ==, 4);
  g_assert_nonnull (record->note);
  g_assert_cmpstr (kp_reference_kind_to_string (record->kind), ==, "up_pracoviste");
  g_assert_cmpint (count_offices (fixture), ==, 4);
  /* the decimal comma read as such; the row of the file kept */
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT round(lon * 1000) FROM up_office "
                                              "WHERE obec = 'Vlašim'"),
                   ==, 14899);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT id FROM up_office WHERE obec = 'Aš'"),
                   ==, 2);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT pocet_mist FROM up_office "
                                              "WHERE okres = 'BN' AND obec = 'Benešov'"),
                   ==, 2306);
}

/* Excel's "CSV (oddělený středníkem)": Windows-1250, the same offices. */
static void
test_windows_1250 (Fixture      *fixture,
                   gconstpointer data)
{
  const char *utf8 = HEADER ROW_ZDAR ROW_VLASIM;
  g_autofree char                   *cp1250 = NULL;
  g_autofree char                   *path = NULL;
  const char                        *paths[] = { NULL, NULL };
  gsize                              written = 0;
  g_autoptr (GError) error = NULL;

  cp1250 = g_convert (utf8, -1, "WINDOWS-1250", "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  path = kp_test_write_file (fixture->dir, "up_cr.csv", cp1250, (gssize) written);
  paths[0] = path;
  kp_test_import_ok (fixture->library, paths);
  g_assert_cmpint (count_offices (fixture), ==, 2);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM up_office WHERE nazev = "
                                              "'Kontaktní pracoviště Žďár nad Sázavou' AND "
                                              "obec = 'Žďár nad Sázavou'"),
                   ==, 1);
}

/* A file cut short, a bad row, a name twice: refused, naming the row and the reason, and
 * the library keeps what it had. */
static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *good = write_text (fixture->dir, "up_cr.csv",
                                      HEADER ROW_AS ROW_BENESOV ROW_VLASIM ROW_ZDAR);
  const char      *good_paths[] = { good, NULL };

  kp_test_import_ok (fixture->library, good_paths);
  {
    /* cut in the middle of its last row: fewer fields */
    g_autofree char *cut = write_text (fixture->dir, "up-cut.csv",
                                       HEADER ROW_AS ROW_BENESOV ROW_VLASIM
                                       "Kontaktní pracoviště Žďár nad Sázavou;ZR;Žďár nad");
    const char      *paths[] = { cut, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "up-cut.csv",
                          "row 5");
  }
  {
    /* cut after a field: the last row has its fields but no line end */
    g_autofree char *cut = write_text (fixture->dir, "up-cut-end.csv",
                                       HEADER ROW_AS ROW_BENESOV ROW_VLASIM
                                       "Kontaktní pracoviště Žďár nad Sázavou;ZR;Žďár nad "
                                       "Sázavou;1520;15,93929;49,5");
    const char      *paths[] = { cut, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "up-cut-end.csv",
                          "truncated");
  }
  {
    /* longitude and latitude swapped */
    g_autofree char *bad = write_text (fixture->dir, "up-swapped.csv",
                                       HEADER ROW_AS
                                       "Kontaktní pracoviště Benešov;BN;Benešov;2306;49,78162471;"
                                       "14,68696745\r\n" ROW_VLASIM ROW_ZDAR);
    const char      *paths[] = { bad, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "up-swapped.csv",
                          "row 3, column lon");
  }
  {
    g_autofree char *bad = write_text (fixture->dir, "up-count.csv",
                                       HEADER ROW_AS ROW_BENESOV
                                       "Kontaktní pracoviště Benešov (Vlašim);BN;Vlašim;x;14,9;"
                                       "49,7\r\n" ROW_ZDAR);
    const char      *paths[] = { bad, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "up-count.csv",
                          "pocetMist");
  }
  {
    g_autofree char *twice = write_text (fixture->dir, "up-twice.csv",
                                         HEADER ROW_AS ROW_BENESOV ROW_BENESOV ROW_ZDAR);
    const char      *paths[] = { twice, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "up-twice.csv",
                          "row 4");
  }
  {
    g_autofree char *empty = write_text (fixture->dir, "up-empty.csv", HEADER);
    const char      *paths[] = { empty, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "up-empty.csv",
                          NULL);
  }
  g_assert_cmpint (count_offices (fixture), ==, 4);
}

/* A file that would drop most offices is refused until forced; the import is then undone
 * to the library as it was. */
static void
test_guard_and_undo (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char  *path = write_text (fixture->dir, "up_cr.csv",
                                       HEADER ROW_AS ROW_BENESOV ROW_VLASIM ROW_ZDAR);
  g_autofree char  *cut = write_text (fixture->dir, "up_cr_2.csv", HEADER ROW_AS);
  g_autofree char  *library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  const char *const paths[] = { path, NULL };
  const char *const cut_paths[] = { cut, NULL };
  g_autofree char  *before = NULL;
  g_autofree char  *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) undone = NULL;

  kp_test_import_ok (fixture->library, paths);
  before = kp_test_library_dump (library_path);
  kp_test_import_fails (fixture->library, cut_paths, KP_IMPORT_ERROR_CHANGED, "up_cr_2.csv",
                        "would remove 3 of the 4 contact offices of Úřad práce (e.g. "
                        "Kontaktní pracoviště Benešov, ");
  g_assert_cmpint (count_offices (fixture), ==, 4);
  records = kp_library_import_files_full (fixture->library, cut_paths, KP_IMPORT_FLAGS_FORCE,
                                          NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_offices (fixture), ==, 1);
  undone = kp_library_undo_last_import (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (undone->len, ==, 1);
  g_assert_cmpint (((KpImportRecord *) undone->pdata[0])->kind, ==, KP_REFERENCE_KIND_UP_OFFICES);
  after = kp_test_library_dump (library_path);
  g_assert_cmpstr (before, ==, after);
}

/* ../shared/data/csu/SOURCE.md: 253 offices, eight of them in Praha (okres "AB"). */
static void
test_real_file (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = kp_test_shared_data_path ("csu/up_cr.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  const char *paths[] = { path, NULL };

  if (path == NULL)
    {
      g_test_skip ("../shared/data/csu/up_cr.csv is not there");
      return;
    }
  g_assert_cmpint (kp_library_detect_file (path, &error), ==, KP_REFERENCE_KIND_UP_OFFICES);
  g_assert_no_error (error);
  records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((KpImportRecord *) g_ptr_array_index (records, 0))->row_count, ==, 253);
  g_assert_cmpint (count_offices (fixture), ==, 253);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM up_office WHERE okres = 'AB'"),
                   ==, 8);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM up_office "
                                              "WHERE nazev = 'Kontaktní pracoviště Benešov (Vlašim)' "
                                              "AND obec = 'Vlašim'"),
                   ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/import-up/import", Fixture, NULL, fixture_setup, test_import,
              fixture_teardown);
  g_test_add ("/kp/import-up/windows-1250", Fixture, NULL, fixture_setup, test_windows_1250,
              fixture_teardown);
  g_test_add ("/kp/import-up/refused", Fixture, NULL, fixture_setup, test_refused,
              fixture_teardown);
  g_test_add ("/kp/import-up/guard-and-undo", Fixture, NULL, fixture_setup,
              test_guard_and_undo, fixture_teardown);
  g_test_add ("/kp/import-up/real-file", Fixture, NULL, fixture_setup, test_real_file,
              fixture_teardown);
  return g_test_run ();
}
