/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-class-breaks.h"
#include "kp-map-painter.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

/* The names on the map, read back from a PDF with Poppler: every obec whose name fits
 * inside it is named (issue 11, item 11: a MAS of many obce showed names for a few of
 * them), and no two names cover each other. */

#define COLS 10
#define ROWS 6
#define CELL 1000.0 /* metres */

/* A grid of square obce, each with its own ring; "Obec 1" … "Obec 60". One more obec,
 * far too narrow for its long name, stands at the east edge. */
static KpMapSnapshot *
build_grid (void)
{
  KpMapSnapshot *s = kp_map_snapshot_new ();

  for (guint i = 0; i <= COLS * ROWS; i++)
    {
      double       x0 = i < COLS * ROWS ? (i % COLS) * CELL : COLS * CELL;
      double       y0 = i < COLS * ROWS ? (i / COLS) * CELL : 0.0;
      double       w = i < COLS * ROWS ? CELL : 60.0;
      double       h = i < COLS * ROWS ? CELL : ROWS * CELL;
      KpMapPoint   ring[] = { { x0, y0 }, { x0 + w, y0 }, { x0 + w, y0 + h }, { x0, y0 + h }, { x0, y0 } };
      KpMapArc     arc = { s->points->len, G_N_ELEMENTS (ring) };
      KpMapRing    r = { s->refs->len, 1 };
      KpMapPolygon p = { s->rings->len, 1 };
      KpMapFeature f = { 0 };
      gint32       ref = (gint32) s->arcs->len;

      g_array_append_vals (s->points, ring, G_N_ELEMENTS (ring));
      g_array_append_val (s->arcs, arc);
      g_array_append_val (s->refs, ref);
      g_array_append_val (s->rings, r);
      g_array_append_val (s->polygons, p);
      f.code = g_strdup_printf ("5%05u", i + 1);
      f.label = i < COLS * ROWS ? g_strdup_printf ("Obec %u", i + 1)
                                : g_strdup ("Úzká obec s velmi dlouhým názvem");
      f.value = i;
      f.priority = 1000 - i;
      f.label_point.x = NAN;
      f.first_polygon = s->polygons->len - 1;
      f.n_polygons = 1;
      g_array_append_val (s->features, f);
    }
  kp_map_snapshot_place_label_points (s);
  s->classes.title = g_strdup ("Počet obyvatel");
  kp_map_snapshot_classify (s, KP_CLASS_METHOD_QUANTILES, 5, KP_COLOUR_RAMP_YL_OR_RD);
  return s;
}

static void
test_every_obec_with_room (void)
{
  g_autoptr (KpMapSnapshot) s = build_grid ();
  g_autoptr (KpMapPainter) painter = kp_map_painter_new (s);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "labels.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autofree char *text = NULL;
  PopplerDocument *doc;
  PopplerPage     *page;
  KpMapView        view = { 0 };
  double           page_w, page_h;

  g_assert_no_error (error);
  /* 60 obce of 60 × 60 pt on a 640 × 400 pt page: room for every name, far more names
   * than the old density limit of one per 14 000 pt² (18 here). */
  view.flags = KP_MAP_DRAW_LABELS | KP_MAP_DRAW_BACKGROUND;
  kp_map_painter_fit (painter, &view, 640, 400, 10);
  g_assert_true (kp_map_painter_export (painter, &view, KP_MAP_EXPORT_PDF, pdf, &error));
  g_assert_no_error (error);

  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (doc, 0);
  text = poppler_page_get_text (page);
  poppler_page_get_size (page, &page_w, &page_h);
  for (guint i = 0; i < COLS * ROWS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Obec %u", i + 1);
      GList           *found = poppler_page_find_text (page, name);
      double           x0, y0, x1, y1;
      guint            inside = 0;

      /* The obec's square on the page (y down). */
      kp_map_view_to_device (&view, (i % COLS) * CELL, (i / COLS) * CELL, &x0, &y1);
      kp_map_view_to_device (&view, (i % COLS + 1) * CELL, (i / COLS + 1) * CELL, &x1, &y0);
      for (GList *l = found; l != NULL; l = l->next)
        {
          PopplerRectangle *r = l->data;
          /* Poppler's rectangles have y up from the foot of the page. */
          double top = page_h - r->y2, bottom = page_h - r->y1;
          double cx = (r->x1 + r->x2) / 2, cy = (top + bottom) / 2;

          /* "Obec 1" is found in "Obec 12" too: only the matches in its own square. */
          if (cx < x0 || cx > x1 || cy < y0 || cy > y1)
            continue;
          inside++;
          /* The whole name within its obec: it covers no neighbour's name. */
          g_assert_cmpfloat (r->x1, >=, x0 - 2);
          g_assert_cmpfloat (r->x2, <=, x1 + 2);
          g_assert_cmpfloat (top, >=, y0 - 2);
          g_assert_cmpfloat (bottom, <=, y1 + 2);
        }
      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
      if (inside == 0)
        g_error ("“%s” has room and is not on the map", name);
    }
  /* The narrow obec has no room: its name would lie over its neighbours. */
  g_assert_null (strstr (text, "dlouhým"));
  g_assert_nonnull (strstr (text, "Obec"));

  g_object_unref (page);
  g_object_unref (doc);
  g_remove (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/map-labels/every-obec-with-room", test_every_obec_with_room);
  return g_test_run ();
}
