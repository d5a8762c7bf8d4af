/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-library.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

#include <math.h>

/* The ČSÚ indicators of SO ORP (orp_ukazatele.csv): files written by the test in the real
 * file's layout (48 columns, ";", CRLF, decimal comma, header cells with line breaks), and
 * the real file of ../shared/data when it is there. */

/* The real header, cell for cell. */
static const char header[] =
    "kód SOORP;název SO ORP;\"Počet obyvatel\r\n(k 31.12.)\";Přirozený přírůstek;Saldo "
    "migrace;\"Podíl obyvatel ve věku\r\n0-14 na celkovém počtu obyvatel (%)\";\"Počet "
    "obyvatel ve věku\r\n0-14 (k 31.12.)\";\"Podíl obyvatel ve věku \r\n65 a více let na "
    "celkovém počtu obyvatel (%)\";\"Počet obyvatel ve věku\r\n65 a více let (k "
    "31.12.)\";\"Počet částí obce\r\n (k 31.12.)\";\"Podíl nezaměstnaných osob dosažitelných "
    "(%) \r\nk 31.12.\";Uchazeči o zaměstnání v evidenci úřadu práce (k 31. 12.) - "
    "dosažitelní;Uchazeči o zaměstnání v evidenci úřadu práce (k 31. 12.) - celkem;Uchazeči "
    "o zaměstnání v evidenci úřadu práce - absolventi (k 31. 12.);\"Uchazeči o zaměstnání v "
    "evidenci úřadu práce - evidence nad 12 měs.\r\n(k 31. 12.)\";Počet dokončených "
    "bytů;Počt dokončených bytů v rodinných domech;Počet hromadných ubytovacích zařízení "
    "celkem (k 31.12.);Počet lázeňských léčeben (k 31.12.);Počet lůžek v lázeňských "
    "léčebnách (k 31.12.);Podíl zemědělské půdy z celkové výměry (%);Podíl orné půdy ze "
    "zemědělské půdy (%);Podíl trvalých travních porostů ze zemědělské půdy (%);Podíl "
    "zastavěných a ostatních ploch z celkové výměry (%);Podíl vodních ploch z celkové "
    "výměry (%);Podíl lesních pozemků z celkové výměry (%);Koeficient ekologické "
    "stability;Orná půda (ha);Chmelnice (ha);Vinice (ha);Zahrady (ha);Ovocné sady "
    "(ha);Trvalé travní porosty (ha);Lesní půda (ha);Vodní plochy (ha);Zastavěné plochy "
    "(ha);Ostatní plochy (ha);Zemědělská půda (ha);Celková výměra (ha);Živě "
    "narození;Zemřelí;Přistěhovalí;Vystěhovalí;Průměrný věk (k 31. 12.);\"Počet obyvatel ve "
    "věku\r\n 15- 64 let (k 31.12.)\";Kód KRAJ_NUTS;Kód CZ_NUTS (3);KRAJ\r\n";

typedef struct
{
  const char *code;
  const char *name;
  int         a0_14, a15_64, a65;
  int         births, deaths, migration;
  const char *unemployment;
  int         seekers, long_term, dwellings;
  const char *average_age;
} Orp;

static const Orp lesna = { "9991", "Lesná", 1500, 6000, 2500, 90, 110, 35, "2,5", 300, 60, 40,
                           "43,25" };
static const Orp bor = { "9992", "Bor", 800, 3000, 700, 50, 40, -12, "4,125", 200, 80, 9, "-" };

static void
append_orp (GString   *out,
            const Orp *o,
            int        natural_change)
{
  g_string_append_printf (out, "%s;%s;%d;%d;%d;17,1;%d;19,9;%d;12;%s;250;%d;5;%d;%d;20;3;0;0;"
                               "58,3;74,9;19,9;9,3;2,0;30,4;0,89;3000,5;-;-;186,8;20,7;801,3;"
                               "2095,0;141,1;107,9;533,9;4022,4;6900,3;%d;%d;150;115;%s;%d;"
                               "3026;CZ099;Kraj Podlesí\r\n",
                          o->code, o->name, o->a0_14 + o->a15_64 + o->a65, natural_change,
                          o->migration, o->a0_14, o->a65, o->unemployment, o->seekers,
                          o->long_term, o->dwellings, o->births, o->deaths, o->average_age,
                          o->a15_64);
}

