/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-error.h"
#include "kp-library-registry.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Importing the MPSV registry (rpss.json) into the reference library: the fixtures in
 * tests/data/registry/ follow ../shared/data/registry/FORMAT.md. rpss-a.json has 7
 * services; rpss-b.json changes one, ends one, drops one and adds one. */

typedef struct
{
  char      *dir;
  char      *path;
  KpLibrary *library;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->library = kp_library_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return kp_test_query_int (fixture->path, FALSE, sql);
}

static char *
text (Fixture    *fixture,
      const char *sql)
{
  return kp_test_query_text (fixture->path, FALSE, sql);
}

static void
test_import (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GPtrArray) records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  g_autoptr (KpRegistryReport) report = NULL;
  g_autoptr (GError) error = NULL;
  KpImportRecord  *record = g_ptr_array_index (records, 0);
  g_autofree char *ico = NULL;
  g_autofree char *ico_type = NULL;
  g_autofree char *nazev = NULL;
  g_autofree char *scope = NULL;

  g_assert_cmpint (record->kind, ==, KP_REFERENCE_KIND_REGISTRY);
  g_assert_cmpint (record->row_count, ==, 7);
  g_assert_false (record->unchanged);
  g_assert_nonnull (record->data_date);

  report = kp_library_get_registry_report (fixture->library, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (report->import_id, ==, 1);
  g_assert_cmpuint (report->services, ==, 7);
  /* 9000001 lists its facility twice: one facility. 9000002 has two addresses. */
  g_assert_cmpuint (report->facilities, ==, 8);
  g_assert_cmpuint (report->facilities_without_point, ==, 1);
  g_assert_cmpuint (report->new_services, ==, 7);
  g_assert_cmpuint (report->changed_services, ==, 0);
  g_assert_cmpuint (report->ended_services, ==, 0);
  g_assert_cmpuint (report->changes->len, ==, 7);
  g_assert_cmpstr (((KpRegistryChange *) report->changes->pdata[0])->identifikator, ==,
                   "9000001");
  g_assert_cmpstr (((KpRegistryChange *) report->changes->pdata[0])->type_name, ==,
                   "odlehčovací služby");

  /* IČO keeps its leading zero and is text. */
  ico = text (fixture, "SELECT provider_ico FROM registry_service WHERE identifikator = '9000001'");
  ico_type = text (fixture, "SELECT typeof (provider_ico) FROM registry_service "
                            "WHERE identifikator = '9000001'");
  g_assert_cmpstr (ico, ==, "01234567");
  g_assert_cmpstr (ico_type, ==, "text");
  nazev = text (fixture, "SELECT nazev FROM registry_service WHERE identifikator = '9000001'");
  g_assert_cmpstr (nazev, ==, "Domov Příklad");

  /* The repeated facility is one row, listed twice. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_facility AS f JOIN "
                                   "registry_service AS s ON s.row_id = f.service_row "
                                   "WHERE s.identifikator = '9000001'"),
                   ==, 1);
  g_assert_cmpint (count (fixture, "SELECT repeats FROM registry_facility AS f JOIN "
                                   "registry_service AS s ON s.row_id = f.service_row "
                                   "WHERE s.identifikator = '9000001'"),
                   ==, 2);
  /* Two forms, each with its capacity and unit. */
  g_assert_cmpint (count (fixture, "SELECT c.pocet FROM registry_capacity AS c "
                                   "JOIN registry_form AS f ON f.service_row = c.service_row "
                                   "AND f.position = c.form_position "
                                   "JOIN registry_service AS s ON s.row_id = c.service_row "
                                   "WHERE s.identifikator = '9000001' "
                                   "AND f.forma = 'FormaSocialniSluzby/pob' "
                                   "AND c.typ = 'TypKapacitySocialniSluzby/luzka'"),
                   ==, 10);
  g_assert_cmpint (count (fixture, "SELECT c.pocet FROM registry_capacity AS c "
                                   "JOIN registry_form AS f ON f.service_row = c.service_row "
                                   "AND f.position = c.form_position "
                                   "JOIN registry_service AS s ON s.row_id = c.service_row "
                                   "WHERE s.identifikator = '9000001' "
                                   "AND f.forma = 'FormaSocialniSluzby/ter' "
                                   "AND c.typ = 'TypKapacitySocialniSluzby/klient'"),
                   ==, 15);
  /* Contacts of the service and of the provider; never the MPSV document links. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_contact AS c "
                                   "JOIN registry_service AS s ON s.row_id = c.service_row "
                                   "WHERE s.identifikator = '9000001' AND c.level = 'service'"),
                   ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_contact AS c "
                                   "JOIN registry_service AS s ON s.row_id = c.service_row "
                                   "WHERE s.identifikator = '9000001' AND c.level = 'provider'"),
                   ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_contact "
                                   "WHERE value LIKE '%/dokument/%'"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_group AS g "
                                   "JOIN registry_service AS s ON s.row_id = g.service_row "
                                   "WHERE s.identifikator = '9000001' AND g.kind = 'cilova'"),
                   ==, 2);
  scope = text (fixture, "SELECT g.code FROM registry_group AS g JOIN registry_service AS s "
                         "ON s.row_id = g.service_row WHERE s.identifikator = '9000006' "
                         "AND g.kind = 'scope'");
  g_assert_cmpstr (scope, ==, "Obec/568406");
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_provider"), ==, 7);
  g_assert_cmpint (count (fixture, "SELECT services FROM registry_provider "
                                   "WHERE ico = '01234567'"),
                   ==, 1);
  /* Without MPSV code-list files, the built-in lists are used. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_code WHERE list = 'druh' "
                                   "AND builtin = 1"),
                   ==, 34);
}

static const char *const personal_data[] = {
  "Drahomíra",
  "Tajná",
  "Bořivoj",
  "Skrytý",
  "Vlasta",
  "Neveřejná",
  "/dokument/9000001",
};

static void
test_no_personal_data (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GPtrArray) records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  g_autofree char *source = kp_test_registry_path ("rpss-a.json");
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  /* The fixture has them, so the check below means something. */
  for (guint i = 0; i < G_N_ELEMENTS (personal_data); i++)
    g_assert_true (kp_test_file_contains (source, personal_data[i]));

  g_clear_object (&fixture->library); /* checkpoints the WAL into the file */
  for (guint i = 0; i < G_N_ELEMENTS (personal_data); i++)
    {
      g_test_message ("looking for %s", personal_data[i]);
      g_assert_false (kp_test_file_contains (fixture->path, personal_data[i]));
      if (g_file_test (wal, G_FILE_TEST_EXISTS))
        g_assert_false (kp_test_file_contains (wal, personal_data[i]));
    }
  g_assert_true (kp_test_file_contains (fixture->path, "Domov Příklad"));
}

