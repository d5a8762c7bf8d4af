/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"
#include "kp-survey-results.h"

G_BEGIN_DECLS

/* The results of one question of a survey: its frequency table and chart (exportable), a
 * cross-tabulation by a second question (obec, age band, any question with choices), and
 * for an open question its answers with the user's categories. */

#define KP_TYPE_SURVEY_QUESTION_VIEW (kp_survey_question_view_get_type ())
G_DECLARE_FINAL_TYPE (KpSurveyQuestionView, kp_survey_question_view, KP, SURVEY_QUESTION_VIEW, AdwBin)

GtkWidget *kp_survey_question_view_new (KpNeeds *needs);
/* Shows the question @qid of @survey from @results (read now, not kept). The breakdown
 * chosen stays while the question does. */
void kp_survey_question_view_set (KpSurveyQuestionView  *self,
                                  KpSurvey              *survey,
                                  const KpSurveyResults *results,
                                  int                    qid);

G_END_DECLS
