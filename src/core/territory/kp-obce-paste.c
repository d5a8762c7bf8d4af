/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-obce-paste.h"
#include "kp-czech.h"
#include "kp-error.h"

#include <string.h>

/* The most pieces one paste is read into; a longer paste is cut (the country has about
 * 6 300 obce). */
#define MAX_PIECES 20000

static void
choice_free (gpointer data)
{
  KpObcePasteChoice *choice = data;

  g_free (choice->text);
  g_clear_pointer (&choice->candidates, g_ptr_array_unref);
  g_free (choice);
}

void
kp_obce_paste_free (KpObcePaste *paste)
{
  if (paste == NULL)
    return;
  g_clear_pointer (&paste->found, g_ptr_array_unref);
  g_clear_pointer (&paste->ambiguous, g_ptr_array_unref);
  g_clear_pointer (&paste->unknown, g_ptr_array_unref);
  g_free (paste);
}

/**
 * kp_obce_paste_split:
 *
 * Returns: (transfer full): the pieces between line breaks, commas, semicolons and tabs,
 *   as valid UTF-8 with the spaces around them stripped; empty pieces left out
 */
GStrv
kp_obce_paste_split (const char *text,
                     gssize      length)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *valid = NULL;
  g_auto (GStrv) parts = NULL;
  guint n = 0;

  if (text == NULL)
    return g_strv_builder_end (builder);
  if (length < 0)
    length = (gssize) strlen (text);
  valid = g_utf8_make_valid (text, length);
  parts = g_strsplit_set (valid, "\r\n,;\t", -1);
  for (guint i = 0; parts[i] != NULL && n < MAX_PIECES; i++)
    {
      char *piece = g_strstrip (parts[i]);

      /* A list copied from a document may number or bullet its lines. */
      while (*piece == '-' || *piece == '*' || g_str_has_prefix (piece, "•"))
        piece = g_strstrip (piece + (*piece == '-' || *piece == '*' ? 1 : strlen ("•")));
      if (*piece == '\0')
        continue;
      g_strv_builder_add (builder, piece);
      n++;
    }
  return g_strv_builder_end (builder);
}

/* Six digits, alone or before a space: "568414", "568414 Havlíčkův Brod". */
static gboolean
starts_with_code (const char *piece)
{
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isdigit (piece[i]))
      return FALSE;
  return piece[6] == '\0' || g_ascii_isspace (piece[6]);
}

/* "Nová Ves (Rychnov nad Kněžnou)" → name "Nová Ves", place "Rychnov nad Kněžnou" */
static void
split_place (const char *piece,
             char      **out_name,
             char      **out_place)
{
  const char *open = strrchr (piece, '(');
  gsize       len = strlen (piece);

  *out_place = NULL;
  if (open != NULL && open > piece && len > 0 && piece[len - 1] == ')')
    {
      *out_name = g_strstrip (g_strndup (piece, open - piece));
      *out_place = g_strstrip (g_strndup (open + 1, piece + len - 1 - (open + 1)));
      if (**out_name != '\0' && **out_place != '\0')
        return;
      g_clear_pointer (out_name, g_free);
      g_clear_pointer (out_place, g_free);
    }
  *out_name = g_strdup (piece);
}

static gboolean
place_matches (KpObec     *obec,
               const char *folded_place)
{
  const char *places[] = { kp_obec_get_okres_nazev (obec), kp_obec_get_orp_nazev (obec),
                           kp_obec_get_pou_nazev (obec), kp_obec_get_kraj_nazev (obec) };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *folded = places[i] != NULL ? kp_czech_fold (places[i]) : NULL;

      if (folded != NULL && strcmp (folded, folded_place) == 0)
        return TRUE;
    }
  return FALSE;
}

static int
compare_by_okres (gconstpointer a,
                  gconstpointer b)
{
  KpObec *oa = *(KpObec *const *) a;
  KpObec *ob = *(KpObec *const *) b;
  int     order = kp_czech_compare (kp_obec_get_okres_nazev (oa) != NULL
                                        ? kp_obec_get_okres_nazev (oa)
                                        : "",
                                kp_obec_get_okres_nazev (ob) != NULL
                                        ? kp_obec_get_okres_nazev (ob)
                                        : "");

  return order != 0 ? order : g_strcmp0 (kp_obec_get_kod (oa), kp_obec_get_kod (ob));
}

typedef struct
{
  GHashTable  *by_code; /* kód → KpObec */
  GHashTable  *by_name; /* folded name → GPtrArray of KpObec */
  GHashTable  *seen;    /* kódy already found */
  KpObcePaste *paste;
} Reader;

