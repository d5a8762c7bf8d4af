/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-capacity-unit.h"
#include "kp-test-czech.h"

/* Capacity units: codes both ways, which are registry and which network units, and every
 * unit's Czech plurals (1, 2, 5, 1,5). */

static void
test_codes (void)
{
  static const char *const codes[] = { "luzka", "klient", "kontakt", "interv", "hovor", "uvazky" };
  KpCapacityUnit           unit;

  G_STATIC_ASSERT (G_N_ELEMENTS (codes) == KP_N_CAPACITY_UNITS);
  for (guint i = 0; i < KP_N_CAPACITY_UNITS; i++)
    {
      g_assert_cmpstr (kp_capacity_unit_to_code (i), ==, codes[i]);
      g_assert_true (kp_capacity_unit_from_code (codes[i], &unit));
      g_assert_cmpint (unit, ==, i);
    }
  g_assert_false (kp_capacity_unit_from_code ("lůžka", &unit));
  g_assert_false (kp_capacity_unit_from_code ("Luzka", &unit));
  g_assert_false (kp_capacity_unit_from_code ("", &unit));
  g_assert_false (kp_capacity_unit_from_code (NULL, &unit));
  /* The registry's own code is not a stored code. */
  g_assert_false (kp_capacity_unit_from_code ("TypKapacitySocialniSluzby/luzka", &unit));
}

static void
test_registry_ids (void)
{
  KpCapacityUnit unit;

  g_assert_cmpstr (kp_capacity_unit_get_registry_id (KP_CAPACITY_UNIT_INTERV), ==,
                   "TypKapacitySocialniSluzby/interv");
  for (guint i = 0; i < KP_N_CAPACITY_UNITS; i++)
    {
      const char *id = kp_capacity_unit_get_registry_id (i);

      if (id == NULL)
        continue;
      g_assert_true (g_str_has_prefix (id, KP_CAPACITY_UNIT_PREFIX));
      g_assert_true (kp_capacity_unit_from_registry_id (id, &unit));
      g_assert_cmpint (unit, ==, i);
    }
  g_assert_false (kp_capacity_unit_from_registry_id ("TypKapacitySocialniSluzby/uvazky", &unit));
  g_assert_false (kp_capacity_unit_from_registry_id ("TypKapacitySocialniSluzby/", &unit));
  g_assert_false (kp_capacity_unit_from_registry_id ("luzka", &unit));
  g_assert_cmpstr (kp_capacity_unit_get_registry_name (KP_CAPACITY_UNIT_KLIENT), ==, "klienti");
  g_assert_null (kp_capacity_unit_get_registry_name (KP_CAPACITY_UNIT_UVAZKY));
}

