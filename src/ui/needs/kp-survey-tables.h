/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-survey-results.h"

G_BEGIN_DECLS

/* The tables of a survey's results as grids of plain-text labels (answers are user text,
 * never markup): a question's frequencies (answer, count, % of valid answers, then n) and a
 * cross-tabulation (a row per category of the breakdown, a column per answer, each cell the
 * count and its share of the row). */

GtkWidget *kp_survey_frequency_table (const KpQuestionResult *result);
/* @table: rows = the breakdown question, columns = the question shown */
GtkWidget *kp_survey_cross_tab_table (const KpCrossTab *table);

G_END_DECLS
