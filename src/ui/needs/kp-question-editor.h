/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"

G_BEGIN_DECLS

/* A question of a survey: its text, type and choices. Correcting the type of an imported
 * question reads its answers again (a number must be a number; a new choice question takes
 * its distinct answers as choices); what cannot be read is shown, naming the respondent.
 * One undo step; the editor closes when it succeeded. */

#define KP_TYPE_QUESTION_EDITOR (kp_question_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpQuestionEditor, kp_question_editor, KP, QUESTION_EDITOR, AdwWindow)

/* @qid: the question to edit, or 0 to add one at the end */
GtkWidget *kp_question_editor_new (GtkWindow *parent,
                                   KpNeeds   *needs,
                                   KpSurvey  *survey,
                                   int        qid);

G_END_DECLS
