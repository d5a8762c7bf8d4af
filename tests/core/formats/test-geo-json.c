/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "kp-error.h"
#include "kp-geo-json.h"
#include "kp-test-utils.h"

#include <string.h>

static KpGeoLayer *
load_fixture (const char *name,
              GError    **error)
{
  g_autofree char *path = kp_test_data_path (name);

  return kp_geo_layer_load (path, NULL, error);
}

static void
test_topology_fixture (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpGeoLayer) layer = load_fixture ("geo/good-topology.topojson.json", &error);
  const KpGeoFeature *a, *b;
  const KpGeoPolygon *pa, *pb;
  const KpGeoRing    *outer, *hole, *ring_b;
  KpGeoPoint          p;
  double              value = 0.0;

  g_assert_no_error (error);
  g_assert_nonnull (layer);
  g_assert_true (layer->shared_arcs);
  g_assert_cmpstr (layer->object_name, ==, "obce");
  g_assert_cmpuint (layer->features->len, ==, 2);
  g_assert_cmpuint (layer->arcs->len, ==, 5);
  g_assert_cmpuint (layer->points->len, ==, 3 + 2 + 2 + 4 + 5);

  a = kp_geo_layer_get_feature (layer, 0);
  b = kp_geo_layer_get_feature (layer, 1);
  g_assert_cmpint (a->type, ==, KP_GEO_POLYGON);
  g_assert_cmpint (b->type, ==, KP_GEO_MULTI_POLYGON);
  g_assert_cmpstr (a->id, ==, "a");
  g_assert_null (b->id);
  g_assert_cmpstr (kp_geo_feature_get_property (a, "kod"), ==, "500001");
  g_assert_cmpstr (kp_geo_feature_get_property (b, "kod"), ==, "500002");
  g_assert_cmpstr (kp_geo_feature_get_property (a, "nazev"), ==, "Západ");
  g_assert_cmpstr (kp_geo_feature_get_property (b, "flag"), ==, "true");
  g_assert_null (kp_geo_feature_get_property (b, "none"));
  g_assert_true (kp_geo_feature_get_double (b, "obv", &value));
  g_assert_cmpfloat (value, ==, 7.5);
  g_assert_false (kp_geo_feature_get_double (a, "nazev", &value));
  g_assert_cmpuint (kp_geo_layer_count_type (layer, KP_GEO_MULTI_POLYGON), ==, 1);

  /* A: outer ring from arcs 0, 1, 2 and a hole; the quantized positions are decoded. */
  pa = &g_array_index (layer->polygons, KpGeoPolygon, a->first_polygon);
  g_assert_cmpuint (a->n_polygons, ==, 1);
  g_assert_cmpuint (pa->n_rings, ==, 2);
  outer = &g_array_index (layer->rings, KpGeoRing, pa->first_ring);
  hole = &g_array_index (layer->rings, KpGeoRing, pa->first_ring + 1);
  g_assert_cmpuint (outer->n_refs, ==, 3);
  g_assert_cmpuint (kp_geo_layer_ring_n_points (layer, outer), ==, 5);
  g_assert_cmpuint (kp_geo_layer_ring_n_points (layer, hole), ==, 5);
  p = kp_geo_layer_ring_point (layer, outer, 2);
  g_assert_cmpfloat_with_epsilon (p.x, 16.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (p.y, 50.0, 1e-12);
  p = kp_geo_layer_ring_point (layer, hole, 2);
  g_assert_cmpfloat_with_epsilon (p.x, 15.4, 1e-12);
  g_assert_cmpfloat_with_epsilon (p.y, 49.4, 1e-12);

  /* B uses the shared arc 1 backwards (~1): stored once, referenced twice. */
  pb = &g_array_index (layer->polygons, KpGeoPolygon, b->first_polygon);
  ring_b = &g_array_index (layer->rings, KpGeoRing, pb->first_ring);
  g_assert_cmpint (g_array_index (layer->refs, gint32, ring_b->first_ref + 1), ==, ~1);
  p = kp_geo_layer_ring_point (layer, ring_b, 4);
  g_assert_cmpfloat_with_epsilon (p.x, 16.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (p.y, 50.0, 1e-12);

  g_assert_cmpfloat_with_epsilon (layer->min_x, 15.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (layer->max_x, 17.0, 1e-12);
}

static void
test_geojson_fixture (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpGeoLayer) layer = load_fixture ("geo/good-features.geojson", &error);
  const KpGeoFeature *b;

  g_assert_no_error (error);
  g_assert_false (layer->shared_arcs);
  g_assert_null (layer->object_name);
  g_assert_cmpuint (layer->features->len, ==, 2);
  /* Each ring is an arc of its own: 2 rings + 2 polygons of one ring. */
  g_assert_cmpuint (layer->arcs->len, ==, 4);
  g_assert_cmpuint (layer->rings->len, ==, 4);
  g_assert_cmpuint (layer->points->len, ==, 5 + 5 + 4 + 4);
  b = kp_geo_layer_get_feature (layer, 1);
  g_assert_cmpstr (b->id, ==, "7");
  g_assert_cmpint (b->type, ==, KP_GEO_MULTI_POLYGON);
  g_assert_cmpuint (b->n_polygons, ==, 2);
  g_assert_cmpstr (kp_geo_feature_get_property (kp_geo_layer_get_feature (layer, 0), "nazev"),
                   ==, "Havlíčkův Brod");
}

/* The application runs with LC_NUMERIC from the user's Czech locale, where the decimal
 * separator is a comma; coordinates must still be read with a point. */
static void
test_czech_locale (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpGeoLayer) layer = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  KpGeoPoint       p;

  if (setlocale (LC_NUMERIC, "cs_CZ.UTF-8") == NULL)
    {
      g_test_skip ("The cs_CZ.UTF-8 locale is not installed");
      return;
    }
  layer = load_fixture ("geo/good-features.geojson", &error);
  setlocale (LC_NUMERIC, saved);
  g_assert_no_error (error);
  g_assert_cmpuint (layer->features->len, ==, 2);
  /* The hole of the first polygon begins at 15.2, 49.2. */
  p = kp_geo_layer_ring_point (layer, &g_array_index (layer->rings, KpGeoRing, 1), 0);
  g_assert_cmpfloat_with_epsilon (p.x, 15.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, 49.2, 1e-9);
}

