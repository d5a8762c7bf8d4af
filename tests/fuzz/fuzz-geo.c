/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "kp-geo-json.h"

/* libFuzzer entry point for the boundary decoder (README.md): every input is decoded as
 * GeoJSON or TopoJSON, its first object and the object named "obce"; what it decodes is
 * walked and checked (every reference within its array). A crash, a leak, a broken layer
 * or a message that is not valid UTF-8 is a finding. */

static void
check_layer (const KpGeoLayer *layer)
{
  for (guint f = 0; f < layer->features->len; f++)
    {
      const KpGeoFeature *feature = &g_array_index (layer->features, KpGeoFeature, f);

      g_assert (feature->first_polygon + feature->n_polygons <= layer->polygons->len);
      g_assert (feature->n_polygons > 0);
    }
  for (guint p = 0; p < layer->polygons->len; p++)
    {
      const KpGeoPolygon *polygon = &g_array_index (layer->polygons, KpGeoPolygon, p);

      g_assert (polygon->first_ring + polygon->n_rings <= layer->rings->len);
    }
  for (guint r = 0; r < layer->rings->len; r++)
    {
      const KpGeoRing *ring = &g_array_index (layer->rings, KpGeoRing, r);

      g_assert (ring->first_ref + ring->n_refs <= layer->refs->len);
    }
  for (guint i = 0; i < layer->refs->len; i++)
    {
      gint32 ref = g_array_index (layer->refs, gint32, i);
      guint  arc = ref < 0 ? (guint) ~ref : (guint) ref;

      g_assert (arc < layer->arcs->len);
    }
  for (guint a = 0; a < layer->arcs->len; a++)
    {
      const KpGeoArc *arc = &g_array_index (layer->arcs, KpGeoArc, a);

      g_assert (arc->first_point + arc->n_points <= layer->points->len);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const objects[] = { NULL, "obce" };

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      GError     *error = NULL;
      KpGeoLayer *layer = kp_geo_layer_parse ((const char *) data, size, "fuzz.json",
                                              objects[i], &error);

      if (layer != NULL)
        {
          check_layer (layer);
          kp_geo_layer_free (layer);
        }
      kp_fuzz_check_error (error);
    }
  return 0;
}
