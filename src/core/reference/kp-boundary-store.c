/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-boundary-store.h"
#include "kp-boundary-repository.h"
#include "kp-projection.h"

#include <math.h>
#include <string.h>

/* Boundaries in SQLite. An area is one row of `boundary` with its shape as a blob of
 * int32 (polygons, rings, arc references), and the arcs it refers to are rows of
 * `boundary_arc` with their points as a blob of float64 pairs; both little endian. The
 * same tables exist in the library and in project files. Blobs read back are checked,
 * since a project file may come from anywhere. */

#define MAX_ARC_POINTS 1000000
#define MAX_SHAPE_INTS 4000000

static const char *const level_names[] = { "kraj", "orp", "obec" };

const char *
kp_boundary_level_to_string (KpBoundaryLevel level)
{
  g_return_val_if_fail (level <= KP_BOUNDARY_LEVEL_OBEC, "obec");
  return level_names[level];
}

static void
put_int (GByteArray *out,
         gint32      value)
{
  gint32 le = GINT32_TO_LE (value);

  g_byte_array_append (out, (const guint8 *) &le, sizeof le);
}

static gint32
get_int (const guint8 *data,
         gsize         index)
{
  gint32 le;

  memcpy (&le, data + index * sizeof le, sizeof le);
  return GINT32_FROM_LE (le);
}

static void
put_double (GByteArray *out,
            double      value)
{
  guint64 bits;

  memcpy (&bits, &value, sizeof bits);
  bits = GUINT64_TO_LE (bits);
  g_byte_array_append (out, (const guint8 *) &bits, sizeof bits);
}

static double
get_double (const guint8 *data,
            gsize         index)
{
  guint64 bits;
  double  value;

  memcpy (&bits, data + index * sizeof bits, sizeof bits);
  bits = GUINT64_FROM_LE (bits);
  memcpy (&value, &bits, sizeof value);
  return value;
}

/* Twice the signed area of a ring in S-JTSK metres (shoelace formula). */
static double
ring_area (const KpGeoLayer *layer,
           const KpGeoRing  *ring)
{
  guint  n = kp_geo_layer_ring_n_points (layer, ring);
  double sum = 0.0, x0 = 0.0, y0 = 0.0, px = 0.0, py = 0.0;

  for (guint k = 0; k < n; k++)
    {
      KpGeoPoint q = kp_geo_layer_ring_point (layer, ring, k);
      double     x, y;

      kp_projection_wgs84_to_sjtsk (q.x, q.y, &x, &y);
      if (k == 0)
        {
          x0 = x;
          y0 = y;
        }
      else
        sum += (px - x0) * (y - y0) - (x - x0) * (py - y0);
      px = x;
      py = y;
    }
  return fabs (sum) / 2.0;
}

/**
 * kp_boundary_polygon_area_km2:
 *
 * Returns: the area of the polygons (outer rings less their holes) in km², measured in
 *   S-JTSK; Křovák's scale error in Czechia is under 0.01 %, well below the error of the
 *   simplified boundaries
 */
double
kp_boundary_polygon_area_km2 (const KpGeoLayer *layer,
                              guint             first_polygon,
                              guint             n_polygons)
{
  double area = 0.0;

  for (guint p = first_polygon; p < first_polygon + n_polygons; p++)
    {
      const KpGeoPolygon *poly = &g_array_index (layer->polygons, KpGeoPolygon, p);

      for (guint r = 0; r < poly->n_rings; r++)
        {
          double a = ring_area (layer, &g_array_index (layer->rings, KpGeoRing, poly->first_ring + r));

          area += r == 0 ? a : -a;
        }
    }
  return MAX (area, 0.0) / 1e6;
}

typedef struct
{
  double min_lon, min_lat, max_lon, max_lat;
} Bounds;

