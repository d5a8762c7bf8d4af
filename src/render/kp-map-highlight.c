/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-painter.h"

/* The outline of one feature over the map: the selected obec of the map view. */

static void
append_ring (cairo_t             *cr,
             const KpMapSnapshot *s,
             const KpMapRing     *ring,
             const KpMapView     *view)
{
  const KpMapPoint *points = (const KpMapPoint *) s->points->data;
  gboolean          first = TRUE;

  for (guint k = 0; k < ring->n_refs; k++)
    {
      gint32          ref = g_array_index (s->refs, gint32, ring->first_ref + k);
      const KpMapArc *arc = &g_array_index (s->arcs, KpMapArc, ref >= 0 ? ref : ~ref);

      for (guint i = 0; i < arc->n_points; i++)
        {
          const KpMapPoint *q = &points[arc->first_point + (ref >= 0 ? i : arc->n_points - 1 - i)];
          double            x, y;

          kp_map_view_to_device (view, q->x, q->y, &x, &y);
          if (first)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
          first = FALSE;
        }
    }
  cairo_close_path (cr);
}

/**
 * kp_map_painter_draw_highlight:
 * @feature: index of the feature to outline
 *
 * Strokes the outline of @feature in the selection style: a white halo under a dark line,
 * visible on every class colour.
 */
void
kp_map_painter_draw_highlight (KpMapPainter    *self,
                               cairo_t         *cr,
                               const KpMapView *view,
                               guint            feature)
{
  KpMapSnapshot      *s = kp_map_painter_get_snapshot (self);
  const KpMapFeature *f;

  g_return_if_fail (feature < s->features->len);
  f = &g_array_index (s->features, KpMapFeature, feature);
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint p = 0; p < f->n_polygons; p++)
    {
      const KpMapPolygon *poly = &g_array_index (s->polygons, KpMapPolygon, f->first_polygon + p);

      for (guint r = 0; r < poly->n_rings; r++)
        append_ring (cr, s, &g_array_index (s->rings, KpMapRing, poly->first_ring + r), view);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 5.0);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgb (cr, 0.11, 0.31, 0.63);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}
