/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-needs.h"
#include "kp-questionnaire.h"

G_BEGIN_DECLS

/* The blank questionnaire of a survey, to print (src/render/survey): its questions in
 * order, each with what the respondent marks; an obec question lists the territory's obce
 * when there are few enough to tick, else gives a line to write on. */

#define KP_QUESTIONNAIRE_MAX_OBCE 24

KpQuestionnaire *kp_questionnaire_build (KpProject *project,
                                         KpSurvey  *survey);

G_END_DECLS
