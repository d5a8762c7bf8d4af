/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-class-breaks.h"
#include "kp-map-painter.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

/* A synthetic territory in map metres:
 *   A  square 0…100 with a square hole 40…60, filled by the enclave E;
 *   B  square 100…200 east of A, sharing one arc with it;
 *   M  a MultiPolygon of two squares north of A and B;
 *   N  a square with no data, east of B. */

enum
{
  A,
  B,
  E,
  M,
  N,
};

static void
add_arc (KpMapSnapshot    *s,
         const KpMapPoint *points,
         guint             n)
{
  KpMapArc arc = { s->points->len, n };

  g_array_append_vals (s->points, points, n);
  g_array_append_val (s->arcs, arc);
}

static void
add_ring (KpMapSnapshot *s,
          const gint32  *refs,
          guint          n)
{
  KpMapRing ring = { s->refs->len, n };

  g_array_append_vals (s->refs, refs, n);
  g_array_append_val (s->rings, ring);
}

static void
add_polygon (KpMapSnapshot *s,
             guint          first_ring,
             guint          n_rings)
{
  KpMapPolygon p = { first_ring, n_rings };

  g_array_append_val (s->polygons, p);
}

static void
add_feature (KpMapSnapshot *s,
             const char    *code,
             const char    *label,
             double         value,
             guint          first_polygon,
             guint          n_polygons)
{
  KpMapFeature f = { 0 };

  f.code = g_strdup (code);
  f.label = g_strdup (label);
  f.value = value;
  f.priority = value;
  f.label_point.x = NAN;
  f.first_polygon = first_polygon;
  f.n_polygons = n_polygons;
  g_array_append_val (s->features, f);
}

static KpMapSnapshot *
build_snapshot (void)
{
  KpMapSnapshot   *s = kp_map_snapshot_new ();
  const KpMapPoint shared[] = { { 100, 0 }, { 100, 100 } };
  const KpMapPoint a_rest[] = { { 100, 100 }, { 0, 100 }, { 0, 0 }, { 100, 0 } };
  const KpMapPoint b_rest[] = { { 100, 0 }, { 200, 0 }, { 200, 100 }, { 100, 100 } };
  const KpMapPoint hole[] = { { 40, 40 }, { 60, 40 }, { 60, 60 }, { 40, 60 }, { 40, 40 } };
  const KpMapPoint m1[] = { { 0, 120 }, { 80, 120 }, { 80, 180 }, { 0, 180 }, { 0, 120 } };
  const KpMapPoint m2[] = { { 120, 120 }, { 200, 120 }, { 200, 180 }, { 120, 180 }, { 120, 120 } };
  const KpMapPoint n[] = { { 230, 0 }, { 300, 0 }, { 300, 60 }, { 230, 60 }, { 230, 0 } };
  const gint32     ring_a[] = { 1, 0 }, ring_b[] = { 2, ~0 }, ring_hole[] = { 3 }, ring_e[] = { ~3 };
  const gint32     ring_m1[] = { 4 }, ring_m2[] = { 5 }, ring_n[] = { 6 };

  add_arc (s, shared, 2);
  add_arc (s, a_rest, 4);
  add_arc (s, b_rest, 4);
  add_arc (s, hole, 5);
  add_arc (s, m1, 5);
  add_arc (s, m2, 5);
  add_arc (s, n, 5);

  add_ring (s, ring_a, 2);    /* ring 0 */
  add_ring (s, ring_hole, 1); /* ring 1 */
  add_ring (s, ring_b, 2);    /* ring 2 */
  add_ring (s, ring_e, 1);    /* ring 3 */
  add_ring (s, ring_m1, 1);   /* ring 4 */
  add_ring (s, ring_m2, 1);   /* ring 5 */
  add_ring (s, ring_n, 1);    /* ring 6 */

  add_polygon (s, 0, 2); /* A with its hole */
  add_polygon (s, 2, 1); /* B */
  add_polygon (s, 3, 1); /* E */
  add_polygon (s, 4, 1); /* M, first part */
  add_polygon (s, 5, 1); /* M, second part */
  add_polygon (s, 6, 1); /* N */

  add_feature (s, "500001", "Alfa", 10, 0, 1);
  add_feature (s, "500002", "Beta", 1500, 1, 1);
  add_feature (s, "500003", "Enkláva", 2500, 2, 1);
  add_feature (s, "500004", "Multi", 4000, 3, 2);
  add_feature (s, "500005", "Nic", NAN, 5, 1);
  kp_map_snapshot_place_label_points (s);

  s->classes.title = g_strdup ("Počet obyvatel");
  s->classes.unit = g_strdup ("osoby");
  s->classes.decimals = 0;
  kp_map_snapshot_classify (s, KP_CLASS_METHOD_EQUAL_INTERVALS, 4, KP_COLOUR_RAMP_YL_OR_RD);
  return s;
}

static void
test_classes (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();

  /* 10 … 4000 in four equal classes of 997,5. */
  g_assert_cmpuint (s->classes.n_classes, ==, 4);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, A)->class_index, ==, 0);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, B)->class_index, ==, 1);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, E)->class_index, ==, 2);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, M)->class_index, ==, 3);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, N)->class_index, ==, -1);
}

