/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"
#include "kp-survey-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Making a questionnaire from a file that has none: each column's type and choices are
 * read from its header and its answers, in this order:
 *   - every answer "ano"/"ne" (or yes/no): yes/no;
 *   - every answer 1–5: a scale;
 *   - every answer a number: a number;
 *   - a header about the obec or place of residence: the obec;
 *   - a header about age with answers like "18–29", "do 17", "65 a více": an age band;
 *   - answers with ";" (or "," when the items repeat across respondents) split into few
 *     items: a multiple choice;
 *   - few distinct answers, each given by several respondents: a single choice;
 *   - anything else: an open answer.
 * The user corrects what this gets wrong; nothing is lost, the answers stay as given.
 *
 * A column of 10 000 answers has a handful of distinct ones: every test runs over the
 * distinct answers, each weighted by how many gave it. */

#define MAX_CHOICES 15
#define MAX_ITEMS   25

/* The distinct non-empty answers of a column, in the order they first came, and how many
 * respondents gave each. */
typedef struct
{
  GPtrArray *values; /* const char *, borrowed from the cells */
  GArray    *counts; /* guint */
  guint      answered;
} Answers;

static void
answers_init (Answers   *answers,
              GPtrArray *cells)
{
  g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  answers->values = g_ptr_array_new ();
  answers->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  answers->answered = 0;
  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      guint       position;

      if (*cell == '\0')
        continue;
      answers->answered++;
      position = GPOINTER_TO_UINT (g_hash_table_lookup (index, cell));
      if (position > 0)
        {
          g_array_index (answers->counts, guint, position - 1)++;
          continue;
        }
      g_ptr_array_add (answers->values, (gpointer) cell);
      position = 1;
      g_array_append_val (answers->counts, position);
      g_hash_table_insert (index, (gpointer) cell, GUINT_TO_POINTER (answers->values->len));
    }
}

static void
answers_clear (Answers *answers)
{
  g_ptr_array_unref (answers->values);
  g_array_unref (answers->counts);
}

static gboolean
all_match (Answers *answers,
           gboolean (*match) (const char *cell))
{
  for (guint i = 0; i < answers->values->len; i++)
    if (!match (g_ptr_array_index (answers->values, i)))
      return FALSE;
  return answers->values->len > 0;
}

static gboolean
is_yes_no (const char *cell)
{
  g_autofree char *key = kp_survey_match_key (cell);

  return strcmp (key, "ano") == 0 || strcmp (key, "ne") == 0 || strcmp (key, "yes") == 0 ||
         strcmp (key, "no") == 0;
}

static gboolean
is_scale (const char *cell)
{
  return cell[0] >= '1' && cell[0] <= '5' && cell[1] == '\0';
}

static gboolean
is_number (const char *cell)
{
  return !isnan (kp_survey_parse_number (cell));
}

