/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-geo-layer.h"

#include <math.h>

/* The decoded boundary layer: arrays with the arc topology of TopoJSON, built by the
 * decoders (kp-geo-json.c) or by hand from stored boundaries. GLib only. */

static void
feature_clear (gpointer data)
{
  KpGeoFeature *feature = data;

  g_clear_pointer (&feature->id, g_free);
  g_clear_pointer (&feature->properties, g_hash_table_unref);
}

/**
 * kp_geo_layer_new:
 *
 * Returns: (transfer full): an empty layer
 */
KpGeoLayer *
kp_geo_layer_new (void)
{
  KpGeoLayer *layer = g_new0 (KpGeoLayer, 1);

  layer->points = g_array_new (FALSE, FALSE, sizeof (KpGeoPoint));
  layer->arcs = g_array_new (FALSE, FALSE, sizeof (KpGeoArc));
  layer->refs = g_array_new (FALSE, FALSE, sizeof (gint32));
  layer->rings = g_array_new (FALSE, FALSE, sizeof (KpGeoRing));
  layer->polygons = g_array_new (FALSE, FALSE, sizeof (KpGeoPolygon));
  layer->features = g_array_new (FALSE, TRUE, sizeof (KpGeoFeature));
  g_array_set_clear_func (layer->features, feature_clear);
  layer->min_x = layer->min_y = INFINITY;
  layer->max_x = layer->max_y = -INFINITY;
  return layer;
}

void
kp_geo_layer_free (KpGeoLayer *layer)
{
  if (layer == NULL)
    return;
  g_free (layer->source);
  g_free (layer->object_name);
  g_array_unref (layer->points);
  g_array_unref (layer->arcs);
  g_array_unref (layer->refs);
  g_array_unref (layer->rings);
  g_array_unref (layer->polygons);
  g_array_unref (layer->features);
  g_free (layer);
}

/**
 * kp_geo_layer_count_type:
 *
 * Returns: how many features are of @type
 */
guint
kp_geo_layer_count_type (const KpGeoLayer *layer,
                         KpGeoType         type)
{
  guint n = 0;

  g_return_val_if_fail (layer != NULL, 0);
  for (guint i = 0; i < layer->features->len; i++)
    if (kp_geo_layer_get_feature (layer, i)->type == type)
      n++;
  return n;
}

/**
 * kp_geo_layer_ring_n_points:
 *
 * Returns: the number of points of @ring, the closing point included once
 */
guint
kp_geo_layer_ring_n_points (const KpGeoLayer *layer,
                            const KpGeoRing  *ring)
{
  guint n = 1;

  for (guint r = 0; r < ring->n_refs; r++)
    {
      gint32 ref = g_array_index (layer->refs, gint32, ring->first_ref + r);
      guint  arc = ref >= 0 ? (guint) ref : (guint) ~ref;

      n += g_array_index (layer->arcs, KpGeoArc, arc).n_points - 1;
    }
  return n;
}

/**
 * kp_geo_layer_ring_point:
 * @index: 0 … kp_geo_layer_ring_n_points() − 1
 *
 * Returns: one point of a ring, following its arcs in their directions
 */
KpGeoPoint
kp_geo_layer_ring_point (const KpGeoLayer *layer,
                         const KpGeoRing  *ring,
                         guint             index)
{
  const KpGeoPoint *points = (const KpGeoPoint *) layer->points->data;

  for (guint r = 0; r < ring->n_refs; r++)
    {
      gint32          ref = g_array_index (layer->refs, gint32, ring->first_ref + r);
      const KpGeoArc *arc = &g_array_index (layer->arcs, KpGeoArc, ref >= 0 ? ref : ~ref);

      if (index < arc->n_points)
        return points[arc->first_point + (ref >= 0 ? index : arc->n_points - 1 - index)];
      index -= arc->n_points - 1;
    }
  g_return_val_if_reached (points[0]);
}

/**
 * kp_geo_feature_get_property:
 *
 * Returns: (nullable): the property as text (numbers as written in the file)
 */
const char *
kp_geo_feature_get_property (const KpGeoFeature *feature,
                             const char         *key)
{
  g_return_val_if_fail (feature != NULL, NULL);
  return g_hash_table_lookup (feature->properties, key);
}

/**
 * kp_geo_feature_get_double:
 *
 * Returns: %TRUE when the property exists and is a finite number
 */
gboolean
kp_geo_feature_get_double (const KpGeoFeature *feature,
                           const char         *key,
                           double             *out_value)
{
  const char *text = kp_geo_feature_get_property (feature, key);
  char       *end = NULL;
  double      value;

  if (text == NULL || *text == '\0')
    return FALSE;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    return FALSE;
  *out_value = value;
  return TRUE;
}

guint
kp_geo_layer_add_arc (KpGeoLayer       *layer,
                      const KpGeoPoint *points,
                      guint             n_points)
{
  KpGeoArc arc = { layer->points->len, n_points };

  g_array_append_vals (layer->points, points, n_points);
  g_array_append_val (layer->arcs, arc);
  return layer->arcs->len - 1;
}

KpGeoFeature *
kp_geo_layer_add_feature (KpGeoLayer *layer,
                          const char *id,
                          GHashTable *properties)
{
  KpGeoFeature feature = { 0 };

  feature.id = g_strdup (id);
  feature.type = KP_GEO_POLYGON;
  feature.first_polygon = layer->polygons->len;
  feature.properties = properties != NULL
                           ? g_hash_table_ref (properties)
                           : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_array_append_val (layer->features, feature);
  return &g_array_index (layer->features, KpGeoFeature, layer->features->len - 1);
}

/* Starts a polygon of the last feature; its rings follow. */
void
kp_geo_layer_add_polygon (KpGeoLayer *layer)
{
  KpGeoFeature *feature;
  KpGeoPolygon  polygon = { layer->rings->len, 0 };

  g_return_if_fail (layer->features->len > 0);
  feature = &g_array_index (layer->features, KpGeoFeature, layer->features->len - 1);
  g_array_append_val (layer->polygons, polygon);
  feature->n_polygons++;
  feature->type = feature->n_polygons > 1 ? KP_GEO_MULTI_POLYGON : KP_GEO_POLYGON;
}

/* Adds a ring to the last polygon: the outer ring first, then the holes. */
void
kp_geo_layer_add_ring (KpGeoLayer   *layer,
                       const gint32 *refs,
                       guint         n_refs)
{
  KpGeoRing ring = { layer->refs->len, n_refs };

  g_return_if_fail (layer->polygons->len > 0);
  g_array_append_vals (layer->refs, refs, n_refs);
  g_array_append_val (layer->rings, ring);
  g_array_index (layer->polygons, KpGeoPolygon, layer->polygons->len - 1).n_rings++;
}

void
kp_geo_layer_update_bounds (KpGeoLayer *layer)
{
  layer->min_x = layer->min_y = INFINITY;
  layer->max_x = layer->max_y = -INFINITY;
  for (guint i = 0; i < layer->points->len; i++)
    {
      const KpGeoPoint *p = &g_array_index (layer->points, KpGeoPoint, i);

      layer->min_x = MIN (layer->min_x, p->x);
      layer->min_y = MIN (layer->min_y, p->y);
      layer->max_x = MAX (layer->max_x, p->x);
      layer->max_y = MAX (layer->max_y, p->y);
    }
}
