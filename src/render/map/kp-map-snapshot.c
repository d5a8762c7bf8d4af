/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-render-types.h"
#include "kp-class-breaks.h"

#include <math.h>

/* Construction and lifetime of the map snapshot structs declared in kp-render-types.h,
 * and the view helpers (map metres ↔ device units, north up). */

static void
feature_clear (gpointer data)
{
  KpMapFeature *feature = data;

  g_clear_pointer (&feature->code, g_free);
  g_clear_pointer (&feature->label, g_free);
}

/**
 * kp_map_snapshot_new:
 *
 * Returns: (transfer full): an empty snapshot; the caller fills its arrays
 */
KpMapSnapshot *
kp_map_snapshot_new (void)
{
  KpMapSnapshot *snapshot = g_new0 (KpMapSnapshot, 1);

  g_atomic_ref_count_init (&snapshot->ref_count);
  snapshot->points = g_array_new (FALSE, FALSE, sizeof (KpMapPoint));
  snapshot->arcs = g_array_new (FALSE, FALSE, sizeof (KpMapArc));
  snapshot->refs = g_array_new (FALSE, FALSE, sizeof (gint32));
  snapshot->rings = g_array_new (FALSE, FALSE, sizeof (KpMapRing));
  snapshot->polygons = g_array_new (FALSE, FALSE, sizeof (KpMapPolygon));
  snapshot->features = g_array_new (FALSE, TRUE, sizeof (KpMapFeature));
  g_array_set_clear_func (snapshot->features, feature_clear);
  snapshot->layers = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_map_layer_free);
  snapshot->classes.no_data = (KpMapColour){ 0.85, 0.85, 0.85, 1.0 };
  return snapshot;
}

KpMapSnapshot *
kp_map_snapshot_ref (KpMapSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_atomic_ref_count_inc (&snapshot->ref_count);
  return snapshot;
}

void
kp_map_snapshot_unref (KpMapSnapshot *snapshot)
{
  if (snapshot == NULL || !g_atomic_ref_count_dec (&snapshot->ref_count))
    return;
  g_free (snapshot->title);
  g_free (snapshot->source);
  g_array_unref (snapshot->points);
  g_array_unref (snapshot->arcs);
  g_array_unref (snapshot->refs);
  g_array_unref (snapshot->rings);
  g_array_unref (snapshot->polygons);
  g_array_unref (snapshot->features);
  g_ptr_array_unref (snapshot->layers);
  g_free (snapshot->classes.title);
  g_free (snapshot->classes.unit);
  g_free (snapshot->classes.no_data_label);
  kp_map_classes_clear_labels (&snapshot->classes);
  g_free (snapshot);
}

KpMapFeature *
kp_map_snapshot_get_feature (KpMapSnapshot *snapshot,
                             guint          index)
{
  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (index < snapshot->features->len, NULL);
  return &g_array_index (snapshot->features, KpMapFeature, index);
}

static void
extend_bounds (const GArray *points,
               double       *bounds)
{
  for (guint i = 0; i < points->len; i++)
    {
      const KpMapPoint *p = &g_array_index (points, KpMapPoint, i);

      bounds[0] = MIN (bounds[0], p->x);
      bounds[1] = MIN (bounds[1], p->y);
      bounds[2] = MAX (bounds[2], p->x);
      bounds[3] = MAX (bounds[3], p->y);
    }
}

/**
 * kp_map_snapshot_get_bounds:
 *
 * The bounding box of the main layer, or of the context layers when it is empty.
 */
void
kp_map_snapshot_get_bounds (const KpMapSnapshot *snapshot,
                            double              *min_x,
                            double              *min_y,
                            double              *max_x,
                            double              *max_y)
{
  double bounds[4] = { INFINITY, INFINITY, -INFINITY, -INFINITY };

  g_return_if_fail (snapshot != NULL);
  extend_bounds (snapshot->points, bounds);
  if (snapshot->points->len == 0)
    for (guint i = 0; i < snapshot->layers->len; i++)
      extend_bounds (((KpMapLayer *) g_ptr_array_index (snapshot->layers, i))->points, bounds);
  if (!isfinite (bounds[0]))
    bounds[0] = bounds[1] = bounds[2] = bounds[3] = 0.0;
  *min_x = bounds[0];
  *min_y = bounds[1];
  *max_x = bounds[2];
  *max_y = bounds[3];
}

/**
 * kp_map_snapshot_add_layer:
 * @layer: (transfer full): a context layer
 */
