/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <math.h>
#include <string.h>

#include "kp-error.h"
#include "kp-library.h"
#include "kp-obec.h"
#include "kp-territory-boundaries.h"
#include "kp-project.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

/* Boundaries: import into the library (fixtures in tests/data/geo/), matching by code in
 * every code system, the Praha merge, the report, refusals that change nothing, the copy
 * into a project with its neighbours, the obce's areas, and the sample's fictional map. */

typedef struct
{
  char      *dir;
  KpLibrary *library;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ruian = kp_test_ruian_paths ();
  g_auto (GStrv) paths = NULL;
  g_autofree char *do_999 = NULL;
  g_autofree char *nad_1000 = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library = kp_test_open_library (fixture->dir);
  kp_test_write_csu_files (fixture->dir, 2020, &do_999, &nad_1000);
  g_strv_builder_addv (builder, (const char **) ruian);
  g_strv_builder_add (builder, do_999);
  g_strv_builder_add (builder, nad_1000);
  paths = g_strv_builder_end (builder);
  kp_test_import_ok (fixture->library, (const char *const *) paths);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
import_geo (KpLibrary  *library,
            const char *first,
            ...)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *records;
  va_list    args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *path = kp_test_data_path (name);

      g_strv_builder_add (builder, path);
    }
  va_end (args);
  paths = g_strv_builder_end (builder);
  records = kp_library_import_files (library, (const char *const *) paths, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static void
test_import (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GPtrArray) records = import_geo (fixture->library, "geo/obce-fixture.topojson.json",
                                              "geo/kraje-fixture.topojson.json",
                                              "geo/orp-fixture.geojson", NULL);
  const KpImportRecord *obce = g_ptr_array_index (records, 0);
  const KpImportRecord *kraje = g_ptr_array_index (records, 1);
  const KpImportRecord *orp = g_ptr_array_index (records, 2);
  KpLibraryCounts       counts = { 0 };
  g_autoptr (GError) error = NULL;
  double area;

  g_assert_cmpint (obce->kind, ==, KP_REFERENCE_KIND_GEO_OBCE);
  g_assert_cmpint (kraje->kind, ==, KP_REFERENCE_KIND_GEO_KRAJE);
  g_assert_cmpint (orp->kind, ==, KP_REFERENCE_KIND_GEO_ORP);
  /* Hranice u Brodu, Havlíčkův Brod, Chlumek, and Praha from its part "Praha 22". */
  g_assert_cmpint (obce->row_count, ==, 4);
  g_test_message ("%s", obce->note);
  g_assert_nonnull (strstr (obce->note, "4 obce"));
  g_assert_nonnull (strstr (obce->note, "1 správní obvod merged into Praha"));
  g_assert_nonnull (strstr (obce->note, "1 feature matched no code: 999999 Neznámá."));
  /* The fixture library has 16 current obce; 12 of them have no boundary, listed in Czech
   * order ("Ch" after "H"). */
  g_assert_nonnull (strstr (obce->note, "12 obce of the reference data have no boundary: "
                                        "Brodek, Cerekvice, Čáslavice, Česká Ves, Dolní Ves, …"));
  g_assert_cmpint (kraje->row_count, ==, 1);
  g_assert_cmpint (orp->row_count, ==, 2);
  g_assert_nonnull (strstr (orp->note, "3 ORP of the reference data have no boundary"));

  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.boundaries_obce, ==, 4);
  g_assert_cmpint (counts.boundaries_orp, ==, 2);
  g_assert_cmpint (counts.boundaries_kraje, ==, 1);
  kp_library_counts_clear (&counts);

  /* NUTS 3 "CZ063" became the RÚIAN code of Kraj Vysočina. */
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM boundary WHERE level = 'kraj' "
                                              "AND kod = '108' AND nazev = 'Kraj Vysočina'"),
                   ==, 1);
  /* Havlíčkův Brod: 0.1° × 0.1° less the 0.02° × 0.02° enclave of Chlumek. At 49.55° N a
   * degree of longitude is about 72.3 km and of latitude about 111.2 km. */
  area = (double) kp_test_library_query_int (fixture->library,
                                             "SELECT round(area_km2 * 1000) FROM boundary "
                                             "WHERE level = 'obec' AND kod = '568414'") /
         1000.0;
  g_assert_cmpfloat_with_epsilon (area, 0.0096 * 72.3 * 111.2, 1.0);
  /* The shared border of Hranice and Havlíčkův Brod is one arc. */
  g_assert_cmpint (kp_test_library_query_int (fixture->library,
                                              "SELECT count(*) FROM boundary_arc WHERE level = 'obec'"),
                   ==, 5);
}

static void
test_reimport_unchanged (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GPtrArray) first = import_geo (fixture->library, "geo/kraje-fixture.topojson.json", NULL);
  g_autoptr (GPtrArray) again = import_geo (fixture->library, "geo/kraje-fixture.topojson.json", NULL);

  g_assert_false (((KpImportRecord *) g_ptr_array_index (first, 0))->unchanged);
  g_assert_true (((KpImportRecord *) g_ptr_array_index (again, 0))->unchanged);
}

