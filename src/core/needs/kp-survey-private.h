/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the needs module only: how answers are matched to questions (kp-survey-answer.c),
 * how a questionnaire is made from a file (kp-survey-infer.c), and how a survey object is
 * filled from the project file (kp-survey.c). */

#include "kp-survey.h"

G_BEGIN_DECLS

/* kp-survey-answer.c */

/* The key answers and choices are matched by: folded (case and diacritics ignored), white
 * space collapsed. */
char *kp_survey_match_key (const char *text);
/* A cell as stored: control characters (the separators too) turned into spaces, trimmed. */
char *kp_survey_clean_cell (const char *cell);
/* The items of a multiple choice cell: split at ";" when it has one, else at ",";
 * trimmed, empty items dropped. */
GStrv kp_survey_split_items (const char *cell);

typedef struct _KpAnswerMatcher KpAnswerMatcher;

/* Matches answers to @question; @obce (nullable) are the names an obec answer is matched
 * to. */
KpAnswerMatcher *kp_answer_matcher_new (const KpSurveyQuestion *question,
                                        const char *const      *obce);
void             kp_answer_matcher_free (KpAnswerMatcher *matcher);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpAnswerMatcher, kp_answer_matcher_free)
/* The stored form of @cell (a clean cell), appended to @out; FALSE with @out_reason set
 * (translated) when it fits no choice. "" stays "" (no answer). */
gboolean kp_answer_matcher_append (KpAnswerMatcher *matcher,
                                   const char      *cell,
                                   GString         *out,
                                   char           **out_reason);

/* The number of a number or scale answer; NAN when it is none. */
double kp_survey_parse_number (const char *text);

/* kp-survey-infer.c */

/* The question a column makes: its type and choices from its header and its clean cells
 * (@cells: const char *, one per respondent, "" for none). */
KpSurveyQuestion *kp_survey_infer_question (int         qid,
                                            const char *header,
                                            GPtrArray  *cells);
/* Whether a column's header names the respondent's id or is a form tool's bookkeeping
 * (time stamp, e-mail, name) that is no question. */
gboolean kp_survey_header_is_respondent_id (const char *header);
gboolean kp_survey_header_is_bookkeeping (const char *header);
/* The choices of an age band question in the order of their ages. */
void kp_survey_sort_age_bands (GPtrArray *labels);

/* kp-survey.c */

typedef struct
{
  gint64            id;
  char             *name;
  char             *title;
  KpRespondentGroup group;
  char             *source_name;
  char             *source_note;
  char             *imported_at;
  GPtrArray        *questions;   /* KpSurveyQuestion */
  GPtrArray        *respondents; /* char *, nullable items */
  GPtrArray        *rows;        /* char *, cells joined by U+001F */
  GPtrArray        *tags;        /* KpSurveyTagRow */
} KpSurveyData;

typedef struct
{
  int   qid;
  guint response;
  char *tag;
} KpSurveyTagRow;

void kp_survey_data_free (KpSurveyData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpSurveyData, kp_survey_data_free)

/* Takes @data. */
KpSurvey *kp_survey_new (KpSurveyData *data);
/* Replaces the survey's contents with @data (taken); notifies. */
void kp_survey_update (KpSurvey     *self,
                       KpSurveyData *data);
/* The next free qid. */
int kp_survey_next_qid (KpSurvey *self);

G_END_DECLS
