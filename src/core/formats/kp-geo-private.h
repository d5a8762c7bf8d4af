/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-geo-json.h"

#include <yajl/yajl_tree.h>

G_BEGIN_DECLS

/* Limits past which a boundary file is refused as absurd rather than decoded. The whole
 * national obce layer has 70 634 points and 6 279 features; these are ~1000× that. */
#define KP_GEO_MAX_FILE_SIZE (512 * 1024 * 1024)
#define KP_GEO_MAX_DEPTH     64
#define KP_GEO_MAX_POINTS    (64 * 1024 * 1024)
#define KP_GEO_MAX_FEATURES  (4 * 1024 * 1024)
#define KP_GEO_MAX_RING_REFS (16 * 1024 * 1024)

#define KP_GEO_IS_LON_LAT(x, y) ((x) >= -180.0 && (x) <= 180.0 && (y) >= -90.0 && (y) <= 90.0)

yajl_val    kp_geo_member (yajl_val    object,
                           const char *key);
const char *kp_geo_member_string (yajl_val    object,
                                  const char *key);
char       *kp_geo_value_to_text (yajl_val value);
gboolean    kp_geo_number (yajl_val value,
                           double  *out);

/* Decodes one ring of a polygon into layer->rings (and its points or arc references). */
typedef gboolean (*KpGeoRingDecoder) (KpGeoLayer *layer,
                                      yajl_val    ring,
                                      guint       feature,
                                      GError    **error);

gboolean kp_geo_record_error (GError    **error,
                              KpGeoLayer *layer,
                              guint       feature,
                              const char *reason);
gboolean kp_geo_decode_feature (KpGeoLayer      *layer,
                                yajl_val         feature,
                                const char      *type,
                                yajl_val         coordinates,
                                guint            index,
                                KpGeoRingDecoder decode_ring,
                                GError         **error);
gboolean kp_geo_check_point (const KpGeoLayer *layer,
                             double            x,
                             double            y,
                             const char       *where,
                             GError          **error);

gboolean kp_geo_decode_geojson (KpGeoLayer *layer,
                                yajl_val    root,
                                GError    **error);
gboolean kp_geo_decode_topojson (KpGeoLayer *layer,
                                 yajl_val    root,
                                 const char *object_name,
                                 GError    **error);

G_END_DECLS