/* Appends the polygons of @feature to the shape blob and marks the arcs it uses. */
static void
encode_feature (const KpGeoLayer   *layer,
                const KpGeoFeature *feature,
                GByteArray         *shape,
                guint8             *arc_used,
                Bounds             *bounds)
{
  const KpGeoPoint *points = (const KpGeoPoint *) layer->points->data;

  for (guint p = 0; p < feature->n_polygons; p++)
    {
      const KpGeoPolygon *poly =
          &g_array_index (layer->polygons, KpGeoPolygon, feature->first_polygon + p);

      put_int (shape, (gint32) poly->n_rings);
      for (guint r = 0; r < poly->n_rings; r++)
        {
          const KpGeoRing *ring = &g_array_index (layer->rings, KpGeoRing, poly->first_ring + r);

          put_int (shape, (gint32) ring->n_refs);
          for (guint k = 0; k < ring->n_refs; k++)
            {
              gint32          ref = g_array_index (layer->refs, gint32, ring->first_ref + k);
              guint           a = ref >= 0 ? (guint) ref : (guint) ~ref;
              const KpGeoArc *arc = &g_array_index (layer->arcs, KpGeoArc, a);

              put_int (shape, ref);
              arc_used[a] = 1;
              for (guint i = 0; r == 0 && i < arc->n_points; i++)
                {
                  const KpGeoPoint *q = &points[arc->first_point + i];

                  bounds->min_lon = MIN (bounds->min_lon, q->x);
                  bounds->min_lat = MIN (bounds->min_lat, q->y);
                  bounds->max_lon = MAX (bounds->max_lon, q->x);
                  bounds->max_lat = MAX (bounds->max_lat, q->y);
                }
            }
        }
    }
}

