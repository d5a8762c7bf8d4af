/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Boundaries decoded from GeoJSON or TopoJSON in WGS84 (EPSG:4326 / CRS84).
 *
 * The layer keeps the arc topology of TopoJSON: every ring is a list of references into a
 * shared array of arcs, so a border between two obce exists once and can be drawn once. A
 * reference is the arc index, or its ones' complement (~i, i.e. −i − 1) for the arc read
 * backwards, as in TopoJSON. GeoJSON has no shared arcs: each of its rings becomes an arc
 * of its own, referenced once.
 *
 * Arrays (all #GArray, read-only for callers):
 *   points   #KpGeoPoint: longitude (x) and latitude (y) in degrees
 *   arcs     #KpGeoArc: a run of @points; consecutive arcs of a ring share an end point
 *   refs     gint32 arc references, as above
 *   rings    #KpGeoRing: a run of @refs; a closed ring (first point = last point)
 *   polygons #KpGeoPolygon: a run of @rings, the first is the outer ring, the rest holes
 *   features #KpGeoFeature: a run of @polygons (one for Polygon, one or more for
 *            MultiPolygon) with the feature's properties
 */

typedef struct
{
  double x;
  double y;
} KpGeoPoint;

typedef struct
{
  guint first_point;
  guint n_points;
} KpGeoArc;

typedef struct
{
  guint first_ref;
  guint n_refs;
} KpGeoRing;

typedef struct
{
  guint first_ring;
  guint n_rings;
} KpGeoPolygon;

typedef enum
{
  KP_GEO_POLYGON,
  KP_GEO_MULTI_POLYGON,
} KpGeoType;

typedef struct
{
  char       *id; /* the "id" member as text, or NULL */
  KpGeoType   type;
  guint       first_polygon;
  guint       n_polygons;
  GHashTable *properties; /* char * → char *: strings, numbers as written, true/false */
} KpGeoFeature;

typedef struct
{
  char    *source;      /* basename of the file, for messages */
  char    *object_name; /* the TopoJSON object decoded, or NULL for GeoJSON */
  gboolean shared_arcs; /* TRUE for TopoJSON: arcs may be used by two rings */

  GArray *points;
  GArray *arcs;
  GArray *refs;
  GArray *rings;
  GArray *polygons;
  GArray *features;

  double min_x, min_y, max_x, max_y; /* bounding box of all points */
} KpGeoLayer;

KpGeoLayer *kp_geo_layer_new (void);
void        kp_geo_layer_free (KpGeoLayer *layer);

guint      kp_geo_layer_count_type (const KpGeoLayer *layer,
                                    KpGeoType         type);
KpGeoPoint kp_geo_layer_ring_point (const KpGeoLayer *layer,
                                    const KpGeoRing  *ring,
                                    guint             index);
guint      kp_geo_layer_ring_n_points (const KpGeoLayer *layer,
                                       const KpGeoRing  *ring);

static inline const KpGeoFeature *
kp_geo_layer_get_feature (const KpGeoLayer *layer,
                          guint             index)
{
  return &g_array_index (layer->features, KpGeoFeature, index);
}

const char *kp_geo_feature_get_property (const KpGeoFeature *feature,
                                         const char         *key);
gboolean    kp_geo_feature_get_double (const KpGeoFeature *feature,
                                       const char         *key,
                                       double             *out_value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpGeoLayer, kp_geo_layer_free)

/* Builds a layer by hand (the project's stored boundaries, the sample's): appends one
 * arc of @n_points points and returns its index. */
guint kp_geo_layer_add_arc (KpGeoLayer       *layer,
                            const KpGeoPoint *points,
                            guint             n_points);
/* Appends a feature with the @id and no polygons yet; then kp_geo_layer_add_polygon() and
 * kp_geo_layer_add_ring() for its parts. @properties may be NULL. */
KpGeoFeature *kp_geo_layer_add_feature (KpGeoLayer *layer,
                                        const char *id,
                                        GHashTable *properties);
void          kp_geo_layer_add_polygon (KpGeoLayer *layer);
void          kp_geo_layer_add_ring (KpGeoLayer   *layer,
                                     const gint32 *refs,
                                     guint         n_refs);
void          kp_geo_layer_update_bounds (KpGeoLayer *layer);

G_END_DECLS
