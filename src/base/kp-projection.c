/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-projection.h"

#include <math.h>

/* S-JTSK / Krovak East North (EPSG:5514) from WGS84, see kp-projection.h for why.
 *
 * Steps, forward: WGS84 longitude/latitude (height 0) → geocentric X, Y, Z on the GRS80/
 * WGS84 ellipsoid → inverse of the Helmert transformation EPSG:5239 (S-JTSK to WGS 84,
 * coordinate frame rotation) → geodetic on Bessel 1841 → Křovák (EPSG method 9819,
 * formulas of IOGP Guidance Note 7-2) → southing/westing → east/north by negation. */

#define DEG    (G_PI / 180.0)
#define ARCSEC (DEG / 3600.0)

/* Ellipsoids. */
#define WGS84_A  6378137.0
#define WGS84_F  (1.0 / 298.257223563)
#define BESSEL_A 6377397.155
#define BESSEL_F (1.0 / 299.1528128)

/* EPSG:5239, S-JTSK → WGS 84, coordinate frame rotation; stated accuracy 1 m. */
#define H_TX 572.213
#define H_TY 85.334
#define H_TZ 461.94
#define H_RX (-4.9732 * ARCSEC)
#define H_RY (-1.529 * ARCSEC)
#define H_RZ (-5.2484 * ARCSEC)
#define H_S  (3.5378e-6)

/* Křovák parameters of S-JTSK (EPSG:5514). */
#define KR_LAT_C (49.5 * DEG)                                     /* latitude of centre */
#define KR_LON_O ((24.0 + 50.0 / 60.0) * DEG)                     /* 42°30' E of Ferro */
#define KR_ALPHA ((30.0 + 17.0 / 60.0 + 17.30311 / 3600.0) * DEG) /* co-latitude of cone axis */
#define KR_LAT_P (78.5 * DEG)                                     /* pseudo standard parallel */
#define KR_K_P   0.9999

typedef struct
{
  double e;
  double A, B, g0, t0, n, r0;
} Krovak;

static const Krovak *
krovak_constants (void)
{
  static Krovak k;
  static gsize  once = 0;

  if (g_once_init_enter (&once))
    {
      double e2 = BESSEL_F * (2.0 - BESSEL_F);
      double e = sqrt (e2);
      double s = sin (KR_LAT_C);
      double c = cos (KR_LAT_C);

      k.e = e;
      k.A = BESSEL_A * sqrt (1.0 - e2) / (1.0 - e2 * s * s);
      k.B = sqrt (1.0 + e2 * pow (c, 4) / (1.0 - e2));
      k.g0 = asin (s / k.B);
      k.t0 = tan (G_PI / 4.0 + k.g0 / 2.0) * pow ((1.0 + e * s) / (1.0 - e * s), e * k.B / 2.0) /
             pow (tan (G_PI / 4.0 + KR_LAT_C / 2.0), k.B);
      k.n = sin (KR_LAT_P);
      k.r0 = KR_K_P * k.A / tan (KR_LAT_P);
      g_once_init_leave (&once, 1);
    }
  return &k;
}

static void
geodetic_to_cartesian (double  a,
                       double  f,
                       double  lon,
                       double  lat,
                       double  h,
                       double *xyz)
{
  double e2 = f * (2.0 - f);
  double s = sin (lat);
  double n = a / sqrt (1.0 - e2 * s * s);

  xyz[0] = (n + h) * cos (lat) * cos (lon);
  xyz[1] = (n + h) * cos (lat) * sin (lon);
  xyz[2] = (n * (1.0 - e2) + h) * s;
}

static void
cartesian_to_geodetic (double        a,
                       double        f,
                       const double *xyz,
                       double       *lon,
                       double       *lat,
                       double       *h)
{
  double e2 = f * (2.0 - f);
  double p = hypot (xyz[0], xyz[1]);
  double phi = atan2 (xyz[2], p * (1.0 - e2));
  double n = a;

  for (int i = 0; i < 10; i++)
    {
      double s = sin (phi);
      double next;

      n = a / sqrt (1.0 - e2 * s * s);
      next = atan2 (xyz[2] + e2 * n * s, p);
      if (fabs (next - phi) < 1e-14)
        {
          phi = next;
          break;
        }
      phi = next;
    }
  *lon = atan2 (xyz[1], xyz[0]);
  *lat = phi;
  *h = p / cos (phi) - n;
}