void
kp_map_snapshot_add_layer (KpMapSnapshot *snapshot,
                           KpMapLayer    *layer)
{
  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (layer != NULL);
  g_ptr_array_add (snapshot->layers, layer);
}

/**
 * kp_map_layer_new:
 *
 * Returns: (transfer full): an empty layer with a muted grey style
 */
KpMapLayer *
kp_map_layer_new (KpMapLayerKind      kind,
                  KpMapLayerPlacement placement,
                  const char         *name)
{
  KpMapLayer *layer = g_new0 (KpMapLayer, 1);

  layer->kind = kind;
  layer->placement = placement;
  layer->name = g_strdup (name);
  layer->fill = (KpMapColour){ 0.93, 0.93, 0.92, 1.0 };
  layer->stroke = (KpMapColour){ 0.35, 0.35, 0.35, 1.0 };
  layer->line_width = 1.0;
  layer->symbol_size = 6.0;
  layer->points = g_array_new (FALSE, FALSE, sizeof (KpMapPoint));
  layer->parts = g_array_new (FALSE, FALSE, sizeof (KpMapArc));
  if (kind == KP_MAP_LAYER_SYMBOLS)
    layer->labels = g_ptr_array_new_with_free_func (g_free);
  return layer;
}

void
kp_map_layer_free (KpMapLayer *layer)
{
  if (layer == NULL)
    return;
  g_free (layer->name);
  g_array_unref (layer->points);
  g_array_unref (layer->parts);
  g_clear_pointer (&layer->labels, g_ptr_array_unref);
  g_free (layer);
}

/**
 * kp_map_layer_add_part:
 *
 * Adds a ring (AREAS) or a line (LINES) of @n_points map points.
 */
void
kp_map_layer_add_part (KpMapLayer       *layer,
                       const KpMapPoint *points,
                       guint             n_points)
{
  KpMapArc part;

  g_return_if_fail (layer != NULL);
  g_return_if_fail (layer->kind != KP_MAP_LAYER_SYMBOLS);
  part.first_point = layer->points->len;
  part.n_points = n_points;
  g_array_append_vals (layer->points, points, n_points);
  g_array_append_val (layer->parts, part);
}

/**
 * kp_map_layer_add_symbol:
 * @label: (nullable): text shown beside the symbol
 */
void
kp_map_layer_add_symbol (KpMapLayer *layer,
                         double      x,
                         double      y,
                         const char *label)
{
  KpMapPoint p = { x, y };

  g_return_if_fail (layer != NULL);
  g_return_if_fail (layer->kind == KP_MAP_LAYER_SYMBOLS);
  g_array_append_val (layer->points, p);
  g_ptr_array_add (layer->labels, g_strdup (label));
}

/* Calls back for every edge of a ring, following its arcs (direction does not matter to
 * the users below, which only look at unordered edges and signed area). */
typedef void (*EdgeFunc) (const KpMapPoint *a,
                          const KpMapPoint *b,
                          gpointer          data);

static void
ring_foreach_edge (const KpMapSnapshot *s,
                   const KpMapRing     *ring,
                   EdgeFunc             func,
                   gpointer             data)
{
  for (guint k = 0; k < ring->n_refs; k++)
    {
      gint32            ref = g_array_index (s->refs, gint32, ring->first_ref + k);
      const KpMapArc   *arc = &g_array_index (s->arcs, KpMapArc, ref >= 0 ? ref : ~ref);
      const KpMapPoint *p = &g_array_index (s->points, KpMapPoint, arc->first_point);

      for (guint i = 1; i < arc->n_points; i++)
        {
          if (ref >= 0)
            func (&p[i - 1], &p[i], data);
          else
            func (&p[arc->n_points - i], &p[arc->n_points - 1 - i], data);
        }
    }
}

typedef struct
{
  double area2, cx, cy; /* twice the signed area; centroid moments */
  double min_y, max_y;
} RingStats;

static void
add_ring_stats (const KpMapPoint *a,
                const KpMapPoint *b,
                gpointer          data)
{
  RingStats *st = data;
  double     cross = a->x * b->y - b->x * a->y;

  st->area2 += cross;
  st->cx += (a->x + b->x) * cross;
  st->cy += (a->y + b->y) * cross;
  st->min_y = MIN (st->min_y, a->y);
  st->max_y = MAX (st->max_y, a->y);
}

typedef struct
{
  double  y;
  GArray *xs;
} Scan;