typedef struct
{
  const char *file;
  int         code;
  const char *fragments[3];
} BadCase;

static const BadCase bad_cases[] = {
  { "geo/bad-not-json.geojson", KP_IMPORT_ERROR_FORMAT, { "bad-not-json.geojson", "JSON" } },
  { "geo/bad-truncated.topojson.json", KP_IMPORT_ERROR_FORMAT, { "bad-truncated", "truncated" } },
  { "geo/bad-crs-sjtsk.geojson", KP_IMPORT_ERROR_FORMAT, { "bad-crs-sjtsk.geojson", "EPSG::5514", "WGS84" } },
  { "geo/bad-projected.geojson", KP_IMPORT_ERROR_FORMAT, { "bad-projected.geojson", "feature 1", "projected" } },
  { "geo/bad-projected.topojson.json", KP_IMPORT_ERROR_FORMAT, { "arc 0", "projected" } },
  { "geo/bad-short-ring.geojson", KP_IMPORT_ERROR_RECORD, { "bad-short-ring.geojson", "feature 1", "3 points" } },
  { "geo/bad-unclosed.geojson", KP_IMPORT_ERROR_RECORD, { "feature 0", "not closed" } },
  { "geo/bad-empty-geometry.geojson", KP_IMPORT_ERROR_RECORD, { "feature 1", "empty" } },
  { "geo/bad-point.geojson", KP_IMPORT_ERROR_RECORD, { "feature 0", "Point" } },
  { "geo/bad-arc-index.topojson.json", KP_IMPORT_ERROR_RECORD, { "feature 2", "arc index -4", "1 arcs" } },
  { "geo/bad-empty-topology.topojson.json", KP_IMPORT_ERROR_RECORD, { "feature 1", "empty" } },
};

