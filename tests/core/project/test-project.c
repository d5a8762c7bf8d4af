/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "kp-database.h"
#include "kp-database-private.h"
#include "kp-error.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-test-utils.h"

/* A small reference library: two kraje, four ORP, nine obce. Each obec's 18 bands are
 * built from four values (children, adults, 65–79, 80+), so the totals are easy to check:
 * 0–14 = 3c, 15–64 = 10a, 65+ = 3s + 2e, 80+ = 2e. */

typedef struct
{
  const char *kod;
  const char *nazev;
  int         status;
  const char *pou;
  const char *okres;
  int         c, a, s, e;
} FixtureObec;

static const FixtureObec fixture_obce[] = {
  { "568414", "Havlíčkův Brod", 3, "1996", "3601", 100, 150, 120, 60 }, /* 2 280 */
  { "569704", "Věžnice", 2, "1996", "3601", 5, 8, 6, 3 },               /* 119 */
  { "568406", "Hurtova Lhota", 2, "1996", "3601", 2, 4, 3, 1 },         /* 57 */
  { "568350", "Chřenovice", 2, "1996", "3601", 4, 6, 5, 2 },            /* 91 */
  { "568759", "Chotěboř", 3, "1970", "3601", 50, 70, 60, 30 },          /* 1 090 */
  { "588130", "Věžnice", 2, "3026", "3707", 1, 3, 2, 1 },               /* 41 */
  { "586846", "Jihlava", 4, "3018", "3707", 200, 300, 220, 100 },       /* 4 460 */
  { "593711", "Znojmo", 4, "3361", "3713", 150, 220, 170, 80 },         /* 3 320 */
  { "594563", "Šatov", 2, "3361", "3713", 0, 5, 4, 2 },                 /* 66, no children */
};

static const char fixture_code_lists[] =
    "INSERT INTO kraj (kod, nazev, nuts3_kod, csu_kod) VALUES "
    "('108', 'Kraj Vysočina', 'CZ063', '3107'), ('116', 'Jihomoravský kraj', 'CZ064', '3115');"
    "INSERT INTO okres (kod, nazev, lau1_kod, kraj_kod) VALUES "
    "('3601', 'Havlíčkův Brod', 'CZ0631', '108'), ('3707', 'Jihlava', 'CZ0632', '108'), "
    "('3713', 'Znojmo', 'CZ0647', '116');"
    "INSERT INTO orp (kod, csu_kod, nazev, kraj_kod) VALUES "
    "('949', '6102', 'Havlíčkův Brod', '108'), ('931', '6101', 'Chotěboř', '108'), "
    "('1503', '6104', 'Jihlava', '108'), ('1660', '6220', 'Znojmo', '116');"
    "INSERT INTO pou (kod, nazev, orp_kod, kraj_kod) VALUES "
    "('1996', 'Havlíčkův Brod', '949', '108'), ('1970', 'Chotěboř', '931', '108'), "
    "('3018', 'Jihlava', '1503', '108'), ('3026', 'Polná', '1503', '108'), "
    "('3361', 'Znojmo', '1660', '116');"
    "INSERT INTO import_log (kind, source_name, data_date, sha256, row_count, imported_at) VALUES "
    "('ui_obec', 'UI_OBEC_old.csv', '2025-01-01', 'aa', 9, '2026-01-01T10:00:00Z'), "
    "('ui_obec', 'UI_OBEC.csv', '2026-01-01', 'bb', 9, '2026-02-01T10:00:00Z'), "
    "('csu_vek', '2020_vek_do_999.xlsx', '2020-12-31', 'cc', 27, '2026-02-01T10:05:00Z');";

typedef struct
{
  char      *dir;
  char      *library_path;
  char      *project_path;
  KpLibrary *library;
} Fixture;

static void
exec_sql (KpDatabase *db,
          const char *sql)
{
  g_autoptr (GError) error = NULL;

  kp_database_exec (db, sql, &error);
  g_assert_no_error (error);
}

