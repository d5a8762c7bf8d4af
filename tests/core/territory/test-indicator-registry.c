/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-indicator.h"
#include "kp-indicators.h"
#include "kp-library.h"
#include "kp-test-czech.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

#include <math.h>
#include <string.h>

/* The indicator registry: what it says of each indicator, and its values against the
 * verified facts of ../shared/data/README.md, computed from the age totals the importer
 * gives for the real national files (skipped when they are absent). */

/* ČR at 31. 12. 2020 (facts 10 and 11) */
static const KpAgeTotals cr = { 10701777, 1719741, 6823714, 2158322, 447526 };

static void
test_ids (void)
{
  KpIndicator indicator;

  for (guint i = 0; i < KP_N_INDICATORS; i++)
    {
      const char *id = kp_indicator_get_id (i);

      for (const char *p = id; *p != '\0'; p++)
        g_assert_true (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_');
      g_assert_true (kp_indicator_from_id (id, &indicator));
      g_assert_cmpint (indicator, ==, i);
      for (guint j = i + 1; j < KP_N_INDICATORS; j++)
        g_assert_cmpstr (id, !=, kp_indicator_get_id (j));
    }
  g_assert_cmpstr (kp_indicator_get_id (KP_INDICATOR_SHARE_65_PLUS), ==, "share_65_plus");
  g_assert_cmpstr (kp_indicator_get_id (KP_INDICATOR_OLD_AGE_DEPENDENCY), ==,
                   "old_age_dependency");
  /* The ids the command line has read since its first version. */
  g_assert_true (kp_indicator_from_id ("share65", &indicator));
  g_assert_cmpint (indicator, ==, KP_INDICATOR_SHARE_65_PLUS);
  g_assert_true (kp_indicator_from_id ("age65", &indicator));
  g_assert_cmpint (indicator, ==, KP_INDICATOR_AGE_65_PLUS);
  g_assert_true (kp_indicator_from_id ("age80", &indicator));
  g_assert_cmpint (indicator, ==, KP_INDICATOR_AGE_80_PLUS);
  g_assert_true (kp_indicator_from_id ("ageing", &indicator));
  g_assert_cmpint (indicator, ==, KP_INDICATOR_AGEING_INDEX);
  /* Average age needs the five-year bands, which an obec of the map does not carry. */
  g_assert_true (kp_indicator_from_id ("average_age", &indicator));
  g_assert_cmpint (indicator, ==, KP_INDICATOR_AVERAGE_AGE);
  g_assert_false (kp_indicator_has_obec_values (indicator));
  g_assert_false (kp_indicator_from_id ("mean_age", &indicator));
  g_assert_false (kp_indicator_from_id (NULL, &indicator));
}

static void
test_definitions (void)
{
  for (guint i = 0; i < KP_N_INDICATORS; i++)
    {
      g_assert_nonnull (kp_indicator_get_formula (i));
      g_assert_cmpint (kp_indicator_get_decimals (i), >=, 0);
      /* Only population is classed by bands. */
      g_assert_true (kp_indicator_has_population_bands (i) == (i == KP_INDICATOR_POPULATION));
    }
  g_assert_cmpint (kp_indicator_get_unit (KP_INDICATOR_SHARE_65_PLUS), ==,
                   KP_INDICATOR_UNIT_PERCENT);
  g_assert_cmpint (kp_indicator_get_decimals (KP_INDICATOR_SHARE_65_PLUS), ==, 1);
  g_assert_cmpint (kp_indicator_get_unit (KP_INDICATOR_DENSITY), ==, KP_INDICATOR_UNIT_PER_KM2);
  g_assert_cmpint (kp_indicator_get_unit (KP_INDICATOR_AGEING_INDEX), ==,
                   KP_INDICATOR_UNIT_PER_100);
  g_assert_cmpint (kp_indicator_get_decimals (KP_INDICATOR_AGEING_INDEX), ==, 1);
  g_assert_cmpint (kp_indicator_get_decimals (KP_INDICATOR_POPULATION), ==, 0);
  g_assert_cmpint (kp_indicator_get_better (KP_INDICATOR_POPULATION), ==,
                   KP_INDICATOR_BETTER_NONE);
  g_assert_cmpint (kp_indicator_get_better (KP_INDICATOR_OLD_AGE_DEPENDENCY), ==,
                   KP_INDICATOR_BETTER_LOWER);
  g_assert_cmpint (kp_indicator_get_better (KP_INDICATOR_SHARE_0_14), ==,
                   KP_INDICATOR_BETTER_HIGHER);
  g_assert_cmpint (kp_indicator_get_source (KP_INDICATOR_DENSITY), ==,
                   KP_INDICATOR_SOURCE_POPULATION_AREA);
  g_assert_cmpint (kp_indicator_get_source (KP_INDICATOR_AGEING_INDEX), ==,
                   KP_INDICATOR_SOURCE_POPULATION);
}

static void
test_values (void)
{
  /* Facts 10 and 11; old-age dependency 2 158 322 / 6 823 714. */
  g_assert_cmpfloat (kp_indicator_compute (KP_INDICATOR_POPULATION, &cr, NAN), ==, 10701777.0);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_SHARE_65_PLUS, &cr, NAN),
                                  20.17, 0.005);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_AGEING_INDEX, &cr, NAN),
                                  125.5, 0.05);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_OLD_AGE_DEPENDENCY, &cr,
                                                        NAN),
                                  31.630, 0.001);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_SHARE_0_14, &cr, NAN),
                                  16.070, 0.001);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_SHARE_15_64, &cr, NAN),
                                  63.763, 0.001);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_SHARE_80_PLUS, &cr, NAN),
                                  4.1818, 0.0001);
  g_assert_cmpfloat (kp_indicator_compute (KP_INDICATOR_AGE_80_PLUS, &cr, NAN), ==, 447526.0);
  /* ČR has 78 871 km²: 135,7 inhabitants per km²; no area, no density. */
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_DENSITY, &cr, 78871.0),
                                  135.69, 0.01);
  g_assert_true (isnan (kp_indicator_compute (KP_INDICATOR_DENSITY, &cr, NAN)));
  g_assert_true (isnan (kp_indicator_compute (KP_INDICATOR_DENSITY, &cr, 0.0)));
}

