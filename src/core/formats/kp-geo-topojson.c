/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-error.h"
#include "kp-geo-private.h"

#include <math.h>

/* TopoJSON Topology: a shared array of arcs (optionally quantized: integer positions,
 * delta-encoded within each arc, then scaled and translated by "transform") and objects
 * whose Polygon and MultiPolygon geometries list their rings as arc references. The arcs
 * are kept as they are, so each border shared by two obce stays one arc. */

#define CHAIN_EPSILON 1e-9

typedef struct
{
  gboolean quantized;
  double   sx, sy, tx, ty;
} Transform;

static gboolean
format_error (GError    **error,
              KpGeoLayer *layer,
              const char *reason)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, "%s: %s", layer->source, reason);
  return FALSE;
}

static gboolean
read_pair (yajl_val array,
           double  *a,
           double  *b)
{
  return YAJL_IS_ARRAY (array) && array->u.array.len >= 2 &&
         kp_geo_number (array->u.array.values[0], a) &&
         kp_geo_number (array->u.array.values[1], b);
}

static gboolean
read_transform (KpGeoLayer *layer,
                yajl_val    root,
                Transform  *t,
                GError    **error)
{
  yajl_val transform = kp_geo_member (root, "transform");

  t->quantized = FALSE;
  if (transform == NULL || YAJL_IS_NULL (transform))
    return TRUE;
  if (!read_pair (kp_geo_member (transform, "scale"), &t->sx, &t->sy) ||
      !read_pair (kp_geo_member (transform, "translate"), &t->tx, &t->ty) || t->sx <= 0.0 ||
      t->sy <= 0.0)
    return format_error (error, layer,
                         _ ("the “transform” needs positive “scale” and a “translate” pair"));
  t->quantized = TRUE;
  return TRUE;
}

static gboolean
decode_arcs (KpGeoLayer      *layer,
             yajl_val         arcs,
             const Transform *t,
             GError         **error)
{
  if (!YAJL_IS_ARRAY (arcs))
    return format_error (error, layer, _ ("the Topology has no “arcs” array"));

  for (gsize a = 0; a < arcs->u.array.len; a++)
    {
      yajl_val arc_value = arcs->u.array.values[a];
      KpGeoArc arc;
      double   qx = 0.0, qy = 0.0;

      if (!YAJL_IS_ARRAY (arc_value) || arc_value->u.array.len < 2)
        {
          g_autofree char *reason = g_strdup_printf (_ ("arc %u has fewer than 2 points"),
                                                     (guint) a);
          return format_error (error, layer, reason);
        }
      if (layer->points->len + arc_value->u.array.len > KP_GEO_MAX_POINTS)
        return format_error (error, layer, _ ("too many points for a boundary layer"));

      arc.first_point = layer->points->len;
      arc.n_points = arc_value->u.array.len;
      for (gsize i = 0; i < arc_value->u.array.len; i++)
        {
          KpGeoPoint p;
          double     x, y;

          if (!read_pair (arc_value->u.array.values[i], &x, &y))
            {
              g_autofree char *reason =
                  g_strdup_printf (_ ("arc %u, point %u is not a pair of numbers"), (guint) a,
                                   (guint) i);
              return format_error (error, layer, reason);
            }
          if (t->quantized)
            {
              qx += x;
              qy += y;
              p.x = qx * t->sx + t->tx;
              p.y = qy * t->sy + t->ty;
            }
          else
            {
              p.x = x;
              p.y = y;
            }
          if (!KP_GEO_IS_LON_LAT (p.x, p.y))
            {
              g_autofree char *where = g_strdup_printf (_ ("arc %u"), (guint) a);

              return kp_geo_check_point (layer, p.x, p.y, where, error);
            }
          g_array_append_val (layer->points, p);
        }
      g_array_append_val (layer->arcs, arc);
    }
  return TRUE;
}

static KpGeoPoint
arc_end (const KpGeoLayer *layer,
         gint32            ref,
         gboolean          last)
{
  const KpGeoArc *arc = &g_array_index (layer->arcs, KpGeoArc, ref >= 0 ? ref : ~ref);
  gboolean        at_end = (ref >= 0) == last;

  return g_array_index (layer->points, KpGeoPoint,
                        arc->first_point + (at_end ? arc->n_points - 1 : 0));
}

static gboolean
same_point (KpGeoPoint a,
            KpGeoPoint b)
{
  return fabs (a.x - b.x) <= CHAIN_EPSILON && fabs (a.y - b.y) <= CHAIN_EPSILON;
}