static void
insert_obec (KpDatabase        *db,
             const FixtureObec *obec)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  static const char *const sexes[] = { "celkem", "muzi", "zeny" };

  stmt = kp_database_prepare (db,
                              "INSERT INTO obec (kod, nazev, status_kod, pou_kod, okres_kod) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, obec->kod, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, obec->nazev, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, obec->status);
  sqlite3_bind_text (stmt, 4, obec->pou, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, obec->okres, -1, SQLITE_STATIC);
  g_assert_true (kp_database_step_done (db, stmt, &error));
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint sex = 0; sex < G_N_ELEMENTS (sexes); sex++)
    {
      int bands[18];
      int total = 0;

      for (int i = 0; i < 18; i++)
        {
          int value = i < 3 ? obec->c : i < 13 ? obec->a
                                    : i < 16   ? obec->s
                                               : obec->e;

          /* muži get half (rounded down), ženy the rest */
          bands[i] = sex == 0 ? value : sex == 1 ? value / 2
                                                 : value - value / 2;
          total += bands[i];
        }
      stmt = kp_database_prepare (db,
                                  "INSERT INTO population VALUES (?1, ?2, '2020-12-31', ?3, "
                                  "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                                  "?17, ?18, ?19, ?20, ?21)",
                                  &error);
      g_assert_no_error (error);
      sqlite3_bind_text (stmt, 1, obec->kod, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, sexes[sex], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, total);
      for (int i = 0; i < 18; i++)
        sqlite3_bind_int (stmt, 4 + i, bands[i]);
      g_assert_true (kp_database_step_done (db, stmt, &error));
      g_clear_pointer (&stmt, sqlite3_finalize);
    }
}

/* Writes the fixture library; with @with_obce FALSE only the code lists. */
static void
write_library (const char *path,
               gboolean    with_obce)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_LIBRARY,
                                                KP_DATABASE_FLAGS_CREATE, &error);

  g_assert_no_error (error);
  exec_sql (db, "BEGIN");
  exec_sql (db, fixture_code_lists);
  for (guint i = 0; with_obce && i < G_N_ELEMENTS (fixture_obce); i++)
    insert_obec (db, &fixture_obce[i]);
  exec_sql (db, "COMMIT");
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library_path = g_build_filename (fixture->dir, "library.sqlite", NULL);
  fixture->project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  write_library (fixture->library_path, data == NULL);
  fixture->library = kp_library_open (fixture->library_path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->library_path);
  g_free (fixture->project_path);
}

static const char *const custom_obce[] = { "569704", "588130", "593711", "594563", NULL };

