/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-geo-layer.h"
#include "kp-projection.h"
#include "kp-render-types.h"

G_BEGIN_DECLS

/* Map snapshots from decoded or stored boundaries (#KpGeoLayer, WGS84): the points are
 * projected with @projection (S-JTSK / Křovák, kp-projection.h) and the arc topology is
 * kept, so shared borders stay single arcs. */

KpMapSnapshot *kp_map_snapshot_new_from_geo (const KpGeoLayer      *layer,
                                             const KpMapProjection *projection,
                                             const char            *code_key,
                                             const char            *label_key,
                                             GHashTable            *keep);

KpMapLayer *kp_map_layer_new_from_geo (const KpGeoLayer      *layer,
                                       const KpMapProjection *projection,
                                       KpMapLayerKind         kind,
                                       KpMapLayerPlacement    placement,
                                       const char            *name);

void kp_map_projection_init_for_geo (KpMapProjection  *projection,
                                     const KpGeoLayer *layer);

G_END_DECLS
