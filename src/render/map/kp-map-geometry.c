/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-painter-private.h"

#include <math.h>
#include <string.h>

/* The geometry side of KpMapPainter: what is computed once per snapshot (bounding boxes,
 * arc use counts, class and label orders, the hit-test grid), the simplification levels
 * made once per zoom bucket, and exact hit testing. */

#define GRID_TARGET_CELLS 4096

static void
box_reset (KpMapBox *box)
{
  box->min_x = box->min_y = INFINITY;
  box->max_x = box->max_y = -INFINITY;
}

static void
box_add_run (KpMapBox         *box,
             const KpMapPoint *points,
             guint             n)
{
  for (guint i = 0; i < n; i++)
    {
      box->min_x = MIN (box->min_x, points[i].x);
      box->max_x = MAX (box->max_x, points[i].x);
      box->min_y = MIN (box->min_y, points[i].y);
      box->max_y = MAX (box->max_y, points[i].y);
    }
}

static void
box_union (KpMapBox       *box,
           const KpMapBox *other)
{
  box->min_x = MIN (box->min_x, other->min_x);
  box->max_x = MAX (box->max_x, other->max_x);
  box->min_y = MIN (box->min_y, other->min_y);
  box->max_y = MAX (box->max_y, other->max_y);
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const KpMapFeature *features = user_data;
  double              pa = features[*(const guint *) a].priority;
  double              pb = features[*(const guint *) b].priority;

  return (pa < pb) - (pa > pb);
}

static void
build_grid (KpMapPainter *self)
{
  GArray *features = self->snapshot->features;
  double  w = MAX (self->bounds.max_x - self->bounds.min_x, 1.0);
  double  h = MAX (self->bounds.max_y - self->bounds.min_y, 1.0);

  self->grid_cell = MAX (sqrt (w * h / GRID_TARGET_CELLS), 1.0);
  self->grid_cols = MIN ((guint) ceil (w / self->grid_cell) + 1, 1024);
  self->grid_rows = MIN ((guint) ceil (h / self->grid_cell) + 1, 1024);
  self->grid = g_new0 (GArray *, (gsize) self->grid_cols * self->grid_rows);
  for (guint f = 0; f < features->len; f++)
    {
      const KpMapBox *b = &self->feature_boxes[f];
      guint           c0, c1, r0, r1;

      if (!isfinite (b->min_x))
        continue;
      c0 = (guint) ((b->min_x - self->bounds.min_x) / self->grid_cell);
      c1 = MIN ((guint) ((b->max_x - self->bounds.min_x) / self->grid_cell), self->grid_cols - 1);
      r0 = (guint) ((b->min_y - self->bounds.min_y) / self->grid_cell);
      r1 = MIN ((guint) ((b->max_y - self->bounds.min_y) / self->grid_cell), self->grid_rows - 1);
      for (guint r = r0; r <= r1; r++)
        for (guint c = c0; c <= c1; c++)
          {
            GArray **cell = &self->grid[(gsize) r * self->grid_cols + c];

            if (*cell == NULL)
              *cell = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (*cell, f);
          }
    }
}

/* Groups the features by the class they have now, and remembers those classes. */
static void
group_by_class (KpMapPainter *self)
{
  const KpMapFeature *features = (const KpMapFeature *) self->snapshot->features->data;
  guint               n_features = self->snapshot->features->len;
  guint               counts[KP_MAP_MAX_CLASSES + 1] = { 0 };

  memset (self->class_start, 0, (KP_MAP_MAX_CLASSES + 2) * sizeof (guint));
  for (guint f = 0; f < n_features; f++)
    {
      self->grouped_class[f] = features[f].class_index;
      counts[CLAMP (features[f].class_index + 1, 0, KP_MAP_MAX_CLASSES)]++;
    }
  for (guint c = 0; c <= KP_MAP_MAX_CLASSES; c++)
    self->class_start[c + 1] = self->class_start[c] + counts[c];
  memset (counts, 0, sizeof counts);
  for (guint f = 0; f < n_features; f++)
    {
      guint c = CLAMP (features[f].class_index + 1, 0, KP_MAP_MAX_CLASSES);

      self->class_order[self->class_start[c] + counts[c]++] = f;
    }
}