/* S-JTSK geocentric → WGS84 geocentric (EPSG:5239). */
static void
helmert_to_wgs84 (const double *s,
                  double       *t)
{
  double m = 1.0 + H_S;

  t[0] = m * (s[0] + H_RZ * s[1] - H_RY * s[2]) + H_TX;
  t[1] = m * (-H_RZ * s[0] + s[1] + H_RX * s[2]) + H_TY;
  t[2] = m * (H_RY * s[0] - H_RX * s[1] + s[2]) + H_TZ;
}

/* The inverse: rotations are ~25 µrad, so the transposed matrix inverts the rotation to
 * well under a millimetre. */
static void
helmert_to_sjtsk (const double *t,
                  double       *s)
{
  double m = 1.0 + H_S;
  double x = (t[0] - H_TX) / m;
  double y = (t[1] - H_TY) / m;
  double z = (t[2] - H_TZ) / m;

  s[0] = x - H_RZ * y + H_RY * z;
  s[1] = H_RZ * x + y - H_RX * z;
  s[2] = -H_RY * x + H_RX * y + z;
}

/**
 * kp_projection_bessel_to_krovak:
 * @lon: longitude on the S-JTSK datum (Bessel 1841), degrees east of Greenwich
 * @lat: latitude on the S-JTSK datum, degrees
 *
 * The Křovák projection alone (no datum shift), east/north as in EPSG:5514.
 */
void
kp_projection_bessel_to_krovak (double  lon,
                                double  lat,
                                double *out_x,
                                double *out_y)
{
  const Krovak *k = krovak_constants ();
  double        phi = lat * DEG;
  double        es = k->e * sin (phi);
  double        u, v, t, d, theta, r;

  u = 2.0 * (atan (k->t0 * pow (tan (phi / 2.0 + G_PI / 4.0), k->B) /
                   pow ((1.0 + es) / (1.0 - es), k->e * k->B / 2.0)) -
             G_PI / 4.0);
  v = k->B * (KR_LON_O - lon * DEG);
  t = asin (cos (KR_ALPHA) * sin (u) + sin (KR_ALPHA) * cos (u) * cos (v));
  d = asin (cos (u) * sin (v) / cos (t));
  theta = k->n * d;
  r = k->r0 * pow (tan (G_PI / 4.0 + KR_LAT_P / 2.0), k->n) / pow (tan (t / 2.0 + G_PI / 4.0), k->n);

  /* Southing r cos θ and westing r sin θ, negated into east and north. */
  *out_x = -r * sin (theta);
  *out_y = -r * cos (theta);
}

/**
 * kp_projection_krovak_to_bessel:
 *
 * The inverse of kp_projection_bessel_to_krovak().
 */
void
kp_projection_krovak_to_bessel (double  x,
                                double  y,
                                double *out_lon,
                                double *out_lat)
{
  const Krovak *k = krovak_constants ();
  double        southing = -y;
  double        westing = -x;
  double        r = hypot (southing, westing);
  double        theta = atan2 (westing, southing);
  double        d = theta / sin (KR_LAT_P);
  double        t, u, v, phi;

  t = 2.0 * (atan (pow (k->r0 / r, 1.0 / k->n) * tan (G_PI / 4.0 + KR_LAT_P / 2.0)) - G_PI / 4.0);
  u = asin (cos (KR_ALPHA) * sin (t) - sin (KR_ALPHA) * cos (t) * cos (d));
  v = asin (cos (t) * sin (d) / cos (u));

  phi = u;
  for (int i = 0; i < 30; i++)
    {
      double es = k->e * sin (phi);
      double next = 2.0 * (atan (pow (k->t0, -1.0 / k->B) *
                                 pow (tan (u / 2.0 + G_PI / 4.0), 1.0 / k->B) *
                                 pow ((1.0 + es) / (1.0 - es), k->e / 2.0)) -
                           G_PI / 4.0);

      if (fabs (next - phi) < 1e-15)
        {
          phi = next;
          break;
        }
      phi = next;
    }
  *out_lat = phi / DEG;
  *out_lon = (KR_LON_O - v / k->B) / DEG;
}

/**
 * kp_projection_wgs84_to_sjtsk:
 * @lon: WGS84 longitude, degrees
 * @lat: WGS84 latitude, degrees
 *
 * Projects a point into S-JTSK / Krovak East North (EPSG:5514), metres.
 */
void
kp_projection_wgs84_to_sjtsk (double  lon,
                              double  lat,
                              double *out_x,
                              double *out_y)
{
  double wgs[3], sjtsk[3];
  double blon, blat, h;

  geodetic_to_cartesian (WGS84_A, WGS84_F, lon * DEG, lat * DEG, 0.0, wgs);
  helmert_to_sjtsk (wgs, sjtsk);
  cartesian_to_geodetic (BESSEL_A, BESSEL_F, sjtsk, &blon, &blat, &h);
  kp_projection_bessel_to_krovak (blon / DEG, blat / DEG, out_x, out_y);
}

