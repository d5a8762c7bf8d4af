/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kp-czech.h"
#include "kp-indicators.h"

/* Demographic indicators against the verified facts of ../shared/data/README.md. */

#define NBSP "\302\240"

/* ČR at 31. 12. 2020 (facts 10 and 11) */
static const KpAgeTotals cr = { 10701777, 1719741, 6823714, 2158322, 447526 };
/* ORP Havlíčkův Brod, 2026 membership (fact 14) */
static const KpAgeTotals havlickuv_brod = { 53278, 8822, 33437, 11019, 0 };

static void
test_share (void)
{
  g_assert_cmpfloat (kp_indicators_share (1, 4), ==, 25.0);
  g_assert_cmpfloat (kp_indicators_share (0, 10), ==, 0.0);
  g_assert_cmpfloat (kp_indicators_share (7, 7), ==, 100.0);
  g_assert_true (isnan (kp_indicators_share (0, 0)));
  g_assert_true (isnan (kp_indicators_share (5, 0)));
}

static void
test_share_65_plus (void)
{
  g_autofree char *cr_text = NULL;
  g_autofree char *hb_text = NULL;

  g_assert_cmpfloat_with_epsilon (kp_indicators_share_65_plus (&cr), 20.1679, 0.0001);
  cr_text = kp_czech_format_percent (kp_indicators_share_65_plus (&cr), 2);
  g_assert_cmpstr (cr_text, ==, "20,17" NBSP "%");
  g_assert_cmpfloat_with_epsilon (kp_indicators_share_65_plus (&havlickuv_brod), 20.682, 0.001);
  hb_text = kp_czech_format_percent (kp_indicators_share_65_plus (&havlickuv_brod), 1);
  g_assert_cmpstr (hb_text, ==, "20,7" NBSP "%");
}

static void
test_share_80_plus (void)
{
  KpAgeTotals empty = { 0 };

  g_assert_cmpfloat_with_epsilon (kp_indicators_share_80_plus (&cr), 4.1818, 0.0001);
  g_assert_true (isnan (kp_indicators_share_80_plus (&empty)));
}

static void
test_ageing_index (void)
{
  g_autofree char *cr_text = NULL;
  g_autofree char *hb_text = NULL;

  /* index stáří: 65+ per 100 aged 0–14 */
  g_assert_cmpfloat_with_epsilon (kp_indicators_ageing_index (&cr), 125.50, 0.005);
  cr_text = kp_czech_format_double (kp_indicators_ageing_index (&cr), 1);
  g_assert_cmpstr (cr_text, ==, "125,5");
  hb_text = kp_czech_format_double (kp_indicators_ageing_index (&havlickuv_brod), 1);
  g_assert_cmpstr (hb_text, ==, "124,9");
}

static void
test_ageing_index_no_children (void)
{
  KpAgeTotals      old_village = { 40, 0, 22, 18, 7 };
  KpAgeTotals      empty = { 0 };
  g_autofree char *text = NULL;

  g_assert_true (isnan (kp_indicators_ageing_index (&old_village)));
  g_assert_true (isnan (kp_indicators_ageing_index (&empty)));
  g_assert_true (isnan (kp_indicators_share_65_plus (&empty)));
  /* an undefined value prints as a dash, never as "nan" */
  text = kp_czech_format_double (kp_indicators_ageing_index (&old_village), 1);
  g_assert_cmpstr (text, ==, "–");
  /* no 65+ but children: 0, not undefined */
  old_village.a0_14 = 5;
  old_village.a65_plus = 0;
  g_assert_cmpfloat (kp_indicators_ageing_index (&old_village), ==, 0.0);
}

static void
test_rounding (void)
{
  KpAgeTotals      t = { 16, 8, 7, 1, 0 };
  g_autofree char *share = NULL;
  g_autofree char *index = NULL;
  g_autofree char *third = NULL;

  /* 6.25 % and 12.5: halves round away from zero */
  share = kp_czech_format_percent (kp_indicators_share_65_plus (&t), 1);
  g_assert_cmpstr (share, ==, "6,3" NBSP "%");
  index = kp_czech_format_double (kp_indicators_ageing_index (&t), 0);
  g_assert_cmpstr (index, ==, "13");
  third = kp_czech_format_double (kp_indicators_share (1, 3), 1);
  g_assert_cmpstr (third, ==, "33,3");
}

static void
test_totals_add (void)
{
  KpAgeTotals sum = { 0 };
  KpAgeTotals a = { 100, 20, 60, 20, 5 };
  KpAgeTotals b = { 50, 5, 30, 15, 6 };

  kp_age_totals_add (&sum, &a);
  kp_age_totals_add (&sum, &b);
  g_assert_cmpint (sum.total, ==, 150);
  g_assert_cmpint (sum.a0_14, ==, 25);
  g_assert_cmpint (sum.a15_64, ==, 90);
  g_assert_cmpint (sum.a65_plus, ==, 35);
  g_assert_cmpint (sum.a80_plus, ==, 11);
  /* the share of a sum is not the mean of the shares */
  g_assert_cmpfloat_with_epsilon (kp_indicators_share_65_plus (&sum), 23.333, 0.001);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/indicators/share", test_share);
  g_test_add_func ("/kp/indicators/share-65-plus", test_share_65_plus);
  g_test_add_func ("/kp/indicators/share-80-plus", test_share_80_plus);
  g_test_add_func ("/kp/indicators/ageing-index", test_ageing_index);
  g_test_add_func ("/kp/indicators/ageing-index-no-children", test_ageing_index_no_children);
  g_test_add_func ("/kp/indicators/rounding", test_rounding);
  g_test_add_func ("/kp/indicators/totals-add", test_totals_add);

  return g_test_run ();
}
