/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"

#include <string.h>

static void
test_collation_ch_after_h (void)
{
  g_assert_cmpint (kp_czech_compare ("Hradec", "Chrudim"), <, 0);
  g_assert_cmpint (kp_czech_compare ("Chrudim", "Ivančice"), <, 0);
  g_assert_cmpint (kp_czech_compare ("Cheb", "Český Krumlov"), >, 0);
  g_assert_cmpint (kp_czech_compare ("Cvikov", "Česká Lípa"), <, 0);
  g_assert_cmpint (kp_czech_compare ("Řevnice", "Rokycany"), >, 0);
  g_assert_cmpint (kp_czech_compare ("Žďár nad Sázavou", "Zlín"), >, 0);
  g_assert_cmpint (kp_czech_compare ("Brno", "Brno"), ==, 0);
  g_assert_cmpint (kp_czech_compare (NULL, "A"), <, 0);
}

static void
test_collate_key_orders_like_compare (void)
{
  g_autofree char *h = kp_czech_collate_key ("Hlinsko");
  g_autofree char *ch = kp_czech_collate_key ("Chotěboř");
  g_autofree char *i = kp_czech_collate_key ("Ihlava");

  g_assert_cmpint (strcmp (h, ch), <, 0);
  g_assert_cmpint (strcmp (ch, i), <, 0);
}

static void
test_fold (void)
{
  g_autofree char *a = kp_czech_fold ("Žďár nad Sázavou");
  g_autofree char *b = kp_czech_fold ("HAVLÍČKŮV BROD");

  g_assert_cmpstr (a, ==, "zdar nad sazavou");
  g_assert_cmpstr (b, ==, "havlickuv brod");
  g_assert_true (kp_czech_matches (a, "zdar"));
  g_assert_true (kp_czech_matches (a, "sazav zdar"));
  g_assert_false (kp_czech_matches (a, "brod"));
  g_assert_true (kp_czech_matches (a, ""));
}

static void
test_numbers (void)
{
  g_autofree char *a = kp_czech_format_int (10701777);
  g_autofree char *b = kp_czech_format_int (-1234);
  g_autofree char *c = kp_czech_format_int (999);
  g_autofree char *d = kp_czech_format_double (1234.5, 1);
  g_autofree char *e = kp_czech_format_double (125.4567, 1);
  g_autofree char *f = kp_czech_format_percent (20.17, 1);
  g_autofree char *g = kp_czech_format_double (-0.04, 1);
  g_autofree char *h = kp_czech_format_double (0.5, 0);

  g_assert_cmpstr (a, ==, "10\302\240701\302\240777");
  g_assert_cmpstr (b, ==, "-1\302\240234");
  g_assert_cmpstr (c, ==, "999");
  g_assert_cmpstr (d, ==, "1\302\240234,5");
  g_assert_cmpstr (e, ==, "125,5");
  g_assert_cmpstr (f, ==, "20,2\302\240%");
  g_assert_cmpstr (g, ==, "0,0");
  g_assert_cmpstr (h, ==, "1");
}

static void
test_dates (void)
{
  g_autofree char *a = kp_czech_format_date ("2020-12-31");
  g_autofree char *b = kp_czech_format_date ("2026-01-01T10:00:00Z");
  g_autofree char *c = kp_czech_format_date ("nonsense");

  g_assert_cmpstr (a, ==, "31.\302\24012.\302\2402020");
  g_assert_cmpstr (b, ==, "1.\302\2401.\302\2402026");
  g_assert_cmpstr (c, ==, "nonsense");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/czech/collation/ch-after-h", test_collation_ch_after_h);
  g_test_add_func ("/kp/czech/collation/key", test_collate_key_orders_like_compare);
  g_test_add_func ("/kp/czech/fold", test_fold);
  g_test_add_func ("/kp/czech/numbers", test_numbers);
  g_test_add_func ("/kp/czech/dates", test_dates);
  return g_test_run ();
}
