/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"

#include <string.h>

/* kp_error_quote(): what a message may quote of a damaged file. */

static void
test_quote_keeps_czech (void)
{
  g_autofree char *quoted = kp_error_quote ("Žďár nad Sázavou", -1);

  g_assert_cmpstr (quoted, ==, "Žďár nad Sázavou");
}

static void
test_quote_invalid_bytes (void)
{
  /* libxml2 quoting a tag cut inside "ť", a Windows-1250 "š", and the overlong "/" (C0 AF)
   * that yajl lets through */
  static const char raw[] = "Start Tag t\xC4 - Ko\x9A\x65 - \xC0\xAF - \xED\xA0\x80";
  g_autofree char  *quoted = kp_error_quote (raw, -1);

  g_assert_true (g_utf8_validate (quoted, -1, NULL));
  g_assert_cmpstr (quoted, ==, "Start Tag t\357\277\275 - Ko\357\277\275e - \357\277\275\357\277\275 - "
                               "\357\277\275\357\277\275\357\277\275");
}

static void
test_quote_embedded_nul_and_controls (void)
{
  static const char raw[] = { 'a', '\0', 'b', '\n', 'c', '\r', '\t', 'd', '\x1b' };
  g_autofree char  *quoted = kp_error_quote (raw, sizeof raw);
  g_autofree char  *bidi = kp_error_quote ("abc\342\200\256def", -1); /* U+202E */

  g_assert_cmpstr (quoted, ==, "a\357\277\275b c  d ");
  g_assert_cmpstr (bidi, ==, "abc def");
}

static void
test_quote_cut (void)
{
  g_autoptr (GString) long_text = g_string_new (NULL);
  g_autofree char *quoted = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *exact_quoted = NULL;

  for (int i = 0; i < 10000; i++)
    g_string_append (long_text, "ř");
  quoted = kp_error_quote (long_text->str, -1);
  g_assert_cmpint (g_utf8_strlen (quoted, -1), ==, KP_ERROR_QUOTE_MAX);
  g_assert_true (g_str_has_suffix (quoted, "ř…"));

  exact = g_utf8_substring (long_text->str, 0, KP_ERROR_QUOTE_MAX);
  exact_quoted = kp_error_quote (exact, -1);
  g_assert_cmpstr (exact_quoted, ==, exact);
}

static void
test_quote_null_and_length (void)
{
  g_autofree char *none = kp_error_quote (NULL, -1);
  g_autofree char *part = kp_error_quote ("554782;Praha", 6);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (part, ==, "554782");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/error-quote/czech", test_quote_keeps_czech);
  g_test_add_func ("/kp/error-quote/invalid-bytes", test_quote_invalid_bytes);
  g_test_add_func ("/kp/error-quote/nul-and-controls", test_quote_embedded_nul_and_controls);
  g_test_add_func ("/kp/error-quote/cut", test_quote_cut);
  g_test_add_func ("/kp/error-quote/null-and-length", test_quote_null_and_length);
  return g_test_run ();
}
