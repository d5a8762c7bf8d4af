/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-geo-layer.h"

G_BEGIN_DECLS

/* Decoding boundaries from GeoJSON or TopoJSON in WGS84 (EPSG:4326 / CRS84) into a
 * #KpGeoLayer (kp-geo-layer.h). The parser is yajl. */

KpGeoLayer *kp_geo_layer_load (const char *path,
                               const char *object_name,
                               GError    **error);
KpGeoLayer *kp_geo_layer_parse (const char *data,
                                gsize       length,
                                const char *source,
                                const char *object_name,
                                GError    **error);

G_END_DECLS
