/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: boundaries stored in the library or a project file (tables boundary and
 * boundary_arc, resources/sql/library/0002-boundaries.sql). */

#include "kp-database.h"
#include "kp-geo-layer.h"

G_BEGIN_DECLS

typedef enum
{
  KP_BOUNDARY_LEVEL_KRAJ,
  KP_BOUNDARY_LEVEL_ORP,
  KP_BOUNDARY_LEVEL_OBEC,
} KpBoundaryLevel;

/* Which stored areas to read. */
typedef enum
{
  KP_BOUNDARY_SELECT_ALL,
  KP_BOUNDARY_SELECT_TERRITORY, /* in_territory = 1 */
  KP_BOUNDARY_SELECT_CONTEXT,   /* in_territory = 0 */
} KpBoundarySelect;

const char *kp_boundary_level_to_string (KpBoundaryLevel level);

gboolean    kp_boundary_store_write (KpDatabase        *db,
                                     KpBoundaryLevel    level,
                                     const KpGeoLayer  *layer,
                                     const char *const *codes,
                                     const char *const *names,
                                     GError           **error);
gboolean    kp_boundary_store_set_territory (KpDatabase        *db,
                                             const char *const *codes,
                                             GError           **error);
KpGeoLayer *kp_boundary_store_read (KpDatabase      *db,
                                    KpBoundaryLevel  level,
                                    KpBoundarySelect select,
                                    GError         **error);
gboolean    kp_boundary_store_copy_from_library (KpDatabase *db,
                                                 GError    **error);

double kp_boundary_polygon_area_km2 (const KpGeoLayer *layer,
                                     guint             first_polygon,
                                     guint             n_polygons);

G_END_DECLS
