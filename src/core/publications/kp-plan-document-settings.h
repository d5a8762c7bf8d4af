/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-settings.h"

G_BEGIN_DECLS

/* The settings of a plan document (kinds KP_DOCUMENT_KIND_PLAN, _ACTION_PLAN, _EVALUATION
 * and _COMMENTS; the variant is ""): the texts, logos and year of KpDocumentSettings, where
 * the year is the action plan's or the evaluation's (0: the first action plan, the whole
 * period), and for the plan the survey questions of the needs analysis whose results it
 * prints, in the order the user chose them. Setters as in KpDocumentSettings. */

/**
 * KpQuestionChoice:
 * @survey_id: the survey's id (kp_survey_get_id())
 * @qid: the question's id within the survey
 */
typedef struct
{
  gint64 survey_id;
  int    qid;
} KpQuestionChoice;

#define KP_TYPE_PLAN_DOCUMENT_SETTINGS (kp_plan_document_settings_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanDocumentSettings, kp_plan_document_settings, KP, PLAN_DOCUMENT_SETTINGS, KpDocumentSettings)

/* Whether @kind is one of the plan documents. */
gboolean kp_document_kind_is_plan (KpDocumentKind kind);

/* Settings with every default, kept in memory only (the project's are
 * kp_publications_get_plan_document()). */
KpPlanDocumentSettings *kp_plan_document_settings_new (KpDocumentKind kind);

/* Returns: (transfer none) (element-type KpQuestionChoice): the chosen questions in order */
GArray  *kp_plan_document_settings_get_questions (KpPlanDocumentSettings *self);
gboolean kp_plan_document_settings_has_question (KpPlanDocumentSettings *self,
                                                 gint64                  survey_id,
                                                 int                     qid);
/* Chooses the question (after the others) or takes it out. */
gboolean kp_plan_document_settings_set_question (KpPlanDocumentSettings *self,
                                                 gint64                  survey_id,
                                                 int                     qid,
                                                 gboolean                chosen,
                                                 GError                **error);

G_END_DECLS
