/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-chart.h"
#include "kp-needs.h"
#include "kp-survey-results.h"

G_BEGIN_DECLS

/* The charts of the needs analysis, built from a project as plain KpChart snapshots that
 * the view, komplan-cli and the plan documents draw alike (src/render/chart). Titles,
 * subtitles with the source and date of the figures, and labels are translated here. */

KpChartTone kp_needs_chart_tone (KpRag rag);

/* The population pyramid of the territory with ČR's shape as an outline. */
KpChart *kp_needs_chart_pyramid (KpProject *project);
/* The spine chart of the profile: every indicator with a value or a range. */
KpChart *kp_needs_chart_spine (KpProject            *project,
                               const KpNeedsProfile *profile);
/* An indicator by obec, sorted from the highest, each obec coloured against the territory;
 * for an indicator obce do not have, its spine row. */
KpChart *kp_needs_chart_indicator (KpProject  *project,
                                   KpIndicator indicator);
/* Capacity per 1 000 of the population served, by type of service and unit. */
KpChart *kp_needs_chart_coverage (KpProject  *project,
                                  const char *obec_kod);
/* The answers of one question, in per cent of the valid answers. */
KpChart *kp_needs_chart_question (const KpQuestionResult *result);

G_END_DECLS
