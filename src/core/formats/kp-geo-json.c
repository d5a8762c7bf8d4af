/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-geo-json.h"
#include "kp-error.h"
#include "kp-geo-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

/* Entry points of the boundary decoder: reading the file, refusing what is not JSON or is
 * absurdly large or deep, checking the declared CRS, then handing the parsed tree to the
 * GeoJSON or TopoJSON decoder. The JSON parser is yajl (tree mode). */

yajl_val
kp_geo_member (yajl_val    object,
               const char *key)
{
  if (!YAJL_IS_OBJECT (object))
    return NULL;
  for (gsize i = 0; i < object->u.object.len; i++)
    if (strcmp (object->u.object.keys[i], key) == 0)
      return object->u.object.values[i];
  return NULL;
}

const char *
kp_geo_member_string (yajl_val    object,
                      const char *key)
{
  return YAJL_GET_STRING (kp_geo_member (object, key));
}

/* Strings as they are, numbers as written in the file (so kód obce 500011 stays
 * "500011"), booleans as "true"/"false"; NULL for null, objects and arrays. */
char *
kp_geo_value_to_text (yajl_val value)
{
  if (YAJL_IS_STRING (value))
    return g_strdup (value->u.string);
  if (YAJL_IS_NUMBER (value))
    return g_strdup (YAJL_GET_NUMBER (value));
  if (YAJL_IS_TRUE (value))
    return g_strdup ("true");
  if (YAJL_IS_FALSE (value))
    return g_strdup ("false");
  return NULL;
}

/* yajl reads decimals with strtod (), which follows LC_NUMERIC: under the Czech locale of
 * the application "15.5" stops at the point. The number's text is read here instead. */
gboolean
kp_geo_number (yajl_val value,
               double  *out)
{
  const char *text;
  char       *end = NULL;

  if (!YAJL_IS_NUMBER (value))
    return FALSE;
  text = YAJL_GET_NUMBER (value);
  if (text == NULL || *text == '\0')
    return FALSE;
  *out = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*out);
}

gboolean
kp_geo_record_error (GError    **error,
                     KpGeoLayer *layer,
                     guint       feature,
                     const char *reason)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD, _ ("%s, feature %u: %s"),
               layer->source, feature, reason);
  return FALSE;
}

static gboolean
begin_feature (KpGeoLayer *layer,
               yajl_val    feature,
               const char *type,
               guint       index,
               GError    **error)
{
  KpGeoFeature item = { 0 };
  yajl_val     props = kp_geo_member (feature, "properties");

  if (layer->features->len >= KP_GEO_MAX_FEATURES)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: more than %u feature; the file is too large to be a "
                                "boundary layer",
                                "%s: more than %u features; the file is too large to be a "
                                "boundary layer",
                                KP_GEO_MAX_FEATURES),
                   layer->source, (guint) KP_GEO_MAX_FEATURES);
      return FALSE;
    }
  if (g_strcmp0 (type, "Polygon") == 0)
    item.type = KP_GEO_POLYGON;
  else if (g_strcmp0 (type, "MultiPolygon") == 0)
    item.type = KP_GEO_MULTI_POLYGON;
  else if (type == NULL)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD,
                   _ ("%s, feature %u: the geometry is empty"), layer->source, index);
      return FALSE;
    }
  else
    {
      g_autofree char *quoted = kp_error_quote (type, -1);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_RECORD,
                   _ ("%s, feature %u: geometry type “%s” is not supported; "
                      "expected Polygon or MultiPolygon"),
                   layer->source, index, quoted);
      return FALSE;
    }

  item.id = kp_geo_value_to_text (kp_geo_member (feature, "id"));
  item.first_polygon = layer->polygons->len;
  item.properties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (YAJL_IS_OBJECT (props))
    {
      for (gsize i = 0; i < props->u.object.len; i++)
        {
          char *text = kp_geo_value_to_text (props->u.object.values[i]);

          if (text != NULL)
            g_hash_table_replace (item.properties, g_strdup (props->u.object.keys[i]), text);
        }
    }
  g_array_append_val (layer->features, item);
  return TRUE;
}

