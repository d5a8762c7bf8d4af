/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-painter.h"
#include "kp-map-painter-private.h"

#include <math.h>

/* Draws a map snapshot on any cairo context: the on-screen map, a PDF page, an export.
 *
 * Why it is fast (ARCHITECTURE.md §5 asks for the whole country in ≤ 40 ms):
 *  - geometry is projected before it gets here and simplified once per zoom bucket to
 *    half a device pixel (kp-map-geometry.c), never in a draw call;
 *  - each class is ONE fill of all its polygons (even-odd, so holes and enclaves need no
 *    special case), drawn without antialiasing: the borders drawn on top hide the stair
 *    steps, and neighbours then meet without the light seams antialiased fills show.
 *    Measured on the whole country at 1600×1000: ~13 ms aliased, ~54 ms antialiased;
 *  - every border is an arc of the topology and is drawn once; on image surfaces the
 *    hairline borders and outlines are written as antialiased Wu lines
 *    (kp-map-raster.c: ~7 ms for 19 000 arcs, where one cairo_stroke() took ~100 ms);
 *    PDF and SVG get real cairo strokes;
 *  - label layouts are shaped once and kept; halos are the text shown four times in
 *    white (cached glyphs), not stroked glyph outlines;
 *  - features and arcs outside the view are skipped by their boxes;
 *  - while panning, kp_map_painter_draw_cached() moves the previous rendering and draws
 *    only the newly exposed strips (kp-map-painter-cache.c). */

G_DEFINE_FINAL_TYPE (KpMapPainter, kp_map_painter, G_TYPE_OBJECT)

#define OVERLAY_MARGIN 12.0

static const KpMapColour border_colour = { 0.25, 0.22, 0.2, 0.5 };
static const KpMapColour outline_colour = { 0.2, 0.2, 0.2, 1.0 };

typedef struct
{
  double cx, cy, s, hw, hh;
} Xform;

static inline void
to_device (const Xform      *t,
           const KpMapPoint *p,
           double           *x,
           double           *y)
{
  *x = (p->x - t->cx) * t->s + t->hw;
  *y = t->hh - (p->y - t->cy) * t->s;
}

static void
xform_init (Xform           *t,
            const KpMapView *view)
{
  t->cx = view->centre_x;
  t->cy = view->centre_y;
  t->s = view->scale;
  t->hw = view->width / 2.0;
  t->hh = view->height / 2.0;
}