/* The snapshot's values and classes may change after the painter was made (another
 * indicator, another method: kp_map_builder_set_values()). The fills are grouped by class
 * once, so a change of any feature's class must regroup them, whoever made it; comparing
 * the classes is a few microseconds even for the whole country.
 *
 * Returns: %TRUE when the classes had changed (a kept rendering is then stale) */
gboolean
kp_map_painter_sync_classes (KpMapPainter *self)
{
  const KpMapFeature *features = (const KpMapFeature *) self->snapshot->features->data;
  guint               n_features = self->snapshot->features->len;

  for (guint f = 0; f < n_features; f++)
    if (self->grouped_class[f] != features[f].class_index)
      {
        group_by_class (self);
        return TRUE;
      }
  return FALSE;
}

void
kp_map_painter_build_index (KpMapPainter *self)
{
  KpMapSnapshot      *s = self->snapshot;
  const KpMapPoint   *points = (const KpMapPoint *) s->points->data;
  const KpMapFeature *features = (const KpMapFeature *) s->features->data;
  guint               n_features = s->features->len;

  /* Arcs: boxes and how many rings use each. */
  self->arc_boxes = g_new (KpMapBox, MAX (s->arcs->len, 1));
  self->arc_use = g_new0 (guint8, MAX (s->arcs->len, 1));
  box_reset (&self->bounds);
  for (guint r = 0; r < s->refs->len; r++)
    {
      gint32 ref = g_array_index (s->refs, gint32, r);
      guint  a = ref >= 0 ? (guint) ref : (guint) ~ref;

      if (self->arc_use[a] < G_MAXUINT8)
        self->arc_use[a]++;
    }
  for (guint a = 0; a < s->arcs->len; a++)
    {
      const KpMapArc *arc = &g_array_index (s->arcs, KpMapArc, a);

      box_reset (&self->arc_boxes[a]);
      box_add_run (&self->arc_boxes[a], points + arc->first_point, arc->n_points);
      /* Arcs no feature uses (a territory cut out of the national topology) are skipped. */
      if (self->arc_use[a] > 0)
        box_union (&self->bounds, &self->arc_boxes[a]);
    }

  /* Features: boxes from their outer rings' arcs. */
  self->feature_boxes = g_new (KpMapBox, MAX (n_features, 1));
  for (guint f = 0; f < n_features; f++)
    {
      box_reset (&self->feature_boxes[f]);
      for (guint p = 0; p < features[f].n_polygons; p++)
        {
          const KpMapPolygon *poly =
              &g_array_index (s->polygons, KpMapPolygon, features[f].first_polygon + p);
          const KpMapRing *ring = &g_array_index (s->rings, KpMapRing, poly->first_ring);

          for (guint k = 0; k < ring->n_refs; k++)
            {
              gint32 ref = g_array_index (s->refs, gint32, ring->first_ref + k);

              box_union (&self->feature_boxes[f], &self->arc_boxes[ref >= 0 ? ref : ~ref]);
            }
        }
    }

  /* Context layers: a box per part. */
  self->layer_part_boxes = g_new0 (KpMapBox *, MAX (s->layers->len, 1));
  for (guint l = 0; l < s->layers->len; l++)
    {
      KpMapLayer *layer = g_ptr_array_index (s->layers, l);

      self->layer_part_boxes[l] = g_new (KpMapBox, MAX (layer->parts->len, 1));
      for (guint p = 0; p < layer->parts->len; p++)
        {
          const KpMapArc *part = &g_array_index (layer->parts, KpMapArc, p);

          box_reset (&self->layer_part_boxes[l][p]);
          box_add_run (&self->layer_part_boxes[l][p],
                       (const KpMapPoint *) layer->points->data + part->first_point,
                       part->n_points);
        }
    }

  /* Features grouped by class (slot 0 is "no data"), for one fill per class. */
  self->class_order = g_new (guint, MAX (n_features, 1));
  self->class_start = g_new0 (guint, KP_MAP_MAX_CLASSES + 2);
  self->grouped_class = g_new (int, MAX (n_features, 1));
  group_by_class (self);

  /* Labels by priority. */
  self->label_order = g_new (guint, MAX (n_features, 1));
  self->n_labels = 0;
  for (guint f = 0; f < n_features; f++)
    if (features[f].label != NULL && features[f].label[0] != '\0')
      self->label_order[self->n_labels++] = f;
  g_qsort_with_data (self->label_order, self->n_labels, sizeof (guint), compare_priority,
                     (gpointer) features);
  self->label_width = g_new (float, MAX (n_features, 1));
  self->label_height = g_new (float, MAX (n_features, 1));
  for (guint f = 0; f < n_features; f++)
    self->label_width[f] = -1.0f;

  if (!isfinite (self->bounds.min_x))
    for (guint l = 0; l < s->layers->len; l++)
      {
        KpMapLayer *layer = g_ptr_array_index (s->layers, l);

        for (guint p = 0; p < layer->parts->len; p++)
          box_union (&self->bounds, &self->layer_part_boxes[l][p]);
      }
  build_grid (self);
}

