/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-territory-boundaries.h"
#include "kp-boundary-store.h"
#include "kp-project-private.h"

/* Reading a project's boundaries for its map (tables of
 * resources/sql/project/0003-boundaries.sql). */

void
kp_project_boundaries_free (KpProjectBoundaries *boundaries)
{
  if (boundaries == NULL)
    return;
  kp_geo_layer_free (boundaries->territory);
  kp_geo_layer_free (boundaries->neighbours);
  kp_geo_layer_free (boundaries->orp);
  kp_geo_layer_free (boundaries->kraje);
  g_free (boundaries);
}

/**
 * kp_project_load_boundaries:
 *
 * Returns: (transfer full): the boundaries, or %NULL with @error set when the stored
 *   geometry is damaged
 */
KpProjectBoundaries *
kp_project_load_boundaries (KpProject *project,
                            GError   **error)
{
  KpDatabase *db = kp_project_get_database (project);
  g_autoptr (KpProjectBoundaries) b = g_new0 (KpProjectBoundaries, 1);

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  b->territory = kp_boundary_store_read (db, KP_BOUNDARY_LEVEL_OBEC, KP_BOUNDARY_SELECT_TERRITORY, error);
  if (b->territory == NULL)
    return NULL;
  b->neighbours = kp_boundary_store_read (db, KP_BOUNDARY_LEVEL_OBEC, KP_BOUNDARY_SELECT_CONTEXT, error);
  if (b->neighbours == NULL)
    return NULL;
  b->orp = kp_boundary_store_read (db, KP_BOUNDARY_LEVEL_ORP, KP_BOUNDARY_SELECT_ALL, error);
  if (b->orp == NULL)
    return NULL;
  b->kraje = kp_boundary_store_read (db, KP_BOUNDARY_LEVEL_KRAJ, KP_BOUNDARY_SELECT_ALL, error);
  if (b->kraje == NULL)
    return NULL;
  return g_steal_pointer (&b);
}