static void
test_bad_file (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpGeoLayer) layer = load_fixture (bad->file, &error);

  g_assert_null (layer);
  g_assert_error (error, KP_IMPORT_ERROR, bad->code);
  for (guint i = 0; i < G_N_ELEMENTS (bad->fragments) && bad->fragments[i] != NULL; i++)
    if (strstr (error->message, bad->fragments[i]) == NULL)
      g_error ("“%s” does not mention “%s”", error->message, bad->fragments[i]);
}

static void
test_bad_inline (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) deep = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":");
  KpGeoLayer *layer;

  for (int i = 0; i < 200; i++)
    g_string_append_c (deep, '[');
  layer = kp_geo_layer_parse (deep->str, deep->len, "deep.json", NULL, &error);
  g_assert_null (layer);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "deep.json"));
  g_clear_error (&error);

  layer = kp_geo_layer_parse ("", 0, "empty.json", NULL, &error);
  g_assert_null (layer);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_clear_error (&error);

  layer = kp_geo_layer_parse ("{\"type\":\"FeatureCollection\",\"features\":[]}", 42, "none.json",
                              NULL, &error);
  g_assert_null (layer);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_clear_error (&error);

  layer = kp_geo_layer_parse ("[1,2,3]", 7, "array.json", NULL, &error);
  g_assert_null (layer);
  g_assert_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT);
  g_clear_error (&error);

  layer = kp_geo_layer_load ("/nonexistent/kp-geo.json", NULL, &error);
  g_assert_null (layer);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* Strings of a damaged file reach the messages as valid UTF-8 and cut short: an overlong
 * "/" (C0 AF), which yajl lets through, in a geometry type; a type of 20 000 characters;
 * raw bytes where yajl's own message quotes the text around an error. */
static void
test_damaged_text_in_messages (void)
{
  static const char *const prefix =
      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
      "\"geometry\":{\"type\":\"";
  static const char *const suffix = "\",\"coordinates\":[]}}]}";
  g_autoptr (GString) overlong = g_string_new (prefix);
  g_autoptr (GString) huge = g_string_new (prefix);
  const char *const syntax = "{\"type\":\"Topology\",\"arcs\":[\xC4\x8F\xC4 \xC0\xAF,";
  GString          *inputs[3];

  g_string_append (overlong, "Poly\xC0\xAFgon");
  g_string_append (overlong, suffix);
  for (int i = 0; i < 10000; i++)
    g_string_append (huge, "\xC5\x99x");
  g_string_append (huge, suffix);
  inputs[0] = overlong;
  inputs[1] = huge;
  inputs[2] = g_string_new (syntax);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (GError) error = NULL;
      KpGeoLayer *layer = kp_geo_layer_parse (inputs[i]->str, inputs[i]->len, "poškozený.json",
                                              NULL, &error);

      g_assert_null (layer);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpint (g_utf8_strlen (error->message, -1), <, 300);
      g_assert_nonnull (strstr (error->message, "poškozený.json"));
    }
  g_string_free (inputs[2], TRUE);
}

static KpGeoLayer *
load_shared (const char *relative,
             const char *object_name)
{
  g_autofree char *path = kp_test_shared_data_path (relative);
  g_autoptr (GError) error = NULL;
  KpGeoLayer *layer;

  if (path == NULL)
    return NULL;
  layer = kp_geo_layer_load (path, object_name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layer);
  return layer;
}

