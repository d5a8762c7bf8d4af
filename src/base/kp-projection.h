/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The map projection of Komplan: S-JTSK / Krovak East North (EPSG:5514).
 *
 * Křovák is the national conformal (angle-preserving) conic projection of Czechia: its
 * scale error stays within −10 … +14 cm/km over the whole territory, so the shapes of
 * obce are right at any zoom, and distances read in metres. WGS84 is moved to the S-JTSK
 * datum (Bessel 1841) by the 7-parameter Helmert transformation EPSG:5239 "S-JTSK to
 * WGS 84 (5)" (about 1 m); then the Křovák formulas of EPSG method 9819 apply.
 *
 * Coordinates are east (x) and north (y) in metres; both are negative over Czechia
 * (Praha ≈ −742 800, −1 043 000).
 *
 * #KpMapProjection adds an optional rotation about a centre, so that true north points
 * up at the centre of the territory shown (Křovák's grid north leans ~8° from true north
 * in Bohemia). A rotation keeps shapes and metres unchanged. */

void kp_projection_wgs84_to_sjtsk (double  lon,
                                   double  lat,
                                   double *out_x,
                                   double *out_y);
void kp_projection_sjtsk_to_wgs84 (double  x,
                                   double  y,
                                   double *out_lon,
                                   double *out_lat);

void kp_projection_bessel_to_krovak (double  lon,
                                     double  lat,
                                     double *out_x,
                                     double *out_y);
void kp_projection_krovak_to_bessel (double  x,
                                     double  y,
                                     double *out_lon,
                                     double *out_lat);

double kp_projection_sjtsk_convergence (double lon,
                                        double lat);

typedef struct
{
  double centre_x; /* S-JTSK metres */
  double centre_y;
  double rotation; /* radians, counter-clockwise */
  double cos_r;
  double sin_r;
} KpMapProjection;

void kp_map_projection_init (KpMapProjection *proj,
                             double           centre_lon,
                             double           centre_lat,
                             gboolean         north_up);
void kp_map_projection_forward (const KpMapProjection *proj,
                                double                 lon,
                                double                 lat,
                                double                *out_x,
                                double                *out_y);
void kp_map_projection_inverse (const KpMapProjection *proj,
                                double                 x,
                                double                 y,
                                double                *out_lon,
                                double                *out_lat);
void kp_map_projection_forward_points (const KpMapProjection *proj,
                                       const double          *lonlat,
                                       double                *xy,
                                       gsize                  n_points);

G_END_DECLS
