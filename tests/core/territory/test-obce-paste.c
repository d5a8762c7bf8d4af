/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-obce-paste.h"

/* The paste parser of the obce picker (issue 11, item 7): a MAS's list of obce pasted as
 * codes or names, one per line or separated by commas, semicolons or tabs. */

static GListModel *
make_obce (void)
{
  static const struct
  {
    const char *kod, *nazev, *okres, *orp;
  } rows[] = {
    { "576514", "Nová Ves", "Rychnov nad Kněžnou", "Rychnov nad Kněžnou" },
    { "539066", "Nová Ves", "Praha-východ", "Brandýs nad Labem-Stará Boleslav" },
    { "585246", "Nová Ves", "Brno-venkov", "Rosice" },
    { "568414", "Havlíčkův Brod", "Havlíčkův Brod", "Havlíčkův Brod" },
    { "571164", "Chrudim", "Chrudim", "Chrudim" },
    { "569704", "Věžnice", "Havlíčkův Brod", "Havlíčkův Brod" },
    { "588130", "Věžnice", "Jihlava", "Jihlava" },
    { "599999", "Věžníce", "Jihlava", "Jihlava" },
  };
  GListStore *store = g_list_store_new (KP_TYPE_OBEC);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      KpObecData data = { .kod = rows[i].kod, .nazev = rows[i].nazev, .okres_nazev = rows[i].okres, .orp_nazev = rows[i].orp };
      g_autoptr (KpObec) obec = kp_obec_new (&data);

      g_list_store_append (store, obec);
    }
  return G_LIST_MODEL (store);
}

/* "568414 571164": the codes found, in order. */
static char *
found_codes (KpObcePaste *paste)
{
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < paste->found->len; i++)
    {
      if (i > 0)
        g_string_append_c (codes, ' ');
      g_string_append (codes, kp_obec_get_kod (g_ptr_array_index (paste->found, i)));
    }
  return g_string_free (codes, FALSE);
}

static char *
unknown_text (KpObcePaste *paste)
{
  g_ptr_array_add (paste->unknown, NULL);
  g_ptr_array_set_size (paste->unknown, paste->unknown->len - 1);
  return g_strjoinv (" | ", (char **) paste->unknown->pdata);
}

static void
test_separators (void)
{
  g_autoptr (GListModel) obce = make_obce ();
  g_autoptr (KpObcePaste) paste = kp_obce_paste_parse (
      obce, "568414\r\n571164, 569704;588130\t568414\n\n  - 576514\n• 539066 Nová Ves\n", -1);
  g_autofree char *codes = found_codes (paste);

  g_assert_cmpstr (codes, ==, "568414 571164 569704 588130 576514 539066");
  g_assert_cmpuint (paste->ambiguous->len, ==, 0);
  g_assert_cmpuint (paste->unknown->len, ==, 0);
}

static void
test_names (void)
{
  g_autoptr (GListModel) obce = make_obce ();
  g_autoptr (KpObcePaste) paste = kp_obce_paste_parse (
      obce, "havlickuv brod\nCHRUDIM\nNová Ves (Brno-venkov)\nNová Ves (Rosice)", -1);
  g_autofree char *codes = found_codes (paste);

  /* Case and diacritics do not matter; the okres or ORP in brackets decides. */
  g_assert_cmpstr (codes, ==, "568414 571164 585246");
  g_assert_cmpuint (paste->ambiguous->len, ==, 0);
  g_assert_cmpuint (paste->unknown->len, ==, 0);
}

static void
test_ambiguous (void)
{
  g_autoptr (GListModel) obce = make_obce ();
  g_autoptr (KpObcePaste) paste = kp_obce_paste_parse (obce, "Nová Ves; Věžnice; Vezníce", -1);
  KpObcePasteChoice *nova_ves;
  KpObcePasteChoice *veznice;
  g_autofree char   *codes = found_codes (paste);

  g_assert_cmpuint (paste->ambiguous->len, ==, 3);
  nova_ves = g_ptr_array_index (paste->ambiguous, 0);
  g_assert_cmpstr (nova_ves->text, ==, "Nová Ves");
  g_assert_cmpuint (nova_ves->candidates->len, ==, 3);
  /* By okres, in Czech order. */
  g_assert_cmpstr (kp_obec_get_okres_nazev (g_ptr_array_index (nova_ves->candidates, 0)), ==,
                   "Brno-venkov");
  g_assert_cmpstr (kp_obec_get_okres_nazev (g_ptr_array_index (nova_ves->candidates, 1)), ==,
                   "Praha-východ");
  g_assert_cmpstr (kp_obec_get_okres_nazev (g_ptr_array_index (nova_ves->candidates, 2)), ==,
                   "Rychnov nad Kněžnou");
  /* Spelt exactly, "Věžnice" is two obce, not the one spelt "Věžníce". */
  veznice = g_ptr_array_index (paste->ambiguous, 1);
  g_assert_cmpuint (veznice->candidates->len, ==, 2);
  /* Spelt like neither, "Vezníce" folds to all three and is asked about too. */
  g_assert_cmpuint (((KpObcePasteChoice *) g_ptr_array_index (paste->ambiguous, 2))->candidates->len,
                    ==, 3);
  g_assert_cmpstr (codes, ==, "");
  g_assert_cmpuint (paste->unknown->len, ==, 0);
}

static void
test_unknown (void)
{
  g_autoptr (GListModel) obce = make_obce ();
  g_autoptr (KpObcePaste) paste = kp_obce_paste_parse (
      obce, "Atlantida\n999999\n12345\nChrudim (Praha)\nNov\xc3\xa1 V\xc0\xaf"
            "es\n",
      -1);
  g_autofree char *unknown = unknown_text (paste);

  g_assert_cmpuint (paste->found->len, ==, 0);
  g_assert_cmpstr (unknown, ==, "Atlantida | 999999 | 12345 | Chrudim (Praha) | Nová V\357\277\275\357\277\275es");
}

static void
test_empty (void)
{
  g_autoptr (GListModel) obce = make_obce ();
  g_autoptr (KpObcePaste) empty = kp_obce_paste_parse (obce, " \n,;\t\n", -1);
  g_autoptr (KpObcePaste) none = kp_obce_paste_parse (obce, NULL, 0);

  g_assert_cmpuint (empty->found->len + empty->ambiguous->len + empty->unknown->len, ==, 0);
  g_assert_cmpuint (none->found->len + none->ambiguous->len + none->unknown->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/obce-paste/separators", test_separators);
  g_test_add_func ("/kp/obce-paste/names", test_names);
  g_test_add_func ("/kp/obce-paste/ambiguous", test_ambiguous);
  g_test_add_func ("/kp/obce-paste/unknown", test_unknown);
  g_test_add_func ("/kp/obce-paste/empty", test_empty);
  return g_test_run ();
}