static void
test_real_obce (void)
{
  g_autoptr (KpGeoLayer) layer = load_shared ("geo/obce.topojson.json", NULL);
  gint64 population = 0;
  guint  holes = 0;

  if (layer == NULL)
    {
      g_test_skip ("../shared/data/geo is absent");
      return;
    }
  g_assert_cmpstr (layer->object_name, ==, "ob");
  g_assert_cmpuint (layer->features->len, ==, 6279);
  g_assert_cmpuint (kp_geo_layer_count_type (layer, KP_GEO_MULTI_POLYGON), ==, 89);
  g_assert_cmpuint (kp_geo_layer_count_type (layer, KP_GEO_POLYGON), ==, 6190);
  g_assert_cmpuint (layer->points->len, ==, 70634);
  g_assert_cmpuint (layer->arcs->len, ==, 19294);
  g_assert_cmpuint (layer->polygons->len, ==, 6376);
  for (guint i = 0; i < layer->polygons->len; i++)
    holes += g_array_index (layer->polygons, KpGeoPolygon, i).n_rings - 1;
  g_assert_cmpuint (holes, ==, 5);

  g_assert_cmpstr (kp_geo_feature_get_property (kp_geo_layer_get_feature (layer, 0), "kod"), ==,
                   "500011");
  for (guint i = 0; i < layer->features->len; i++)
    {
      double obv = 0.0;

      g_assert_true (kp_geo_feature_get_double (kp_geo_layer_get_feature (layer, i), "obv", &obv));
      population += (gint64) obv;
    }
  g_assert_cmpint (population, ==, 10701777);

  /* Czechia: 12.09° … 18.86° E, 48.55° … 51.06° N. */
  g_assert_cmpfloat (layer->min_x, >, 12.0);
  g_assert_cmpfloat (layer->max_x, <, 18.9);
  g_assert_cmpfloat (layer->min_y, >, 48.5);
  g_assert_cmpfloat (layer->max_y, <, 51.1);
}

static void
test_real_orp_and_kraje (void)
{
  g_autoptr (KpGeoLayer) orp = load_shared ("geo/orp.geojson", NULL);
  g_autoptr (KpGeoLayer) orp_topo = load_shared ("geo/orp.topojson.json", NULL);
  g_autoptr (KpGeoLayer) kraje = load_shared ("geo/kraje.topojson.json", "kraje");

  if (orp == NULL || orp_topo == NULL || kraje == NULL)
    {
      g_test_skip ("../shared/data/geo is absent");
      return;
    }
  g_assert_cmpuint (orp->features->len, ==, 206);
  g_assert_cmpuint (kp_geo_layer_count_type (orp, KP_GEO_MULTI_POLYGON), ==, 4);
  g_assert_cmpuint (orp->points->len, ==, 73520);
  g_assert_cmpstr (kp_geo_feature_get_property (kp_geo_layer_get_feature (orp, 0), "kod"), ==,
                   "19");

  g_assert_cmpuint (orp_topo->features->len, ==, 206);
  g_assert_cmpuint (kp_geo_layer_count_type (orp_topo, KP_GEO_MULTI_POLYGON), ==, 4);
  g_assert_cmpuint (orp_topo->points->len, ==, 9365);

  g_assert_cmpuint (kraje->features->len, ==, 14);
  g_assert_cmpuint (kp_geo_layer_count_type (kraje, KP_GEO_POLYGON), ==, 14);
  g_assert_cmpuint (kraje->points->len, ==, 3136);
  g_assert_cmpstr (kp_geo_feature_get_property (kp_geo_layer_get_feature (kraje, 0),
                                                "KOD_CZNUTS3"),
                   ==, "CZ010");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/geo-json/topology", test_topology_fixture);
  g_test_add_func ("/kp/geo-json/geojson", test_geojson_fixture);
  g_test_add_func ("/kp/geo-json/czech-locale", test_czech_locale);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_path_get_basename (bad_cases[i].file);
      g_autofree char *test_path = g_strdup_printf ("/kp/geo-json/bad/%s", name);

      g_test_add_data_func (test_path, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/kp/geo-json/bad/inline", test_bad_inline);
  g_test_add_func ("/kp/geo-json/bad/damaged-text-in-messages", test_damaged_text_in_messages);
  g_test_add_func ("/kp/geo-json/real/obce", test_real_obce);
  g_test_add_func ("/kp/geo-json/real/orp-kraje", test_real_orp_and_kraje);
  return g_test_run ();
}