static gboolean
decode_ring (KpGeoLayer *layer,
             yajl_val    ring,
             guint       feature,
             GError    **error)
{
  KpGeoRing item;
  guint     n_arcs = layer->arcs->len;
  guint     n_points;

  if (!YAJL_IS_ARRAY (ring) || ring->u.array.len == 0)
    return kp_geo_record_error (error, layer, feature, _ ("a ring has no arcs"));
  if (layer->refs->len + ring->u.array.len > KP_GEO_MAX_RING_REFS)
    return kp_geo_record_error (error, layer, feature, _ ("too many arc references"));

  item.first_ref = layer->refs->len;
  item.n_refs = ring->u.array.len;
  for (gsize i = 0; i < ring->u.array.len; i++)
    {
      yajl_val value = ring->u.array.values[i];
      gint64   ref;

      if (!YAJL_IS_INTEGER (value))
        return kp_geo_record_error (error, layer, feature, _ ("an arc reference is not an integer"));
      ref = YAJL_GET_INTEGER (value);
      if (ref >= (gint64) n_arcs || ref < -(gint64) n_arcs)
        {
          g_autofree char *reason =
              g_strdup_printf (_ ("arc index %lld is out of range (the file has %u arcs)"),
                               (long long) ref, n_arcs);
          return kp_geo_record_error (error, layer, feature, reason);
        }
      g_array_append_val (layer->refs, (gint32){ (gint32) ref });
      if (i > 0)
        {
          gint32 prev = g_array_index (layer->refs, gint32, layer->refs->len - 2);

          if (!same_point (arc_end (layer, prev, TRUE), arc_end (layer, (gint32) ref, FALSE)))
            return kp_geo_record_error (error, layer, feature,
                                        _ ("the arcs of a ring do not join end to end"));
        }
    }

  n_points = kp_geo_layer_ring_n_points (layer, &item);
  if (n_points < 4)
    {
      g_autofree char *reason =
          g_strdup_printf (_ ("a ring has %u points; a closed ring needs at least 4"), n_points);
      return kp_geo_record_error (error, layer, feature, reason);
    }
  if (!same_point (kp_geo_layer_ring_point (layer, &item, 0),
                   kp_geo_layer_ring_point (layer, &item, n_points - 1)))
    return kp_geo_record_error (error, layer, feature,
                                _ ("a ring is not closed (its last point differs from its first)"));
  g_array_append_val (layer->rings, item);
  return TRUE;
}

static gboolean
decode_geometry (KpGeoLayer *layer,
                 yajl_val    geometry,
                 guint       index,
                 GError    **error)
{
  return kp_geo_decode_feature (layer, geometry, kp_geo_member_string (geometry, "type"),
                                kp_geo_member (geometry, "arcs"), index, decode_ring, error);
}

static yajl_val
find_object (KpGeoLayer *layer,
             yajl_val    objects,
             const char *object_name,
             GError    **error)
{
  if (!YAJL_IS_OBJECT (objects) || objects->u.object.len == 0)
    {
      format_error (error, layer, _ ("the Topology has no objects"));
      return NULL;
    }
  if (object_name == NULL)
    {
      layer->object_name = g_strdup (objects->u.object.keys[0]);
      return objects->u.object.values[0];
    }
  for (gsize i = 0; i < objects->u.object.len; i++)
    if (g_strcmp0 (objects->u.object.keys[i], object_name) == 0)
      {
        layer->object_name = g_strdup (object_name);
        return objects->u.object.values[i];
      }
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
               _ ("%s: the Topology has no object “%s”"), layer->source, object_name);
  return NULL;
}

gboolean
kp_geo_decode_topojson (KpGeoLayer *layer,
                        yajl_val    root,
                        const char *object_name,
                        GError    **error)
{
  Transform t;
  yajl_val  object;
  yajl_val  geometries;

  layer->shared_arcs = TRUE;
  if (!read_transform (layer, root, &t, error) ||
      !decode_arcs (layer, kp_geo_member (root, "arcs"), &t, error))
    return FALSE;
  object = find_object (layer, kp_geo_member (root, "objects"), object_name, error);
  if (object == NULL)
    return FALSE;

  if (g_strcmp0 (kp_geo_member_string (object, "type"), "GeometryCollection") != 0)
    return decode_geometry (layer, object, 0, error);

  geometries = kp_geo_member (object, "geometries");
  if (!YAJL_IS_ARRAY (geometries))
    return format_error (error, layer, _ ("the GeometryCollection has no “geometries” array"));
  for (gsize i = 0; i < geometries->u.array.len; i++)
    if (!decode_geometry (layer, geometries->u.array.values[i], (guint) i, error))
      return FALSE;
  return TRUE;
}
