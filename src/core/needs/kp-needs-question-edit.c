/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-private.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-survey-private.h"
#include "kp-survey-repository.h"

#include <string.h>

/* Edits of a survey's questionnaire: questions added, changed (a new type reads the answers
 * again), moved and removed, each with every respondent's answers rewritten in the same
 * undo step. */

/* The questionnaire and every respondent's answers, rewritten together. */
typedef struct
{
  gint64     id;
  GPtrArray *questions; /* KpSurveyQuestion */
  GPtrArray *rows;      /* char *, NULL: the responses stay */
  int        drop_tags; /* qid whose categories go, 0 none */
} QuestionnaireEdit;

static gboolean
write_questionnaire (KpDatabase *db,
                     gpointer    data,
                     GError    **error)
{
  QuestionnaireEdit *edit = data;

  if (!kp_survey_repository_replace_questions (db, edit->id, edit->questions, error))
    return FALSE;
  if (edit->drop_tags > 0 &&
      !kp_survey_repository_delete_question_tags (db, edit->id, edit->drop_tags, error))
    return FALSE;
  for (guint r = 0; edit->rows != NULL && r < edit->rows->len; r++)
    if (!kp_survey_repository_set_response (db, edit->id, r, g_ptr_array_index (edit->rows, r),
                                            error))
      return FALSE;
  return TRUE;
}

static GPtrArray *
copy_questions (KpSurvey *survey)
{
  GPtrArray *questions = kp_survey_get_questions (survey);
  GPtrArray *copy = g_ptr_array_new_full (questions->len, (GDestroyNotify) kp_survey_question_free);

  for (guint i = 0; i < questions->len; i++)
    g_ptr_array_add (copy, kp_survey_question_copy (g_ptr_array_index (questions, i)));
  return copy;
}

/* Every respondent's answers with the question at @index changed by @func (NULL: removed;
 * @at_end: a new question's empty answer added). */
typedef gboolean (*AnswerFunc) (const char *answer,
                                GString    *out,
                                gpointer    user_data,
                                GError    **error);

static GPtrArray *
rewrite_rows (KpSurvey  *survey,
              int        index,
              gboolean   remove,
              gboolean   at_end,
              AnswerFunc func,
              gpointer   user_data,
              GError   **error)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  guint      n_questions = kp_survey_get_questions (survey)->len;
  guint      n = kp_survey_get_n_respondents (survey);
  GString   *out = g_string_new (NULL);

  for (guint r = 0; r < n; r++)
    {
      gboolean first = TRUE;

      g_string_truncate (out, 0);
      for (guint q = 0; q < n_questions; q++)
        {
          const char *answer = kp_survey_get_answer (survey, r, q);

          if ((int) q == index && remove)
            continue;
          if (!first)
            g_string_append_c (out, KP_SURVEY_CELL_SEPARATOR);
          first = FALSE;
          if ((int) q == index && func != NULL)
            {
              g_autoptr (GError) local_error = NULL;

              if (!func (answer, out, user_data, &local_error))
                {
                  /* Translators: a respondent's number, then why their answer is refused */
                  g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("Respondent %u: %s"), r + 1, local_error->message);
                  g_string_free (out, TRUE);
                  g_ptr_array_unref (rows);
                  return NULL;
                }
            }
          else
            g_string_append (out, answer);
        }
      /* A new question's empty answer (a row of no questions is one empty cell already). */
      if (at_end && !first)
        g_string_append_c (out, KP_SURVEY_CELL_SEPARATOR);
      g_ptr_array_add (rows, g_strndup (out->str, out->len));
    }
  g_string_free (out, TRUE);
  return rows;
}

static gboolean
check_question (const char        *text,
                KpQuestionType     type,
                const char *const *choices,
                GError           **error)
{
  if (!kp_needs_check_text (text, _ ("The question needs a text"), error))
    return FALSE;
  if (type >= KP_N_QUESTION_TYPES)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Unknown type of question"));
      return FALSE;
    }
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    if (!kp_needs_check_text (choices[i], _ ("A choice needs a text"), error))
      return FALSE;
  return TRUE;
}

/* The choices a question of @type has: the fixed ones of a scale and yes/no, none for
 * numbers and open answers, else @choices (stripped). */