static gboolean
decode_polygon (KpGeoLayer      *layer,
                yajl_val         rings,
                guint            feature,
                KpGeoRingDecoder decode_ring,
                GError         **error)
{
  KpGeoPolygon polygon;

  if (!YAJL_IS_ARRAY (rings))
    return kp_geo_record_error (error, layer, feature,
                                _ ("polygon coordinates are not an array"));
  if (rings->u.array.len == 0)
    return kp_geo_record_error (error, layer, feature, _ ("a polygon has no rings"));

  polygon.first_ring = layer->rings->len;
  polygon.n_rings = rings->u.array.len;
  for (gsize i = 0; i < rings->u.array.len; i++)
    if (!decode_ring (layer, rings->u.array.values[i], feature, error))
      return FALSE;
  g_array_append_val (layer->polygons, polygon);
  return TRUE;
}

/* One GeoJSON feature or TopoJSON geometry object of @type: its properties and id from
 * @feature, its rings from @coordinates (a Polygon's rings, or a MultiPolygon's polygons),
 * each ring decoded by @decode_ring. */
gboolean
kp_geo_decode_feature (KpGeoLayer      *layer,
                       yajl_val         feature,
                       const char      *type,
                       yajl_val         coordinates,
                       guint            index,
                       KpGeoRingDecoder decode_ring,
                       GError         **error)
{
  KpGeoFeature *item;

  if (!YAJL_IS_OBJECT (feature))
    return kp_geo_record_error (error, layer, index, _ ("not a JSON object"));
  if (!begin_feature (layer, feature, type, index, error))
    return FALSE;
  item = &g_array_index (layer->features, KpGeoFeature, layer->features->len - 1);
  if (!YAJL_IS_ARRAY (coordinates) || coordinates->u.array.len == 0)
    return kp_geo_record_error (error, layer, index, _ ("the geometry is empty"));

  if (item->type == KP_GEO_POLYGON)
    {
      if (!decode_polygon (layer, coordinates, index, decode_ring, error))
        return FALSE;
    }
  else
    {
      for (gsize i = 0; i < coordinates->u.array.len; i++)
        if (!decode_polygon (layer, coordinates->u.array.values[i], index, decode_ring, error))
          return FALSE;
    }
  item->n_polygons = layer->polygons->len - item->first_polygon;
  return TRUE;
}

gboolean
kp_geo_check_point (const KpGeoLayer *layer,
                    double            x,
                    double            y,
                    const char       *where,
                    GError          **error)
{
  if (x >= -180.0 && x <= 180.0 && y >= -90.0 && y <= 90.0)
    return TRUE;
  if (fabs (x) > 1000.0 || fabs (y) > 1000.0)
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s, %s: coordinates %.1f, %.1f look projected (metres, e.g. S-JTSK), "
                    "not WGS84 longitude and latitude; convert the file to EPSG:4326"),
                 layer->source, where, x, y);
  else
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s, %s: coordinates %g, %g are outside WGS84 longitude −180…180 and "
                    "latitude −90…90"),
                 layer->source, where, x, y);
  return FALSE;
}

/* Nesting deeper than any boundary file needs is refused before yajl builds a tree of it
 * (freeing a tree is recursive). Returns FALSE on a depth over the limit. */
static gboolean
nesting_within_limit (const char *data,
                      gsize       length)
{
  gboolean in_string = FALSE;
  int      depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > KP_GEO_MAX_DEPTH)
            return FALSE;
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return TRUE;
}