static void
test_unchanged (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GPtrArray) first = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  g_autoptr (GPtrArray) second = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);

  g_assert_false (((KpImportRecord *) first->pdata[0])->unchanged);
  g_assert_true (((KpImportRecord *) second->pdata[0])->unchanged);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_import"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_service"), ==, 7);
}

static void
test_diff (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (GPtrArray) a = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  g_autoptr (GPtrArray) b = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  g_autoptr (KpRegistryReport) report = NULL;
  g_autoptr (GError) error = NULL;
  static const struct
  {
    KpRegistryChangeKind kind;
    const char          *identifikator;
  } expected[] = {
    { KP_REGISTRY_CHANGE_NEW, "9000008" },
    { KP_REGISTRY_CHANGE_CHANGED, "9000001" },
    { KP_REGISTRY_CHANGE_ENDED, "9000002" }, /* its end date has passed */
    { KP_REGISTRY_CHANGE_ENDED, "9000006" }, /* no longer listed */
  };
  gint64 n = 0;

  report = kp_library_get_registry_report (fixture->library, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->import_id, ==, 2);
  g_assert_cmpuint (report->new_services, ==, 1);
  g_assert_cmpuint (report->changed_services, ==, 1);
  g_assert_cmpuint (report->ended_services, ==, 2);
  g_assert_cmpuint (report->changes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KpRegistryChange *change = report->changes->pdata[i];

      g_assert_cmpint (change->kind, ==, expected[i].kind);
      g_assert_cmpstr (change->identifikator, ==, expected[i].identifikator);
    }

  /* The older state stays readable: 7 services then, 7 now, 9000001 in two versions. */
  g_assert_true (kp_library_count_registry_services (fixture->library, 1, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 7);
  g_assert_true (kp_library_count_registry_services (fixture->library, 0, &n, &error));
  g_assert_cmpint (n, ==, 7);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_service "
                                   "WHERE identifikator = '9000001'"),
                   ==, 2);
  g_assert_cmpint (count (fixture, "SELECT c.pocet FROM registry_capacity AS c "
                                   "JOIN registry_service AS s ON s.row_id = c.service_row "
                                   "WHERE s.identifikator = '9000001' AND s.valid_from <= 1 "
                                   "AND (s.valid_to IS NULL OR s.valid_to > 1) "
                                   "AND c.typ LIKE '%luzka'"),
                   ==, 10);
  g_assert_cmpint (count (fixture, "SELECT c.pocet FROM registry_capacity AS c "
                                   "JOIN registry_service AS s ON s.row_id = c.service_row "
                                   "WHERE s.identifikator = '9000001' AND s.valid_to IS NULL "
                                   "AND c.typ LIKE '%luzka'"),
                   ==, 12);
  /* The first import's report is still there. */
  g_clear_pointer (&report, kp_registry_report_free);
  report = kp_library_get_registry_report (fixture->library, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->new_services, ==, 7);
}