static GStrv
choices_for (KpQuestionType     type,
             const char *const *choices)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  if (type == KP_QUESTION_SCALE || type == KP_QUESTION_YES_NO)
    return g_strdupv ((char **) kp_question_type_get_fixed_choices (type));
  if (!kp_question_type_has_choices (type))
    return g_new0 (char *, 1);
  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      g_autofree char *choice = g_strstrip (g_strdup (choices[i]));

      g_strv_builder_add (builder, choice);
    }
  return g_strv_builder_end (builder);
}

int
kp_needs_add_question (KpNeeds           *self,
                       KpSurvey          *survey,
                       const char        *text,
                       KpQuestionType     type,
                       const char *const *choices,
                       GError           **error)
{
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (GStrv) own = NULL;
  g_autofree char  *clean = NULL;
  QuestionnaireEdit edit;
  int               qid;

  g_return_val_if_fail (KP_IS_NEEDS (self), 0);
  g_return_val_if_fail (KP_IS_SURVEY (survey), 0);

  if (!kp_needs_check_survey (self, survey, error) || !check_question (text, type, choices, error))
    return 0;
  qid = kp_survey_next_qid (survey);
  questions = copy_questions (survey);
  own = choices_for (type, choices);
  clean = g_strstrip (g_strdup (text));
  g_ptr_array_add (questions, kp_survey_question_new (qid, clean, type, (const char *const *) own));
  rows = rewrite_rows (survey, -1, FALSE, TRUE, NULL, NULL, error);
  edit = (QuestionnaireEdit){ kp_survey_get_id (survey), questions, rows, 0 };
  if (!kp_project_edit (kp_needs_get_project (self), _ ("Add a question"), write_questionnaire,
                        &edit, error))
    return 0;
  return qid;
}

gboolean
kp_needs_remove_question (KpNeeds  *self,
                          KpSurvey *survey,
                          int       qid,
                          GError  **error)
{
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  QuestionnaireEdit edit;
  guint             index = 0;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (KP_IS_SURVEY (survey), FALSE);

  if (!kp_needs_check_survey (self, survey, error))
    return FALSE;
  if (kp_survey_find_question (survey, qid, &index) == NULL)
    return TRUE;
  questions = copy_questions (survey);
  g_ptr_array_remove_index (questions, index);
  rows = rewrite_rows (survey, (int) index, TRUE, FALSE, NULL, NULL, error);
  edit = (QuestionnaireEdit){ kp_survey_get_id (survey), questions, rows, qid };
  return kp_project_edit (kp_needs_get_project (self), _ ("Remove a question"),
                          write_questionnaire, &edit, error);
}

/* Reading the answers again by a question's new type. */
typedef struct
{
  KpSurveyQuestion *question; /* the new one */
  KpAnswerMatcher  *matcher;
  KpQuestionType    old_type;
} Retype;

static gboolean
retype_answer (const char *answer,
               GString    *out,
               gpointer    user_data,
               GError    **error)
{
  Retype          *retype = user_data;
  g_autofree char *reason = NULL;
  g_autofree char *flat = NULL;

  if (*answer == '\0')
    return TRUE;
  /* A multiple choice's items read as one answer, "a; b", by another type. */
  if (retype->old_type == KP_QUESTION_MULTIPLE)
    {
      g_auto (GStrv) items = g_strsplit (answer, (char[]){ KP_SURVEY_ITEM_SEPARATOR, '\0' }, -1);

      flat = g_strjoinv ("; ", items);
      answer = flat;
    }
  if (kp_answer_matcher_append (retype->matcher, answer, out, &reason))
    return TRUE;
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID, reason);
  return FALSE;
}

/* A choice question without choices gets one of each distinct answer. */
static GStrv
distinct_answers (KpSurvey      *survey,
                  guint          index,
                  KpQuestionType type)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint n = kp_survey_get_n_respondents (survey);

  for (guint r = 0; r < n; r++)
    {
      g_auto (GStrv) items = NULL;
      const char      *answer = kp_survey_get_answer (survey, r, index);
      g_autofree char *flat = g_strdelimit (g_strdup (answer), (char[]){ KP_SURVEY_ITEM_SEPARATOR, '\0' },
                                            ';');

      items = type == KP_QUESTION_MULTIPLE ? kp_survey_split_items (flat) : g_strsplit (flat, "\n", 1);
      for (guint k = 0; items[k] != NULL; k++)
        {
          g_autofree char *item = g_strstrip (g_strdup (items[k]));

          if (*item != '\0' && g_hash_table_add (seen, kp_survey_match_key (item)))
            g_ptr_array_add (labels, g_steal_pointer (&item));
        }
    }
  if (type == KP_QUESTION_AGE_BAND)
    kp_survey_sort_age_bands (labels);
  g_ptr_array_add (labels, NULL);
  return g_strdupv ((char **) labels->pdata);
}

