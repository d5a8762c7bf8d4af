/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-geo-layer.h"
#include "kp-project.h"

G_BEGIN_DECLS

/**
 * KpProjectBoundaries:
 * @territory: the obce of the territory; feature ids are their codes, with the
 *   properties "nazev" and "area_km2"
 * @neighbours: the obce around the territory, same properties
 * @orp: ORP the map touches
 * @kraje: kraje the map touches
 *
 * The boundaries stored in a project file (WGS84), for its map. Any layer may have no
 * features: a project made from a library without boundaries has none.
 */
typedef struct
{
  KpGeoLayer *territory;
  KpGeoLayer *neighbours;
  KpGeoLayer *orp;
  KpGeoLayer *kraje;
} KpProjectBoundaries;

KpProjectBoundaries *kp_project_load_boundaries (KpProject *project,
                                                 GError   **error);
void                 kp_project_boundaries_free (KpProjectBoundaries *boundaries);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpProjectBoundaries, kp_project_boundaries_free)

G_END_DECLS