static char *
write_file (const char *dir,
            const char *name,
            const Orp  *first,
            int         first_natural_change,
            const Orp  *second)
{
  g_autoptr (GString) out = g_string_new (header);

  if (first != NULL)
    append_orp (out, first, first_natural_change);
  if (second != NULL)
    append_orp (out, second, second->births - second->deaths);
  return kp_test_write_file (dir, name, out->str, (gssize) out->len);
}

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
test_import (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char  *path = write_file (fixture->dir, "orp_ukazatele.csv", &lesna,
                                       lesna.births - lesna.deaths, &bor);
  g_autofree char  *named = write_file (fixture->dir, "orp_ukazatele_2021.csv", &bor,
                                        bor.births - bor.deaths, &lesna);
  const char *const paths[] = { path, NULL };
  const char *const named_paths[] = { named, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  const KpImportRecord *record;

  g_assert_cmpint (kp_library_detect_file (path, &error), ==, KP_REFERENCE_KIND_CSU_ORP);
  g_assert_no_error (error);
  records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
  g_assert_no_error (error);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpint (record->kind, ==, KP_REFERENCE_KIND_CSU_ORP);
  g_assert_cmpint (record->row_count, ==, 2);
  /* The file does not say its year: the ČSÚ edition's, and the note says so. */
  g_assert_cmpstr (record->data_date, ==, "2019-12-31");
  g_assert_nonnull (record->note);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM csu_orp"),
                   ==, 2);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT population FROM csu_orp WHERE csu_kod = '9991'"),
                   ==, 10000);
  g_assert_cmpint (kp_test_library_query_int (
                       fixture->library, "SELECT natural_change FROM csu_orp WHERE csu_kod = '9992'"),
                   ==, 10);
  /* Decimal comma; "-" is no value. */
  g_assert_cmpint (kp_test_library_query_int (
                       fixture->library,
                       "SELECT unemployment * 1000 FROM csu_orp WHERE csu_kod = '9992'"),
                   ==, 4125);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM csu_orp WHERE average_age IS NULL"),
                   ==, 1);

  /* A year in the name sets the date, and the rows are replaced (another file: the same
   * content would be the same import). */
  g_clear_pointer (&records, g_ptr_array_unref);
  records = kp_library_import_files (fixture->library, named_paths, NULL, NULL, &error);
  g_assert_no_error (error);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpstr (record->data_date, ==, "2021-12-31");
  g_assert_null (record->note);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM csu_orp"),
                   ==, 2);
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char  *good = write_file (fixture->dir, "orp_2019.csv", &lesna,
                                       lesna.births - lesna.deaths, NULL);
  g_autofree char  *twice = write_file (fixture->dir, "orp-twice.csv", &lesna,
                                        lesna.births - lesna.deaths, &lesna);
  g_autofree char  *empty = write_file (fixture->dir, "orp-empty.csv", NULL, 0, NULL);
  g_autofree char  *shifted = NULL;
  g_autofree char  *missing = NULL;
  const char *const good_paths[] = { good, NULL };

  kp_test_import_ok (fixture->library, good_paths);

  {
    /* Lesná's natural increase is wrong in row 3: the previous import stays. */
    g_autofree char *bad = write_file (fixture->dir, "orp-natural.csv", &bor,
                                       bor.births - bor.deaths, NULL);
    g_autoptr (GString) out = g_string_new (NULL);
    g_autofree char *contents = NULL;
    const char      *paths[] = { bad, NULL };

    g_assert_true (g_file_get_contents (bad, &contents, NULL, NULL));
    g_string_append (out, contents);
    append_orp (out, &lesna, 7);
    g_assert_true (g_file_set_contents (bad, out->str, (gssize) out->len, NULL));
    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "orp-natural.csv",
                          "row 3");
    g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                                "SELECT count(*) FROM csu_orp"),
                     ==, 1);
  }
  {
    const char *paths[] = { twice, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "orp-twice.csv",
                          "9991");
  }
  {
    const char *paths[] = { empty, NULL };

    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "orp-empty.csv",
                          NULL);
  }
  {
    g_autoptr (GString) out = g_string_new (header);
    const char *paths[] = { NULL, NULL };

    /* A letter in a count: named with its column. */
    append_orp (out, &lesna, lesna.births - lesna.deaths);
    g_string_replace (out, ";35;", ";3x5;", 1);
    shifted = kp_test_write_file (fixture->dir, "orp-letter.csv", out->str, (gssize) out->len);
    paths[0] = shifted;
    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_RECORD, "orp-letter.csv",
                          "Saldo migrace");
  }
  {
    g_autoptr (GString) out = g_string_new (header);
    const char *paths[] = { NULL, NULL };

    g_string_replace (out, "Zemřelí", "Zemřelí celkem", 1);
    append_orp (out, &lesna, lesna.births - lesna.deaths);
    missing = kp_test_write_file (fixture->dir, "orp-missing.csv", out->str, (gssize) out->len);
    paths[0] = missing;
    kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_FORMAT, "orp-missing.csv",
                          "Zemřelí");
  }
}