typedef struct
{
  const char *file;
  const char *fragments[4];
} BadFile;

static const BadFile bad_files[] = {
  { "rpss-bad-type.json", { "record 2", "9000002", "pocet", NULL } },
  { "rpss-bad-code.json", { "record 3", "9000003", "DruhSocialniSluzby/99", NULL } },
  { "rpss-bad-number.json", { "record 4", "9000004", "capacity", NULL } },
  { "rpss-bad-form.json", { "record 5", "9000005", "FormaSocialniSluzby/xyz", NULL } },
  { "rpss-bad-truncated.json", { "truncated", NULL } },
  { "rpss-bad-syntax.json", { "record 3", "invalid JSON", NULL } },
  { "rpss-bad-deep.json", { "record 6", "9000006", "nested", NULL } },
};

/* Imports @path into a library that holds rpss-a.json and checks that the error names
 * the file and the record, and that the library file did not change by a byte. */
static void
check_refused (Fixture           *fixture,
               const char        *path,
               const char *const *fragments)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (GPtrArray) records = kp_test_registry_import (fixture->library, "rpss-a.json",
                                                           NULL);

  g_clear_object (&fixture->library);
  before = kp_test_file_bytes (fixture->path);
  fixture->library = kp_library_open (fixture->path, &error);
  g_assert_no_error (error);

  error = kp_test_registry_import_error (fixture->library, path);
  g_assert_true (error->domain == KP_IMPORT_ERROR);
  g_assert_nonnull (strstr (error->message, name));
  for (int i = 0; fragments[i] != NULL; i++)
    {
      g_test_message ("expecting “%s”", fragments[i]);
      g_assert_nonnull (strstr (error->message, fragments[i]));
    }

  g_clear_object (&fixture->library);
  g_clear_error (&error);
  after = kp_test_file_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  fixture->library = kp_library_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
test_bad_file (Fixture      *fixture,
               gconstpointer data)
{
  const BadFile   *bad = data;
  g_autofree char *path = kp_test_registry_path (bad->file);

  check_refused (fixture, path, bad->fragments);
}

