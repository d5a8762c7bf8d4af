/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-area-level.h"
#include "kp-test-czech.h"

/* Area levels: ids, Czech names, and population bands with both ends inclusive. */

static void
test_ids (void)
{
  static const char *const ids[] = { "territory", "orp", "kraj", "cr", "obec" };
  KpAreaLevel              level;

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == KP_N_AREA_LEVELS);
  for (guint i = 0; i < KP_N_AREA_LEVELS; i++)
    {
      g_assert_cmpstr (kp_area_level_to_string (i), ==, ids[i]);
      g_assert_true (kp_area_level_from_string (ids[i], &level));
      g_assert_cmpint (level, ==, i);
    }
  g_assert_false (kp_area_level_from_string ("ČR", &level));
  g_assert_false (kp_area_level_from_string (NULL, &level));
}

static void
test_names (void)
{
  if (kp_test_skip_without_czech ())
    return;
  g_assert_cmpstr (kp_area_level_get_name (KP_AREA_LEVEL_OBEC), ==, "obec");
  g_assert_cmpstr (kp_area_level_get_genitive (KP_AREA_LEVEL_OBEC), ==, "obce");
  g_assert_cmpstr (kp_area_level_get_name (KP_AREA_LEVEL_KRAJ), ==, "kraj");
  g_assert_cmpstr (kp_area_level_get_genitive (KP_AREA_LEVEL_KRAJ), ==, "kraje");
  g_assert_cmpstr (kp_area_level_get_name (KP_AREA_LEVEL_CR), ==, "Česká republika");
  g_assert_cmpstr (kp_area_level_get_genitive (KP_AREA_LEVEL_CR), ==, "České republiky");
  g_assert_cmpstr (kp_area_level_get_name (KP_AREA_LEVEL_ORP), ==, "ORP");
  g_assert_cmpstr (kp_area_level_get_genitive (KP_AREA_LEVEL_TERRITORY), ==, "území");
  /* The labels of the comparison table, as they were. */
  g_assert_cmpstr (kp_area_level_get_label (KP_AREA_LEVEL_TERRITORY), ==, "Území");
  g_assert_cmpstr (kp_area_level_get_label (KP_AREA_LEVEL_ORP), ==, "ORP");
  g_assert_cmpstr (kp_area_level_get_label (KP_AREA_LEVEL_KRAJ), ==, "Kraj");
  g_assert_cmpstr (kp_area_level_get_label (KP_AREA_LEVEL_CR), ==, "Stát");
}

/* Bands start at 0, follow each other without a gap and end open. */
static void
test_bands_cover_everything (void)
{
  for (guint level = 0; level < KP_N_AREA_LEVELS; level++)
    {
      guint                   n;
      const KpPopulationBand *bands = kp_area_level_get_population_bands (level, &n);

      if (level == KP_AREA_LEVEL_CR)
        {
          g_assert_cmpuint (n, ==, 0);
          g_assert_cmpint (kp_area_level_find_population_band (level, 10701777), ==, -1);
          continue;
        }
      g_assert_cmpuint (n, >=, 3);
      g_assert_cmpint (bands[0].from, ==, 0);
      g_assert_cmpint (bands[n - 1].to, ==, -1);
      for (guint i = 0; i + 1 < n; i++)
        {
          g_assert_cmpint (bands[i].to, >=, bands[i].from);
          g_assert_cmpint (bands[i + 1].from, ==, bands[i].to + 1);
          g_assert_cmpint (kp_area_level_find_population_band (level, bands[i].from), ==, i);
          g_assert_cmpint (kp_area_level_find_population_band (level, bands[i].to), ==, i);
          g_assert_cmpint (kp_area_level_find_population_band (level, bands[i].to + 1), ==, i + 1);
        }
      g_assert_cmpint (kp_area_level_find_population_band (level, G_MAXINT64), ==, n - 1);
      g_assert_cmpint (kp_area_level_find_population_band (level, -1), ==, -1);
    }
}

static void
test_obec_bands (void)
{
  guint n;

  kp_area_level_get_population_bands (KP_AREA_LEVEL_OBEC, &n);
  g_assert_cmpuint (n, ==, 8);
  /* ČSÚ's size groups: 0–199, 200–499, 500–999, 1 000–1 999, 2 000–4 999, 5 000–9 999,
   * 10 000–19 999, 20 000 and more. Both ends belong to the band. */
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 0), ==, 0);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 199), ==, 0);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 200), ==, 1);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 999), ==, 2);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 1000), ==, 3);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 4999), ==, 4);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 5000), ==, 5);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 19999), ==, 6);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 20000), ==, 7);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, 1335084), ==, 7);
}

static void
test_orp_and_kraj_bands (void)
{
  guint n_orp, n_territory;

  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_ORP, 19999), ==, 0);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_ORP, 20000), ==, 1);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_ORP, 53278), ==, 3);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_ORP, 100000), ==, 4);
  /* A planning territory is about as large as an ORP and uses its bands. */
  g_assert_true (kp_area_level_get_population_bands (KP_AREA_LEVEL_TERRITORY, &n_territory) ==
                 kp_area_level_get_population_bands (KP_AREA_LEVEL_ORP, &n_orp));
  g_assert_cmpuint (n_territory, ==, n_orp);
  /* Karlovarský kraj (293 311) to Středočeský (1 397 997). */
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_KRAJ, 293311), ==, 0);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_KRAJ, 499999), ==, 0);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_KRAJ, 500000), ==, 1);
  g_assert_cmpint (kp_area_level_find_population_band (KP_AREA_LEVEL_KRAJ, 1397997), ==, 3);
}

static void
test_band_format (void)
{
  guint                   n;
  const KpPopulationBand *bands = kp_area_level_get_population_bands (KP_AREA_LEVEL_OBEC, &n);
  g_autofree char        *first = kp_population_band_format (&bands[0]);
  g_autofree char        *fourth = kp_population_band_format (&bands[3]);
  g_autofree char        *last = NULL;

  g_assert_cmpstr (first, ==, "0–199");
  g_assert_cmpstr (fourth, ==, "1" NBSP "000–1" NBSP "999");
  if (kp_test_skip_without_czech ())
    return;
  last = kp_population_band_format (&bands[n - 1]);
  g_assert_cmpstr (last, ==, "20" NBSP "000 a více");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kp_test_use_czech ();

  g_test_add_func ("/kp/area-level/ids", test_ids);
  g_test_add_func ("/kp/area-level/names", test_names);
  g_test_add_func ("/kp/area-level/bands-cover-everything", test_bands_cover_everything);
  g_test_add_func ("/kp/area-level/obec-bands", test_obec_bands);
  g_test_add_func ("/kp/area-level/orp-and-kraj-bands", test_orp_and_kraj_bands);
  g_test_add_func ("/kp/area-level/band-format", test_band_format);

  return g_test_run ();
}