static void
test_undefined (void)
{
  KpAgeTotals empty = { 0 };
  KpAgeTotals no_workers = { 12, 4, 0, 8, 2 };

  g_assert_true (isnan (kp_indicator_compute (KP_INDICATOR_SHARE_65_PLUS, &empty, NAN)));
  g_assert_true (isnan (kp_indicator_compute (KP_INDICATOR_AGEING_INDEX, &empty, NAN)));
  g_assert_true (isnan (kp_indicator_compute (KP_INDICATOR_OLD_AGE_DEPENDENCY, &no_workers, NAN)));
  g_assert_cmpfloat (kp_indicator_compute (KP_INDICATOR_AGEING_INDEX, &no_workers, NAN), ==, 200.0);
}

static void
test_obec_and_area (void)
{
  KpAgeTotals totals = { 400, 50, 250, 100, 30 };
  KpObecData  data = { 0 };
  g_autoptr (KpObec) obec = NULL;
  g_autoptr (KpArea) area = kp_area_new (KP_AREA_LEVEL_CR, "CZ", NULL, "Česká republika", NULL,
                                         NULL, "2020-12-31", 6258, &cr);

  data.kod = "990001";
  data.nazev = "Lesná";
  data.status_kod = 2;
  data.totals = totals;
  data.area_km2 = 8.0;
  obec = kp_obec_new (&data);
  g_assert_cmpfloat (kp_indicator_compute_for_obec (KP_INDICATOR_DENSITY, obec), ==, 50.0);
  g_assert_cmpfloat (kp_indicator_compute_for_obec (KP_INDICATOR_SHARE_65_PLUS, obec), ==, 25.0);
  g_assert_cmpfloat (kp_indicator_compute_for_obec (KP_INDICATOR_AGEING_INDEX, obec), ==, 200.0);
  g_assert_cmpfloat (kp_indicator_compute_for_area (KP_INDICATOR_SHARE_65_PLUS, area), ==,
                     kp_area_get_share_65_plus (area));
  /* An ORP, kraj or ČR has no area in the project. */
  g_assert_true (isnan (kp_indicator_compute_for_area (KP_INDICATOR_DENSITY, area)));
}

