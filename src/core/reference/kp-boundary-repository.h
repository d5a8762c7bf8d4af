/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: every SQL statement of the boundary tables (boundary and boundary_arc,
 * resources/sql/library/0002-boundaries.sql), in the library and in project files alike.
 * Shapes and arcs pass through as the blobs that kp-boundary-store.c encodes and decodes. */

#include "kp-boundary-store.h"
#include "kp-database.h"

G_BEGIN_DECLS

typedef struct
{
  const char   *code;
  const char   *name;
  const guint8 *shape; /* int32 little endian: polygons, rings, arc references */
  gsize         shape_len;
  double        min_lon, min_lat, max_lon, max_lat; /* of the outer rings */
  double        area_km2;
} KpBoundaryRow;

/* A row or blob lent to a callback: valid during the call only. */
typedef gboolean (*KpBoundaryRowFunc) (const KpBoundaryRow *row,
                                       gpointer             user_data,
                                       GError             **error);
typedef gboolean (*KpBoundaryBlobFunc) (const guint8 *data,
                                        gsize         len,
                                        gpointer      user_data,
                                        GError      **error);

gboolean kp_boundary_repository_insert_area (KpDatabase          *db,
                                             KpBoundaryLevel      level,
                                             const KpBoundaryRow *row,
                                             GError             **error);
/* @points: float64 pairs (longitude, latitude), little endian */
gboolean kp_boundary_repository_insert_arc (KpDatabase     *db,
                                            KpBoundaryLevel level,
                                            gint64          id,
                                            const guint8   *points,
                                            gsize           len,
                                            GError        **error);
gboolean kp_boundary_repository_mark_territory (KpDatabase        *db,
                                                const char *const *obec_codes,
                                                GError           **error);

/* Rows in code order; bounds are not read (0). */
gboolean kp_boundary_repository_foreach_area (KpDatabase       *db,
                                              KpBoundaryLevel   level,
                                              KpBoundarySelect  select,
                                              KpBoundaryRowFunc func,
                                              gpointer          user_data,
                                              GError          **error);
/* Calls @func with the points of arc @id; an arc that is not stored is an error. */
gboolean kp_boundary_repository_read_arc (KpDatabase        *db,
                                          KpBoundaryLevel    level,
                                          gint64             id,
                                          KpBoundaryBlobFunc func,
                                          gpointer           user_data,
                                          GError           **error);
gboolean kp_boundary_repository_foreach_shape (KpDatabase        *db,
                                               KpBoundaryLevel    level,
                                               KpBoundaryBlobFunc func,
                                               gpointer           user_data,
                                               GError           **error);

/* Copying from the library attached as "lib" into a new project file. */
gboolean kp_boundary_repository_copy_territory (KpDatabase *db,
                                                GError    **error);
/* @out_box: min_lon, min_lat, max_lon, max_lat of the territory's obce; @out_found is
 * %FALSE when the territory has no boundaries */
gboolean kp_boundary_repository_get_territory_bounds (KpDatabase *db,
                                                      double      out_box[4],
                                                      gboolean   *out_found,
                                                      GError    **error);
/* @box: min_lon, max_lon, min_lat, max_lat of the areas to copy (those it touches) */
gboolean kp_boundary_repository_copy_around (KpDatabase     *db,
                                             KpBoundaryLevel level,
                                             const double    box[4],
                                             GError        **error);
/* @ids: a set of arc ids (GINT_TO_POINTER keys) */
gboolean kp_boundary_repository_copy_arcs (KpDatabase     *db,
                                           KpBoundaryLevel level,
                                           GHashTable     *ids,
                                           GError        **error);

G_END_DECLS
