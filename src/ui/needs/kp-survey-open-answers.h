/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"
#include "kp-survey-results.h"

G_BEGIN_DECLS

/* The open answers of a question, each with the categories the user tags it with
 * (separated by commas, saved on Enter, one undo step each); the frequency table of the
 * question counts the categories. A list that recycles its rows, for thousands of
 * answers. */

#define KP_TYPE_SURVEY_OPEN_ANSWERS (kp_survey_open_answers_get_type ())
G_DECLARE_FINAL_TYPE (KpSurveyOpenAnswers, kp_survey_open_answers, KP, SURVEY_OPEN_ANSWERS, AdwBin)

GtkWidget *kp_survey_open_answers_new (KpNeeds *needs);
/* Shows the open answers of @result's question. Called again while the user's tags are
 * being saved, it keeps the list (and its scroll position). */
void kp_survey_open_answers_set (KpSurveyOpenAnswers    *self,
                                 KpSurvey               *survey,
                                 const KpQuestionResult *result);

G_END_DECLS
