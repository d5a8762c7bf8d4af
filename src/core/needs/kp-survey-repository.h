/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the needs module only: the SQL of surveys (survey, survey_question, survey_response,
 * survey_tag). */

#include "kp-database.h"
#include "kp-survey-private.h"

G_BEGIN_DECLS

/* Returns: (element-type gint64): every survey's id */
GArray *kp_survey_repository_list_ids (KpDatabase *db,
                                       GError    **error);
/* Returns: the survey, or %NULL: with @error set on failure, unset when there is none */
KpSurveyData *kp_survey_repository_load (KpDatabase *db,
                                         gint64      id,
                                         GError    **error);
gboolean      kp_survey_repository_insert (KpDatabase       *db,
                                           const char       *name,
                                           KpRespondentGroup group,
                                           gint64           *out_id,
                                           GError          **error);
gboolean      kp_survey_repository_update (KpDatabase       *db,
                                           gint64            id,
                                           const char       *name,
                                           const char       *title,
                                           KpRespondentGroup group,
                                           GError          **error);
gboolean      kp_survey_repository_set_source (KpDatabase *db,
                                               gint64      id,
                                               const char *source_name,
                                               const char *source_note,
                                               GError    **error);
gboolean      kp_survey_repository_delete (KpDatabase *db,
                                           gint64      id,
                                           GError    **error);
/* Writes @questions (KpSurveyQuestion) as the whole questionnaire, in their order. */
gboolean kp_survey_repository_replace_questions (KpDatabase *db,
                                                 gint64      id,
                                                 GPtrArray  *questions,
                                                 GError    **error);
/* Writes @rows (joined answers) as all the responses, and drops every category of them. */
gboolean kp_survey_repository_replace_responses (KpDatabase *db,
                                                 gint64      id,
                                                 GPtrArray  *respondents,
                                                 GPtrArray  *rows,
                                                 GError    **error);
/* Rewrites one respondent's answers. */
gboolean kp_survey_repository_set_response (KpDatabase *db,
                                            gint64      id,
                                            guint       position,
                                            const char *answers,
                                            GError    **error);
gboolean kp_survey_repository_set_tags (KpDatabase        *db,
                                        gint64             id,
                                        int                qid,
                                        guint              response,
                                        const char *const *tags,
                                        GError           **error);
gboolean kp_survey_repository_delete_question_tags (KpDatabase *db,
                                                    gint64      id,
                                                    int         qid,
                                                    GError    **error);

G_END_DECLS
