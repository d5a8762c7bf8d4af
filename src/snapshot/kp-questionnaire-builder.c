/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-questionnaire-builder.h"

static KpQuestionnaireAnswer
answer_of (KpQuestionType type)
{
  switch (type)
    {
    case KP_QUESTION_MULTIPLE:
      return KP_QUESTIONNAIRE_MANY;
    case KP_QUESTION_SCALE:
      return KP_QUESTIONNAIRE_SCALE;
    case KP_QUESTION_NUMBER:
      return KP_QUESTIONNAIRE_NUMBER;
    case KP_QUESTION_TEXT:
      return KP_QUESTIONNAIRE_TEXT;
    case KP_QUESTION_SINGLE:
    case KP_QUESTION_YES_NO:
    case KP_QUESTION_OBEC:
    case KP_QUESTION_AGE_BAND:
    default:
      return KP_QUESTIONNAIRE_ONE;
    }
}

static void
add_obec_question (KpQuestionnaire        *questionnaire,
                   const KpSurveyQuestion *question,
                   const char *const      *obce)
{
  guint n = obce != NULL ? g_strv_length ((char **) obce) : 0;

  if (n > 0 && n <= KP_QUESTIONNAIRE_MAX_OBCE)
    kp_questionnaire_add (questionnaire, question->text, KP_QUESTIONNAIRE_ONE, obce, NULL);
  else
    kp_questionnaire_add (questionnaire, question->text, KP_QUESTIONNAIRE_LINE, NULL,
                          _ ("Write the name of the obec you live in."));
}

/**
 * kp_questionnaire_build:
 *
 * Returns: (transfer full): the blank questionnaire of @survey
 */
KpQuestionnaire *
kp_questionnaire_build (KpProject *project,
                        KpSurvey  *survey)
{
  KpQuestionnaire *questionnaire;
  GPtrArray       *questions;
  const char      *title;
  g_auto (GStrv) obce = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_SURVEY (survey), NULL);

  title = kp_survey_get_title (survey);
  questionnaire =
      kp_questionnaire_new (title != NULL && *title != '\0' ? title : kp_survey_get_name (survey));
  /* Translators: under a questionnaire's title: the territory · who is asked */
  questionnaire->subtitle = g_strdup_printf (_ ("%s · respondents: %s"),
                                             kp_project_get_territory_name (project),
                                             kp_respondent_group_get_label (
                                                 kp_survey_get_respondent_group (survey)));
  questionnaire->intro = g_strdup (
      _ ("Thank you for taking part in the survey for the community plan of social services. "
         "Your answers are anonymous and are used only together with the answers of others. "
         "Mark the answers with a cross; you may leave out a question you do not want to "
         "answer."));
  obce = kp_needs_dup_obce_names (kp_needs_get (project));
  questions = kp_survey_get_questions (survey);
  for (guint i = 0; i < questions->len; i++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (questions, i);

      if (question->type == KP_QUESTION_OBEC)
        add_obec_question (questionnaire, question, (const char *const *) obce);
      else
        kp_questionnaire_add (questionnaire, question->text, answer_of (question->type),
                              (const char *const *) question->choices, NULL);
    }
  return questionnaire;
}