static void
set_colour (cairo_t           *cr,
            const KpMapColour *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

static void
append_run (cairo_t          *cr,
            const KpMapPoint *p,
            guint             n,
            gboolean          backwards,
            gboolean          move_first,
            const Xform      *t)
{
  double x, y;

  for (guint i = move_first ? 0 : 1; i < n; i++)
    {
      to_device (t, &p[backwards ? n - 1 - i : i], &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
}

static void
raster_run (const KpMapRaster *r,
            const KpMapPoint  *p,
            guint              n,
            const Xform       *t)
{
  double x0, y0, x1, y1;

  to_device (t, &p[0], &x0, &y0);
  for (guint i = 1; i < n; i++)
    {
      to_device (t, &p[i], &x1, &y1);
      kp_map_raster_line (r, x0, y0, x1, y1);
      x0 = x1;
      y0 = y1;
    }
}

/* Strokes the path built, or with @raster, draws the hairlines directly. */
static void
stroke_or_raster (cairo_t           *cr,
                  KpMapRaster       *raster,
                  const KpMapColour *colour,
                  double             width)
{
  if (raster != NULL)
    return;
  set_colour (cr, colour);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static KpMapRaster *
begin_raster (cairo_t     *cr,
              KpMapRaster *storage,
              double       width)
{
  if (width > KP_MAP_RASTER_MAX_WIDTH || !kp_map_raster_begin (storage, cr))
    return NULL;
  return storage;
}

static void
append_feature (cairo_t             *cr,
                const KpMapSnapshot *s,
                const KpMapLevel    *level,
                const KpMapFeature  *f,
                const Xform         *t)
{
  const KpMapPoint *points = (const KpMapPoint *) level->points->data;
  const KpMapArc   *arcs = (const KpMapArc *) level->arcs->data;
  const gint32     *refs = (const gint32 *) s->refs->data;

  for (guint p = 0; p < f->n_polygons; p++)
    {
      const KpMapPolygon *poly = &g_array_index (s->polygons, KpMapPolygon, f->first_polygon + p);

      for (guint r = 0; r < poly->n_rings; r++)
        {
          const KpMapRing *ring = &g_array_index (s->rings, KpMapRing, poly->first_ring + r);

          for (guint k = 0; k < ring->n_refs; k++)
            {
              gint32          ref = refs[ring->first_ref + k];
              const KpMapArc *arc = &arcs[ref >= 0 ? ref : ~ref];

              append_run (cr, points + arc->first_point, arc->n_points, ref < 0, k == 0, t);
            }
          cairo_close_path (cr);
        }
    }
}

/* The rings of @feature as a path, in the geometry drawn for @view. */
void
kp_map_painter_append_feature (KpMapPainter    *self,
                               cairo_t         *cr,
                               const KpMapView *view,
                               guint            feature)
{
  Xform t;

  xform_init (&t, view);
  append_feature (cr, self->snapshot, kp_map_painter_get_level (self, view->scale),
                  &g_array_index (self->snapshot->features, KpMapFeature, feature), &t);
}

static void
draw_layer (KpMapPainter     *self,
            cairo_t          *cr,
            const KpMapLevel *level,
            guint             index,
            const KpMapBox   *visible,
            const Xform      *t)
{
  KpMapLayer       *layer = g_ptr_array_index (self->snapshot->layers, index);
  const KpMapPoint *points = (const KpMapPoint *) level->layer_points[index]->data;
  GArray           *parts = level->layer_parts[index];

  if (layer->kind == KP_MAP_LAYER_SYMBOLS)
    {
      /* Circles; service symbols of the next issue get their own shapes here. */
      for (guint i = 0; i < layer->points->len; i++)
        {
          const KpMapPoint *p = &g_array_index (layer->points, KpMapPoint, i);
          double            x, y;

          to_device (t, p, &x, &y);
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, layer->symbol_size / 2.0, 0.0, 2.0 * G_PI);
        }
      set_colour (cr, &layer->fill);
      cairo_fill_preserve (cr);
    }
  else
    {
      KpMapRaster  storage;
      KpMapRaster *raster = NULL;

      if (layer->kind == KP_MAP_LAYER_AREAS)
        {
          for (guint i = 0; i < parts->len; i++)
            {
              const KpMapArc *part = &g_array_index (parts, KpMapArc, i);

              if (!kp_map_box_intersects (&self->layer_part_boxes[index][i], visible))
                continue;
              append_run (cr, points + part->first_point, part->n_points, FALSE, TRUE, t);
              cairo_close_path (cr);
            }
          set_colour (cr, &layer->fill);
          cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
          cairo_fill (cr);
        }
      raster = begin_raster (cr, &storage, layer->line_width);
      if (raster != NULL)
        kp_map_raster_set_colour (raster, &layer->stroke, layer->line_width);
      for (guint i = 0; i < parts->len; i++)
        {
          const KpMapArc *part = &g_array_index (parts, KpMapArc, i);

          if (!kp_map_box_intersects (&self->layer_part_boxes[index][i], visible))
            continue;
          if (raster != NULL)
            raster_run (raster, points + part->first_point, part->n_points, t);
          else
            append_run (cr, points + part->first_point, part->n_points, FALSE, TRUE, t);
        }
      if (raster != NULL)
        {
          kp_map_raster_end (raster);
          return;
        }
    }
  set_colour (cr, &layer->stroke);
  cairo_set_line_width (cr, layer->line_width);
  cairo_stroke (cr);
}

static void
draw_layers (KpMapPainter       *self,
             cairo_t            *cr,
             const KpMapLevel   *level,
             KpMapLayerPlacement placement,
             const KpMapBox     *visible,
             const Xform        *t)
{
  for (guint l = 0; l < self->snapshot->layers->len; l++)
    if (((KpMapLayer *) g_ptr_array_index (self->snapshot->layers, l))->placement == placement)
      draw_layer (self, cr, level, l, visible, t);
}

static void
stroke_arcs (KpMapPainter      *self,
             cairo_t           *cr,
             const KpMapLevel  *level,
             gboolean           outline,
             const KpMapBox    *visible,
             const Xform       *t,
             const KpMapColour *colour,
             double             width)
{
  const KpMapPoint *points = (const KpMapPoint *) level->points->data;
  const KpMapArc   *arcs = (const KpMapArc *) level->arcs->data;
  KpMapRaster       storage;
  KpMapRaster      *raster = begin_raster (cr, &storage, width);

  if (raster != NULL)
    kp_map_raster_set_colour (raster, colour, width);
  for (guint a = 0; a < level->arcs->len; a++)
    {
      if ((self->arc_use[a] == 1) != outline || self->arc_use[a] == 0 ||
          !kp_map_box_intersects (&self->arc_boxes[a], visible))
        continue;
      if (raster != NULL)
        raster_run (raster, points + arcs[a].first_point, arcs[a].n_points, t);
      else
        append_run (cr, points + arcs[a].first_point, arcs[a].n_points, FALSE, TRUE, t);
    }
  if (raster != NULL)
    kp_map_raster_end (raster);
  stroke_or_raster (cr, raster, colour, width);
}

/* Width of the borders between obce: thin at the scale of the country, up to a pixel
 * when a single ORP fills the view. */
static double
border_width (double scale)
{
  return CLAMP (scale * 40.0, 0.35, 1.0);
}

/* Everything that moves with the map: background, context layers, choropleth, borders. */
void
kp_map_painter_draw_base (KpMapPainter    *self,
                          cairo_t         *cr,
                          const KpMapView *view,
                          const KpMapBox  *visible)
{
  KpMapSnapshot    *s = self->snapshot;
  const KpMapLevel *level = kp_map_painter_get_level (self, view->scale);
  KpMapColour       border;
  Xform             t;

  kp_map_painter_sync_classes (self);
  xform_init (&t, view);
  cairo_save (cr);
  if (view->flags & KP_MAP_DRAW_BACKGROUND)
    {
      cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      cairo_paint (cr);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  draw_layers (self, cr, level, KP_MAP_LAYER_BELOW, visible, &t);

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_antialias (cr, self->fill_antialias);
  for (guint c = 0; c <= KP_MAP_MAX_CLASSES; c++)
    {
      gboolean any = FALSE;

      if (c > 0 && c > s->classes.n_classes)
        break;
      for (guint i = self->class_start[c]; i < self->class_start[c + 1]; i++)
        {
          guint f = self->class_order[i];

          if (!kp_map_box_intersects (&self->feature_boxes[f], visible))
            continue;
          append_feature (cr, s, level, &g_array_index (s->features, KpMapFeature, f), &t);
          any = TRUE;
        }
      if (!any)
        continue;
      set_colour (cr, c == 0 ? &s->classes.no_data : &s->classes.colours[c - 1]);
      cairo_fill (cr);
    }

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  border = border_colour;
  /* Stronger where few obce are shown, so borders stay visible between dark classes. */
  border.alpha = CLAMP (0.45 + view->scale * 10.0, 0.45, 0.8);
  stroke_arcs (self, cr, level, FALSE, visible, &t, &border, border_width (view->scale));
  stroke_arcs (self, cr, level, TRUE, visible, &t, &outline_colour, 1.2);

  draw_layers (self, cr, level, KP_MAP_LAYER_ABOVE, visible, &t);
  cairo_restore (cr);
}

/* Scale bar bottom left, legend top right, source bottom right; returns their boxes (at
 * most KP_MAP_N_OVERLAYS) as label obstacles. */
guint
kp_map_painter_draw_overlays (KpMapPainter    *self,
                              cairo_t         *cr,
                              const KpMapView *view,
                              gboolean         paint,
                              KpMapBox        *boxes)
{
  guint n = 0;

  if (view->flags & KP_MAP_DRAW_SCALE_BAR)
    {
      kp_map_painter_draw_scale_bar (self, cr, view, paint, &boxes[n++]);
    }
  if ((view->flags & KP_MAP_DRAW_LEGEND) && self->snapshot->classes.n_classes > 0)
    {
      double w, h, x, y;

      kp_map_painter_measure_legend (self, cr, &w, &h);
      x = view->width - OVERLAY_MARGIN - w;
      y = OVERLAY_MARGIN;
      if (paint)
        kp_map_painter_draw_legend (self, cr, x, y);
      boxes[n++] = (KpMapBox){ x, y, x + w, y + h };
    }
  if (kp_map_painter_draw_source (self, cr, view, paint, &boxes[n]))
    n++;
  return n;
}

void
kp_map_painter_draw_full (KpMapPainter    *self,
                          cairo_t         *cr,
                          const KpMapView *view,
                          gboolean         overlays)
{
  KpMapBox visible;
  KpMapBox obstacles[KP_MAP_N_OVERLAYS];
  guint    n_obstacles = 0;

  kp_map_view_visible_box (view, 4.0, &visible);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, view->height);
  cairo_clip (cr);
  kp_map_painter_draw_base (self, cr, view, &visible);
  n_obstacles = kp_map_painter_draw_overlays (self, cr, view, FALSE, obstacles);
  if (view->flags & KP_MAP_DRAW_LABELS)
    {
      kp_map_painter_place_labels (self, cr, view, obstacles, n_obstacles);
      kp_map_painter_draw_labels (self, cr, view);
    }
  else
    g_array_set_size (self->placed, 0);
  if (overlays)
    kp_map_painter_draw_overlays (self, cr, view, TRUE, obstacles);
  cairo_restore (cr);
}

static void
kp_map_painter_dispose (GObject *object)
{
  KpMapPainter *self = KP_MAP_PAINTER (object);

  kp_map_painter_invalidate (self);
  G_OBJECT_CLASS (kp_map_painter_parent_class)->dispose (object);
}

static void
kp_map_painter_finalize (GObject *object)
{
  KpMapPainter *self = KP_MAP_PAINTER (object);

  kp_map_painter_free_index (self);
  g_clear_pointer (&self->snapshot, kp_map_snapshot_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->placed, g_array_unref);
  G_OBJECT_CLASS (kp_map_painter_parent_class)->finalize (object);
}

static void
kp_map_painter_class_init (KpMapPainterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kp_map_painter_dispose;
  object_class->finalize = kp_map_painter_finalize;
}

static void
kp_map_painter_init (KpMapPainter *self)
{
  self->font = pango_font_description_from_string ("Sans 8");
  self->fill_antialias = CAIRO_ANTIALIAS_NONE;
  self->placed = g_array_new (FALSE, FALSE, sizeof (KpMapPlacedLabel));
}

/**
 * kp_map_painter_new:
 * @snapshot: the map to draw; the painter keeps a reference and never changes it
 *
 * Indexes the snapshot once (boxes, classes, labels, hit-test grid).
 *
 * Returns: (transfer full): a new painter
 */
KpMapPainter *
kp_map_painter_new (KpMapSnapshot *snapshot)
{
  KpMapPainter *self;

  g_return_val_if_fail (snapshot != NULL, NULL);
  self = g_object_new (KP_TYPE_MAP_PAINTER, NULL);
  self->snapshot = kp_map_snapshot_ref (snapshot);
  kp_map_painter_build_index (self);
  return self;
}

/**
 * kp_map_painter_get_snapshot:
 *
 * Returns: (transfer none): the snapshot drawn
 */
KpMapSnapshot *
kp_map_painter_get_snapshot (KpMapPainter *self)
{
  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), NULL);
  return self->snapshot;
}

/**
 * kp_map_painter_set_font:
 * @font: a Pango font description, e.g. "Noto Sans 8"
 */
void
kp_map_painter_set_font (KpMapPainter *self,
                         const char   *font)
{
  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_return_if_fail (font != NULL);
  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = pango_font_description_from_string (font);
  for (guint f = 0; f < self->snapshot->features->len; f++)
    self->label_width[f] = -1.0f;
  g_clear_pointer (&self->label_layouts, g_ptr_array_unref);
  kp_map_painter_invalidate (self);
}

/**
 * kp_map_painter_set_document_words:
 * @document_words: whether the painter's own words (the scale bar's units, "no data" in the
 *   legend) are in the document's language (kp-document-text.h)
 *
 * A map in a document is in the document's language whatever the locale; the map view
 * keeps the application's (the default).
 */
void
kp_map_painter_set_document_words (KpMapPainter *self,
                                   gboolean      document_words)
{
  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  self->document_words = document_words;
  kp_map_painter_invalidate (self);
}

/* A layout for @cr in the painter's text resolution. */
PangoLayout *
kp_map_painter_new_layout (KpMapPainter *self,
                           cairo_t      *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  if (self->text_resolution > 0)
    {
      pango_cairo_context_set_resolution (pango_layout_get_context (layout), self->text_resolution);
      pango_layout_context_changed (layout);
    }
  return layout;
}

/* Text sizes in points are device units at 72 dpi (a PDF page) and larger on a screen's
 * 96: @dpi 72 prints an 8 pt name at 8 pt. Measured names are measured anew. */
void
kp_map_painter_set_text_resolution (KpMapPainter *self,
                                    double        dpi)
{
  if (self->text_resolution == dpi)
    return;
  self->text_resolution = dpi;
  for (guint f = 0; f < self->snapshot->features->len; f++)
    self->label_width[f] = -1.0f;
  g_clear_pointer (&self->label_layouts, g_ptr_array_unref);
  kp_map_painter_invalidate (self);
}

/**
 * kp_map_painter_get_bounds:
 *
 * The bounding box of everything drawn, in map metres.
 */
void
kp_map_painter_get_bounds (KpMapPainter *self,
                           double       *min_x,
                           double       *min_y,
                           double       *max_x,
                           double       *max_y)
{
  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  *min_x = self->bounds.min_x;
  *min_y = self->bounds.min_y;
  *max_x = self->bounds.max_x;
  *max_y = self->bounds.max_y;
}

/**
 * kp_map_painter_draw:
 * @cr: any cairo context; the view's device units are its user units
 * @view: the part of the map shown and what to draw over it
 *
 * Draws the whole view from scratch: the right call for PDF pages and exports.
 */
void
kp_map_painter_draw (KpMapPainter    *self,
                     cairo_t         *cr,
                     const KpMapView *view)
{
  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (view != NULL && view->scale > 0.0);
  kp_map_painter_draw_full (self, cr, view, TRUE);
}

/**
 * kp_map_painter_invalidate:
 *
 * Drops the rendering kept for panning (after a resize, or when the snapshot's look
 * changed).
 */
void
kp_map_painter_invalidate (KpMapPainter *self)
{
  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_clear_pointer (&self->cache, cairo_surface_destroy);
  g_clear_pointer (&self->spare, cairo_surface_destroy);
}
