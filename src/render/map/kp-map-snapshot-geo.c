/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-snapshot-geo.h"

#include <math.h>

/* The geo and map structs of points, arcs, rings and polygons have the same layout; the
 * static asserts keep it that way. */
G_STATIC_ASSERT (sizeof (KpGeoPoint) == sizeof (KpMapPoint));
G_STATIC_ASSERT (sizeof (KpGeoArc) == sizeof (KpMapArc));
G_STATIC_ASSERT (sizeof (KpGeoRing) == sizeof (KpMapRing));
G_STATIC_ASSERT (sizeof (KpGeoPolygon) == sizeof (KpMapPolygon));

static const char *
feature_code (const KpGeoFeature *feature,
              const char         *code_key)
{
  if (code_key == NULL)
    return feature->id;
  return kp_geo_feature_get_property (feature, code_key);
}

/**
 * kp_map_snapshot_new_from_geo:
 * @code_key: (nullable): the property holding the feature's code, or %NULL for its id
 * @label_key: (nullable): the property holding its label
 * @keep: (nullable): codes of the features to copy; %NULL copies all
 *
 * Features get no value (NAN) and no class; the caller sets values and classifies.
 *
 * Returns: (transfer full): a new snapshot
 */
KpMapSnapshot *
kp_map_snapshot_new_from_geo (const KpGeoLayer      *layer,
                              const KpMapProjection *projection,
                              const char            *code_key,
                              const char            *label_key,
                              GHashTable            *keep)
{
  KpMapSnapshot *s = kp_map_snapshot_new ();

  g_array_set_size (s->points, layer->points->len);
  kp_map_projection_forward_points (projection, (const double *) layer->points->data,
                                    (double *) s->points->data, layer->points->len);
  g_array_append_vals (s->arcs, layer->arcs->data, layer->arcs->len);
  for (guint i = 0; i < layer->features->len; i++)
    {
      const KpGeoFeature *g = kp_geo_layer_get_feature (layer, i);
      const char         *code = feature_code (g, code_key);
      KpMapFeature        f = { 0 };

      if (code == NULL || (keep != NULL && !g_hash_table_contains (keep, code)))
        continue;
      f.code = g_strdup (code);
      f.label = label_key != NULL ? g_strdup (kp_geo_feature_get_property (g, label_key)) : NULL;
      f.value = NAN;
      f.class_index = -1;
      f.label_point.x = NAN;
      f.first_polygon = s->polygons->len;
      f.n_polygons = g->n_polygons;
      for (guint p = 0; p < g->n_polygons; p++)
        {
          KpGeoPolygon poly = g_array_index (layer->polygons, KpGeoPolygon, g->first_polygon + p);
          KpMapPolygon mp = { s->rings->len, poly.n_rings };

          for (guint r = 0; r < poly.n_rings; r++)
            {
              KpGeoRing ring = g_array_index (layer->rings, KpGeoRing, poly.first_ring + r);
              KpMapRing mr = { s->refs->len, ring.n_refs };

              g_array_append_vals (s->refs, &g_array_index (layer->refs, gint32, ring.first_ref),
                                   ring.n_refs);
              g_array_append_val (s->rings, mr);
            }
          g_array_append_val (s->polygons, mp);
        }
      g_array_append_val (s->features, f);
    }
  kp_map_snapshot_place_label_points (s);
  return s;
}

/**
 * kp_map_layer_new_from_geo:
 *
 * Every ring of @layer as one part of a context layer (neighbouring obce, ORP or kraj
 * outlines).
 *
 * Returns: (transfer full): a new layer
 */
KpMapLayer *
kp_map_layer_new_from_geo (const KpGeoLayer      *layer,
                           const KpMapProjection *projection,
                           KpMapLayerKind         kind,
                           KpMapLayerPlacement    placement,
                           const char            *name)
{
  KpMapLayer *out = kp_map_layer_new (kind, placement, name);
  g_autoptr (GArray) ring_points = g_array_new (FALSE, FALSE, sizeof (KpMapPoint));

  for (guint i = 0; i < layer->rings->len; i++)
    {
      const KpGeoRing *ring = &g_array_index (layer->rings, KpGeoRing, i);
      guint            n = kp_geo_layer_ring_n_points (layer, ring);

      g_array_set_size (ring_points, n);
      for (guint k = 0; k < n; k++)
        {
          KpGeoPoint  q = kp_geo_layer_ring_point (layer, ring, k);
          KpMapPoint *m = &g_array_index (ring_points, KpMapPoint, k);

          kp_map_projection_forward (projection, q.x, q.y, &m->x, &m->y);
        }
      kp_map_layer_add_part (out, (const KpMapPoint *) ring_points->data, n);
    }
  return out;
}

/* A north-up projection centred on the layer's bounding box. */
void
kp_map_projection_init_for_geo (KpMapProjection  *projection,
                                const KpGeoLayer *layer)
{
  double lon = 15.5, lat = 49.8; /* the middle of Czechia, for an empty layer */

  if (layer != NULL && layer->points->len > 0 && isfinite (layer->min_x))
    {
      lon = (layer->min_x + layer->max_x) / 2.0;
      lat = (layer->min_y + layer->max_y) / 2.0;
    }
  kp_map_projection_init (projection, lon, lat, TRUE);
}
