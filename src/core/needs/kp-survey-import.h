/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-survey.h"

G_BEGIN_DECLS

/* Reading the responses of a survey from the file a form tool or Excel exported: one row
 * per respondent, one column per question (CSV in UTF-8 or Windows-1250 with ";", "," or
 * tabs; or the first sheet of an .xlsx). Reading is separate from storing, so that a large
 * file is read in a worker and stored in one edit (kp_needs_import_survey()).
 *
 * With a questionnaire, every column must be one of its questions (by its text, case and
 * diacritics ignored) and every answer must fit its question; without one, the
 * questionnaire is made from the header and the answers (kp-survey-infer.c), and the user
 * can correct the types. A column named like a respondent id ("ID", "Respondent") gives
 * the respondents' ids, which must be unique; the form tools' columns of time stamps and
 * e-mail addresses are left out. Anything wrong refuses the file with KP_IMPORT_ERROR
 * naming the file, the row, the column and the reason. */

/**
 * KpSurveyImport:
 * @display_name: the file's name
 * @note: what the user should know of the file, translated ("Windows-1250, ;")
 * @questions: (element-type KpSurveyQuestion): the questionnaire the answers follow
 * @inferred: @questions were made from the file
 * @respondents: (element-type utf8): each respondent's id in the file, or %NULL
 * @rows: (element-type utf8): each respondent's answers in the order of @questions,
 *   separated by U+001F, a multiple choice's items by U+001E
 * @skipped: (element-type utf8): the headers of the columns left out
 */
typedef struct
{
  char      *display_name;
  char      *note;
  GPtrArray *questions;
  gboolean   inferred;
  GPtrArray *respondents;
  GPtrArray *rows;
  GPtrArray *skipped;
} KpSurveyImport;

void kp_survey_import_free (KpSurveyImport *import);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpSurveyImport, kp_survey_import_free)

#define KP_SURVEY_CELL_SEPARATOR '\x1f'

/**
 * kp_survey_import_read:
 * @path: the CSV or XLSX file
 * @questionnaire: (nullable) (element-type KpSurveyQuestion): the survey's questions, or
 *   %NULL (or empty) to make them from the file
 * @obce: (nullable) (array zero-terminated=1): the names of the territory's obce, which an
 *   obec question's answers are matched to (case and diacritics ignored)
 *
 * Safe in a worker thread.
 */
KpSurveyImport *kp_survey_import_read (const char        *path,
                                       GPtrArray         *questionnaire,
                                       const char *const *obce,
                                       GCancellable      *cancellable,
                                       GError           **error);

G_END_DECLS