static gboolean
is_wgs84_crs_name (const char *name)
{
  static const char *const accepted[] = {
    "EPSG:4326",
    "urn:ogc:def:crs:OGC:1.3:CRS84",
    "urn:ogc:def:crs:OGC::CRS84",
    "urn:ogc:def:crs:EPSG::4326",
    "urn:ogc:def:crs:EPSG:6.6:4326",
    "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
    "http://www.opengis.net/def/crs/EPSG/0/4326",
    "CRS84",
    "WGS84",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (accepted); i++)
    if (g_ascii_strcasecmp (name, accepted[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The old GeoJSON "crs" member: only a named WGS84 is accepted. */
static gboolean
check_crs (const KpGeoLayer *layer,
           yajl_val          root,
           GError          **error)
{
  yajl_val         crs = kp_geo_member (root, "crs");
  const char      *name;
  g_autofree char *quoted = NULL;

  if (crs == NULL || YAJL_IS_NULL (crs))
    return TRUE;
  name = kp_geo_member_string (kp_geo_member (crs, "properties"), "name");
  if (name == NULL)
    name = kp_geo_member_string (kp_geo_member (crs, "properties"), "href");
  if (name != NULL && is_wgs84_crs_name (name))
    return TRUE;
  quoted = kp_error_quote (name != NULL ? name : "?", -1);
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
               _ ("%s: the coordinate system “%s” is not supported; Komplan reads boundaries "
                  "in WGS84 (EPSG:4326)"),
               layer->source, quoted);
  return FALSE;
}

/**
 * kp_geo_layer_parse:
 * @data: the file's contents; need not be NUL-terminated
 * @source: the name used in messages (the file's basename)
 * @object_name: (nullable): the TopoJSON object to decode, or %NULL for the first one
 *
 * Decodes a GeoJSON FeatureCollection (or one Feature) or a TopoJSON Topology of Polygon
 * and MultiPolygon geometries in WGS84.
 *
 * Returns: (transfer full): the layer, or %NULL with @error set (%KP_IMPORT_ERROR)
 */
KpGeoLayer *
kp_geo_layer_parse (const char *data,
                    gsize       length,
                    const char *source,
                    const char *object_name,
                    GError    **error)
{
  g_autoptr (KpGeoLayer) layer = kp_geo_layer_new ();
  g_autofree char *text = NULL;
  yajl_val         root;
  char             message[256] = "";
  const char      *type;
  gboolean         ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layer->source = g_strdup (source != NULL ? source : "?");
  if (length > KP_GEO_MAX_FILE_SIZE)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: the file is larger than %u MB; that is not a boundary layer"),
                   layer->source, (guint) (KP_GEO_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!nesting_within_limit (data, length))
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: JSON nested deeper than %d level; that is not a boundary "
                                "layer",
                                "%s: JSON nested deeper than %d levels; that is not a boundary "
                                "layer",
                                KP_GEO_MAX_DEPTH),
                   layer->source, KP_GEO_MAX_DEPTH);
      return NULL;
    }

  text = g_strndup (data, length);
  root = yajl_tree_parse (text, message, sizeof message);
  if (root == NULL)
    {
      g_autofree char *quoted = NULL;

      /* yajl's message may go on to quote the text around the error, as it is. */
      message[strcspn (message, "\r\n")] = '\0';
      g_strstrip (message);
      quoted = kp_error_quote (message, -1);
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: not a valid JSON file (truncated or damaged?): %s"), layer->source,
                   quoted[0] != '\0' ? quoted : _ ("parse error"));
      return NULL;
    }

  type = kp_geo_member_string (root, "type");
  if (!check_crs (layer, root, error))
    ok = FALSE;
  else if (g_strcmp0 (type, "Topology") == 0)
    ok = kp_geo_decode_topojson (layer, root, object_name, error);
  else if (g_strcmp0 (type, "FeatureCollection") == 0 || g_strcmp0 (type, "Feature") == 0)
    ok = kp_geo_decode_geojson (layer, root, error);
  else
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: neither a GeoJSON FeatureCollection nor a TopoJSON Topology"),
                   layer->source);
      ok = FALSE;
    }
  yajl_tree_free (root);
  if (!ok)
    return NULL;

  if (layer->features->len == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: the file has no features"), layer->source);
      return NULL;
    }
  kp_geo_layer_update_bounds (layer);
  return g_steal_pointer (&layer);
}

/**
 * kp_geo_layer_load:
 * @path: a GeoJSON or TopoJSON file
 * @object_name: (nullable): see kp_geo_layer_parse()
 *
 * Returns: (transfer full): the layer, or %NULL with @error set
 */
KpGeoLayer *
kp_geo_layer_load (const char *path,
                   const char *object_name,
                   GError    **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *contents = NULL;
  GStatBuf         st;
  gsize            length = 0;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = g_path_get_basename (path);
  if (g_stat (path, &st) == 0 && st.st_size > KP_GEO_MAX_FILE_SIZE)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s: the file is larger than %u MB; that is not a boundary layer"),
                   basename, (guint) (KP_GEO_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return kp_geo_layer_parse (contents, length, basename, object_name, error);
}
