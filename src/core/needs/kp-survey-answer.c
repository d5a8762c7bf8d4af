/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-czech.h"
#include "kp-survey-private.h"

#include <math.h>
#include <string.h>

/* Matching the answers of a file to the questions of a survey: each answer becomes the
 * text the survey stores, the choice's label as the questionnaire spells it. */

static const char *const scale_choices[] = { "1", "2", "3", "4", "5", NULL };
/* Stored as data, in Czech, like the registry's names. */
static const char *const yes_no_choices[] = { "ano", "ne", NULL };
static const char *const no_choices[] = { NULL };

const char *const *
kp_question_type_get_fixed_choices (KpQuestionType type)
{
  switch (type)
    {
    case KP_QUESTION_SCALE:
      return scale_choices;
    case KP_QUESTION_YES_NO:
      return yes_no_choices;
    case KP_QUESTION_SINGLE:
    case KP_QUESTION_MULTIPLE:
    case KP_QUESTION_NUMBER:
    case KP_QUESTION_TEXT:
    case KP_QUESTION_OBEC:
    case KP_QUESTION_AGE_BAND:
    case KP_N_QUESTION_TYPES:
    default:
      return no_choices;
    }
}

char *
kp_survey_match_key (const char *text)
{
  g_autofree char *folded = kp_czech_fold (text);
  GString         *out = g_string_new (NULL);
  gboolean         space = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
kp_survey_clean_cell (const char *cell)
{
  char *clean = g_strdup (cell != NULL ? cell : "");

  for (char *p = clean; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  return g_strstrip (clean);
}

GStrv
kp_survey_split_items (const char *cell)
{
  g_auto (GStrv) parts = g_strsplit (cell, strchr (cell, ';') != NULL ? ";" : ",", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }
  return g_strv_builder_end (builder);
}

double
kp_survey_parse_number (const char *text)
{
  g_autofree char *copy = NULL;
  char            *end = NULL;
  double           value;

  if (text == NULL || *text == '\0')
    return NAN;
  /* Most numbers have no decimal comma nor thousands space: read them as they are. */
  if (strpbrk (text, ", ") == NULL)
    {
      value = g_ascii_strtod (text, &end);
      return end != text && *end == '\0' && isfinite (value) ? value : NAN;
    }
  copy = g_strdup (text);
  g_strdelimit (copy, ",", '.');
  /* "1 234" the Czech way */
  {
    char *w = copy;

    for (char *r = copy; *r != '\0'; r++)
      if (*r != ' ')
        *w++ = *r;
    *w = '\0';
  }
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value))
    return NAN;
  return value;
}

struct _KpAnswerMatcher
{
  const KpSurveyQuestion *question;
  GHashTable             *choices; /* match key → label (borrowed) */
  GHashTable             *obce;    /* match key → name (owned) */
  GHashTable             *matched; /* cell → its stored form: a column repeats few answers */
};

KpAnswerMatcher *
kp_answer_matcher_new (const KpSurveyQuestion *question,
                       const char *const      *obce)
{
  KpAnswerMatcher *self = g_new0 (KpAnswerMatcher, 1);

  self->question = question;
  self->matched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; question->choices != NULL && question->choices[i] != NULL; i++)
    g_hash_table_insert (self->choices, kp_survey_match_key (question->choices[i]),
                         question->choices[i]);
  if (question->type == KP_QUESTION_YES_NO)
    {
      g_hash_table_insert (self->choices, g_strdup ("yes"), (gpointer) yes_no_choices[0]);
      g_hash_table_insert (self->choices, g_strdup ("no"), (gpointer) yes_no_choices[1]);
    }
  if (question->type == KP_QUESTION_OBEC && obce != NULL)
    {
      self->obce = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; obce[i] != NULL; i++)
        g_hash_table_insert (self->obce, kp_survey_match_key (obce[i]), (gpointer) obce[i]);
    }
  return self;
}

void
kp_answer_matcher_free (KpAnswerMatcher *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->choices);
  g_hash_table_unref (self->matched);
  g_clear_pointer (&self->obce, g_hash_table_unref);
  g_free (self);
}

