/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-text-keep.h"
#include "kp-text-layout.h"

/* No line breaks inside a legal form, a phone number or an address, nor after the hyphen of
 * a name (issue 12.2). */

static gboolean
keeps (const char *prev,
       const char *next)
{
  return kp_text_keeps_together (prev, strlen (prev), next, strlen (next));
}

static void
test_rule (void)
{
  g_assert_true (keeps ("o.", "p."));
  g_assert_true (keeps ("p.", "s."));
  g_assert_true (keeps ("p.", "s.,"));
  g_assert_true (keeps ("z.", "ú."));
  g_assert_true (keeps ("s.", "r."));
  g_assert_true (keeps ("r.", "o.)"));
  g_assert_true (keeps ("+420", "317"));
  g_assert_true (keeps ("317", "756"));
  g_assert_true (keeps ("756", "579,"));
  g_assert_true (keeps ("116", "111"));
  g_assert_true (keeps ("999", "01"));
  g_assert_true (keeps ("01", "Lesná"));
  g_assert_true (keeps ("Zahradní", "512/4,"));
  g_assert_true (keeps ("náměstí", "15"));

  g_assert_false (keeps ("hranic,", "o.")); /* before the legal form: free */
  g_assert_false (keeps ("Lesná", "Pomoc"));
  g_assert_false (keeps ("Tel.", "Lesná"));
  g_assert_false (keeps ("služby.", "Pomoc"));
  g_assert_false (keeps ("po–pá", "7–16"));
  g_assert_false (keeps ("2026", "2027"));

  g_assert_true (kp_text_is_address ("www.frydek-mistek.cz", 20));
  g_assert_true (kp_text_is_address ("info@frydek-mistek.cz", 21));
  g_assert_false (kp_text_is_address ("Frýdek-Místek", strlen ("Frýdek-Místek")));
}

/* "… hranic, o. p. s." in a measure that has room for "o. p." but not for "s.": the legal
 * form goes to the next line whole. */
static void
test_layout (void)
{
  g_autoptr (KpTextCache) cache = kp_text_cache_new (NULL);
  g_autoptr (KpTextLayout) text = kp_text_layout_new (cache);
  guint  body = kp_text_cache_add_style (cache, 10, KP_TEXT_REGULAR, 0x000000, 1.4);
  double room = kp_text_cache_measure (cache, body, "Asistence bez hranic, o. p.") + 1;
  double form = kp_text_cache_measure (cache, body, "o. p. s.");

  kp_text_layout_reset (text, room);
  kp_text_layout_append (text, body, "Asistence bez hranic, o. p. s.");
  g_assert_cmpuint (kp_text_layout_get_n_lines (text), ==, 2);
  g_assert_cmpfloat_with_epsilon (kp_text_layout_get_line_width (text, 1), form, 0.5);

  room = kp_text_cache_measure (cache, body, "+420 317 756 579") + 1;
  kp_text_layout_reset (text, room);
  kp_text_layout_append (text, body, "Telefon: +420 317 756 579");
  g_assert_cmpuint (kp_text_layout_get_n_lines (text), ==, 2);
  g_assert_cmpfloat_with_epsilon (kp_text_layout_get_line_width (text, 0),
                                  kp_text_cache_measure (cache, body, "Telefon:"), 0.5);

  /* a name wider than the measure is not cut after its hyphen */
  room = kp_text_cache_measure (cache, body, "Frýdek-Mí");
  kp_text_layout_reset (text, room);
  kp_text_layout_append (text, body, "Frýdek-Místek");
  g_assert_cmpuint (kp_text_layout_get_n_lines (text), ==, 2);
  g_assert_cmpfloat (kp_text_layout_get_line_width (text, 0), >,
                     kp_text_cache_measure (cache, body, "Frýdek-") + 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/text-keep/rule", test_rule);
  g_test_add_func ("/kp/text-keep/layout", test_layout);
  return g_test_run ();
}
