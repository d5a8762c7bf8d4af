/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-plan-document-private.h"

/* The annex "Seznam zkratek": the abbreviations of social services planning that the
 * document's text uses, with their meanings, in Czech alphabetical order. An abbreviation
 * is used when it stands as a word of its own, in its case ("MAS" is, "mas" and "MASový"
 * are not); "ESF+" counts as "ESF". The meanings are in the document's language. */

typedef struct
{
  const char *word;         /* as it stands in the text */
  const char *abbreviation; /* as the annex lists it */
  const char *meaning;      /* marked NC_ ("abbreviation", …) */
} Abbreviation;

static const Abbreviation abbreviations[] = {
  { "AP", "AP", NC_ ("abbreviation", "action plan") },
  { "ČR", "ČR", NC_ ("abbreviation", "Czech Republic") },
  { "ČSÚ", "ČSÚ", NC_ ("abbreviation", "Czech Statistical Office") },
  { "DPS", "DPS", NC_ ("abbreviation", "sheltered housing with care services") },
  { "DZR", "DZR", NC_ ("abbreviation", "home with a special regime") },
  { "ESF", "ESF+", NC_ ("abbreviation", "European Social Fund Plus") },
  { "EU", "EU", NC_ ("abbreviation", "European Union") },
  { "IČO", "IČO", NC_ ("abbreviation", "identification number of a person") },
  { "IROP", "IROP", NC_ ("abbreviation", "Integrated Regional Operational Programme") },
  { "KPSS", "KPSS", NC_ ("abbreviation", "community planning of social services") },
  { "KÚ", "KÚ", NC_ ("abbreviation", "regional authority") },
  { "MAS", "MAS", NC_ ("abbreviation", "local action group") },
  { "MPSV", "MPSV", NC_ ("abbreviation", "Ministry of Labour and Social Affairs") },
  { "NNO", "NNO", NC_ ("abbreviation", "non-governmental non-profit organisation") },
  { "OPZ", "OPZ+", NC_ ("abbreviation", "Operational Programme Employment Plus") },
  { "ORP", "ORP", NC_ ("abbreviation", "municipality with extended powers") },
  { "OSPOD", "OSPOD", NC_ ("abbreviation", "body of social and legal protection of children") },
  { "OZP", "OZP", NC_ ("abbreviation", "persons with disabilities") },
  { "PnP", "PnP", NC_ ("abbreviation", "care allowance") },
  { "POU", "POU", NC_ ("abbreviation", "municipality with an authorised municipal office") },
  { "RÚIAN", "RÚIAN", NC_ ("abbreviation", "Register of Territorial Identification, Addresses and Real Estate") },
  { "SAS", "SAS", NC_ ("abbreviation", "social activation services for families with children") },
  { "SPRSS", "SPRSS", NC_ ("abbreviation", "medium-term plan for the development of social services") },
  { "SWOT", "SWOT", NC_ ("abbreviation", "analysis of strengths, weaknesses, opportunities and threats") },
  { "ÚP", "ÚP", NC_ ("abbreviation", "Labour Office of the Czech Republic") },
  { "ÚZIS", "ÚZIS", NC_ ("abbreviation", "Institute of Health Information and Statistics") },
};

typedef struct
{
  GHashTable *words; /* word → the Abbreviation */
  GHashTable *used;  /* the Abbreviations found */
} Scan;

/* The words of @text: runs of letters and digits. */
static void
scan_text (const char *text,
           gpointer    user_data)
{
  Scan       *scan = user_data;
  const char *p = text, *start = NULL;

  if (text == NULL)
    return;
  for (;;)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word = c != 0 && g_unichar_isalnum (c);

      if (word && start == NULL)
        start = p;
      else if (!word && start != NULL)
        {
          /* the abbreviations are short: a longer word is none of them */
          if (p - start <= 8)
            {
              char                buf[9];
              const Abbreviation *found;

              memcpy (buf, start, p - start);
              buf[p - start] = '\0';
              found = g_hash_table_lookup (scan->words, buf);
              if (found != NULL)
                g_hash_table_add (scan->used, (gpointer) found);
            }
          start = NULL;
        }
      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }
}

typedef struct
{
  char               *key;
  const Abbreviation *abbreviation;
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;

  return strcmp (x->key, y->key);
}

/**
 * kp_plan_doc_add_abbreviations:
 * @heading: the annex's heading
 *
 * The annex of the abbreviations the document's text has so far, as a table of two
 * columns; nothing when it has none.
 */
void
kp_plan_doc_add_abbreviations (KpPlanDocContext *ctx,
                               const char       *heading)
{
  g_autoptr (GHashTable) words = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) used = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  Scan           scan = { words, used };
  GHashTableIter iter;
  gpointer       key;
  KpDocTable    *table;

  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    g_hash_table_insert (words, (gpointer) abbreviations[i].word, (gpointer) &abbreviations[i]);
  kp_text_document_foreach_text (ctx->doc, scan_text, &scan);
  if (g_hash_table_size (used) == 0)
    return;

  g_hash_table_iter_init (&iter, used);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      Row row = { kp_czech_collate_key (((const Abbreviation *) key)->abbreviation), key };

      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);

  kp_text_document_add_heading (ctx->doc, 2, "priloha-zkratky", heading);
  table = kp_text_document_add_table (ctx->doc, 2);
  kp_doc_table_set_column (table, 0, 0.2, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.8, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_header_rows (table, 1);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Abbreviation"), D_ ("Meaning"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, row->abbreviation->abbreviation);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN,
                                  DC_ ("abbreviation", row->abbreviation->meaning));
      g_free (row->key);
    }
}
