/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-database-private.h"
#include "kp-error.h"
#include "kp-library.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* "Vrátit poslední import" and the shrink guard, on the fixture library (RÚIAN, ČSÚ and
 * boundary fixtures) and on the registry's: an undo gives back the content as it was, row
 * for row (compared as dumps); there is one level of undo; a failed or unchanged import
 * leaves the undo of the import before; an import that would remove much is refused until
 * forced, and says what would go. */

typedef struct
{
  char      *dir;
  char      *path;
  KpLibrary *library;
  GStrv      paths; /* RÚIAN, ČSÚ and boundaries */
} Fixture;

static const char *const geo_files[] = {
  "geo/obce-fixture.topojson.json",
  "geo/kraje-fixture.topojson.json",
  "geo/orp-fixture.geojson",
};

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ruian = kp_test_ruian_paths ();
  g_autofree char *do_999 = NULL;
  g_autofree char *nad_1000 = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->library = kp_test_open_library (fixture->dir);
  kp_test_write_csu_files (fixture->dir, 2020, &do_999, &nad_1000);
  g_strv_builder_addv (builder, (const char **) ruian);
  g_strv_builder_add (builder, do_999);
  g_strv_builder_add (builder, nad_1000);
  for (guint i = 0; i < G_N_ELEMENTS (geo_files); i++)
    {
      g_autofree char *path = kp_test_data_path (geo_files[i]);

      g_strv_builder_add (builder, path);
    }
  fixture->paths = g_strv_builder_end (builder);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_strfreev (fixture->paths);
}

static void
import_forced (KpLibrary         *library,
               const char *const *paths)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = kp_library_import_files_full (library, paths,
                                                                KP_IMPORT_FLAGS_FORCE, NULL,
                                                                NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
}

static GPtrArray *
undo_ok (KpLibrary *library)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *records = kp_library_undo_last_import (library, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static void
assert_nothing_to_undo (KpLibrary *library)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) last = kp_library_list_last_import (library, &error);
  g_autoptr (GPtrArray) records = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (last->len, ==, 0);
  records = kp_library_undo_last_import (library, &error);
  g_assert_null (records);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_NOTHING_TO_UNDO);
  g_test_message ("%s", error->message);
}

static void
assert_same_dump (const char *expected,
                  const char *actual)
{
  if (strcmp (expected, actual) == 0)
    return;
  for (gsize i = 0; expected[i] != '\0'; i++)
    if (expected[i] != actual[i])
      {
        g_autofree char *a = g_strndup (expected + (i > 80 ? i - 80 : 0), 200);
        g_autofree char *b = g_strndup (actual + (i > 80 ? i - 80 : 0), 200);

        g_error ("the dumps differ at byte %" G_GSIZE_FORMAT ":\n%s\n---\n%s", i, a, b);
      }
  g_error ("the dump after undo is longer than before");
}

/* A file of the fixtures with @from replaced by @to, written into the fixture's folder. */
static char *
write_variant (Fixture    *fixture,
               const char *relative,
               const char *name,
               const char *from,
               const char *to)
{
  g_autofree char *source = kp_test_data_path (relative);
  g_autofree char *contents = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  parts = g_strsplit (contents, from, -1);
  g_assert_cmpuint (g_strv_length (parts), >=, 2);
  joined = g_strjoinv (to, parts);
  return kp_test_write_file (fixture->dir, name, joined, -1);
}

/* An import that changes obce, population (an obec merged) and boundaries, taken back: the
 * content is the same as before it, row for row, and a second undo has nothing to do. */