static void
level_free (KpMapLevel *level,
            guint       n_layers)
{
  if (level == NULL)
    return;
  g_array_unref (level->points);
  g_array_unref (level->arcs);
  for (guint l = 0; l < n_layers; l++)
    {
      g_array_unref (level->layer_points[l]);
      g_array_unref (level->layer_parts[l]);
    }
  g_free (level->layer_points);
  g_free (level->layer_parts);
  g_free (level);
}

void
kp_map_painter_free_index (KpMapPainter *self)
{
  guint n_layers = self->snapshot != NULL ? self->snapshot->layers->len : 0;

  for (guint i = 0; i < KP_MAP_N_LEVELS; i++)
    {
      level_free (self->levels[i], n_layers);
      self->levels[i] = NULL;
    }
  if (self->grid != NULL)
    for (gsize i = 0; i < (gsize) self->grid_cols * self->grid_rows; i++)
      if (self->grid[i] != NULL)
        g_array_unref (self->grid[i]);
  g_clear_pointer (&self->grid, g_free);
  for (guint l = 0; self->layer_part_boxes != NULL && l < n_layers; l++)
    g_free (self->layer_part_boxes[l]);
  g_clear_pointer (&self->layer_part_boxes, g_free);
  g_clear_pointer (&self->feature_boxes, g_free);
  g_clear_pointer (&self->arc_boxes, g_free);
  g_clear_pointer (&self->arc_use, g_free);
  g_clear_pointer (&self->class_order, g_free);
  g_clear_pointer (&self->class_start, g_free);
  g_clear_pointer (&self->grouped_class, g_free);
  g_clear_pointer (&self->label_order, g_free);
  g_clear_pointer (&self->label_width, g_free);
  g_clear_pointer (&self->label_height, g_free);
  g_clear_pointer (&self->label_layouts, g_ptr_array_unref);
}

/* Douglas–Peucker on points[first..last], marking kept points. Iterative (explicit stack),
 * so long arcs cannot overflow the C stack. */
static void
douglas_peucker (const KpMapPoint *p,
                 guint             n,
                 double            tolerance,
                 guint8           *keep)
{
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  double tol2 = tolerance * tolerance;
  guint  range[2] = { 0, n - 1 };

  keep[0] = keep[n - 1] = 1;
  g_array_append_val (stack, range);
  while (stack->len > 0)
    {
      guint *top = &g_array_index (stack, guint, (stack->len - 1) * 2);
      guint  a = top[0], b = top[1];
      double dx = p[b].x - p[a].x, dy = p[b].y - p[a].y;
      double len2 = dx * dx + dy * dy;
      double best = -1.0;
      guint  best_i = 0;

      g_array_set_size (stack, stack->len - 1);
      for (guint i = a + 1; i < b; i++)
        {
          double ex = p[i].x - p[a].x, ey = p[i].y - p[a].y;
          double d2;

          if (len2 > 0.0)
            {
              double cross = ex * dy - ey * dx;

              d2 = cross * cross / len2;
            }
          else
            d2 = ex * ex + ey * ey;
          if (d2 > best)
            {
              best = d2;
              best_i = i;
            }
        }
      if (best > tol2)
        {
          guint left[2] = { a, best_i };
          guint right[2] = { best_i, b };

          keep[best_i] = 1;
          if (best_i - a > 1)
            g_array_append_val (stack, left);
          if (b - best_i > 1)
            g_array_append_val (stack, right);
        }
    }
}