static void
test_hit_test (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  KpMapView view = { 0 };
  double    dx, dy;

  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 20, 20), ==, A);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 99, 50), ==, A);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 101, 50), ==, B);
  /* The hole of A is the enclave E, not A. */
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 50, 50), ==, E);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 41, 59), ==, E);
  g_assert_false (kp_map_painter_feature_contains (painter, A, 50, 50));
  g_assert_true (kp_map_painter_feature_contains (painter, A, 39, 50));
  /* Both parts of the MultiPolygon; nothing between them. */
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 40, 150), ==, M);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 160, 150), ==, M);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 100, 150), ==, -1);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 250, 30), ==, N);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, 215, 30), ==, -1);
  g_assert_cmpint (kp_map_painter_hit_test_map (painter, -5, 50), ==, -1);

  /* Through a view: device pixels → map metres. */
  kp_map_view_fit (&view, 0, 0, 300, 180, 600, 400, 10);
  kp_map_view_to_device (&view, 50, 50, &dx, &dy);
  g_assert_cmpint (kp_map_painter_hit_test (painter, &view, dx, dy), ==, E);
  kp_map_view_to_device (&view, 20, 160, &dx, &dy);
  g_assert_cmpint (kp_map_painter_hit_test (painter, &view, dx, dy), ==, M);
}

static void
assert_pixel (cairo_surface_t   *surface,
              const KpMapView   *view,
              double             x,
              double             y,
              const KpMapColour *c)
{
  double  dx, dy;
  guint32 pixel;
  guchar *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);

  kp_map_view_to_device (view, x, y, &dx, &dy);
  pixel = *(guint32 *) (data + (int) dy * stride + 4 * (int) dx);
  g_assert_cmpint (pixel >> 24, ==, 255);
  g_assert_cmpint (abs ((int) ((pixel >> 16) & 0xff) - (int) lround (c->red * 255)), <=, 1);
  g_assert_cmpint (abs ((int) ((pixel >> 8) & 0xff) - (int) lround (c->green * 255)), <=, 1);
  g_assert_cmpint (abs ((int) (pixel & 0xff) - (int) lround (c->blue * 255)), <=, 1);
}

static void
test_draw_pixels (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  cairo_surface_t  *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  cairo_t          *cr = cairo_create (surface);
  KpMapView         view = { 0 };
  const KpMapColour white = { 1, 1, 1, 1 };

  kp_map_view_fit (&view, 0, 0, 300, 180, 600, 400, 10);
  view.flags = KP_MAP_DRAW_BACKGROUND;
  kp_map_painter_draw (painter, cr, &view);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  assert_pixel (surface, &view, 20, 20, &s->classes.colours[0]);  /* A */
  assert_pixel (surface, &view, 150, 50, &s->classes.colours[1]); /* B */
  assert_pixel (surface, &view, 50, 50, &s->classes.colours[2]);  /* E in A's hole */
  assert_pixel (surface, &view, 40, 150, &s->classes.colours[3]); /* M, both parts */
  assert_pixel (surface, &view, 160, 150, &s->classes.colours[3]);
  assert_pixel (surface, &view, 265, 30, &s->classes.no_data); /* N */
  assert_pixel (surface, &view, 100, 150, &white);             /* between M's parts */

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The snapshot classified anew after the painter was made (another indicator in the map
 * view): the fills follow the new classes, in a full draw and in the kept rendering. */
static void
test_reclassify (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  cairo_t         *cr = cairo_create (surface);
  KpMapView        view = { 0 };

  kp_map_view_fit (&view, 0, 0, 300, 180, 600, 400, 10);
  view.flags = KP_MAP_DRAW_BACKGROUND;
  kp_map_painter_draw_cached (painter, cr, &view);
  /* Other values: A is now the largest, M the smallest. */
  kp_map_snapshot_get_feature (s, A)->value = 5000;
  kp_map_snapshot_get_feature (s, M)->value = 1;
  kp_map_snapshot_classify (s, KP_CLASS_METHOD_QUANTILES, 4, KP_COLOUR_RAMP_BLUES);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, A)->class_index, ==, 3);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, M)->class_index, ==, 0);

  /* The same view: the kept rendering must not be shown again. */
  kp_map_painter_draw_cached (painter, cr, &view);
  cairo_surface_flush (surface);
  assert_pixel (surface, &view, 20, 20, &s->classes.colours[3]);  /* A */
  assert_pixel (surface, &view, 40, 150, &s->classes.colours[0]); /* M */
  assert_pixel (surface, &view, 160, 150, &s->classes.colours[0]);

  kp_map_snapshot_get_feature (s, B)->value = NAN;
  kp_map_snapshot_classify (s, KP_CLASS_METHOD_QUANTILES, 4, KP_COLOUR_RAMP_BLUES);
  kp_map_painter_draw (painter, cr, &view);
  cairo_surface_flush (surface);
  assert_pixel (surface, &view, 150, 50, &s->classes.no_data); /* B */
  assert_pixel (surface, &view, 20, 20, &s->classes.colours[s->classes.n_classes - 1]);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Panning by whole pixels reuses the kept rendering: the result matches a full redraw. */