static void
test_undo_restores_exactly (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *obce_2026 = kp_test_reference_path ("UI_OBEC-2026.csv");
  /* the same boundaries with another hash: imported again, every row written anew */
  g_autofree char  *obce_geo = write_variant (fixture, "geo/obce-fixture.topojson.json",
                                              "obce-fixture-2.topojson.json", "\"type\"",
                                              " \"type\"");
  const char *const second[] = { obce_geo, obce_2026, NULL };
  g_autofree char  *before = NULL;
  g_autofree char  *changed = NULL;
  g_autofree char  *after = NULL;
  g_autoptr (GPtrArray) last = NULL;
  g_autoptr (GPtrArray) undone = NULL;
  g_autoptr (GError) error = NULL;

  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  before = kp_test_library_dump (fixture->path);

  import_forced (fixture->library, second);
  changed = kp_test_library_dump (fixture->path);
  g_assert_cmpstr (before, !=, changed);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 15);

  last = kp_library_list_last_import (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (last->len, ==, 2);
  g_assert_cmpint (((KpImportRecord *) last->pdata[0])->kind, ==, KP_REFERENCE_KIND_UI_OBEC);
  g_assert_cmpint (((KpImportRecord *) last->pdata[1])->kind, ==, KP_REFERENCE_KIND_GEO_OBCE);

  undone = undo_ok (fixture->library);
  g_assert_cmpuint (undone->len, ==, 2);
  g_assert_cmpstr (((KpImportRecord *) undone->pdata[0])->source_name, ==, "UI_OBEC-2026.csv");
  after = kp_test_library_dump (fixture->path);
  assert_same_dump (before, after);
  g_assert_true (kp_library_is_ready (fixture->library));

  /* One level: the undo itself cannot be undone, and the import before it stays. */
  assert_nothing_to_undo (fixture->library);
  g_free (after);
  after = kp_test_library_dump (fixture->path);
  assert_same_dump (before, after);
}

/* The first import taken back leaves the library as it was created: no reference data. */
static void
test_undo_first_import (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *empty = kp_test_library_dump (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) undone = NULL;
  g_autoptr (GPtrArray) imports = NULL;
  g_autoptr (GError) error = NULL;

  assert_nothing_to_undo (fixture->library);
  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  undone = undo_ok (fixture->library);
  g_assert_cmpuint (undone->len, ==, g_strv_length (fixture->paths));
  after = kp_test_library_dump (fixture->path);
  assert_same_dump (empty, after);
  imports = kp_library_list_imports (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imports->len, ==, 0);
  g_assert_false (kp_library_is_ready (fixture->library));
}

/* A refused import and one that changes nothing keep the undo of the import before. */
static void
test_failed_and_unchanged_keep_undo (Fixture      *fixture,
                                     gconstpointer data)
{
  g_autofree char  *empty = kp_test_library_dump (fixture->path);
  g_autofree char  *bad = kp_test_reference_path ("UI_OBEC-bad-code.csv");
  const char *const bad_paths[] = { bad, NULL };
  g_autofree char  *after = NULL;
  g_autoptr (GPtrArray) last = NULL;
  g_autoptr (GPtrArray) undone = NULL;
  g_autoptr (GError) error = NULL;

  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  kp_test_import_fails (fixture->library, bad_paths, KP_IMPORT_ERROR_RECORD,
                        "UI_OBEC-bad-code.csv", NULL);
  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths); /* unchanged */
  last = kp_library_list_last_import (fixture->library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (last->len, ==, g_strv_length (fixture->paths));

  undone = undo_ok (fixture->library);
  after = kp_test_library_dump (fixture->path);
  assert_same_dump (empty, after);
}

/* The undo copies have the columns of their tables; a migration that changes one table
 * changes its copy too. */
static void
test_undo_tables_mirror (Fixture      *fixture,
                         gconstpointer data)
{
  static const char *const tables[] = { "kraj", "okres", "orp", "pou",
                                        "csu_code", "obec", "population", "boundary",
                                        "boundary_arc", "registry_code", "csu_orp" };
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (fixture->path, KP_DATABASE_KIND_LIBRARY,
                                                KP_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      GString *columns[2] = { g_string_new (NULL), g_string_new (NULL) };

      for (int copy = 0; copy < 2; copy++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s%s')",
                                                  copy ? "undo_" : "", tables[i]);
          g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, &error);

          g_assert_no_error (error);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            g_string_append_printf (columns[copy], "%s ", sqlite3_column_text (stmt, 0));
        }
      g_test_message ("%s: %s", tables[i], columns[0]->str);
      g_assert_cmpuint (columns[0]->len, >, 0);
      g_assert_cmpstr (columns[0]->str, ==, columns[1]->str);
      g_string_free (columns[0], TRUE);
      g_string_free (columns[1], TRUE);
    }
}

/* A cut UI_OBEC.csv that still reads well (cut after a whole row) would make the library
 * lose most obce: refused, saying how many and which, until forced; then undone. */
