/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-error.h"
#include "kp-geo-private.h"

#include <math.h>

/* GeoJSON (RFC 7946) FeatureCollection of Polygon and MultiPolygon features. Each ring
 * becomes an arc of its own: GeoJSON has no shared borders. */

#define CLOSE_EPSILON 1e-9

static gboolean
decode_ring (KpGeoLayer *layer,
             yajl_val    ring,
             guint       feature,
             GError    **error)
{
  KpGeoArc   arc;
  KpGeoRing  item;
  gint32     ref;
  KpGeoPoint first, last;
  gsize      n;

  if (!YAJL_IS_ARRAY (ring))
    return kp_geo_record_error (error, layer, feature, _ ("a ring is not an array of positions"));
  n = ring->u.array.len;
  if (n < 4)
    {
      g_autofree char *reason =
          g_strdup_printf (_ ("a ring has %u points; a closed ring needs at least 4"), (guint) n);
      return kp_geo_record_error (error, layer, feature, reason);
    }
  if (layer->points->len + n > KP_GEO_MAX_POINTS)
    return kp_geo_record_error (error, layer, feature, _ ("too many points for a boundary layer"));

  arc.first_point = layer->points->len;
  arc.n_points = n;
  for (gsize i = 0; i < n; i++)
    {
      yajl_val   pos = ring->u.array.values[i];
      KpGeoPoint p;

      if (!YAJL_IS_ARRAY (pos) || pos->u.array.len < 2 ||
          !kp_geo_number (pos->u.array.values[0], &p.x) ||
          !kp_geo_number (pos->u.array.values[1], &p.y))
        return kp_geo_record_error (error, layer, feature, _ ("a position is not a pair of numbers"));
      if (!KP_GEO_IS_LON_LAT (p.x, p.y))
        {
          g_autofree char *where = g_strdup_printf (_ ("feature %u"), feature);

          return kp_geo_check_point (layer, p.x, p.y, where, error);
        }
      g_array_append_val (layer->points, p);
    }
  first = g_array_index (layer->points, KpGeoPoint, arc.first_point);
  last = g_array_index (layer->points, KpGeoPoint, arc.first_point + n - 1);
  if (fabs (first.x - last.x) > CLOSE_EPSILON || fabs (first.y - last.y) > CLOSE_EPSILON)
    return kp_geo_record_error (error, layer, feature,
                                _ ("a ring is not closed (its last point differs from its first)"));

  ref = (gint32) layer->arcs->len;
  g_array_append_val (layer->arcs, arc);
  item.first_ref = layer->refs->len;
  item.n_refs = 1;
  g_array_append_val (layer->refs, ref);
  g_array_append_val (layer->rings, item);
  return TRUE;
}

static gboolean
decode_feature (KpGeoLayer *layer,
                yajl_val    feature,
                guint       index,
                GError    **error)
{
  yajl_val geometry = kp_geo_member (feature, "geometry");

  return kp_geo_decode_feature (layer, feature, kp_geo_member_string (geometry, "type"),
                                kp_geo_member (geometry, "coordinates"), index, decode_ring,
                                error);
}

gboolean
kp_geo_decode_geojson (KpGeoLayer *layer,
                       yajl_val    root,
                       GError    **error)
{
  yajl_val features;

  layer->shared_arcs = FALSE;
  if (g_strcmp0 (kp_geo_member_string (root, "type"), "Feature") == 0)
    return decode_feature (layer, root, 0, error);

  features = kp_geo_member (root, "features");
  if (!YAJL_IS_ARRAY (features))
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: the FeatureCollection has no “features” array"), layer->source);
      return FALSE;
    }
  for (gsize i = 0; i < features->u.array.len; i++)
    if (!decode_feature (layer, features->u.array.values[i], (guint) i, error))
      return FALSE;
  return TRUE;
}