static void
simplify_runs (const GArray *src_points,
               const GArray *src_runs,
               double        tolerance,
               GArray       *dst_points,
               GArray       *dst_runs)
{
  const KpMapPoint  *points = (const KpMapPoint *) src_points->data;
  g_autofree guint8 *keep = NULL;
  guint              max_n = 2;

  for (guint i = 0; i < src_runs->len; i++)
    max_n = MAX (max_n, g_array_index (src_runs, KpMapArc, i).n_points);
  keep = g_new (guint8, max_n);
  for (guint i = 0; i < src_runs->len; i++)
    {
      const KpMapArc   *run = &g_array_index (src_runs, KpMapArc, i);
      const KpMapPoint *p = points + run->first_point;
      KpMapArc          out = { dst_points->len, 0 };

      if (run->n_points < 3)
        {
          g_array_append_vals (dst_points, p, run->n_points);
          out.n_points = run->n_points;
        }
      else
        {
          memset (keep, 0, run->n_points);
          douglas_peucker (p, run->n_points, tolerance, keep);
          for (guint k = 0; k < run->n_points; k++)
            if (keep[k])
              {
                g_array_append_val (dst_points, p[k]);
                out.n_points++;
              }
        }
      g_array_append_val (dst_runs, out);
    }
}

/* Maximum error of the simplified lines, in device units at the largest scale of a zoom
 * bucket (scales within a factor of 2 share a level). */
#define SIMPLIFY_PIXELS 0.5

/**
 * kp_map_painter_get_level: (skip)
 *
 * Returns: (transfer none): the geometry simplified for @scale, computed on first use
 */
const KpMapLevel *
kp_map_painter_get_level (KpMapPainter *self,
                          double        scale)
{
  KpMapSnapshot *s = self->snapshot;
  int            zoom = (int) floor (log2 (MAX (scale, 1e-12)));
  guint          slot = (guint) CLAMP (zoom - KP_MAP_ZOOM_MIN, 0, KP_MAP_N_LEVELS - 1);
  KpMapLevel    *level = self->levels[slot];

  if (level != NULL)
    return level;

  level = g_new0 (KpMapLevel, 1);
  level->zoom = (int) slot + KP_MAP_ZOOM_MIN;
  level->tolerance = SIMPLIFY_PIXELS / ldexp (1.0, level->zoom + 1);
  level->points = g_array_new (FALSE, FALSE, sizeof (KpMapPoint));
  level->arcs = g_array_new (FALSE, FALSE, sizeof (KpMapArc));
  simplify_runs (s->points, s->arcs, level->tolerance, level->points, level->arcs);
  level->layer_points = g_new0 (GArray *, MAX (s->layers->len, 1));
  level->layer_parts = g_new0 (GArray *, MAX (s->layers->len, 1));
  for (guint l = 0; l < s->layers->len; l++)
    {
      KpMapLayer *layer = g_ptr_array_index (s->layers, l);

      level->layer_points[l] = g_array_new (FALSE, FALSE, sizeof (KpMapPoint));
      level->layer_parts[l] = g_array_new (FALSE, FALSE, sizeof (KpMapArc));
      if (layer->kind == KP_MAP_LAYER_SYMBOLS)
        continue;
      simplify_runs (layer->points, layer->parts, level->tolerance, level->layer_points[l],
                     level->layer_parts[l]);
    }
  g_debug ("Map level %d: %u of %u points", level->zoom, level->points->len, s->points->len);
  self->levels[slot] = level;
  return level;
}

