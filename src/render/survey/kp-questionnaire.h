/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A blank questionnaire to print, for respondents without a computer: a title, who is
 * asked, a short instruction, then the questions numbered, each with what to mark (a
 * circle for one answer, a square for each of several, the points of a scale, a box for a
 * number, ruled lines for an open answer). A4 portrait; a question is never split between
 * pages; every page says "page N of M". Built from a survey in src/snapshot. */

/**
 * KpQuestionnaireAnswer:
 * @KP_QUESTIONNAIRE_ONE: one of the choices (circles)
 * @KP_QUESTIONNAIRE_MANY: any of the choices (squares)
 * @KP_QUESTIONNAIRE_SCALE: one point of a scale, the choices in a row
 * @KP_QUESTIONNAIRE_NUMBER: a number written in a box
 * @KP_QUESTIONNAIRE_TEXT: an open answer on ruled lines
 * @KP_QUESTIONNAIRE_LINE: a short answer on one line (an obec when the territory has many)
 */
typedef enum
{
  KP_QUESTIONNAIRE_ONE,
  KP_QUESTIONNAIRE_MANY,
  KP_QUESTIONNAIRE_SCALE,
  KP_QUESTIONNAIRE_NUMBER,
  KP_QUESTIONNAIRE_TEXT,
  KP_QUESTIONNAIRE_LINE,
} KpQuestionnaireAnswer;

/**
 * KpQuestionnaireItem:
 * @text: the question as asked
 * @answer: what the respondent marks
 * @choices: (nullable): the labels, for ONE, MANY and SCALE
 * @hint: (nullable): a line under the question ("1 = the best"); when %NULL, what @answer
 *   asks for ("Mark one answer.")
 */
typedef struct
{
  char                 *text;
  KpQuestionnaireAnswer answer;
  GStrv                 choices;
  char                 *hint;
} KpQuestionnaireItem;

/**
 * KpQuestionnaire:
 * @title: the survey's title
 * @subtitle: (nullable): who is asked, the territory
 * @intro: (nullable): the paragraph under the title
 * @closing: (nullable): the line after the last question ("Thank you")
 * @font_family: (nullable): default "Noto Sans, DejaVu Sans, Sans"
 * @items: (element-type KpQuestionnaireItem)
 */
typedef struct
{
  char      *title;
  char      *subtitle;
  char      *intro;
  char      *closing;
  char      *font_family;
  GPtrArray *items;
} KpQuestionnaire;

KpQuestionnaire *kp_questionnaire_new (const char *title);
void             kp_questionnaire_free (KpQuestionnaire *questionnaire);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpQuestionnaire, kp_questionnaire_free)

/* @choices: (nullable); @hint: (nullable). Returns: (transfer none) the item added */
KpQuestionnaireItem *kp_questionnaire_add (KpQuestionnaire      *questionnaire,
                                           const char           *text,
                                           KpQuestionnaireAnswer answer,
                                           const char *const    *choices,
                                           const char           *hint);

/* Writes the PDF to @path + ".part" and renames it over @path when complete; returns the
 * number of pages in @out_pages (nullable). */
gboolean kp_questionnaire_write_pdf (const KpQuestionnaire *questionnaire,
                                     const char            *path,
                                     int                   *out_pages,
                                     GError               **error);

G_END_DECLS
