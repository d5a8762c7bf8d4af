/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"

G_BEGIN_DECLS

/* A survey's name, title and respondents: a new survey, an edit, or the import of a file
 * of responses (into a new survey or an existing one). The file is read in a worker and
 * stored in one undo step; what refuses it (file, row, column, reason) is shown in the
 * dialog, which closes only when it succeeded.
 *
 * Signal: done (KpSurvey *survey, char *message): the survey saved or imported, and what
 * to tell the user. */

#define KP_TYPE_SURVEY_EDITOR (kp_survey_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpSurveyEditor, kp_survey_editor, KP, SURVEY_EDITOR, AdwWindow)

GtkWidget *kp_survey_editor_new_survey (GtkWindow *parent,
                                        KpNeeds   *needs);
GtkWidget *kp_survey_editor_edit (GtkWindow *parent,
                                  KpNeeds   *needs,
                                  KpSurvey  *survey);
/* @into: (nullable): the survey chosen first, else a new one named after the file */
GtkWidget *kp_survey_editor_import (GtkWindow  *parent,
                                    KpNeeds    *needs,
                                    const char *path,
                                    KpSurvey   *into);

G_END_DECLS