/* "18–29", "18 - 29 let", "do 17 let", "nad 80", "65 a více", "65+", "80 a starší" */
static gboolean
is_age_band (const char *cell)
{
  static GRegex   *regex = NULL;
  static gsize     initialized = 0;
  g_autofree char *key = kp_survey_match_key (cell);

  if (g_once_init_enter (&initialized))
    {
      regex = g_regex_new ("^((do|nad|pod|od) )?[0-9]{1,3}( ?(-|–|az) ?[0-9]{1,3})?( let)?"
                           "( ?\\+| a (vice|starsi)( let)?)?( let)?$",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }
  return g_regex_match (regex, key, 0, NULL);
}

static gboolean
header_mentions (const char        *header,
                 const char *const *words)
{
  g_autofree char *key = kp_survey_match_key (header);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (key, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
kp_survey_header_is_respondent_id (const char *header)
{
  static const char *const names[] = { "id",
                                       "id respondenta",
                                       "id odpovedi",
                                       "respondent",
                                       "cislo respondenta",
                                       "cislo dotazniku",
                                       "poradove cislo",
                                       NULL };
  g_autofree char         *key = kp_survey_match_key (header);

  return g_strv_contains (names, key);
}

gboolean
kp_survey_header_is_bookkeeping (const char *header)
{
  static const char *const prefixes[] = { "casova znacka", "timestamp", "cas zahajeni",
                                          "cas dokonceni", "cas odeslani", "datum a cas",
                                          "e-mail", "email", "nazev", "posledni uprava",
                                          NULL };
  g_autofree char         *key = kp_survey_match_key (header);

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (key, prefixes[i]))
      return TRUE;
  return FALSE;
}

/* Distinct labels in the order of first appearance, with how often each came. */
typedef struct
{
  GPtrArray  *labels; /* char *, owned */
  GHashTable *index;  /* match key → position + 1 */
  GArray     *counts; /* guint */
} Distinct;

static void
distinct_init (Distinct *d)
{
  d->labels = g_ptr_array_new_with_free_func (g_free);
  d->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->counts = g_array_new (FALSE, TRUE, sizeof (guint));
}

static void
distinct_clear (Distinct *d)
{
  g_ptr_array_unref (d->labels);
  g_hash_table_unref (d->index);
  g_array_unref (d->counts);
}

static void
distinct_add (Distinct   *d,
              const char *label,
              guint       count)
{
  char *key = kp_survey_match_key (label);
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (d->index, key));

  if (position > 0)
    {
      g_array_index (d->counts, guint, position - 1) += count;
      g_free (key);
      return;
    }
  g_ptr_array_add (d->labels, g_strdup (label));
  g_array_append_val (d->counts, count);
  g_hash_table_insert (d->index, key, GUINT_TO_POINTER (d->labels->len));
}

/* Whether the cells, split into items, look like a multiple choice: some cell has more
 * than one item, the items are few, and items repeat across respondents. */
static gboolean
looks_multiple (Answers  *answers,
                Distinct *items)
{
  guint    total_items = 0;
  gboolean several = FALSE, semicolon = FALSE;

  for (guint i = 0; i < answers->values->len; i++)
    {
      const char *cell = g_ptr_array_index (answers->values, i);
      guint       count = g_array_index (answers->counts, guint, i);
      g_auto (GStrv) split = NULL;

      semicolon |= strchr (cell, ';') != NULL;
      split = kp_survey_split_items (cell);
      several |= g_strv_length (split) > 1;
      for (guint k = 0; split[k] != NULL; k++, total_items += count)
        distinct_add (items, split[k], count);
      /* Too many items already: no multiple choice, and no need to fold the rest. */
      if (items->labels->len > MAX_ITEMS)
        return FALSE;
    }
  if (!several || items->labels->len > MAX_ITEMS)
    return FALSE;
  /* Items separated by "," must repeat: free texts with commas would not. */
  return semicolon || total_items >= 2 * items->labels->len;
}

/* The first number of an age band ("do 17" sorts first, as 0). */
static int
band_start (const char *label)
{
  g_autofree char *key = kp_survey_match_key (label);
  const char      *p = key;

  if (g_str_has_prefix (key, "do ") || g_str_has_prefix (key, "pod "))
    return -1;
  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  return atoi (p);
}

static int
compare_age_bands (gconstpointer a,
                   gconstpointer b)
{
  int sa = band_start (*(const char *const *) a);
  int sb = band_start (*(const char *const *) b);

  return sa != sb ? (sa < sb ? -1 : 1) : 0;
}

void
kp_survey_sort_age_bands (GPtrArray *labels)
{
  g_ptr_array_sort (labels, compare_age_bands);
}

/* @labels: borrowed; the question copies them. */
static KpSurveyQuestion *
with_labels (int            qid,
             const char    *header,
             KpQuestionType type,
             GPtrArray     *labels)
{
  g_autoptr (GPtrArray) strv = g_ptr_array_copy (labels, NULL, NULL);

  g_ptr_array_set_free_func (strv, NULL); /* the copy borrows the labels */
  g_ptr_array_add (strv, NULL);
  return kp_survey_question_new (qid, header, type, (const char *const *) strv->pdata);
}

static KpSurveyQuestion *
infer (int         qid,
       const char *header,
       Answers    *answers)
{
  static const char *const obec_words[] = { "obec", "bydli", "misto pobytu", "kde zijete",
                                            NULL };
  static const char *const age_words[] = { "vek", "stari", NULL };
  Distinct                 values, items;
  KpSurveyQuestion        *question = NULL;

  if (all_match (answers, is_yes_no))
    return kp_survey_question_new (qid, header, KP_QUESTION_YES_NO,
                                   kp_question_type_get_fixed_choices (KP_QUESTION_YES_NO));
  if (all_match (answers, is_scale))
    return kp_survey_question_new (qid, header, KP_QUESTION_SCALE,
                                   kp_question_type_get_fixed_choices (KP_QUESTION_SCALE));
  if (header_mentions (header, age_words) && all_match (answers, is_age_band))
    {
      Distinct bands;

      distinct_init (&bands);
      for (guint i = 0; i < answers->values->len; i++)
        distinct_add (&bands, g_ptr_array_index (answers->values, i),
                      g_array_index (answers->counts, guint, i));
      kp_survey_sort_age_bands (bands.labels);
      question = with_labels (qid, header, KP_QUESTION_AGE_BAND, bands.labels);
      distinct_clear (&bands);
      return question;
    }
  if (all_match (answers, is_number))
    return kp_survey_question_new (qid, header, KP_QUESTION_NUMBER, NULL);
  if (header_mentions (header, obec_words))
    return kp_survey_question_new (qid, header, KP_QUESTION_OBEC, NULL);

  distinct_init (&items);
  if (looks_multiple (answers, &items))
    {
      question = with_labels (qid, header, KP_QUESTION_MULTIPLE, items.labels);
      distinct_clear (&items);
      return question;
    }
  distinct_clear (&items);

  /* Few distinct answers (by their match keys), each given by several: a single choice. */
  if (answers->values->len > 3 * MAX_CHOICES)
    return kp_survey_question_new (qid, header, KP_QUESTION_TEXT, NULL);
  distinct_init (&values);
  for (guint i = 0; i < answers->values->len; i++)
    distinct_add (&values, g_ptr_array_index (answers->values, i),
                  g_array_index (answers->counts, guint, i));
  if (answers->answered > 0 && values.labels->len <= MAX_CHOICES &&
      values.labels->len * 3 <= MAX (answers->answered, 6))
    question = with_labels (qid, header, KP_QUESTION_SINGLE, values.labels);
  else
    question = kp_survey_question_new (qid, header, KP_QUESTION_TEXT, NULL);
  distinct_clear (&values);
  return question;
}

KpSurveyQuestion *
kp_survey_infer_question (int         qid,
                          const char *header,
                          GPtrArray  *cells)
{
  KpSurveyQuestion *question;
  Answers           answers;

  answers_init (&answers, cells);
  question = infer (qid, header, &answers);
  answers_clear (&answers);
  return question;
}