static void
test_czech_texts (void)
{
  g_autofree char *share = NULL;
  g_autofree char *index = NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *five = NULL;
  g_autofree char *none = NULL;
  g_autofree char *dash = NULL;
  g_autofree char *density = NULL;
  g_autofree char *source = NULL;
  g_autofree char *source_area = NULL;

  if (kp_test_skip_without_czech ())
    return;
  g_assert_cmpstr (kp_indicator_get_name (KP_INDICATOR_SHARE_65_PLUS), ==,
                   "Podíl obyvatel ve věku 65 a více let");
  g_assert_cmpstr (kp_indicator_get_name (KP_INDICATOR_AGE_0_14), ==,
                   "Obyvatelé ve věku 0–14 let");
  g_assert_cmpstr (kp_indicator_get_name (KP_INDICATOR_AGE_65_PLUS), ==,
                   "Obyvatelé ve věku 65 a více let");
  g_assert_cmpstr (kp_indicator_get_name (KP_INDICATOR_AGEING_INDEX), ==, "Index stáří");
  g_assert_cmpstr (kp_indicator_get_name (KP_INDICATOR_OLD_AGE_DEPENDENCY), ==,
                   "Index závislosti seniorů");
  g_assert_cmpstr (kp_indicator_get_short_name (KP_INDICATOR_SHARE_65_PLUS), ==, "Podíl 65+ (%)");
  g_assert_cmpstr (kp_indicator_get_short_name (KP_INDICATOR_AGE_80_PLUS), ==, "80+");
  g_assert_cmpstr (kp_indicator_get_unit_label (KP_INDICATOR_POPULATION), ==, "obyvatel");
  g_assert_cmpstr (kp_indicator_get_unit_label (KP_INDICATOR_SHARE_0_14), ==, "%");
  g_assert_cmpstr (kp_indicator_get_formula (KP_INDICATOR_AGEING_INDEX), ==,
                   "obyvatelé 65+ / obyvatelé 0–14 × 100");
  g_assert_cmpstr (kp_indicator_get_no_data_label (KP_INDICATOR_DENSITY), ==,
                   "Bez údajů (rozloha neznámá)");

  share = kp_indicator_format_value (KP_INDICATOR_SHARE_65_PLUS,
                                     kp_indicator_compute (KP_INDICATOR_SHARE_65_PLUS, &cr, NAN));
  g_assert_cmpstr (share, ==, "20,2" NBSP "%");
  index = kp_indicator_format_number (KP_INDICATOR_AGEING_INDEX,
                                      kp_indicator_compute (KP_INDICATOR_AGEING_INDEX, &cr, NAN));
  g_assert_cmpstr (index, ==, "125,5");
  one = kp_indicator_format_value (KP_INDICATOR_POPULATION, 1);
  two = kp_indicator_format_value (KP_INDICATOR_POPULATION, 2);
  five = kp_indicator_format_value (KP_INDICATOR_POPULATION, 10701777);
  g_assert_cmpstr (one, ==, "1 obyvatel");
  g_assert_cmpstr (two, ==, "2 obyvatelé");
  g_assert_cmpstr (five, ==, "10" NBSP "701" NBSP "777 obyvatel");
  density = kp_indicator_format_value (KP_INDICATOR_DENSITY, 135.69);
  g_assert_cmpstr (density, ==, "136 obyvatel na km²");
  none = kp_indicator_format_value (KP_INDICATOR_DENSITY, NAN);
  g_assert_cmpstr (none, ==, "bez údajů");
  dash = kp_indicator_format_number (KP_INDICATOR_AGEING_INDEX, NAN);
  g_assert_cmpstr (dash, ==, "–");
  source = kp_indicator_dup_source_text (KP_INDICATOR_SHARE_65_PLUS, "2020-12-31");
  g_assert_cmpstr (source, ==,
                   "ČSÚ, Věkové složení obyvatelstva obcí, stav k 31." NBSP "12." NBSP "2020");
  source_area = kp_indicator_dup_source_text (KP_INDICATOR_DENSITY, NULL);
  g_assert_cmpstr (source_area, ==, "ČSÚ, Věkové složení obyvatelstva obcí; rozloha z hranic obcí");
}

