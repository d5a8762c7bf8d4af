/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-text.h"

/* Text pasted from LibreOffice Writer and Word into a chapter: paragraphs and lists kept as
 * CommonMark, and nothing of the text taken for markup. */

static void
check (const char *plain,
       const char *expected)
{
  g_autofree char *markdown = kp_plan_text_from_plain (plain);

  g_assert_cmpstr (markdown, ==, expected);
}

static void
test_paragraphs (void)
{
  /* LibreOffice: one paragraph a line; Windows line ends from Word. */
  check ("Úvod plánu.\nDruhý odstavec.\n", "Úvod plánu.\n\nDruhý odstavec.");
  check ("První.\r\n\r\nDruhý.\r\n", "První.\n\nDruhý.");
  check ("", "");
  check ("  \n\n", "");
  check (NULL, "");
}

static void
test_lists (void)
{
  /* Word keeps its bullets as characters (• or the Symbol font's), LibreOffice as • or –. */
  check ("Cíle:\n•\tsenioři\n•\trodiny s dětmi\nZávěr.",
         "Cíle:\n\n- senioři\n- rodiny s dětmi\n\nZávěr.");
  check ("\xef\x82\xb7\tprvní\n\xef\x82\xb7\tdruhá", "- první\n- druhá");
  check ("– terénní služby\n– ambulantní služby", "- terénní služby\n- ambulantní služby");
  check ("1. analýza\n2) návrh\n3.\tschválení", "1. analýza\n2. návrh\n3. schválení");
  /* A bulleted list right after a numbered one is a list of its own. */
  check ("1. a\n- b", "1. a\n\n- b");
}

static void
test_escapes (void)
{
  check ("# není nadpis", "\\# není nadpis");
  check ("Rozpočet *odhad* [1] a_b", "Rozpočet \\*odhad\\* \\[1\\] a\\_b");
  check ("2026.", "2026\\.");
  check ("-5 % klientů", "\\-5 % klientů");
  check ("---", "\\---");
  check ("> citace", "\\> citace");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kp/plan/text/paragraphs", test_paragraphs);
  g_test_add_func ("/kp/plan/text/lists", test_lists);
  g_test_add_func ("/kp/plan/text/escapes", test_escapes);
  return g_test_run ();
}
