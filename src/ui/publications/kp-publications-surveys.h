/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan-document-settings.h"
#include "kp-project.h"
#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* The survey questions of the needs analysis (Potřeby) whose results the plan prints: a row
 * per survey that opens to its questions, each with a check box, written to the plan's
 * settings (KpPlanDocumentSettings) at once. Says so when the project has no survey. Signal:
 * changed, after the user chose or took out a question. */

#define KP_TYPE_PUBLICATIONS_SURVEYS (kp_publications_surveys_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsSurveys, kp_publications_surveys, KP, PUBLICATIONS_SURVEYS, AdwPreferencesGroup)

void kp_publications_surveys_setup (KpPublicationsSurveys *self,
                                    KpProject             *project,
                                    KpSettingsWriter      *writer);
/* @settings: (nullable): the plan's settings; %NULL empties the list */
void kp_publications_surveys_set_settings (KpPublicationsSurveys  *self,
                                           KpPlanDocumentSettings *settings);
/* Shows the surveys and questions the project has now. */
void kp_publications_surveys_update (KpPublicationsSurveys *self);

G_END_DECLS