/* rpss-a.json with @from replaced by @to, written into the fixture's folder. */
static char *
write_variant (Fixture    *fixture,
               const char *name,
               const char *from,
               const char *to)
{
  g_autofree char *source = kp_test_registry_path ("rpss-a.json");
  g_autofree char *contents = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *joined = NULL;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (contents, from, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoin (to, parts[0], parts[1], NULL);
  return kp_test_write_file (fixture->dir, name, joined, -1);
}

static void
test_bad_sizes (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GString) long_name = g_string_new ("\"");
  g_autoptr (GString) huge = g_string_new ("\"");
  g_autoptr (GString) many = g_string_new ("\"zarizeni\": [");
  g_autofree char *path = NULL;
  const char      *too_long[] = { "record 1", "9000001", "nazev", NULL };
  const char      *too_big[] = { "record 1", "9000001", "longer than", NULL };
  const char      *too_many[] = { "record 1", "9000001", "more than", NULL };

  for (int i = 0; i < 70 * 1024; i++)
    g_string_append_c (long_name, 'a' + i % 26);
  g_string_append_c (long_name, '"');
  path = write_variant (fixture, "rpss-long.json", "\"Domov Příklad, z. ú.\"", long_name->str);
  check_refused (fixture, path, too_long);
  g_clear_pointer (&path, g_free);

  for (int i = 0; i < 3 * 1024 * 1024; i++)
    g_string_append_c (huge, 'x');
  g_string_append_c (huge, '"');
  path = write_variant (fixture, "rpss-huge.json", "\"osoby od 65 let\"", huge->str);
  check_refused (fixture, path, too_big);
  g_clear_pointer (&path, g_free);

  for (int i = 0; i < 2500; i++)
    g_string_append_printf (many, "%s{\"nazev\": \"Místo %d\"}", i > 0 ? ", " : "", i);
  g_string_append (many, "], \"zarizeni_puvodni\":");
  path = write_variant (fixture, "rpss-many.json", "\"zarizeni\":", many->str);
  check_refused (fixture, path, too_many);
}

/* A repeated identifikátor and an IČO longer than 8 digits name their record (a shorter
 * one lost its leading zeros and is padded). */
static void
test_bad_identity (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *path = NULL;
  const char      *repeated[] = { "record 2", "9000001", "record 1", NULL };
  const char      *long_ico[] = { "record 1", "9000001", "123456789", "8 digits", NULL };

  path = write_variant (fixture, "rpss-repeated.json", "\"identifikator\": \"9000002\"",
                        "\"identifikator\": \"9000001\"");
  check_refused (fixture, path, repeated);
  g_clear_pointer (&path, g_free);

  path = write_variant (fixture, "rpss-long-ico.json", "\"ico\": \"01234567\"",
                        "\"ico\": \"123456789\"");
  check_refused (fixture, path, long_ico);
}

/* Text of a damaged file reaches the message as valid UTF-8, cut short: an overlong "/"
 * (C0 AF), which yajl lets through, in the identifikátor and in a code. */
static void
test_damaged_text (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *first = write_variant (fixture, "rpss-overlong-1.json",
                                          "\"identifikator\": \"9000001\"",
                                          "\"identifikator\": \"9\xC0\xAF"
                                          "1\"");
  g_autofree char *contents = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (first, &contents, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (contents, "\"DruhSocialniSluzby/8\"", 2);
  joined = g_strjoin ("\"DruhSocialniSluzby/8\xC0\xAF\"", parts[0], parts[1], NULL);
  path = kp_test_write_file (fixture->dir, "rpss-overlong.json", joined, -1);

  error = kp_test_registry_import_error (fixture->library, path);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "rpss-overlong.json, record 1"));
}

static void
test_ico_number (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *path = write_variant (fixture, "rpss-ico.json", "\"01234567\"", "1234567");
  g_autoptr (GPtrArray) records = kp_test_registry_import (fixture->library, path, NULL);
  g_autofree char *ico = text (fixture, "SELECT provider_ico FROM registry_service "
                                        "WHERE identifikator = '9000001'");

  g_assert_cmpstr (ico, ==, "01234567");
}

