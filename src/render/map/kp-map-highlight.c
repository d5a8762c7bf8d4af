/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-painter.h"
#include "kp-map-painter-private.h"

/* The outline of one feature over the map: the selected obec of the map view. */

/**
 * kp_map_painter_draw_highlight:
 * @feature: index of the feature to outline
 *
 * Strokes the outline of @feature in the selection style: a white halo under a dark line,
 * visible on every class colour. The outline is the geometry the map drew for @view, so it
 * lies on the obec's borders.
 */
void
kp_map_painter_draw_highlight (KpMapPainter    *self,
                               cairo_t         *cr,
                               const KpMapView *view,
                               guint            feature)
{
  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_return_if_fail (feature < self->snapshot->features->len);

  cairo_save (cr);
  cairo_new_path (cr);
  kp_map_painter_append_feature (self, cr, view, feature);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 5.0);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgb (cr, 0.11, 0.31, 0.63);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}