static gboolean
insert_arcs (KpDatabase       *db,
             KpBoundaryLevel   level,
             const KpGeoLayer *layer,
             const guint8     *arc_used,
             GError          **error)
{
  g_autoptr (GByteArray) blob = g_byte_array_new ();
  const KpGeoPoint *points = (const KpGeoPoint *) layer->points->data;

  for (guint a = 0; a < layer->arcs->len; a++)
    {
      const KpGeoArc *arc = &g_array_index (layer->arcs, KpGeoArc, a);

      if (!arc_used[a])
        continue;
      g_byte_array_set_size (blob, 0);
      for (guint i = 0; i < arc->n_points; i++)
        {
          put_double (blob, points[arc->first_point + i].x);
          put_double (blob, points[arc->first_point + i].y);
        }
      if (!kp_boundary_repository_insert_arc (db, level, a, blob->data, blob->len, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * kp_boundary_store_write:
 * @codes: per feature of @layer, the code to store it as, or %NULL to leave it out;
 *   features with the same code are merged into one area (Praha's obvody)
 * @names: per feature, the area's name
 *
 * Adds the areas of one level; the caller clears the level first and holds the
 * transaction.
 */
gboolean
kp_boundary_store_write (KpDatabase        *db,
                         KpBoundaryLevel    level,
                         const KpGeoLayer  *layer,
                         const char *const *codes,
                         const char *const *names,
                         GError           **error)
{
  g_autoptr (GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autofree guint8 *arc_used = g_new0 (guint8, MAX (layer->arcs->len, 1));

  for (guint i = 0; i < layer->features->len; i++)
    {
      GArray *members;

      if (codes[i] == NULL)
        continue;
      members = g_hash_table_lookup (groups, codes[i]);
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, (gpointer) codes[i], members);
          g_ptr_array_add (order, (gpointer) codes[i]);
        }
      g_array_append_val (members, i);
    }

  for (guint g = 0; g < order->len; g++)
    {
      const char *code = g_ptr_array_index (order, g);
      GArray     *members = g_hash_table_lookup (groups, code);
      g_autoptr (GByteArray) shape = g_byte_array_new ();
      Bounds        b = { INFINITY, INFINITY, -INFINITY, -INFINITY };
      double        area = 0.0;
      gint32        n_polygons = 0;
      const char   *name = names[g_array_index (members, guint, 0)];
      KpBoundaryRow row = { 0 };

      put_int (shape, 0); /* the polygon count, filled in below */
      for (guint m = 0; m < members->len; m++)
        {
          const KpGeoFeature *f = kp_geo_layer_get_feature (layer, g_array_index (members, guint, m));

          encode_feature (layer, f, shape, arc_used, &b);
          area += kp_boundary_polygon_area_km2 (layer, f->first_polygon, f->n_polygons);
          n_polygons += (gint32) f->n_polygons;
        }
      n_polygons = GINT32_TO_LE (n_polygons);
      memcpy (shape->data, &n_polygons, sizeof n_polygons);
      row.code = code;
      row.name = name != NULL ? name : code;
      row.shape = shape->data;
      row.shape_len = shape->len;
      row.min_lon = b.min_lon;
      row.min_lat = b.min_lat;
      row.max_lon = b.max_lon;
      row.max_lat = b.max_lat;
      row.area_km2 = area;
      if (!kp_boundary_repository_insert_area (db, level, &row, error))
        return FALSE;
    }
  return insert_arcs (db, level, layer, arc_used, error);
}

/* Marks the obce of a project's territory (the sample writes its own). */
gboolean
kp_boundary_store_set_territory (KpDatabase        *db,
                                 const char *const *codes,
                                 GError           **error)
{
  return kp_boundary_repository_mark_territory (db, codes, error);
}

static gboolean
set_damaged (const char *code,
             GError    **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _ ("The stored boundary of “%s” is damaged"), code);
  return FALSE;
}

typedef struct
{
  KpDatabase     *db;
  KpBoundaryLevel level;
  KpGeoLayer     *layer;
  GHashTable     *arc_index; /* stored id → index in layer->arcs, plus one */
  const char     *code;      /* of the area being read, for messages */
  guint           arc;       /* out: the layer's index of the arc just read */
} Reader;

static gboolean
decode_arc (const guint8 *data,
            gsize         len,
            gpointer      user_data,
            GError      **error)
{
  Reader                *reader = user_data;
  gsize                  n = len / (2 * sizeof (double));
  g_autofree KpGeoPoint *points = NULL;

  if (data == NULL || len % (2 * sizeof (double)) != 0 || n < 2 || n > MAX_ARC_POINTS)
    return set_damaged (reader->code, error);
  points = g_new (KpGeoPoint, n);
  for (gsize i = 0; i < n; i++)
    {
      points[i].x = get_double (data, 2 * i);
      points[i].y = get_double (data, 2 * i + 1);
      if (!isfinite (points[i].x) || !isfinite (points[i].y))
        return set_damaged (reader->code, error);
    }
  reader->arc = kp_geo_layer_add_arc (reader->layer, points, (guint) n);
  return TRUE;
}

/* Returns: the layer's index of stored arc @id, loading it the first time, or -1 */
static gint64
reader_arc (Reader  *reader,
            gint64   id,
            GError **error)
{
  gpointer found = g_hash_table_lookup (reader->arc_index, GINT_TO_POINTER ((int) id));

  if (found != NULL)
    return GPOINTER_TO_INT (found) - 1;
  if (!kp_boundary_repository_read_arc (reader->db, reader->level, id, decode_arc, reader, error))
    return -1;
  g_hash_table_insert (reader->arc_index, GINT_TO_POINTER ((int) id),
                       GINT_TO_POINTER ((int) reader->arc + 1));
  return reader->arc;
}

/* Decodes one shape blob into polygons of the last feature. */
static gboolean
reader_shape (Reader       *reader,
              const guint8 *data,
              gsize         len,
              GError      **error)
{
  const char *code = reader->code;
  gsize       n = len / sizeof (gint32), pos = 1;
  gint32      n_polygons;
  g_autoptr (GArray) refs = g_array_new (FALSE, FALSE, sizeof (gint32));

  if (data == NULL || len % sizeof (gint32) != 0 || n < 1 || n > MAX_SHAPE_INTS)
    return set_damaged (code, error);
  n_polygons = get_int (data, 0);
  if (n_polygons < 1 || (gsize) n_polygons > n)
    return set_damaged (code, error);
  for (gint32 p = 0; p < n_polygons; p++)
    {
      gint32 n_rings;

      if (pos >= n || (n_rings = get_int (data, pos++)) < 1 || (gsize) n_rings > n - pos)
        return set_damaged (code, error);
      kp_geo_layer_add_polygon (reader->layer);
      for (gint32 r = 0; r < n_rings; r++)
        {
          gint32 n_refs;

          if (pos >= n || (n_refs = get_int (data, pos++)) < 1 || (gsize) n_refs > n - pos)
            return set_damaged (code, error);
          g_array_set_size (refs, 0);
          for (gint32 k = 0; k < n_refs; k++)
            {
              gint32 ref = get_int (data, pos++);
              gint64 index = reader_arc (reader, ref >= 0 ? ref : ~ref, error);

              if (index < 0)
                return FALSE;
              ref = ref >= 0 ? (gint32) index : ~(gint32) index;
              g_array_append_val (refs, ref);
            }
          kp_geo_layer_add_ring (reader->layer, (const gint32 *) refs->data, refs->len);
        }
    }
  return pos == n || set_damaged (code, error);
}

static gboolean
read_area (const KpBoundaryRow *row,
           gpointer             user_data,
           GError             **error)
{
  Reader     *reader = user_data;
  GHashTable *properties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  char        area[G_ASCII_DTOSTR_BUF_SIZE];

  g_hash_table_insert (properties, g_strdup ("nazev"), g_strdup (row->name));
  /* Read back with g_ascii_strtod (): written with a point whatever LC_NUMERIC is. */
  g_ascii_formatd (area, sizeof area, "%.6f", row->area_km2);
  g_hash_table_insert (properties, g_strdup ("area_km2"), g_strdup (area));
  kp_geo_layer_add_feature (reader->layer, row->code, properties);
  g_hash_table_unref (properties);
  reader->code = row->code;
  return reader_shape (reader, row->shape, row->shape_len, error);
}

/**
 * kp_boundary_store_read:
 *
 * Reads stored areas into a layer: feature ids are the codes, with the properties
 * "nazev" and "area_km2" (km², as text).
 *
 * Returns: (transfer full): the layer (maybe without features), or %NULL with @error set
 */
KpGeoLayer *
kp_boundary_store_read (KpDatabase      *db,
                        KpBoundaryLevel  level,
                        KpBoundarySelect select,
                        GError         **error)
{
  g_autoptr (KpGeoLayer) layer = kp_geo_layer_new ();
  g_autoptr (GHashTable) arc_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  Reader reader = { db, level, layer, arc_index, NULL, 0 };

  layer->source = g_strdup (kp_boundary_level_to_string (level));
  if (!kp_boundary_repository_foreach_area (db, level, select, read_area, &reader, error))
    return NULL;
  kp_geo_layer_update_bounds (layer);
  return g_steal_pointer (&layer);
}

/* Adds the ids of the arcs that a shape refers to; shapes were checked when imported. */
static gboolean
collect_arcs (const guint8 *data,
              gsize         len,
              gpointer      user_data,
              GError      **error)
{
  GHashTable *ids = user_data;
  gsize       n = len / sizeof (gint32), pos = 1;
  gint32      n_polygons = n > 0 ? get_int (data, 0) : 0;

  for (gint32 p = 0; p < n_polygons && pos < n; p++)
    for (gint32 r = 0, n_rings = get_int (data, pos++); r < n_rings && pos < n; r++)
      for (gint32 k = 0, n_refs = get_int (data, pos++); k < n_refs && pos < n; k++)
        {
          gint32 ref = get_int (data, pos++);

          g_hash_table_add (ids, GINT_TO_POINTER (ref >= 0 ? ref : ~ref));
        }
  return TRUE;
}

static gboolean
copy_level_around (KpDatabase     *db,
                   KpBoundaryLevel level,
                   const double    box[4],
                   GError        **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_direct_hash, g_direct_equal);

  return kp_boundary_repository_copy_around (db, level, box, error) &&
         kp_boundary_repository_foreach_shape (db, level, collect_arcs, ids, error) &&
         kp_boundary_repository_copy_arcs (db, level, ids, error);
}

/**
 * kp_boundary_store_copy_from_library:
 *
 * Copies the boundaries of the new territory's obce (temp.territory), of the obce around
 * it and of the ORP and kraje it touches from the attached library ("lib"). A library
 * without boundaries copies nothing; the map then says so.
 */
gboolean
kp_boundary_store_copy_from_library (KpDatabase *db,
                                     GError    **error)
{
  double   bounds[4], box[4], dx, dy, w, h;
  gboolean found;

  if (!kp_boundary_repository_copy_territory (db, error) ||
      !kp_boundary_repository_get_territory_bounds (db, bounds, &found, error))
    return FALSE;
  if (!found)
    return TRUE;
  /* Around the territory, enough to fill a wide map window or page: about 60 % of the
   * territory's larger side in kilometres (a degree of longitude is about 0.65 of a degree
   * of latitude here), at least some 5 km. */
  w = bounds[2] - bounds[0];
  h = bounds[3] - bounds[1];
  dx = MAX (MAX (w, h / 0.65) * 0.6, 0.07);
  dy = MAX (MAX (h, w * 0.65) * 0.6, 0.045);
  box[0] = bounds[0] - dx;
  box[1] = bounds[2] + dx;
  box[2] = bounds[1] - dy;
  box[3] = bounds[3] + dy;
  return copy_level_around (db, KP_BOUNDARY_LEVEL_OBEC, box, error) &&
         copy_level_around (db, KP_BOUNDARY_LEVEL_ORP, box, error) &&
         copy_level_around (db, KP_BOUNDARY_LEVEL_KRAJ, box, error);
}