gboolean
kp_needs_set_question (KpNeeds           *self,
                       KpSurvey          *survey,
                       int                qid,
                       const char        *text,
                       KpQuestionType     type,
                       const char *const *choices,
                       GError           **error)
{
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (GStrv) own = NULL;
  g_auto (GStrv) obce = NULL;
  g_autofree char        *clean = NULL;
  const KpSurveyQuestion *old;
  KpSurveyQuestion       *question;
  QuestionnaireEdit       edit;
  Retype                  retype;
  guint                   index = 0;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (KP_IS_SURVEY (survey), FALSE);

  if (!kp_needs_check_survey (self, survey, error) || !check_question (text, type, choices, error))
    return FALSE;
  old = kp_survey_find_question (survey, qid, &index);
  if (old == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The question is not in the survey"));
      return FALSE;
    }
  own = choices != NULL && choices[0] != NULL ? choices_for (type, choices)
        : type == old->type                   ? g_strdupv (old->choices)
        : kp_question_type_has_choices (type) && type != KP_QUESTION_SCALE &&
                type != KP_QUESTION_YES_NO && type != KP_QUESTION_OBEC
            ? distinct_answers (survey, index, type)
            : choices_for (type, NULL);
  clean = g_strstrip (g_strdup (text));
  questions = copy_questions (survey);
  question = kp_survey_question_new (qid, clean, type, (const char *const *) own);
  kp_survey_question_free (g_ptr_array_index (questions, index));
  g_ptr_array_index (questions, index) = question;

  obce = kp_needs_dup_obce_names (self);
  retype = (Retype){ question, kp_answer_matcher_new (question, (const char *const *) obce),
                     old->type };
  rows = rewrite_rows (survey, (int) index, FALSE, FALSE, retype_answer, &retype, error);
  kp_answer_matcher_free (retype.matcher);
  if (rows == NULL)
    return FALSE;
  edit = (QuestionnaireEdit){ kp_survey_get_id (survey), questions, rows,
                              type != KP_QUESTION_TEXT ? qid : 0 };
  return kp_project_edit (kp_needs_get_project (self), _ ("Edit a question"), write_questionnaire,
                          &edit, error);
}

gboolean
kp_needs_move_question (KpNeeds  *self,
                        KpSurvey *survey,
                        int       qid,
                        guint     position,
                        GError  **error)
{
  g_autoptr (GPtrArray) questions = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  QuestionnaireEdit edit;
  guint             index = 0, n, n_respondents;
  GString          *out;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (KP_IS_SURVEY (survey), FALSE);

  if (!kp_needs_check_survey (self, survey, error))
    return FALSE;
  if (kp_survey_find_question (survey, qid, &index) == NULL)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                           _ ("The question is not in the survey"));
      return FALSE;
    }
  questions = copy_questions (survey);
  n = questions->len;
  position = MIN (position, n - 1);
  if (position == index)
    return TRUE;
  {
    gpointer moved = g_ptr_array_steal_index (questions, index);

    g_ptr_array_insert (questions, (int) position, moved);
  }
  /* The answers follow their questions. */
  rows = g_ptr_array_new_with_free_func (g_free);
  n_respondents = kp_survey_get_n_respondents (survey);
  out = g_string_new (NULL);
  for (guint r = 0; r < n_respondents; r++)
    {
      g_string_truncate (out, 0);
      for (guint q = 0; q < n; q++)
        {
          const KpSurveyQuestion *question = g_ptr_array_index (questions, q);
          guint                   from = 0;

          kp_survey_find_question (survey, question->qid, &from);
          if (q > 0)
            g_string_append_c (out, KP_SURVEY_CELL_SEPARATOR);
          g_string_append (out, kp_survey_get_answer (survey, r, from));
        }
      g_ptr_array_add (rows, g_strndup (out->str, out->len));
    }
  g_string_free (out, TRUE);
  edit = (QuestionnaireEdit){ kp_survey_get_id (survey), questions, rows, 0 };
  return kp_project_edit (kp_needs_get_project (self), _ ("Move a question"), write_questionnaire,
                          &edit, error);
}
