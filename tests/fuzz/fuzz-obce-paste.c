/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "fuzz-common.h"
#include "kp-obce-paste.h"

/* libFuzzer entry point for the paste parser of the obce picker (README.md): any bytes are
 * read against a small list of obce with a repeated name. Every obec found must be one of
 * the list and found once; every quoted piece and every choice's text must be valid UTF-8
 * and short; a choice has at least two candidates. */

static GListModel *
make_obce (void)
{
  static const struct
  {
    const char *kod, *nazev, *okres;
  } rows[] = {
    { "576514", "Nová Ves", "Rychnov nad Kněžnou" },
    { "539066", "Nová Ves", "Praha-východ" },
    { "585246", "Nová Ves", "Brno-venkov" },
    { "568414", "Havlíčkův Brod", "Havlíčkův Brod" },
    { "571164", "Chrudim", "Chrudim" },
    { "990099", "Dvůr (Na Skále)", "Lesná" },
  };
  GListStore *store = g_list_store_new (KP_TYPE_OBEC);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      KpObecData data = { .kod = rows[i].kod, .nazev = rows[i].nazev, .okres_nazev = rows[i].okres, .orp_nazev = rows[i].okres };
      g_autoptr (KpObec) obec = kp_obec_new (&data);

      g_list_store_append (store, obec);
    }
  return G_LIST_MODEL (store);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static GListModel *obce = NULL;
  g_autoptr (KpObcePaste) paste = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (obce == NULL)
    obce = make_obce ();
  paste = kp_obce_paste_parse (obce, (const char *) data, (gssize) size);
  g_assert (paste != NULL);
  for (guint i = 0; i < paste->found->len; i++)
    {
      KpObec *obec = g_ptr_array_index (paste->found, i);
      guint   position;

      g_assert (g_list_store_find (G_LIST_STORE (obce), obec, &position));
      g_assert (g_hash_table_add (seen, (gpointer) kp_obec_get_kod (obec)));
    }
  for (guint i = 0; i < paste->ambiguous->len; i++)
    {
      KpObcePasteChoice *choice = g_ptr_array_index (paste->ambiguous, i);

      kp_fuzz_check_text (choice->text);
      g_assert (g_utf8_strlen (choice->text, -1) <= 60);
      g_assert (choice->candidates->len >= 2);
    }
  for (guint i = 0; i < paste->unknown->len; i++)
    {
      const char *text = g_ptr_array_index (paste->unknown, i);

      kp_fuzz_check_text (text);
      g_assert (g_utf8_strlen (text, -1) <= 60);
    }
  return 0;
}
