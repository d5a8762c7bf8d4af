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

/* The kinds a document builder fills, each once, as docs/plan-format.md lists them. */
static void
test_live_blocks (void)
{
  static const char *const kinds[] = { "demography", "services", "indicators", "chart",
                                       "map", "findings", "swot", "strategy",
                                       "budget", "evaluation" };
  guint                    n;
  const KpPlanLiveBlock   *blocks = kp_plan_live_blocks (&n);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (blocks[i].kind, ==, kinds[i]);
      g_assert_true (kp_plan_live_block_find (kinds[i]) == &blocks[i]);
      g_assert_nonnull (blocks[i].name);
    }
  g_assert_null (kp_plan_live_block_find ("Demography"));
  g_assert_null (kp_plan_live_block_find (""));
  g_assert_null (kp_plan_live_block_find (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kp/plan/text/paragraphs", test_paragraphs);
  g_test_add_func ("/kp/plan/text/lists", test_lists);
  g_test_add_func ("/kp/plan/text/escapes", test_escapes);
  g_test_add_func ("/kp/plan/text/live-blocks", test_live_blocks);
  return g_test_run ();
}