static void
assert_refused (KpLibrary  *library,
                const char *name,
                int         code,
                const char *expected_part)
{
  g_autofree char *path = kp_test_data_path (name);
  g_autofree char *base = g_path_get_basename (name);
  const char      *paths[] = { path, NULL };

  kp_test_import_fails (library, paths, code, base, expected_part);
}

static void
test_bad_files (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GPtrArray) records = import_geo (fixture->library, "geo/kraje-fixture.topojson.json", NULL);
  g_autofree char *db_path = g_strdup (kp_library_get_path (fixture->library));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            len_before, len_after;

  g_assert_true (g_file_get_contents (db_path, &before, &len_before, NULL));
  assert_refused (fixture->library, "geo/bad-crs-sjtsk.geojson", KP_IMPORT_ERROR_FORMAT,
                  "EPSG:4326");
  assert_refused (fixture->library, "geo/bad-projected.topojson.json", KP_IMPORT_ERROR_FORMAT,
                  "look projected");
  assert_refused (fixture->library, "geo/bad-unclosed.geojson", KP_IMPORT_ERROR_RECORD,
                  "feature 0: a ring is not closed");
  assert_refused (fixture->library, "geo/bad-short-ring.geojson", KP_IMPORT_ERROR_RECORD,
                  "feature 1: a ring has 3 points");
  assert_refused (fixture->library, "geo/bad-truncated.topojson.json", KP_IMPORT_ERROR_FORMAT,
                  "truncated or damaged");
  assert_refused (fixture->library, "geo/bad-arc-index.topojson.json", KP_IMPORT_ERROR_RECORD,
                  "arc index -4 is out of range");
  /* No property tells the level. */
  assert_refused (fixture->library, "geo/good-features.geojson", KP_IMPORT_ERROR_FORMAT,
                  "cannot tell whether");
  /* Nothing matches: codes of the fixture topology are unknown obce. */
  assert_refused (fixture->library, "geo/no-match.geojson", KP_IMPORT_ERROR_MISSING,
                  "its 1 feature matches no code");
  g_assert_true (g_file_get_contents (db_path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

/* Names and codes of features that match nothing come from the file: the note quotes them
 * as valid UTF-8, cut short, whatever bytes the file had (an overlong "/" C0 AF, which
 * yajl lets through, and a name of 20 000 characters). */
static void
test_damaged_text_in_note (Fixture      *fixture,
                           gconstpointer data)
{
  static const char feature[] =
      "{\"type\":\"Feature\",\"properties\":{\"kod_obce\":\"%s\",\"nazev_obce\":\"%s\"},"
      "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[15.5,49.5],[15.6,49.5],"
      "[15.6,49.6],[15.5,49.5]]]}}";
  g_autoptr (GString) json = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[");
  g_autoptr (GString) long_name = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char      *path = NULL;
  const char           *paths[2] = { NULL, NULL };
  const KpImportRecord *record;

  for (int i = 0; i < 10000; i++)
    g_string_append (long_name, "\xC5\x99x");
  g_string_append_printf (json, feature, "568414", "Havlíčkův Brod");
  g_string_append_c (json, ',');
  g_string_append_printf (json, feature, "99\xC0\xAF"
                                         "99",
                          "Nov\xC0\xAF Ves");
  g_string_append_c (json, ',');
  g_string_append_printf (json, feature, "999998", long_name->str);
  g_string_append (json, "]}");
  path = kp_test_write_file (fixture->dir, "obce-poskozene.geojson", json->str, (gssize) json->len);
  paths[0] = path;

  records = kp_library_import_files (fixture->library, paths, NULL, NULL, &error);
  g_assert_no_error (error);
  record = g_ptr_array_index (records, 0);
  g_test_message ("%s", record->note);
  g_assert_true (g_utf8_validate (record->note, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (record->note, -1), <, 1000);
  g_assert_nonnull (strstr (record->note, "2 features matched no code"));
}

static KpProject *
create_project (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "hb.komplan", NULL);
  g_autoptr (GError) error = NULL;
  KpProjectSpec spec = { .name = "Havlíčkobrodsko", .kind = KP_TERRITORY_ORP, .orp_kod = "949", .period_from = 2026, .period_to = 2028 };
  KpProject    *project = kp_project_create (fixture->library, path, &spec, &error);

  g_assert_no_error (error);
  return project;
}

static KpObec *
find_obec (KpProject  *project,
           const char *kod)
{
  GListModel *obce = kp_project_get_obce (project);

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (strcmp (kp_obec_get_kod (obec), kod) == 0)
        return obec;
    }
  g_assert_not_reached ();
}

static void
test_project_copy (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GPtrArray) records = import_geo (fixture->library, "geo/obce-fixture.topojson.json",
                                              "geo/kraje-fixture.topojson.json",
                                              "geo/orp-fixture.geojson", NULL);
  g_autoptr (KpProject) project = create_project (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProjectBoundaries) b = kp_project_load_boundaries (project, &error);
  KpObec *hb, *brdy;

  g_assert_no_error (error);
  /* ORP 949 has obce 568414, 500011, 500020 and 500127; three have boundaries. */
  g_assert_cmpuint (b->territory->features->len, ==, 3);
  g_assert_cmpstr (kp_geo_layer_get_feature (b->territory, 0)->id, ==, "500011");
  g_assert_cmpstr (kp_geo_feature_get_property (kp_geo_layer_get_feature (b->territory, 2), "nazev"),
                   ==, "Havlíčkův Brod");
  g_assert_cmpuint (kp_geo_layer_get_feature (b->territory, 2)->n_polygons, ==, 1);
  g_assert_cmpuint (g_array_index (b->territory->polygons, KpGeoPolygon, 2).n_rings, ==, 2);
  /* Praha's part lies 0.3° away, outside the margin: not a neighbour. */
  g_assert_cmpuint (b->neighbours->features->len, ==, 0);
  g_assert_cmpuint (b->orp->features->len, ==, 2);
  g_assert_cmpuint (b->kraje->features->len, ==, 1);
  g_assert_cmpfloat (b->territory->min_x, ==, 15.5);

  hb = find_obec (project, "568414");
  g_assert_cmpfloat_with_epsilon (kp_obec_get_area_km2 (hb), 0.0096 * 72.3 * 111.2, 1.0);
  g_assert_cmpfloat_with_epsilon (kp_obec_get_density (hb),
                                  kp_obec_get_totals (hb)->total / kp_obec_get_area_km2 (hb), 1e-9);
  brdy = find_obec (project, "500127");
  g_assert_true (isnan (kp_obec_get_area_km2 (brdy)));
  g_assert_true (isnan (kp_obec_get_density (brdy)));
}

static void
test_project_without_boundaries (Fixture      *fixture,
                                 gconstpointer data)
{
  g_autoptr (KpProject) project = create_project (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProjectBoundaries) b = kp_project_load_boundaries (project, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (b->territory->features->len, ==, 0);
  g_assert_cmpuint (b->neighbours->features->len, ==, 0);
}

static void
test_sample (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sample.komplan", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_create_sample (path, &error);
  g_autoptr (KpProjectBoundaries) b = NULL;
  GListModel *obce;
  double      total = 0.0;
  double      area;

  g_assert_no_error (error);
  b = kp_project_load_boundaries (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->territory->features->len, ==, 14);
  g_assert_cmpuint (b->neighbours->features->len, ==, 155);
  g_assert_cmpuint (b->orp->features->len, ==, 3);
  g_assert_cmpuint (b->kraje->features->len, ==, 1);
  g_assert_true (g_str_has_suffix (kp_geo_feature_get_property (kp_geo_layer_get_feature (b->neighbours, 0), "nazev"),
                                   "(ukázka)"));
  g_assert_true (kp_geo_feature_get_double (kp_geo_layer_get_feature (b->territory, 0), "area_km2", &area));
  g_assert_cmpfloat (area, >, 5.0);
  g_assert_cmpfloat (area, !=, floor (area));
  obce = kp_project_get_obce (project);
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      g_assert_cmpfloat (kp_obec_get_area_km2 (obec), >, 5.0);
      total += kp_obec_get_area_km2 (obec);
    }
  /* 15 cells of about 4.5 × 4.45 km. */
  g_assert_cmpfloat (total, >, 250.0);
  g_assert_cmpfloat (total, <, 350.0);
  g_clear_object (&project);
  kp_test_remove_tree (dir);
}

/* Komplan runs under the user's Czech locale, whose LC_NUMERIC has a decimal comma; the
 * sample's boundaries (decimal degrees) and the areas must still be read right. */
static void
test_sample_czech_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (setlocale (LC_NUMERIC, "cs_CZ.UTF-8") == NULL)
    {
      g_test_skip ("The cs_CZ.UTF-8 locale is not installed");
      return;
    }
  test_sample ();
  setlocale (LC_NUMERIC, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/boundaries/import", Fixture, NULL, fixture_setup, test_import, fixture_teardown);
  g_test_add ("/boundaries/reimport-unchanged", Fixture, NULL, fixture_setup,
              test_reimport_unchanged, fixture_teardown);
  g_test_add ("/boundaries/bad-files", Fixture, NULL, fixture_setup, test_bad_files,
              fixture_teardown);
  g_test_add ("/boundaries/damaged-text-in-note", Fixture, NULL, fixture_setup,
              test_damaged_text_in_note, fixture_teardown);
  g_test_add ("/boundaries/project-copy", Fixture, NULL, fixture_setup, test_project_copy,
              fixture_teardown);
  g_test_add ("/boundaries/project-without-boundaries", Fixture, NULL, fixture_setup,
              test_project_without_boundaries, fixture_teardown);
  g_test_add_func ("/boundaries/sample", test_sample);
  g_test_add_func ("/boundaries/sample-czech-locale", test_sample_czech_locale);
  return g_test_run ();
}
