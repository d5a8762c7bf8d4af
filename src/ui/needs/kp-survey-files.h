/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"

G_BEGIN_DECLS

/* The files of a survey, each asked for with the file chooser and reported in a toast on
 * @widget: the responses to import (then the import dialog), the results as CSV, the
 * blank questionnaire as PDF. */

/* @into: (nullable): the survey shown; @done: connected to the import dialog's "done"
 * signal with @widget as its data (may be NULL) */
void kp_survey_files_import (GtkWidget *widget,
                             KpNeeds   *needs,
                             KpSurvey  *into,
                             GCallback  done);
void kp_survey_files_export_results (GtkWidget *widget,
                                     KpSurvey  *survey);
void kp_survey_files_export_questionnaire (GtkWidget *widget,
                                           KpProject *project,
                                           KpSurvey  *survey);

G_END_DECLS