static void
test_guard_obce (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *source = kp_test_reference_path ("UI_OBEC.csv");
  g_autofree char *contents = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char      *paths[] = { NULL, NULL };
  char            *end;
  g_autoptr (GPtrArray) undone = NULL;

  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  before = kp_test_library_dump (fixture->path);
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  /* the header and the first 7 obce, the newest of them too (so it is no older file):
   * 9 of the 16 obce go */
  end = contents;
  for (int line = 0; line < 8; line++)
    end = strchr (end, '\n') + 1;
  cut = kp_test_write_file (fixture->dir, "UI_OBEC.csv", contents, end - contents);
  paths[0] = cut;

  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_CHANGED, "UI_OBEC.csv",
                        "UI_OBEC.csv would remove 9 of the 16 obce (e.g. ");
  import_forced (fixture->library, paths);
  g_assert_cmpint (kp_test_library_query_int (fixture->library, "SELECT count(*) FROM obec"),
                   ==, 7);
  undone = undo_ok (fixture->library);
  after = kp_test_library_dump (fixture->path);
  assert_same_dump (before, after);
}

/* Boundaries of fewer obce than before: the guard counts boundaries per level. */
static void
test_guard_boundaries (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char  *orp_one = write_variant (fixture, "geo/orp-fixture.geojson", "orp-jedna.geojson",
                                             "\"kod\": 957", "\"kod\": 9999957");
  const char *const paths[] = { orp_one, NULL };

  kp_test_import_ok (fixture->library, (const char *const *) fixture->paths);
  kp_test_import_fails (fixture->library, paths, KP_IMPORT_ERROR_CHANGED, "orp-jedna.geojson",
                        "orp-jedna.geojson would remove the boundary of 1 of the 2 ORP (e.g. "
                        "Chotěboř).");
}

/* The registry: an import that ends a service by leaving it out is refused until forced;
 * then it is undone to the content of the import before, and so is a code list. */
static void
test_undo_registry (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "registry.sqlite", NULL);
  g_autoptr (KpLibrary) library = kp_test_registry_library (path);
  g_autofree char  *rpss_b = kp_test_registry_path ("rpss-b.json");
  g_autofree char  *codes = kp_test_registry_path ("druhy-socialni-sluzby.json");
  const char *const b_paths[] = { rpss_b, NULL };
  const char *const code_paths[] = { codes, NULL };
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) undone = NULL;
  g_autoptr (GPtrArray) undone_codes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *before_codes = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  first = kp_test_registry_import (library, "rpss-a.json", NULL);
  before = kp_test_library_dump (path);

  error = kp_test_registry_import_error (library, rpss_b);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "rpss-b.json would remove 1 of the 7 registered "
                                            "services (e.g. Linka Jihlava)."));
  g_clear_error (&error);

  import_forced (library, b_paths);
  undone = undo_ok (library);
  g_assert_cmpuint (undone->len, ==, 1);
  g_assert_cmpint (((KpImportRecord *) undone->pdata[0])->kind, ==, KP_REFERENCE_KIND_REGISTRY);
  after = kp_test_library_dump (path);
  assert_same_dump (before, after);

  /* the registry's history after the undo goes on as if the import never happened */
  import_forced (library, b_paths);
  g_assert_cmpint (kp_test_query_int (path, FALSE, "SELECT max(id) FROM registry_import"), ==,
                   2);

  before_codes = kp_test_library_dump (path);
  import_forced (library, code_paths);
  undone_codes = undo_ok (library);
  g_free (after);
  after = kp_test_library_dump (path);
  assert_same_dump (before_codes, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/kp/import-undo/restores-exactly", test_undo_restores_exactly);
  ADD ("/kp/import-undo/first-import", test_undo_first_import);
  ADD ("/kp/import-undo/failed-and-unchanged-keep-undo", test_failed_and_unchanged_keep_undo);
  ADD ("/kp/import-undo/tables-mirror", test_undo_tables_mirror);
  ADD ("/kp/import-undo/guard-obce", test_guard_obce);
  ADD ("/kp/import-undo/guard-boundaries", test_guard_boundaries);
  ADD ("/kp/import-undo/registry", test_undo_registry);
#undef ADD
  return g_test_run ();
}
