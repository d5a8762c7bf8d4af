/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-projection.h"

#include <math.h>

/* Reference values from PROJ 9.1 (cs2cs EPSG:4326 → EPSG:5514, which picks EPSG:5239 for
 * points in Czechia) and the worked example of IOGP Guidance Note 7-2 for method 9819. */

static void
test_guidance_note_example (void)
{
  double x, y, lon, lat;
  /* 50°12'32.442" N, 16°50'59.179" E on S-JTSK → southing 1 050 538.63, westing 568 991.00 */
  double ref_lat = 50.0 + 12.0 / 60.0 + 32.442 / 3600.0;
  double ref_lon = 16.0 + 50.0 / 60.0 + 59.179 / 3600.0;

  kp_projection_bessel_to_krovak (ref_lon, ref_lat, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, -568990.997, 0.01);
  g_assert_cmpfloat_with_epsilon (y, -1050538.63, 0.01);
  kp_projection_krovak_to_bessel (x, y, &lon, &lat);
  g_assert_cmpfloat_with_epsilon (lon, ref_lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (lat, ref_lat, 1e-9);
}

static void
test_control_points (void)
{
  static const struct
  {
    const char *name;
    double      lat, lon, x, y;
  } points[] = {
    { "Praha, Staroměstské náměstí", 50.0875, 14.4214, -742798.75, -1043010.48 },
    { "Brno, náměstí Svobody", 49.1952, 16.6080, -598160.60, -1160743.03 },
    { "Bohumín", 51.05, 18.86, -418683.90, -970229.48 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      double x, y;

      kp_projection_wgs84_to_sjtsk (points[i].lon, points[i].lat, &x, &y);
      g_test_message ("%s: %.2f %.2f (PROJ %.2f %.2f)", points[i].name, x, y, points[i].x,
                      points[i].y);
      g_assert_cmpfloat_with_epsilon (x, points[i].x, 1.0);
      g_assert_cmpfloat_with_epsilon (y, points[i].y, 1.0);
    }
}

static void
test_round_trip (void)
{
  for (double lat = 48.5; lat <= 51.1; lat += 0.13)
    for (double lon = 12.0; lon <= 18.9; lon += 0.17)
      {
        double x, y, lon2, lat2;

        kp_projection_wgs84_to_sjtsk (lon, lat, &x, &y);
        kp_projection_sjtsk_to_wgs84 (x, y, &lon2, &lat2);
        g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-6);
        g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-6);
      }
}

static void
test_map_projection_north_up (void)
{
  KpMapProjection plain, rotated;
  double          x0, y0, x1, y1, lon, lat;

  kp_map_projection_init (&plain, 15.5, 49.8, FALSE);
  kp_map_projection_init (&rotated, 15.5, 49.8, TRUE);
  g_assert_cmpfloat (plain.rotation, ==, 0.0);
  /* Křovák's grid north leans several degrees from true north in Bohemia. */
  g_assert_cmpfloat (fabs (rotated.rotation), >, 5.0 * G_PI / 180.0);
  g_assert_cmpfloat (fabs (rotated.rotation), <, 12.0 * G_PI / 180.0);

  /* A meridian through the centre is vertical after rotation. */
  kp_map_projection_forward (&rotated, 15.5, 49.3, &x0, &y0);
  kp_map_projection_forward (&rotated, 15.5, 50.3, &x1, &y1);
  g_assert_cmpfloat (fabs (x1 - x0), <, 1e-3 * fabs (y1 - y0));
  g_assert_cmpfloat (y1, >, y0);

  kp_map_projection_inverse (&rotated, x1, y1, &lon, &lat);
  g_assert_cmpfloat_with_epsilon (lon, 15.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (lat, 50.3, 1e-6);
}

/* Conformal: a small step east and the same step north have the same length on the map,
 * and are at right angles. A plain lon/lat stretch would make the east step ~0.64 times the
 * north step at 50° N. */
static void
test_shape_preserved (void)
{
  static const double places[][2] = { { 12.5, 50.2 }, { 14.42, 50.09 }, { 16.6, 49.2 }, { 18.3, 49.8 } };
  const double        a = 6378137.0;
  const double        e2 = 0.00669437999014;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      double lon = places[i][0], lat = places[i][1];
      double step = 1000.0; /* metres on the ground */
      double phi = lat * G_PI / 180.0;
      double w = sqrt (1.0 - e2 * sin (phi) * sin (phi));
      double dlat = step / (a * (1.0 - e2) / (w * w * w)) * 180.0 / G_PI;
      double dlon = step / (a / w * cos (phi)) * 180.0 / G_PI;
      double x0, y0, xe, ye, xn, yn, east, north, dot;

      kp_projection_wgs84_to_sjtsk (lon, lat, &x0, &y0);
      kp_projection_wgs84_to_sjtsk (lon + dlon, lat, &xe, &ye);
      kp_projection_wgs84_to_sjtsk (lon, lat + dlat, &xn, &yn);
      east = hypot (xe - x0, ye - y0);
      north = hypot (xn - x0, yn - y0);
      dot = ((xe - x0) * (xn - x0) + (ye - y0) * (yn - y0)) / (east * north);

      g_assert_cmpfloat_with_epsilon (east / north, 1.0, 1e-4);
      g_assert_cmpfloat_with_epsilon (dot, 0.0, 1e-4);
      /* Scale of Křovák within 1 ± 0.0002, so 1 km stays ~1 km. */
      g_assert_cmpfloat_with_epsilon (north, step, 0.0005 * step);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/projection/guidance-note", test_guidance_note_example);
  g_test_add_func ("/kp/projection/control-points", test_control_points);
  g_test_add_func ("/kp/projection/round-trip", test_round_trip);
  g_test_add_func ("/kp/projection/north-up", test_map_projection_north_up);
  g_test_add_func ("/kp/projection/shape", test_shape_preserved);
  return g_test_run ();
}
