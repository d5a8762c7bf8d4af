/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-needs-types.h"

G_BEGIN_DECLS

/**
 * KpSurveyQuestion:
 * @qid: the question's id within its survey, kept for good (findings cite it)
 * @text: the question as asked
 * @type: what its answers are
 * @choices: (array zero-terminated=1): the choices in their order; for a scale "1"…"5",
 *   for yes/no "ano", "ne"; empty for numbers and open answers
 */
typedef struct
{
  int            qid;
  char          *text;
  KpQuestionType type;
  char         **choices;
} KpSurveyQuestion;

KpSurveyQuestion *kp_survey_question_new (int                qid,
                                          const char        *text,
                                          KpQuestionType     type,
                                          const char *const *choices);
KpSurveyQuestion *kp_survey_question_copy (const KpSurveyQuestion *question);
void              kp_survey_question_free (KpSurveyQuestion *question);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpSurveyQuestion, kp_survey_question_free)

/* The choices Komplan gives a scale ("1"…"5") and a yes/no question ("ano", "ne"). */
const char *const *kp_question_type_get_fixed_choices (KpQuestionType type);

/* One survey of the project: its questionnaire and the responses, as the project file has
 * them; read-only (edits through kp-needs.h). The needs module re-reads it after each
 * change and updates this object (notify::changed-serial).
 *
 * An answer is the text of one cell: a choice's label as the questionnaire spells it, a
 * number, an open text, or for a multiple choice the labels separated by U+001E; "" is no
 * answer.
 *
 * Properties (read-only): id (gint64), name, title (nullable), respondent-group
 * (KpRespondentGroup as int), source-name, source-note, imported-at (nullable),
 * n-questions, n-respondents (uint), changed-serial (uint, grows on every change). */

#define KP_TYPE_SURVEY (kp_survey_get_type ())
G_DECLARE_FINAL_TYPE (KpSurvey, kp_survey, KP, SURVEY, GObject)

#define KP_SURVEY_ITEM_SEPARATOR '\x1e'

gint64            kp_survey_get_id (KpSurvey *self);
const char       *kp_survey_get_name (KpSurvey *self);
const char       *kp_survey_get_title (KpSurvey *self);
KpRespondentGroup kp_survey_get_respondent_group (KpSurvey *self);
const char       *kp_survey_get_source_name (KpSurvey *self);
const char       *kp_survey_get_source_note (KpSurvey *self);
const char       *kp_survey_get_imported_at (KpSurvey *self);

/* Returns: (transfer none) (element-type KpSurveyQuestion): in the questionnaire's order */
GPtrArray *kp_survey_get_questions (KpSurvey *self);
/* Returns: (transfer none) (nullable) */
const KpSurveyQuestion *kp_survey_find_question (KpSurvey *self,
                                                 int       qid,
                                                 guint    *out_index);
guint                   kp_survey_get_n_respondents (KpSurvey *self);
/* The answer of respondent @respondent (0-based) to the question at @index; "" none. */
const char *kp_survey_get_answer (KpSurvey *self,
                                  guint     respondent,
                                  guint     index);
/* Returns: (nullable): the respondent's id in the file */
const char *kp_survey_get_respondent_id (KpSurvey *self,
                                         guint     respondent);
/* Returns: (transfer none) (nullable): the user's categories of an open answer,
 * NULL-terminated */
const char *const *kp_survey_get_tags (KpSurvey *self,
                                       int       qid,
                                       guint     respondent);
/* Returns: (transfer full): every category used with the question, sorted (Czech order) */
GStrv kp_survey_list_tags (KpSurvey *self,
                           int       qid);
guint kp_survey_get_changed_serial (KpSurvey *self);

G_END_DECLS