/* Crossings of a horizontal ray from (x, y) with one ring, following its arcs. */
static gboolean
ring_contains (const KpMapSnapshot *s,
               const KpMapRing     *ring,
               double               x,
               double               y)
{
  const KpMapPoint *points = (const KpMapPoint *) s->points->data;
  gboolean          inside = FALSE;

  for (guint k = 0; k < ring->n_refs; k++)
    {
      gint32            ref = g_array_index (s->refs, gint32, ring->first_ref + k);
      const KpMapArc   *arc = &g_array_index (s->arcs, KpMapArc, ref >= 0 ? ref : ~ref);
      const KpMapPoint *p = points + arc->first_point;

      /* Direction does not change the crossing count. */
      for (guint i = 1; i < arc->n_points; i++)
        {
          const KpMapPoint *a = &p[i - 1], *b = &p[i];

          if ((a->y > y) != (b->y > y) &&
              x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
            inside = !inside;
        }
    }
  return inside;
}

/**
 * kp_map_painter_feature_contains:
 * @x: map metres
 * @y: map metres
 *
 * Exact even-odd test over every ring of every polygon of a feature: a point in a hole
 * is outside, a point in an island of a MultiPolygon is inside.
 */
gboolean
kp_map_painter_feature_contains (KpMapPainter *self,
                                 guint         feature,
                                 double        x,
                                 double        y)
{
  KpMapSnapshot      *s;
  const KpMapFeature *f;
  const KpMapBox     *b;
  gboolean            inside = FALSE;

  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), FALSE);
  s = self->snapshot;
  g_return_val_if_fail (feature < s->features->len, FALSE);

  b = &self->feature_boxes[feature];
  if (x < b->min_x || x > b->max_x || y < b->min_y || y > b->max_y)
    return FALSE;
  f = &g_array_index (s->features, KpMapFeature, feature);
  for (guint p = 0; p < f->n_polygons; p++)
    {
      const KpMapPolygon *poly = &g_array_index (s->polygons, KpMapPolygon, f->first_polygon + p);

      for (guint r = 0; r < poly->n_rings; r++)
        if (ring_contains (s, &g_array_index (s->rings, KpMapRing, poly->first_ring + r), x, y))
          inside = !inside;
    }
  return inside;
}

/**
 * kp_map_painter_hit_test_map:
 * @x: map metres
 * @y: map metres
 *
 * Returns: the index of the feature under the point, or -1. Where rings overlap (an
 *   enclave drawn over its surroundings), the feature with the smaller box wins.
 */
int
kp_map_painter_hit_test_map (KpMapPainter *self,
                             double        x,
                             double        y)
{
  GArray *cell;
  int     best = -1;
  double  best_area = INFINITY;
  guint   col, row;

  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), -1);
  if (self->grid == NULL || x < self->bounds.min_x || y < self->bounds.min_y ||
      x > self->bounds.max_x || y > self->bounds.max_y)
    return -1;
  col = MIN ((guint) ((x - self->bounds.min_x) / self->grid_cell), self->grid_cols - 1);
  row = MIN ((guint) ((y - self->bounds.min_y) / self->grid_cell), self->grid_rows - 1);
  cell = self->grid[(gsize) row * self->grid_cols + col];
  if (cell == NULL)
    return -1;
  for (guint i = 0; i < cell->len; i++)
    {
      guint           f = g_array_index (cell, guint, i);
      const KpMapBox *b = &self->feature_boxes[f];
      double          area = (b->max_x - b->min_x) * (b->max_y - b->min_y);

      if (area < best_area && kp_map_painter_feature_contains (self, f, x, y))
        {
          best = (int) f;
          best_area = area;
        }
    }
  return best;
}

/**
 * kp_map_painter_hit_test:
 * @device_x: device units of @view (widget pixels)
 * @device_y: device units of @view
 *
 * Returns: the feature under a point of the view, or -1
 */
int
kp_map_painter_hit_test (KpMapPainter    *self,
                         const KpMapView *view,
                         double           device_x,
                         double           device_y)
{
  double x, y;

  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), -1);
  g_return_val_if_fail (view != NULL, -1);
  kp_map_view_to_map (view, device_x, device_y, &x, &y);
  return kp_map_painter_hit_test_map (self, x, y);
}

void
kp_map_view_visible_box (const KpMapView *view,
                         double           margin_px,
                         KpMapBox        *box)
{
  double half_w = (view->width / 2.0 + margin_px) / view->scale;
  double half_h = (view->height / 2.0 + margin_px) / view->scale;

  box->min_x = view->centre_x - half_w;
  box->max_x = view->centre_x + half_w;
  box->min_y = view->centre_y - half_h;
  box->max_y = view->centre_y + half_h;
}
