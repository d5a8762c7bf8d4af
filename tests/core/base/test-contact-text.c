/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-contact-text.h"

/* Phone numbers and web addresses as the registry stores them, printed the Czech way
 * (issue 12.2). */

static void
test_phone (void)
{
  const struct
  {
    const char *raw;
    const char *printed;
  } cases[] = {
    { "317756579", "317 756 579" },
    { " 571629084 ", "571 629 084" },
    { "+420317756579", "+420 317 756 579" },
    { "00420 317 756 579", "+420 317 756 579" },
    { "+420 317-756-579", "+420 317 756 579" },
    { "317 75 65 79", "317 756 579" },
    { "800123456", "800 123 456" },
    { "116111", "116 111" },
    { "116 123", "116 123" },
    { "112", "112" },
    { "1212", "1212" },
    { "+421 2 1234 5678", "+421 2 1234 5678" }, /* abroad: as it is */
    { "317756579 kl. 25", "317756579 kl. 25" }, /* an extension: as it is */
    { "+420\xc2\xa0"
      "317\xc2\xa0"
      "756\xc2\xa0"
      "579",
      "+420 317 756 579" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *printed = kp_contact_format_phone (cases[i].raw);

      g_assert_cmpstr (printed, ==, cases[i].printed);
    }
  g_assert_null (kp_contact_format_phone (NULL));
  g_assert_null (kp_contact_format_phone ("  "));
}

static void
test_several_phones (void)
{
  g_auto (GStrv) comma = kp_contact_split_phones ("317756579, 603123456");
  g_auto (GStrv) glued = kp_contact_split_phones ("317756579 603123456");
  g_auto (GStrv) nebo = kp_contact_split_phones ("+420 317 756 579 nebo 603 123 456; 317756579");
  g_auto (GStrv) none = kp_contact_split_phones (NULL);

  g_assert_cmpuint (g_strv_length (comma), ==, 2);
  g_assert_cmpstr (comma[0], ==, "317 756 579");
  g_assert_cmpstr (comma[1], ==, "603 123 456");
  g_assert_cmpuint (g_strv_length (glued), ==, 2);
  g_assert_cmpstr (glued[1], ==, "603 123 456");
  g_assert_cmpuint (g_strv_length (nebo), ==, 3); /* the same number twice is kept apart: */
  g_assert_cmpstr (nebo[0], ==, "+420 317 756 579");
  g_assert_cmpstr (nebo[1], ==, "603 123 456");
  g_assert_cmpstr (nebo[2], ==, "317 756 579"); /* written differently, so not a repeat */
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_web (void)
{
  const struct
  {
    const char *raw;
    const char *printed;
  } cases[] = {
    { "http://www.carvac.cz", "www.carvac.cz" },
    { "https://www.charita.cz/", "www.charita.cz" },
    { "HTTPS://Poradna.example/kontakty/", "Poradna.example/kontakty/" },
    { "www.zdar.cz", "www.zdar.cz" },
    { " https://sluzby.example/a/b ", "sluzby.example/a/b" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *printed = kp_contact_format_web (cases[i].raw);

      g_assert_cmpstr (printed, ==, cases[i].printed);
    }
  g_assert_null (kp_contact_format_web ("https://"));
  g_assert_null (kp_contact_format_web (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/contact-text/phone", test_phone);
  g_test_add_func ("/kp/contact-text/several-phones", test_several_phones);
  g_test_add_func ("/kp/contact-text/web", test_web);
  return g_test_run ();
}