static void
test_draw_cached_pan (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  cairo_surface_t *full = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
  cairo_surface_t *panned = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
  cairo_t         *cr;
  KpMapView        view = { 0 };
  guint            differ = 0;

  kp_map_view_fit (&view, 0, 0, 300, 180, 300, 200, 10);
  view.flags = KP_MAP_DRAW_BACKGROUND;
  cr = cairo_create (panned);
  kp_map_painter_draw_cached (painter, cr, &view);
  view.centre_x += 17 / view.scale;
  view.centre_y -= 9 / view.scale;
  kp_map_painter_draw_cached (painter, cr, &view);
  cairo_destroy (cr);

  cr = cairo_create (full);
  kp_map_painter_draw (painter, cr, &view);
  cairo_destroy (cr);
  cairo_surface_flush (full);
  cairo_surface_flush (panned);
  for (int y = 0; y < 200; y++)
    {
      guint32 *a = (guint32 *) (cairo_image_surface_get_data (full) + y * cairo_image_surface_get_stride (full));
      guint32 *b = (guint32 *) (cairo_image_surface_get_data (panned) + y * cairo_image_surface_get_stride (panned));

      for (int x = 0; x < 300; x++)
        if (a[x] != b[x])
          differ++;
    }
  g_assert_cmpuint (differ, <, 300 * 200 / 200);
  cairo_surface_destroy (full);
  cairo_surface_destroy (panned);
}

static void
test_legend (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  g_autofree char *text = kp_map_painter_dup_legend_text (painter);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 300);
  cairo_t         *cr = cairo_create (surface);
  double           w = 0, h = 0;

  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==, "Počet obyvatel (osoby)");
  /* Equal intervals of 997,5 at whole numbers; no class shares an end with the next. */
  g_assert_cmpstr (lines[1], ==, "10–1\u00a0008");
  g_assert_cmpstr (lines[2], ==, "1\u00a0009–2\u00a0005");
  g_assert_cmpstr (lines[4], ==, "3\u00a0004–4\u00a0000");
  g_assert_cmpstr (lines[5], ==, "No data");

  kp_map_painter_measure_legend (painter, cr, &w, &h);
  g_assert_cmpfloat (w, >, 60);
  g_assert_cmpfloat (h, >, 5 * 12);
  kp_map_painter_draw_legend (painter, cr, 10, 10);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_labels_and_scale_bar (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = NULL;
  cairo_surface_t    *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  cairo_t            *cr = cairo_create (surface);
  KpMapView           view = { 0 };
  const KpMapFeature *a = kp_map_snapshot_get_feature (s, A);

  /* The label point of A is inside A, not in its hole. */
  painter = kp_map_painter_new (s);
  g_assert_true (kp_map_painter_feature_contains (painter, A, a->label_point.x, a->label_point.y));
  kp_map_view_fit (&view, 0, 0, 300, 180, 600, 400, 10);
  view.flags = KP_MAP_DRAW_BACKGROUND | KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_LEGEND;
  kp_map_painter_draw (painter, cr, &view);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_export (void)
{
  g_autoptr (KpMapSnapshot) s = build_snapshot ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *png_part = g_strconcat (png, ".part", NULL);
  g_autofree char *svg_text = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *bad = NULL;
  PopplerDocument *doc;
  cairo_surface_t *image;
  KpMapView        view = { 0 };

  g_assert_no_error (error);
  kp_map_view_fit (&view, 0, 0, 300, 180, 400, 250, 10);
  view.flags = KP_MAP_DRAW_BACKGROUND | KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_LEGEND;

  g_assert_true (kp_map_painter_export (painter, &view, KP_MAP_EXPORT_PNG, png, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (png_part, G_FILE_TEST_EXISTS));
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 400);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 250);
  cairo_surface_destroy (image);

  g_assert_true (kp_map_painter_export (painter, &view, KP_MAP_EXPORT_SVG, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));

  g_assert_true (kp_map_painter_export (painter, &view, KP_MAP_EXPORT_PDF, pdf, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (pdf, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 1);
  g_object_unref (doc);

  bad = g_build_filename (dir, "missing", "map.png", NULL);
  g_assert_false (kp_map_painter_export (painter, &view, KP_MAP_EXPORT_PNG, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_remove (png);
  g_remove (svg);
  g_remove (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/map-painter/classes", test_classes);
  g_test_add_func ("/kp/render/map-painter/hit-test", test_hit_test);
  g_test_add_func ("/kp/render/map-painter/draw-pixels", test_draw_pixels);
  g_test_add_func ("/kp/render/map-painter/reclassify", test_reclassify);
  g_test_add_func ("/kp/render/map-painter/draw-cached-pan", test_draw_cached_pan);
  g_test_add_func ("/kp/render/map-painter/legend", test_legend);
  g_test_add_func ("/kp/render/map-painter/labels-scale-bar", test_labels_and_scale_bar);
  g_test_add_func ("/kp/render/map-painter/export", test_export);
  return g_test_run ();
}
