/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-survey.h"

G_BEGIN_DECLS

/**
 * KpAnswerCount:
 * @label: a choice, a class of numbers ("10–19"), or a category of open answers
 * @count: how many respondents gave it
 * @percent: @count per 100 valid answers (for a multiple choice the percentages add up to
 *   more than 100)
 */
typedef struct
{
  char  *label;
  guint  count;
  double percent;
} KpAnswerCount;

/**
 * KpQuestionResult:
 * @qid, @text, @type: the question
 * @valid: respondents who answered it (n)
 * @missing: respondents who did not
 * @answers: (element-type KpAnswerCount): the frequency table, in the choices' order; for
 *   an open question its categories, most used first
 * @mean: the mean of a number or scale, NAN otherwise
 * @median: the median of a number or scale, NAN otherwise
 * @open: (element-type guint): for an open question, the respondents (0-based) who
 *   answered, in order
 */
typedef struct
{
  int            qid;
  char          *text;
  KpQuestionType type;
  guint          valid;
  guint          missing;
  GPtrArray     *answers;
  double         mean;
  double         median;
  GArray        *open;
} KpQuestionResult;

/**
 * KpSurveyResults:
 * @name, @title: the survey
 * @group: who was asked
 * @respondents: how many answered the survey
 * @questions: (element-type KpQuestionResult): in the questionnaire's order
 */
typedef struct
{
  char             *name;
  char             *title;
  KpRespondentGroup group;
  guint             respondents;
  GPtrArray        *questions;
} KpSurveyResults;

void kp_survey_results_free (KpSurveyResults *results);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpSurveyResults, kp_survey_results_free)

/* Returns: (transfer full): the frequency table of every question */
KpSurveyResults *kp_survey_compute_results (KpSurvey *survey);
/* Returns: (transfer none) (nullable) */
const KpQuestionResult *kp_survey_results_find (const KpSurveyResults *results,
                                                int                    qid);

/**
 * KpCrossTab:
 * @rows, @columns: the labels of the answers of the two questions
 * @counts: n_rows × n_columns counts, row by row: respondents who gave both
 * @row_totals, @column_totals: respondents who answered both, by row and by column
 * @total: respondents who answered both questions
 *
 * A question (rows) broken down by a second one (columns), e.g. by obec or age band.
 */
typedef struct
{
  char  *row_text;
  char  *column_text;
  GStrv  rows;
  GStrv  columns;
  guint  n_rows;
  guint  n_columns;
  guint *counts;
  guint *row_totals;
  guint *column_totals;
  guint  total;
} KpCrossTab;

void kp_cross_tab_free (KpCrossTab *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCrossTab, kp_cross_tab_free)

/* Returns: (transfer full) (nullable): the cross-tabulation, %NULL with @error set when
 * either question has no choices to count by (numbers, open answers) */
KpCrossTab *kp_survey_cross_tab (KpSurvey *survey,
                                 int       row_qid,
                                 int       column_qid,
                                 GError  **error);
/* Percent of the column's total, NAN when the column is empty. */
double kp_cross_tab_column_percent (const KpCrossTab *table,
                                    guint             row,
                                    guint             column);

/* The frequency tables as CSV (";", UTF-8 with a BOM, decimal comma: what Czech Excel
 * opens): question, answer, count, percent, n. Written to @path + ".part", then renamed. */
gboolean kp_survey_results_write_csv (const KpSurveyResults *results,
                                      const char            *path,
                                      GError               **error);

G_END_DECLS