static KpProject *
create_orp_project (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  KpProjectSpec spec = {
    .name = "  SPRSS Havlíčkobrodsko  ",
    .kind = KP_TERRITORY_ORP,
    .orp_kod = "949",
    .period_from = 2026,
    .period_to = 2028,
  };
  KpProject *project = kp_project_create (fixture->library, fixture->project_path, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static KpProject *
create_custom_project (Fixture    *fixture,
                       const char *territory_name)
{
  g_autoptr (GError) error = NULL;
  KpProjectSpec spec = {
    .name = "MAS Věžnice a Znojmo",
    .kind = KP_TERRITORY_CUSTOM,
    .obce = custom_obce,
    .territory_name = territory_name,
    .period_from = 2027,
    .period_to = 2027,
  };
  KpProject *project = kp_project_create (fixture->library, fixture->project_path, &spec, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static KpObec *
obec_at (KpProject *project,
         guint      position)
{
  g_autoptr (KpObec) obec = g_list_model_get_item (kp_project_get_obce (project), position);

  return obec; /* the store keeps it alive */
}

static KpArea *
area_at (KpProject *project,
         guint      position)
{
  g_autoptr (KpArea) area = g_list_model_get_item (kp_project_get_comparison (project), position);

  return area;
}

static void
assert_area (KpArea     *area,
             KpAreaLevel level,
             const char *kod,
             const char *nazev,
             int         obce,
             gint64      total,
             gint64      a0_14,
             gint64      a15_64,
             gint64      a65_plus,
             gint64      a80_plus)
{
  const KpAgeTotals *totals = kp_area_get_totals (area);

  g_assert_cmpint (kp_area_get_level (area), ==, level);
  g_assert_cmpstr (kp_area_get_kod (area), ==, kod);
  g_assert_cmpstr (kp_area_get_nazev (area), ==, nazev);
  g_assert_cmpstr (kp_area_get_ref_date (area), ==, "2020-12-31");
  g_assert_cmpint (kp_area_get_obce (area), ==, obce);
  g_assert_cmpint (totals->total, ==, total);
  g_assert_cmpint (totals->a0_14, ==, a0_14);
  g_assert_cmpint (totals->a15_64, ==, a15_64);
  g_assert_cmpint (totals->a65_plus, ==, a65_plus);
  g_assert_cmpint (totals->a80_plus, ==, a80_plus);
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

static void
test_create_orp (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = create_orp_project (fixture);
  g_autoptr (GPtrArray) sources = NULL;
  g_autofree char *part = g_strconcat (fixture->project_path, ".part", NULL);
  GListModel      *obce = kp_project_get_obce (project);
  GListModel      *comparison = kp_project_get_comparison (project);

  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (kp_project_get_path (project), ==, fixture->project_path);
  g_assert_cmpstr (kp_project_get_name (project), ==, "SPRSS Havlíčkobrodsko");
  g_assert_cmpstr (kp_project_get_territory_name (project), ==, "ORP Havlíčkův Brod");
  g_assert_cmpint (kp_project_get_territory_kind (project), ==, KP_TERRITORY_ORP);
  g_assert_cmpint (kp_project_get_period_from (project), ==, 2026);
  g_assert_cmpint (kp_project_get_period_to (project), ==, 2028);
  g_assert_false (kp_project_get_is_sample (project));
  g_assert_cmpstr (kp_project_get_reference_date (project), ==, "2020-12-31");
  g_assert_false (kp_project_get_can_undo (project));

  /* Czech order: "ch" after "h" */
  g_assert_cmpint (g_list_model_get_n_items (obce), ==, 4);
  g_assert_cmpstr (kp_obec_get_nazev (obec_at (project, 0)), ==, "Havlíčkův Brod");
  g_assert_cmpstr (kp_obec_get_nazev (obec_at (project, 1)), ==, "Hurtova Lhota");
  g_assert_cmpstr (kp_obec_get_nazev (obec_at (project, 2)), ==, "Chřenovice");
  g_assert_cmpstr (kp_obec_get_nazev (obec_at (project, 3)), ==, "Věžnice");
  g_assert_cmpstr (kp_obec_get_pou_nazev (obec_at (project, 0)), ==, "Havlíčkův Brod");
  g_assert_cmpstr (kp_obec_get_orp_kod (obec_at (project, 0)), ==, "949");
  g_assert_cmpstr (kp_obec_get_kraj_nazev (obec_at (project, 0)), ==, "Kraj Vysočina");
  g_assert_cmpint (kp_obec_get_status_kod (obec_at (project, 0)), ==, 3);
  g_assert_cmpint (kp_obec_get_totals (obec_at (project, 0))->total, ==, 2280);
  g_assert_cmpint (kp_obec_get_totals (obec_at (project, 0))->a80_plus, ==, 120);

  assert_area (kp_project_get_totals (project), KP_AREA_LEVEL_TERRITORY, "949",
               "ORP Havlíčkův Brod", 4, 2547, 333, 1680, 534, 132);
  g_assert_cmpstr (kp_area_get_kraj_kod (kp_project_get_totals (project)), ==, "108");

  g_assert_cmpint (g_list_model_get_n_items (comparison), ==, 4);
  g_assert_true (area_at (project, 0) == kp_project_get_totals (project));
  assert_area (area_at (project, 1), KP_AREA_LEVEL_ORP, "949", "Havlíčkův Brod", 4, 2547, 333,
               1680, 534, 132);
  g_assert_cmpstr (kp_area_get_csu_kod (area_at (project, 1)), ==, "6102");
  g_assert_cmpstr (kp_area_get_kraj_nazev (area_at (project, 1)), ==, "Kraj Vysočina");
  assert_area (area_at (project, 2), KP_AREA_LEVEL_KRAJ, "108", "Kraj Vysočina", 7, 8138, 1086,
               5410, 1642, 394);
  assert_area (area_at (project, 3), KP_AREA_LEVEL_CR, "CZ", "Česká republika", 9, 11524, 1536,
               7660, 2328, 558);

  /* the snapshot holds what the territory needs and no more */
  g_clear_object (&project);
  g_assert_cmpint (query_int (fixture->project_path, "SELECT count(*) FROM obec"), ==, 4);
  g_assert_cmpint (query_int (fixture->project_path, "SELECT count(*) FROM population"), ==, 12);
  g_assert_cmpint (query_int (fixture->project_path, "SELECT count(*) FROM pou"), ==, 1);
  g_assert_cmpint (query_int (fixture->project_path, "SELECT count(*) FROM orp"), ==, 1);
  g_assert_cmpint (query_int (fixture->project_path, "SELECT count(*) FROM kraj"), ==, 1);
  g_assert_cmpint (query_int (fixture->project_path, "SELECT count(*) FROM okres"), ==, 1);
  g_assert_cmpint (query_int (fixture->project_path,
                              "SELECT sum(total) FROM population WHERE sex = 'muzi'"),
                   ==, 1267);

  project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  sources = kp_project_list_sources (project, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sources->len, ==, 2); /* the latest import of each kind */
  g_assert_cmpstr (((KpImportRecord *) sources->pdata[0])->source_name, ==, "UI_OBEC.csv");
  g_assert_cmpstr (((KpImportRecord *) sources->pdata[0])->sha256, ==, "bb");
  g_assert_cmpint (((KpImportRecord *) sources->pdata[0])->kind, ==, KP_REFERENCE_KIND_UI_OBEC);
  g_assert_cmpstr (((KpImportRecord *) sources->pdata[1])->source_name, ==,
                   "2020_vek_do_999.xlsx");
  g_assert_cmpint (((KpImportRecord *) sources->pdata[1])->row_count, ==, 27);
}

static void
test_create_custom (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (KpProject) project = create_custom_project (fixture, "  MAS Podyjí  ");
  KpArea *totals = kp_project_get_totals (project);

  g_assert_cmpstr (kp_project_get_territory_name (project), ==, "MAS Podyjí");
  g_assert_cmpint (kp_project_get_territory_kind (project), ==, KP_TERRITORY_CUSTOM);
  g_assert_cmpint (kp_project_get_period_from (project), ==, 2027);
  g_assert_cmpint (kp_project_get_period_to (project), ==, 2027);

  g_assert_cmpint (g_list_model_get_n_items (kp_project_get_obce (project)), ==, 4);
  g_assert_cmpstr (kp_obec_get_nazev (obec_at (project, 0)), ==, "Šatov");
  g_assert_cmpstr (kp_obec_get_kod (obec_at (project, 1)), ==, "569704");
  g_assert_cmpstr (kp_obec_get_kod (obec_at (project, 2)), ==, "588130");
  g_assert_cmpstr (kp_obec_get_orp_nazev (obec_at (project, 2)), ==, "Jihlava");
  g_assert_cmpstr (kp_obec_get_pou_nazev (obec_at (project, 2)), ==, "Polná");
  g_assert_cmpstr (kp_obec_get_nazev (obec_at (project, 3)), ==, "Znojmo");
  g_assert_true (isnan (kp_obec_get_ageing_index (obec_at (project, 0))));

  assert_area (totals, KP_AREA_LEVEL_TERRITORY, NULL, "MAS Podyjí", 4, 3546, 468, 2360, 718, 172);
  g_assert_null (kp_area_get_kraj_kod (totals)); /* it crosses a kraj border */

  g_assert_cmpint (g_list_model_get_n_items (kp_project_get_comparison (project)), ==, 7);
  assert_area (area_at (project, 1), KP_AREA_LEVEL_ORP, "949", "Havlíčkův Brod", 4, 2547, 333,
               1680, 534, 132);
  assert_area (area_at (project, 2), KP_AREA_LEVEL_ORP, "1503", "Jihlava", 2, 4501, 603, 3030,
               868, 202);
  assert_area (area_at (project, 3), KP_AREA_LEVEL_ORP, "1660", "Znojmo", 2, 3386, 450, 2250, 686,
               164);
  assert_area (area_at (project, 4), KP_AREA_LEVEL_KRAJ, "116", "Jihomoravský kraj", 2, 3386, 450,
               2250, 686, 164);
  assert_area (area_at (project, 5), KP_AREA_LEVEL_KRAJ, "108", "Kraj Vysočina", 7, 8138, 1086,
               5410, 1642, 394);
  assert_area (area_at (project, 6), KP_AREA_LEVEL_CR, "CZ", "Česká republika", 9, 11524, 1536,
               7660, 2328, 558);
}

static void
test_create_custom_default_name (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr (KpProject) project = create_custom_project (fixture, NULL);

  g_assert_cmpstr (kp_project_get_territory_name (project), ==, "Custom territory");
}

static void
test_self_contained (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = create_custom_project (fixture, "MAS Podyjí");
  g_autoptr (KpProject) reopened = NULL;
  g_autofree char *wal = g_strconcat (fixture->library_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->library_path, "-shm", NULL);

  g_clear_object (&project);
  g_clear_object (&fixture->library);
  g_assert_cmpint (g_remove (fixture->library_path), ==, 0);
  g_remove (wal);
  g_remove (shm);

  reopened = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (kp_project_get_obce (reopened)), ==, 4);
  g_assert_cmpstr (kp_obec_get_orp_nazev (obec_at (reopened, 3)), ==, "Znojmo");
  g_assert_cmpstr (kp_obec_get_kraj_nazev (obec_at (reopened, 3)), ==, "Jihomoravský kraj");
  assert_area (kp_project_get_totals (reopened), KP_AREA_LEVEL_TERRITORY, NULL, "MAS Podyjí", 4,
               3546, 468, 2360, 718, 172);
  g_assert_cmpint (g_list_model_get_n_items (kp_project_get_comparison (reopened)), ==, 7);
  assert_area (area_at (reopened, 6), KP_AREA_LEVEL_CR, "CZ", "Česká republika", 9, 11524, 1536,
               7660, 2328, 558);
}

static void
assert_refused (Fixture             *fixture,
                const KpProjectSpec *spec,
                int                  code,
                const char          *in_message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autofree char *part = g_strconcat (fixture->project_path, ".part", NULL);
  g_autofree char *part_wal = g_strconcat (part, "-wal", NULL);

  project = kp_project_create (fixture->library, fixture->project_path, spec, &error);
  g_assert_null (project);
  g_assert_error (error, KP_PROJECT_ERROR, code);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
  g_assert_false (g_file_test (fixture->project_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part_wal, G_FILE_TEST_EXISTS));
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const unknown_obec[] = { "569704", "999999", NULL };
  static const char *const no_obce[] = { NULL };
  KpProjectSpec            orp = {
               .name = "Plán",
               .kind = KP_TERRITORY_ORP,
               .orp_kod = "4242",
               .period_from = 2026,
               .period_to = 2028,
  };
  KpProjectSpec custom = orp;

  custom.kind = KP_TERRITORY_CUSTOM;
  custom.obce = unknown_obec;

  assert_refused (fixture, &orp, KP_PROJECT_ERROR_NOT_FOUND, "4242");
  assert_refused (fixture, &custom, KP_PROJECT_ERROR_NOT_FOUND, "999999");
  custom.obce = no_obce;
  assert_refused (fixture, &custom, KP_PROJECT_ERROR_INVALID, NULL);
  custom.obce = NULL;
  assert_refused (fixture, &custom, KP_PROJECT_ERROR_INVALID, NULL);

  orp.orp_kod = "949";
  orp.period_to = 2025;
  assert_refused (fixture, &orp, KP_PROJECT_ERROR_INVALID, "2025");
  orp.period_from = 1999;
  orp.period_to = 2001;
  assert_refused (fixture, &orp, KP_PROJECT_ERROR_INVALID, NULL);
  orp.period_from = 2026;
  orp.period_to = 2101;
  assert_refused (fixture, &orp, KP_PROJECT_ERROR_INVALID, NULL);
  orp.period_to = 2028;
  orp.name = "";
  assert_refused (fixture, &orp, KP_PROJECT_ERROR_INVALID, NULL);
  orp.name = " \t ";
  assert_refused (fixture, &orp, KP_PROJECT_ERROR_INVALID, NULL);
  orp.name = NULL;
  assert_refused (fixture, &orp, KP_PROJECT_ERROR_INVALID, NULL);
}

static void
test_no_reference (Fixture      *fixture,
                   gconstpointer data)
{
  KpProjectSpec spec = {
    .name = "Plán",
    .kind = KP_TERRITORY_ORP,
    .orp_kod = "949",
    .period_from = 2026,
    .period_to = 2028,
  };

  assert_refused (fixture, &spec, KP_PROJECT_ERROR_NO_REFERENCE, NULL);
}

static void
test_stale_part_replaced (Fixture      *fixture,
                          gconstpointer data)
{
  g_autofree char *part = g_strconcat (fixture->project_path, ".part", NULL);
  g_autofree char *stale = kp_test_write_file (fixture->dir, "plan.komplan.part", "junk", -1);
  g_autoptr (KpProject) project = NULL;

  project = create_orp_project (fixture);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_list_model_get_n_items (kp_project_get_obce (project)), ==, 4);
}

static void
test_create_in_missing_directory (Fixture      *fixture,
                                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "plan.komplan", NULL);
  KpProjectSpec    spec = {
       .name = "Plán",
       .kind = KP_TERRITORY_ORP,
       .orp_kod = "949",
       .period_from = 2026,
       .period_to = 2028,
  };
  g_autoptr (KpProject) project = kp_project_create (fixture->library, path, &spec, &error);

  g_assert_null (project);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_open_refuses_library (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_open (fixture->library_path, &error);

  g_assert_null (project);
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_NOT_OURS);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(int *) user_data)++;
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    user_data)
{
  g_assert_cmpint (position, ==, 0);
  g_assert_cmpint (removed, ==, 1);
  g_assert_cmpint (added, ==, 1);
  (*(int *) user_data)++;
}

static void
test_edits_persist (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = create_orp_project (fixture);
  g_autoptr (KpProject) reopened = NULL;
  KpArea *old_totals = kp_project_get_totals (project);
  int     name_notified = 0;
  int     from_notified = 0;
  int     to_notified = 0;
  int     items_changed = 0;

  g_signal_connect (project, "notify::name", G_CALLBACK (count_notify_cb), &name_notified);
  g_signal_connect (project, "notify::period-from", G_CALLBACK (count_notify_cb), &from_notified);
  g_signal_connect (project, "notify::period-to", G_CALLBACK (count_notify_cb), &to_notified);
  g_signal_connect (kp_project_get_comparison (project), "items-changed",
                    G_CALLBACK (count_items_changed_cb), &items_changed);

  g_assert_true (kp_project_set_name (project, "Plán sociálních služeb", &error));
  g_assert_no_error (error);
  g_assert_cmpint (name_notified, ==, 1);
  g_assert_true (kp_project_set_territory_name (project, "Havlíčkobrodsko", &error));
  g_assert_cmpstr (kp_area_get_nazev (kp_project_get_totals (project)), ==, "Havlíčkobrodsko");
  g_assert_true (kp_project_get_totals (project) != old_totals);
  g_assert_true (area_at (project, 0) == kp_project_get_totals (project));
  g_assert_cmpint (items_changed, ==, 1);
  g_assert_true (kp_project_set_period (project, 2027, 2030, &error));
  g_assert_cmpint (from_notified, ==, 1);
  g_assert_cmpint (to_notified, ==, 1);
  g_assert_true (kp_project_set_period (project, 2027, 2029, &error));
  g_assert_cmpint (from_notified, ==, 1);
  g_assert_cmpint (to_notified, ==, 2);

  /* a property write goes through the setter */
  g_object_set (project, "period-from", 2028, NULL);
  g_assert_cmpint (kp_project_get_period_from (project), ==, 2028);
  g_object_set (project, "period-from", 2035, NULL); /* after period-to: refused */
  g_assert_cmpint (kp_project_get_period_from (project), ==, 2028);

  g_clear_object (&project);
  reopened = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_project_get_name (reopened), ==, "Plán sociálních služeb");
  g_assert_cmpstr (kp_project_get_territory_name (reopened), ==, "Havlíčkobrodsko");
  g_assert_cmpstr (kp_area_get_nazev (kp_project_get_totals (reopened)), ==, "Havlíčkobrodsko");
  g_assert_cmpint (kp_project_get_period_from (reopened), ==, 2028);
  g_assert_cmpint (kp_project_get_period_to (reopened), ==, 2029);
  g_assert_false (kp_project_get_can_undo (reopened));
}