static void
test_registry_and_network (void)
{
  const KpCapacityUnit *network;
  guint                 n;

  /* The registry registers the first five; a kraj network counts úvazky or lůžka. */
  for (guint i = KP_CAPACITY_UNIT_LUZKA; i <= KP_CAPACITY_UNIT_HOVOR; i++)
    g_assert_true (kp_capacity_unit_is_registry (i));
  g_assert_false (kp_capacity_unit_is_registry (KP_CAPACITY_UNIT_UVAZKY));
  g_assert_true (kp_capacity_unit_is_network (KP_CAPACITY_UNIT_UVAZKY));
  g_assert_true (kp_capacity_unit_is_network (KP_CAPACITY_UNIT_LUZKA));
  g_assert_false (kp_capacity_unit_is_network (KP_CAPACITY_UNIT_KLIENT));
  g_assert_false (kp_capacity_unit_is_network (KP_CAPACITY_UNIT_HOVOR));
  network = kp_capacity_units_for_network (&n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (network[0], ==, KP_CAPACITY_UNIT_UVAZKY);
  g_assert_cmpint (network[1], ==, KP_CAPACITY_UNIT_LUZKA);
  /* JSON keys stay as the command line has always written them. */
  g_assert_cmpstr (kp_capacity_unit_get_key (KP_CAPACITY_UNIT_INTERV), ==, "intervence");
  g_assert_cmpstr (kp_capacity_unit_get_key (KP_CAPACITY_UNIT_LUZKA), ==, "luzka");
}

static void
check_plurals (KpCapacityUnit unit,
               const char    *one,
               const char    *two,
               const char    *five,
               const char    *one_and_half)
{
  g_autofree char *a = kp_capacity_unit_format (unit, 1);
  g_autofree char *b = kp_capacity_unit_format (unit, 2);
  g_autofree char *c = kp_capacity_unit_format (unit, 5);
  g_autofree char *d = kp_capacity_unit_format_double (unit, 1.5, 1);
  g_autofree char *e = kp_capacity_unit_format_double (unit, 2.0, 1);

  g_assert_cmpstr (a, ==, one);
  g_assert_cmpstr (b, ==, two);
  g_assert_cmpstr (c, ==, five);
  g_assert_cmpstr (d, ==, one_and_half);
  /* A whole number given as a double takes the whole-number form. */
  g_assert_cmpstr (e, ==, two);
}

static void
test_plurals (void)
{
  if (kp_test_skip_without_czech ())
    return;
  check_plurals (KP_CAPACITY_UNIT_LUZKA, "1 lůžko", "2 lůžka", "5 lůžek", "1,5 lůžka");
  check_plurals (KP_CAPACITY_UNIT_KLIENT, "1 klient", "2 klienti", "5 klientů", "1,5 klienta");
  check_plurals (KP_CAPACITY_UNIT_KONTAKT, "1 kontakt", "2 kontakty", "5 kontaktů",
                 "1,5 kontaktu");
  check_plurals (KP_CAPACITY_UNIT_INTERV, "1 intervence", "2 intervence", "5 intervencí",
                 "1,5 intervence");
  check_plurals (KP_CAPACITY_UNIT_HOVOR, "1 hovor", "2 hovory", "5 hovorů", "1,5 hovoru");
  check_plurals (KP_CAPACITY_UNIT_UVAZKY, "1 úvazek", "2 úvazky", "5 úvazků", "1,5 úvazku");
}

static void
test_large_numbers (void)
{
  g_autofree char *beds = NULL;
  g_autofree char *fte = NULL;
  g_autofree char *zero = NULL;
  g_autofree char *rounded = NULL;

  if (kp_test_skip_without_czech ())
    return;
  beds = kp_capacity_unit_format (KP_CAPACITY_UNIT_LUZKA, 44527);
  g_assert_cmpstr (beds, ==, "44" NBSP "527 lůžek");
  fte = kp_capacity_unit_format_double (KP_CAPACITY_UNIT_UVAZKY, 1234.25, 2);
  g_assert_cmpstr (fte, ==, "1" NBSP "234,25 úvazku");
  zero = kp_capacity_unit_format (KP_CAPACITY_UNIT_KLIENT, 0);
  g_assert_cmpstr (zero, ==, "0 klientů");
  /* Rounded to the decimals asked for first: 3,04 to one decimal is 3. */
  rounded = kp_capacity_unit_format_double (KP_CAPACITY_UNIT_UVAZKY, 3.04, 1);
  g_assert_cmpstr (rounded, ==, "3 úvazky");
}

static void
test_names (void)
{
  g_autofree char *known = NULL;
  g_autofree char *unknown = NULL;

  if (kp_test_skip_without_czech ())
    return;
  g_assert_cmpstr (kp_capacity_unit_get_name (KP_CAPACITY_UNIT_LUZKA), ==, "lůžka");
  g_assert_cmpstr (kp_capacity_unit_get_name (KP_CAPACITY_UNIT_UVAZKY), ==, "úvazky");
  g_assert_cmpstr (kp_capacity_unit_get_description (KP_CAPACITY_UNIT_UVAZKY), ==,
                   "úvazky v přímé péči");
  g_assert_cmpstr (kp_capacity_unit_get_description (KP_CAPACITY_UNIT_KONTAKT), ==,
                   "kontakty (10 minut)");
  g_assert_cmpstr (kp_capacity_unit_get_description (KP_CAPACITY_UNIT_INTERV), ==,
                   "intervence (30 minut)");
  known = kp_capacity_unit_format_code ("hovor", 3);
  g_assert_cmpstr (known, ==, "3 hovory");
  /* A code Komplan does not know still prints, after its number. */
  unknown = kp_capacity_unit_format_code ("mista", 12);
  g_assert_cmpstr (unknown, ==, "12 mista");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  kp_test_use_czech ();

  g_test_add_func ("/kp/capacity-unit/codes", test_codes);
  g_test_add_func ("/kp/capacity-unit/registry-ids", test_registry_ids);
  g_test_add_func ("/kp/capacity-unit/registry-and-network", test_registry_and_network);
  g_test_add_func ("/kp/capacity-unit/plurals", test_plurals);
  g_test_add_func ("/kp/capacity-unit/large-numbers", test_large_numbers);
  g_test_add_func ("/kp/capacity-unit/names", test_names);

  return g_test_run ();
}