static void
add_found (Reader *reader,
           KpObec *obec)
{
  if (g_hash_table_add (reader->seen, (gpointer) kp_obec_get_kod (obec)))
    g_ptr_array_add (reader->paste->found, g_object_ref (obec));
}

static void
add_unknown (Reader     *reader,
             const char *piece)
{
  g_ptr_array_add (reader->paste->unknown, kp_error_quote (piece, -1));
}

static void
read_name (Reader     *reader,
           const char *piece)
{
  g_autofree char *name = NULL;
  g_autofree char *place = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *folded_place = NULL;
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) exact = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray         *named;
  KpObcePasteChoice *choice;

  split_place (piece, &name, &place);
  folded = kp_czech_fold (name);
  named = g_hash_table_lookup (reader->by_name, folded);
  if (named == NULL && place != NULL)
    {
      /* Brackets that are part of no name's place: try the whole piece. */
      g_clear_pointer (&place, g_free);
      g_free (folded);
      folded = kp_czech_fold (piece);
      named = g_hash_table_lookup (reader->by_name, folded);
    }
  if (named == NULL)
    {
      add_unknown (reader, piece);
      return;
    }
  if (place != NULL)
    folded_place = kp_czech_fold (place);
  for (guint i = 0; i < named->len; i++)
    {
      KpObec *obec = g_ptr_array_index (named, i);

      if (folded_place != NULL && !place_matches (obec, folded_place))
        continue;
      g_ptr_array_add (candidates, g_object_ref (obec));
      /* Equal by Czech collation: the same letters, case and diacritics. */
      if (kp_czech_compare (kp_obec_get_nazev (obec), name) == 0)
        g_ptr_array_add (exact, g_object_ref (obec));
    }
  if (exact->len == 1 || (exact->len == 0 && candidates->len == 1))
    {
      add_found (reader, g_ptr_array_index (exact->len == 1 ? exact : candidates, 0));
      return;
    }
  if (candidates->len == 0)
    {
      add_unknown (reader, piece);
      return;
    }
  choice = g_new0 (KpObcePasteChoice, 1);
  choice->text = kp_error_quote (piece, -1);
  if (exact->len > 1)
    choice->candidates = g_steal_pointer (&exact);
  else
    choice->candidates = g_steal_pointer (&candidates);
  g_ptr_array_sort (choice->candidates, compare_by_okres);
  g_ptr_array_add (reader->paste->ambiguous, choice);
}

/**
 * kp_obce_paste_parse:
 * @length: of @text in bytes, or -1 when it ends with a NUL
 *
 * Returns: (transfer full): what the paste names; never %NULL
 */
KpObcePaste *
kp_obce_paste_parse (GListModel *obce,
                     const char *text,
                     gssize      length)
{
  g_auto (GStrv) pieces = NULL;
  Reader reader;
  guint  n;

  g_return_val_if_fail (G_IS_LIST_MODEL (obce), NULL);

  reader.paste = g_new0 (KpObcePaste, 1);
  reader.paste->found = g_ptr_array_new_with_free_func (g_object_unref);
  reader.paste->ambiguous = g_ptr_array_new_with_free_func (choice_free);
  reader.paste->unknown = g_ptr_array_new_with_free_func (g_free);
  pieces = kp_obce_paste_split (text, length);
  if (pieces[0] == NULL)
    return reader.paste;

  reader.by_code = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  reader.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  reader.seen = g_hash_table_new (g_str_hash, g_str_equal);
  n = g_list_model_get_n_items (obce);
  for (guint i = 0; i < n; i++)
    {
      KpObec    *obec = g_list_model_get_item (obce, i);
      char      *folded = kp_czech_fold (kp_obec_get_nazev (obec));
      GPtrArray *named = g_hash_table_lookup (reader.by_name, folded);

      if (named == NULL)
        {
          named = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (reader.by_name, folded, named);
        }
      else
        g_free (folded);
      g_ptr_array_add (named, g_object_ref (obec));
      g_hash_table_insert (reader.by_code, (gpointer) kp_obec_get_kod (obec), obec);
    }

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *piece = pieces[i];
      KpObec     *obec;

      /* "568414" or "568414 Havlíčkův Brod": the code decides. */
      if (starts_with_code (piece))
        {
          char code[7];

          memcpy (code, piece, 6);
          code[6] = '\0';
          obec = g_hash_table_lookup (reader.by_code, code);
          if (obec != NULL)
            add_found (&reader, obec);
          else
            add_unknown (&reader, piece);
          continue;
        }
      read_name (&reader, piece);
    }

  g_hash_table_unref (reader.seen);
  g_hash_table_unref (reader.by_name);
  g_hash_table_unref (reader.by_code);
  return reader.paste;
}
