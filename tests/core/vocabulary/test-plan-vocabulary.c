/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-vocabulary.h"

/* Money and numbers as a user types them in the Plán view: whole Kč written the Czech way,
 * read back exactly; anything else refused. */

static void
test_money (void)
{
  static const struct
  {
    const char *text;
    gint64      amount;
  } good[] = {
    { "0", 0 },
    { "120000", 120000 },
    { "1 234 567", 1234567 },
    { "1\302\240234\302\240567\302\240Kč", 1234567 },
    { "1\342\200\257234 Kč", 1234 },
    { " 120 000,- ", 120000 },
    { "120000,00 Kč", 120000 },
    { "999999999999999", G_GINT64_CONSTANT (999999999999999) },
  };
  static const char *const bad[] = { "", "   ", "Kč", "-5", "+5", "12,50", "1.5", "12a",
                                     "1e3", "1000000000000000" };
  gint64                   amount;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      amount = -1;
      g_assert_true (kp_parse_money (good[i].text, &amount));
      g_assert_cmpint (amount, ==, good[i].amount);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      amount = 7;
      g_assert_false (kp_parse_money (bad[i], &amount));
      g_assert_cmpint (amount, ==, 7);
    }
  g_assert_false (kp_parse_money (NULL, &amount));
}

/* What the view shows reads back as the same amount. */
static void
test_money_round_trip (void)
{
  static const gint64 amounts[] = { 0, 5, 1000, 33900000, G_GINT64_CONSTANT (123456789012) };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *shown = kp_format_money (amounts[i]);
      gint64           amount = -1;

      g_assert_true (kp_parse_money (shown, &amount));
      g_assert_cmpint (amount, ==, amounts[i]);
    }
}

static void
test_number (void)
{
  double value = 0;

  g_assert_true (kp_parse_number ("1 234,5", &value));
  g_assert_cmpfloat (value, ==, 1234.5);
  g_assert_true (kp_parse_number ("0.25", &value));
  g_assert_cmpfloat (value, ==, 0.25);
  g_assert_true (kp_parse_number ("-3", &value));
  g_assert_cmpfloat (value, ==, -3);
  value = 9;
  g_assert_false (kp_parse_number ("", &value));
  g_assert_false (kp_parse_number ("abc", &value));
  g_assert_false (kp_parse_number ("1,2,3", &value));
  g_assert_false (kp_parse_number ("inf", &value));
  g_assert_false (kp_parse_number ("nan", &value));
  g_assert_false (kp_parse_number ("0x10", &value));
  g_assert_cmpfloat (value, ==, 9);
}

static void
test_date (void)
{
  static const char *const good[][2] = {
    { "8. 12. 2025", "2025-12-08" },
    { "8.12.2025", "2025-12-08" },
    { "2025-12-08", "2025-12-08" },
    { "29. 2. 2028", "2028-02-29" },
    { " 1. 1. 2026 ", "2026-01-01" },
  };
  static const char *const bad[] = { "", "8. 12.", "29. 2. 2027", "32. 1. 2026", "1. 13. 2026",
                                     "2025-13-01", "8. 12. 25", "dnes", "8/12/2025" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = kp_parse_date (good[i][0]);

      g_assert_cmpstr (iso, ==, good[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_null (kp_parse_date (bad[i]));
  g_assert_null (kp_parse_date (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kp/vocabulary/plan/money", test_money);
  g_test_add_func ("/kp/vocabulary/plan/money-round-trip", test_money_round_trip);
  g_test_add_func ("/kp/vocabulary/plan/number", test_number);
  g_test_add_func ("/kp/vocabulary/plan/date", test_date);
  return g_test_run ();
}