/* A scale answer: a digit 1–5, maybe followed by its words ("5 – velmi spokojen"). */
static const char *
match_scale (const char *cell)
{
  if (cell[0] >= '1' && cell[0] <= '5' && !g_ascii_isdigit (cell[1]) && cell[1] != '.' &&
      cell[1] != ',')
    return scale_choices[cell[0] - '1'];
  return NULL;
}

static gboolean
append_choice (KpAnswerMatcher *self,
               const char      *item,
               GString         *out,
               char           **out_reason)
{
  g_autofree char *key = kp_survey_match_key (item);
  const char      *label = g_hash_table_lookup (self->choices, key);

  if (label == NULL && self->question->type == KP_QUESTION_SCALE)
    label = match_scale (item);
  if (label != NULL)
    {
      g_string_append (out, label);
      return TRUE;
    }
  /* An obec or age band question without choices takes any answer. */
  if (g_hash_table_size (self->choices) == 0 && (self->question->type == KP_QUESTION_OBEC ||
                                                 self->question->type == KP_QUESTION_AGE_BAND))
    {
      const char *name = self->obce != NULL ? g_hash_table_lookup (self->obce, key) : NULL;

      g_string_append (out, name != NULL ? name : item);
      return TRUE;
    }
  if (self->question->type == KP_QUESTION_SCALE)
    *out_reason = g_strdup_printf (_ ("“%s” is not a value of the scale 1–5"), item);
  else if (self->question->type == KP_QUESTION_YES_NO)
    *out_reason = g_strdup_printf (_ ("“%s” is neither yes nor no"), item);
  else
    *out_reason = g_strdup_printf (_ ("“%s” is not one of the question’s choices"), item);
  return FALSE;
}

static gboolean
match (KpAnswerMatcher *self,
       const char      *cell,
       GString         *out,
       char           **out_reason)
{
  switch (self->question->type)
    {
    case KP_QUESTION_NUMBER:
      {
        double value = kp_survey_parse_number (cell);
        char   buffer[G_ASCII_DTOSTR_BUF_SIZE];

        if (isnan (value))
          {
            *out_reason = g_strdup_printf (_ ("“%s” is not a number"), cell);
            return FALSE;
          }
        g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, value));
        return TRUE;
      }
    case KP_QUESTION_TEXT:
      g_string_append (out, cell);
      return TRUE;
    case KP_QUESTION_MULTIPLE:
      {
        g_auto (GStrv) items = NULL;
        g_autofree char *whole = kp_survey_match_key (cell);

        /* A choice may have a comma of its own ("Ano, často"). */
        if (g_hash_table_contains (self->choices, whole))
          return append_choice (self, cell, out, out_reason);
        items = kp_survey_split_items (cell);
        for (guint i = 0; items[i] != NULL; i++)
          {
            if (i > 0)
              g_string_append_c (out, KP_SURVEY_ITEM_SEPARATOR);
            if (!append_choice (self, items[i], out, out_reason))
              return FALSE;
          }
        return TRUE;
      }
    case KP_QUESTION_SINGLE:
    case KP_QUESTION_SCALE:
    case KP_QUESTION_YES_NO:
    case KP_QUESTION_OBEC:
    case KP_QUESTION_AGE_BAND:
    case KP_N_QUESTION_TYPES:
    default:
      return append_choice (self, cell, out, out_reason);
    }
}

gboolean
kp_answer_matcher_append (KpAnswerMatcher *self,
                          const char      *cell,
                          GString         *out,
                          char           **out_reason)
{
  const char *known;
  gsize       start = out->len;

  if (*cell == '\0')
    return TRUE;
  if (self->question->type == KP_QUESTION_TEXT)
    {
      g_string_append (out, cell);
      return TRUE;
    }
  known = g_hash_table_lookup (self->matched, cell);
  if (known != NULL)
    {
      g_string_append (out, known);
      return TRUE;
    }
  if (!match (self, cell, out, out_reason))
    return FALSE;
  g_hash_table_insert (self->matched, g_strdup (cell), g_strndup (out->str + start, out->len - start));
  return TRUE;
}