static void
test_invalid_edits (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = create_orp_project (fixture);
  int notified = 0;

  g_signal_connect (project, "notify", G_CALLBACK (count_notify_cb), &notified);

  g_assert_false (kp_project_set_name (project, "  ", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_project_set_territory_name (project, "", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_project_set_period (project, 2029, 2028, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_project_set_period (project, 2026, 2101, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* the same value is no edit */
  g_assert_true (kp_project_set_name (project, "SPRSS Havlíčkobrodsko", &error));
  g_assert_true (kp_project_set_period (project, 2026, 2028, &error));
  g_assert_no_error (error);

  g_assert_cmpint (notified, ==, 0);
  g_assert_false (kp_project_get_can_undo (project));
  g_assert_cmpstr (kp_project_get_name (project), ==, "SPRSS Havlíčkobrodsko");
  g_assert_cmpint (kp_project_get_period_to (project), ==, 2028);
}

static void
test_undo_redo (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = create_orp_project (fixture);
  g_autoptr (KpProject) reopened = NULL;
  int can_undo_notified = 0;
  int can_redo_notified = 0;

  g_signal_connect (project, "notify::can-undo", G_CALLBACK (count_notify_cb),
                    &can_undo_notified);
  g_signal_connect (project, "notify::can-redo", G_CALLBACK (count_notify_cb),
                    &can_redo_notified);

  g_assert_false (kp_project_undo (project, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_false (kp_project_redo (project, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  g_assert_true (kp_project_set_name (project, "První", &error));
  g_assert_true (kp_project_get_can_undo (project));
  g_assert_cmpint (can_undo_notified, ==, 1);
  g_assert_true (kp_project_set_period (project, 2030, 2032, &error));
  g_assert_cmpint (can_undo_notified, ==, 1); /* still TRUE: no notification */

  g_assert_true (kp_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_project_get_period_from (project), ==, 2026);
  g_assert_cmpint (kp_project_get_period_to (project), ==, 2028);
  g_assert_true (kp_project_get_can_redo (project));
  g_assert_cmpint (can_redo_notified, ==, 1);

  g_assert_true (kp_project_undo (project, &error));
  g_assert_cmpstr (kp_project_get_name (project), ==, "SPRSS Havlíčkobrodsko");
  g_assert_false (kp_project_get_can_undo (project));
  g_assert_cmpint (can_undo_notified, ==, 2);

  g_assert_true (kp_project_redo (project, &error));
  g_assert_cmpstr (kp_project_get_name (project), ==, "První");
  g_assert_true (kp_project_get_can_undo (project));
  g_assert_cmpint (can_undo_notified, ==, 3);
  g_assert_true (kp_project_get_can_redo (project));

  /* a new edit forgets what was undone */
  g_assert_true (kp_project_set_territory_name (project, "Havlíčkobrodsko", &error));
  g_assert_false (kp_project_get_can_redo (project));
  g_assert_cmpint (can_redo_notified, ==, 2);

  g_assert_true (kp_project_undo (project, &error));
  g_assert_cmpstr (kp_project_get_territory_name (project), ==, "ORP Havlíčkův Brod");
  g_assert_cmpstr (kp_area_get_nazev (kp_project_get_totals (project)), ==, "ORP Havlíčkův Brod");
  g_assert_no_error (error);

  /* undo and redo are committed like any edit */
  g_clear_object (&project);
  reopened = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_project_get_name (reopened), ==, "První");
  g_assert_cmpstr (kp_project_get_territory_name (reopened), ==, "ORP Havlíčkův Brod");
  g_assert_cmpint (kp_project_get_period_from (reopened), ==, 2026);
}

/* The real national data, when ../shared/data is there (facts 10, 11 and 14 of its README;
 * the 80+ and kraj figures summed from joined/obce_orp_vek_2020.csv). */
static void
test_national_havlickuv_brod (void)
{
  static const char *const files[] = {
    "ruian/kraje.csv",
    "ruian/okresy.csv",
    "ruian/orp.csv",
    "ruian/pou.csv",
    "ruian/ciselnik_CSU.csv",
    "ruian/UI_OBEC.csv",
    "csu/2020_vek_do_999.xlsx",
    "csu/2020_vek_nad_1000.xlsx",
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (KpProject) project = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *library_path = NULL;
  g_autofree char *project_path = NULL;
  KpProjectSpec    spec = {
       .name = "SPRSS Havlíčkobrodsko",
       .kind = KP_TERRITORY_ORP,
       .orp_kod = "949",
       .period_from = 2026,
       .period_to = 2028,
  };
  GListModel *comparison;
  KpArea     *cr;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      char *path = kp_test_shared_data_path (files[i]);

      if (path == NULL)
        {
          g_test_skip ("the shared national data is not available");
          return;
        }
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);

  dir = kp_test_make_tmpdir ();
  library_path = g_build_filename (dir, "library.sqlite", NULL);
  project_path = g_build_filename (dir, "havlickobrodsko.komplan", NULL);
  library = kp_library_open (library_path, &error);
  g_assert_no_error (error);
  records = kp_library_import_files (library, (const char *const *) paths->pdata, NULL, NULL,
                                     &error);
  g_assert_no_error (error);

  project = kp_project_create (library, project_path, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_project_get_territory_name (project), ==, "ORP Havlíčkův Brod");
  assert_area (kp_project_get_totals (project), KP_AREA_LEVEL_TERRITORY, "949",
               "ORP Havlíčkův Brod", 57, 53278, 8822, 33437, 11019, 2355);

  comparison = kp_project_get_comparison (project);
  g_assert_cmpint (g_list_model_get_n_items (comparison), ==, 4);
  assert_area (area_at (project, 1), KP_AREA_LEVEL_ORP, "949", "Havlíčkův Brod", 57, 53278,
               8822, 33437, 11019, 2355);
  g_assert_cmpstr (kp_area_get_csu_kod (area_at (project, 1)), ==, "6102");
  /* Kraj Vysočina, summed from joined/obce_orp_vek_2020.csv */
  assert_area (area_at (project, 2), KP_AREA_LEVEL_KRAJ, "108", "Kraj Vysočina", 704, 508852,
               79651, 323453, 105748, 23393);
  cr = area_at (project, 3);
  assert_area (cr, KP_AREA_LEVEL_CR, "CZ", "Česká republika", 6258, 10701777, 1719741, 6823714,
               2158322, 447526);

  g_clear_object (&project);
  g_clear_object (&library);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, data) \
  g_test_add ("/kp/project/" path, Fixture, data, fixture_setup, func, fixture_teardown)

  ADD ("create/orp", test_create_orp, NULL);
  ADD ("create/custom", test_create_custom, NULL);
  ADD ("create/custom-default-name", test_create_custom_default_name, NULL);
  ADD ("create/self-contained", test_self_contained, NULL);
  ADD ("create/refusals", test_refusals, NULL);
  ADD ("create/no-reference", test_no_reference, "no obce");
  ADD ("create/stale-part", test_stale_part_replaced, NULL);
  ADD ("create/missing-directory", test_create_in_missing_directory, NULL);
  ADD ("open/refuses-library", test_open_refuses_library, NULL);
  ADD ("edit/persist", test_edits_persist, NULL);
  ADD ("edit/invalid", test_invalid_edits, NULL);
  ADD ("edit/undo-redo", test_undo_redo, NULL);
  g_test_add_func ("/kp/project/national/havlickuv-brod", test_national_havlickuv_brod);

#undef ADD

  return g_test_run ();
}