/**
 * kp_projection_sjtsk_to_wgs84:
 *
 * The inverse of kp_projection_wgs84_to_sjtsk(), for a point on the WGS84 ellipsoid
 * (height 0), so that a round trip returns the same longitude and latitude.
 */
void
kp_projection_sjtsk_to_wgs84 (double  x,
                              double  y,
                              double *out_lon,
                              double *out_lat)
{
  double blon, blat, lon = 0.0, lat = 0.0, h = 0.0;
  double bessel_h = 0.0;

  kp_projection_krovak_to_bessel (x, y, &blon, &blat);
  /* The forward direction drops the Bessel height of a point at WGS84 height 0; find it
   * again so that the round trip closes (it moves the result by millimetres). */
  for (int i = 0; i < 3; i++)
    {
      double sjtsk[3], wgs[3];

      geodetic_to_cartesian (BESSEL_A, BESSEL_F, blon * DEG, blat * DEG, bessel_h, sjtsk);
      helmert_to_wgs84 (sjtsk, wgs);
      cartesian_to_geodetic (WGS84_A, WGS84_F, wgs, &lon, &lat, &h);
      bessel_h -= h;
    }
  *out_lon = lon / DEG;
  *out_lat = lat / DEG;
}

/**
 * kp_projection_sjtsk_convergence:
 *
 * Returns: the angle in radians from grid north of EPSG:5514 to true north at a WGS84
 *   point, clockwise positive
 */
double
kp_projection_sjtsk_convergence (double lon,
                                 double lat)
{
  double x0, y0, x1, y1;

  kp_projection_wgs84_to_sjtsk (lon, lat, &x0, &y0);
  kp_projection_wgs84_to_sjtsk (lon, lat + 1e-3, &x1, &y1);
  return atan2 (x1 - x0, y1 - y0);
}

/**
 * kp_map_projection_init:
 * @centre_lon: longitude of the territory's centre, degrees
 * @centre_lat: latitude of the territory's centre, degrees
 * @north_up: rotate the grid so true north points up at the centre; with %FALSE the
 *   projection is plain EPSG:5514
 */
void
kp_map_projection_init (KpMapProjection *proj,
                        double           centre_lon,
                        double           centre_lat,
                        gboolean         north_up)
{
  g_return_if_fail (proj != NULL);

  kp_projection_wgs84_to_sjtsk (centre_lon, centre_lat, &proj->centre_x, &proj->centre_y);
  proj->rotation = north_up ? kp_projection_sjtsk_convergence (centre_lon, centre_lat) : 0.0;
  proj->cos_r = cos (proj->rotation);
  proj->sin_r = sin (proj->rotation);
}

/**
 * kp_map_projection_forward:
 *
 * Projects WGS84 degrees to map metres: EPSG:5514, turned about the centre.
 */
void
kp_map_projection_forward (const KpMapProjection *proj,
                           double                 lon,
                           double                 lat,
                           double                *out_x,
                           double                *out_y)
{
  double x, y, dx, dy;

  kp_projection_wgs84_to_sjtsk (lon, lat, &x, &y);
  dx = x - proj->centre_x;
  dy = y - proj->centre_y;
  *out_x = proj->centre_x + dx * proj->cos_r - dy * proj->sin_r;
  *out_y = proj->centre_y + dx * proj->sin_r + dy * proj->cos_r;
}

void
kp_map_projection_inverse (const KpMapProjection *proj,
                           double                 x,
                           double                 y,
                           double                *out_lon,
                           double                *out_lat)
{
  double dx = x - proj->centre_x;
  double dy = y - proj->centre_y;

  kp_projection_sjtsk_to_wgs84 (proj->centre_x + dx * proj->cos_r + dy * proj->sin_r,
                                proj->centre_y - dx * proj->sin_r + dy * proj->cos_r, out_lon,
                                out_lat);
}

/**
 * kp_map_projection_forward_points:
 * @lonlat: @n_points pairs of longitude, latitude
 * @xy: (out caller-allocates): @n_points pairs of x, y; may be @lonlat itself
 */
void
kp_map_projection_forward_points (const KpMapProjection *proj,
                                  const double          *lonlat,
                                  double                *xy,
                                  gsize                  n_points)
{
  for (gsize i = 0; i < n_points; i++)
    kp_map_projection_forward (proj, lonlat[2 * i], lonlat[2 * i + 1], &xy[2 * i], &xy[2 * i + 1]);
}