static const char *const national_files[] = {
  "ruian/UI_OBEC.csv",
  "ruian/kraje.csv",
  "ruian/okresy.csv",
  "ruian/orp.csv",
  "ruian/pou.csv",
  "ruian/ciselnik_CSU.csv",
  "csu/2020_vek_do_999.xlsx",
  "csu/2020_vek_nad_1000.xlsx",
};

static void
count_bands (GListModel *areas,
             KpAreaLevel level,
             guint      *counts)
{
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (areas, i);
      int band = kp_area_level_find_population_band (level, kp_area_get_totals (area)->total);

      g_assert_cmpint (band, >=, 0);
      counts[band]++;
    }
}

/* The national files imported: ČR summed from the obce the importer gives, and the bands
 * against the counts their comments give. */
static void
test_national_data (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) obce = NULL;
  g_autoptr (GListModel) orp = NULL;
  g_autoptr (GListModel) kraje = NULL;
  KpAgeTotals      sum = { 0 };
  guint            obec_bands[8] = { 0 }, orp_bands[5] = { 0 }, kraj_bands[4] = { 0 };
  g_autofree char *ageing = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (national_files); i++)
    {
      g_autofree char *path = kp_test_shared_data_path (national_files[i]);

      if (path == NULL)
        {
          g_test_skip ("the national files of ../shared/data are not there");
          return;
        }
      g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  dir = kp_test_make_tmpdir ();
  library = kp_test_open_library (dir);
  kp_test_import_ok (library, (const char *const *) paths);

  obce = kp_library_list_obce (library, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
      const KpAgeTotals *t = kp_obec_get_totals (obec);

      kp_age_totals_add (&sum, t);
      obec_bands[kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, t->total)]++;
    }
  g_assert_cmpint (sum.total, ==, 10701777);
  g_assert_cmpint (sum.a65_plus, ==, 2158322);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_SHARE_65_PLUS, &sum, NAN),
                                  20.17, 0.005);
  g_assert_cmpfloat_with_epsilon (kp_indicator_compute (KP_INDICATOR_AGEING_INDEX, &sum, NAN),
                                  125.5, 0.05);
  ageing = kp_indicator_format_number (KP_INDICATOR_AGEING_INDEX,
                                       kp_indicator_compute (KP_INDICATOR_AGEING_INDEX, &sum, NAN));
  g_assert_cmpstr (ageing, ==, "125,5");
  /* Fact 13: 4 763 obce have fewer than 1 000 inhabitants, 1 495 have 1 000 or more. */
  g_assert_cmpuint (obec_bands[0] + obec_bands[1] + obec_bands[2], ==, 4763);
  g_assert_cmpuint (obec_bands[3] + obec_bands[4] + obec_bands[5] + obec_bands[6] + obec_bands[7],
                    ==, 1495);

  orp = kp_library_list_orp (library, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (orp), ==, 206);
  count_bands (orp, KP_AREA_LEVEL_ORP, orp_bands);
  g_assert_cmpuint (orp_bands[0], ==, 50);
  g_assert_cmpuint (orp_bands[1], ==, 51);
  g_assert_cmpuint (orp_bands[2], ==, 44);
  g_assert_cmpuint (orp_bands[3], ==, 43);
  g_assert_cmpuint (orp_bands[4], ==, 18);

  kraje = kp_library_list_kraje (library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kraje), ==, 14);
  count_bands (kraje, KP_AREA_LEVEL_KRAJ, kraj_bands);
  g_assert_cmpuint (kraj_bands[0], ==, 2);
  g_assert_cmpuint (kraj_bands[1], ==, 7);
  g_assert_cmpuint (kraj_bands[2], ==, 3);
  g_assert_cmpuint (kraj_bands[3], ==, 2);

  g_clear_object (&library);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kp_test_use_czech ();

  g_test_add_func ("/kp/indicator-registry/ids", test_ids);
  g_test_add_func ("/kp/indicator-registry/definitions", test_definitions);
  g_test_add_func ("/kp/indicator-registry/values", test_values);
  g_test_add_func ("/kp/indicator-registry/undefined", test_undefined);
  g_test_add_func ("/kp/indicator-registry/obec-and-area", test_obec_and_area);
  g_test_add_func ("/kp/indicator-registry/czech-texts", test_czech_texts);
  g_test_add_func ("/kp/indicator-registry/national-data", test_national_data);

  return g_test_run ();
}