/* ../shared/data/README.md fact 17 and the fact: Benešov's unemployment 1,45 %. */
static void
test_real_file (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = kp_test_shared_data_path ("csu/orp_ukazatele.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  const char *paths[] = { path, NULL };

  if (path == NULL)
    {
      g_test_skip ("../shared/data/csu/orp_ukazatele.csv is not there");
      return;
    }
  records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((KpImportRecord *) g_ptr_array_index (records, 0))->row_count, ==, 206);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT sum(population) FROM csu_orp"),
                   ==, 10693939);
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT population FROM csu_orp WHERE csu_kod = '554782'"),
                   ==, 1324277);
  g_assert_cmpint (kp_test_library_query_int (
                       fixture->library,
                       "SELECT round(unemployment * 100) FROM csu_orp WHERE nazev = 'Benešov'"),
                   ==, 145);
}

/* Like the other reference sources: a file that would drop most SO ORP is refused until
 * forced, saying which; the import is then undone to the library as it was. */
static void
test_guard_and_undo (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char  *path = write_file (fixture->dir, "orp_ukazatele.csv", &lesna,
                                       lesna.births - lesna.deaths, &bor);
  g_autofree char  *cut = write_file (fixture->dir, "orp_ukazatele_2021.csv", &lesna,
                                      lesna.births - lesna.deaths, NULL);
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
  kp_test_import_fails (fixture->library, cut_paths, KP_IMPORT_ERROR_CHANGED,
                        "orp_ukazatele_2021.csv",
                        "would remove the indicators of 1 of the 2 SO ORP (e.g. Bor)");
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM csu_orp"),
                   ==, 2);

  records = kp_library_import_files_full (fixture->library, cut_paths, KP_IMPORT_FLAGS_FORCE,
                                          NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM csu_orp"),
                   ==, 1);

  undone = kp_library_undo_last_import (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (undone->len, ==, 1);
  g_assert_cmpint (((KpImportRecord *) undone->pdata[0])->kind, ==, KP_REFERENCE_KIND_CSU_ORP);
  after = kp_test_library_dump (library_path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/import-csu-orp/import", Fixture, NULL, fixture_setup, test_import,
              fixture_teardown);
  g_test_add ("/kp/import-csu-orp/refused", Fixture, NULL, fixture_setup, test_refused,
              fixture_teardown);
  g_test_add ("/kp/import-csu-orp/guard-and-undo", Fixture, NULL, fixture_setup,
              test_guard_and_undo, fixture_teardown);
  g_test_add ("/kp/import-csu-orp/real-file", Fixture, NULL, fixture_setup, test_real_file,
              fixture_teardown);
  return g_test_run ();
}