static void
test_code_list (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GPtrArray) records = kp_test_registry_import (fixture->library, "rpss-a.json",
                                                           "druhy-socialni-sluzby.json", NULL);
  g_autofree char *paragraf = NULL;
  g_autofree char *b = kp_test_registry_path ("rpss-b.json");
  g_autoptr (GError) error = NULL;

  /* Given after rpss.json, the code list is still imported first. */
  g_assert_cmpint (((KpImportRecord *) records->pdata[1])->kind, ==,
                   KP_REFERENCE_KIND_REGISTRY_TYPES);
  g_assert_cmpint (((KpImportRecord *) records->pdata[1])->row_count, ==, 7);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_code WHERE list = 'druh'"),
                   ==, 7);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM registry_code WHERE list = 'druh' "
                                   "AND builtin = 0"),
                   ==, 7);
  paragraf = text (fixture, "SELECT paragraf FROM registry_code "
                            "WHERE id = 'DruhSocialniSluzby/8'");
  g_assert_cmpstr (paragraf, ==, "44");

  /* rpss-b.json has a type (28) the imported code list lacks. */
  error = kp_test_registry_import_error (fixture->library, b);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "9000008"));
  g_assert_nonnull (strstr (error->message, "DruhSocialniSluzby/28"));
}

static void
test_detect (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *rpss = kp_test_registry_path ("rpss-a.json");
  g_autofree char *codes = kp_test_registry_path ("druhy-socialni-sluzby.json");
  g_autofree char *other = kp_test_write_file (fixture->dir, "data.json", "{\"a\": [1]}", -1);
  g_autofree char *renamed = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (kp_library_detect_file (rpss, &error), ==, KP_REFERENCE_KIND_REGISTRY);
  g_assert_no_error (error);
  g_assert_cmpint (kp_library_detect_file (codes, &error), ==, KP_REFERENCE_KIND_REGISTRY_TYPES);
  g_assert_no_error (error);
  g_assert_cmpint (kp_library_detect_file (other, &error), ==, KP_REFERENCE_KIND_UNKNOWN);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_clear_error (&error);

  /* By content, whatever the name. */
  g_file_get_contents (rpss, &contents, NULL, &error);
  g_assert_no_error (error);
  renamed = kp_test_write_file (fixture->dir, "export.json", contents, -1);
  g_assert_cmpint (kp_library_detect_file (renamed, &error), ==, KP_REFERENCE_KIND_REGISTRY);
  g_assert_no_error (error);
}

static void
test_real_file (void)
{
  g_autofree char *path = kp_test_shared_data_path ("registry/rpss.json");
  g_autofree char *dir = NULL;
  g_autofree char *library_path = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (KpRegistryReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;

  if (path == NULL)
    {
      g_test_skip ("no registry/rpss.json in the shared data (KP_SHARED_DATA)");
      return;
    }
  dir = kp_test_make_tmpdir ();
  library_path = g_build_filename (dir, "reference.sqlite", NULL);
  library = kp_library_open (library_path, &error);
  g_assert_no_error (error);
  records = kp_test_registry_import (library, path, NULL);
  report = kp_library_get_registry_report (library, 0, &error);
  g_assert_no_error (error);
  /* FORMAT.md: about 6 700 services and 19 000 facilities nationally. */
  g_assert_cmpuint (report->services, >, 5000);
  g_assert_cmpuint (report->facilities, >, 10000);
  g_assert_cmpuint (report->facilities_without_point, <, report->facilities / 10);
  g_clear_object (&library);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/kp/registry/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("import", test_import);
  ADD ("no-personal-data", test_no_personal_data);
  ADD ("unchanged", test_unchanged);
  ADD ("diff", test_diff);
  ADD ("bad/sizes", test_bad_sizes);
  ADD ("bad/identity", test_bad_identity);
  ADD ("damaged-text", test_damaged_text);
  ADD ("ico-number", test_ico_number);
  ADD ("code-list", test_code_list);
  ADD ("detect", test_detect);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kp/registry/bad/%s", bad_files[i].file);

      g_test_add (path, Fixture, &bad_files[i], fixture_setup, test_bad_file, fixture_teardown);
    }
  g_test_add_func ("/kp/registry/real-file", test_real_file);
  return g_test_run ();
}