static void
add_crossing (const KpMapPoint *a,
              const KpMapPoint *b,
              gpointer          data)
{
  Scan *scan = data;

  if ((a->y > scan->y) != (b->y > scan->y))
    {
      double x = a->x + (scan->y - a->y) * (b->x - a->x) / (b->y - a->y);

      g_array_append_val (scan->xs, x);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The middle of the widest inside span of a polygon along a few horizontal lines: always
 * inside the polygon, even a crescent-shaped one where the centroid is not. */
static gboolean
polygon_label_point (const KpMapSnapshot *s,
                     const KpMapPolygon  *poly,
                     const RingStats     *outer,
                     KpMapPoint          *out)
{
  g_autoptr (GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));
  double centroid_y = outer->cy / (3.0 * outer->area2);
  double height = outer->max_y - outer->min_y;
  double lines[] = { centroid_y, centroid_y + height / 6, centroid_y - height / 6,
                     outer->min_y + height / 2 };
  double best = -1.0;

  for (guint l = 0; l < G_N_ELEMENTS (lines); l++)
    {
      Scan scan = { lines[l], xs };

      g_array_set_size (xs, 0);
      for (guint r = 0; r < poly->n_rings; r++)
        ring_foreach_edge (s, &g_array_index (s->rings, KpMapRing, poly->first_ring + r),
                           add_crossing, &scan);
      g_array_sort (xs, compare_doubles);
      for (guint i = 0; i + 1 < xs->len; i += 2)
        {
          double x0 = g_array_index (xs, double, i), x1 = g_array_index (xs, double, i + 1);

          /* Prefer the centroid's line unless another is clearly wider. */
          if (x1 - x0 > best * (l == 0 ? 1.0 : 1.5))
            {
              best = x1 - x0;
              *out = (KpMapPoint){ (x0 + x1) / 2.0, lines[l] };
            }
        }
    }
  return best > 0.0;
}

/**
 * kp_map_snapshot_place_label_points:
 *
 * Sets the label point of every feature whose label_point.x is NaN: inside its largest
 * polygon, near the centroid.
 */
void
kp_map_snapshot_place_label_points (KpMapSnapshot *snapshot)
{
  g_return_if_fail (snapshot != NULL);

  for (guint f = 0; f < snapshot->features->len; f++)
    {
      KpMapFeature       *feature = &g_array_index (snapshot->features, KpMapFeature, f);
      const KpMapPolygon *largest = NULL;
      RingStats           best = { 0 };

      if (!isnan (feature->label_point.x))
        continue;
      for (guint p = 0; p < feature->n_polygons; p++)
        {
          const KpMapPolygon *poly =
              &g_array_index (snapshot->polygons, KpMapPolygon, feature->first_polygon + p);
          RingStats st = { 0, 0, 0, INFINITY, -INFINITY };

          ring_foreach_edge (snapshot, &g_array_index (snapshot->rings, KpMapRing, poly->first_ring),
                             add_ring_stats, &st);
          if (largest == NULL || fabs (st.area2) > fabs (best.area2))
            {
              largest = poly;
              best = st;
            }
        }
      if (largest == NULL || best.area2 == 0.0 ||
          !polygon_label_point (snapshot, largest, &best, &feature->label_point))
        feature->label_point = (KpMapPoint){ 0.0, 0.0 };
    }
}

/**
 * kp_map_view_fit:
 * @margin: free space kept on each side, device units
 *
 * Centres @view on a bounding box and picks the largest scale at which it fits.
 */
void
kp_map_view_fit (KpMapView *view,
                 double     min_x,
                 double     min_y,
                 double     max_x,
                 double     max_y,
                 double     width,
                 double     height,
                 double     margin)
{
  double w = MAX (max_x - min_x, 1.0);
  double h = MAX (max_y - min_y, 1.0);

  g_return_if_fail (view != NULL);
  view->centre_x = (min_x + max_x) / 2.0;
  view->centre_y = (min_y + max_y) / 2.0;
  view->width = width;
  view->height = height;
  view->scale = MIN (MAX (width - 2.0 * margin, 1.0) / w, MAX (height - 2.0 * margin, 1.0) / h);
}

void
kp_map_view_to_device (const KpMapView *view,
                       double           x,
                       double           y,
                       double          *out_dx,
                       double          *out_dy)
{
  *out_dx = (x - view->centre_x) * view->scale + view->width / 2.0;
  *out_dy = view->height / 2.0 - (y - view->centre_y) * view->scale;
}

void
kp_map_view_to_map (const KpMapView *view,
                    double           dx,
                    double           dy,
                    double          *out_x,
                    double          *out_y)
{
  *out_x = (dx - view->width / 2.0) / view->scale + view->centre_x;
  *out_y = view->centre_y - (dy - view->height / 2.0) / view->scale;
}
