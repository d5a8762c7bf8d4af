/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-settings.h"
#include "kp-document.h"
#include "kp-plan-document-settings.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The documents of a project's plan (DOMAIN.md §2.2–2.3) as block documents
 * (KpTextDocument), from the newest version of the plan copied out now, on the main
 * thread: the plan itself (SPRSS), the action plan of a year, the evaluation report of a
 * year or of the whole period, and the settlement of comments. The Publications view and
 * komplan-cli both make them here, so they print the same. Their words are Czech whatever
 * the language of the process (kp-document-text.h).
 *
 * The document is made as its settings (KpPlanDocumentSettings) say: the title (default: the
 * kind's), the subtitle's first line (default: the territory; the period follows it), the
 * issuer (default: the project's name), the year, and the survey questions whose results
 * the plan prints (kp-plan-document-survey.c).
 *
 * kp_plan_document_build() uses the project's own settings of @kind (what the user set up
 * in the Publications view); kp_plan_document_build_from_settings() the ones given, e.g. a
 * copy changed for one run.
 *
 * @kind: %KP_DOCUMENT_KIND_PLAN, _ACTION_PLAN, _EVALUATION or _COMMENTS
 * @year: the year of an action plan or evaluation in place of the settings' year; 0 for the
 *   settings' year, whose 0 is the first year that has an action plan (action plan) or the
 *   whole period (evaluation); ignored by the others
 *
 * Returns: (transfer full) (nullable): the document, not yet written, or %NULL with
 *   @error set (%KP_PROJECT_ERROR_NOT_FOUND) when the project has no plan, @year is outside
 *   its period or no action plan covers it */
KpDocument *kp_plan_document_build (KpProject     *project,
                                    KpDocumentKind kind,
                                    int            year,
                                    GError       **error);
KpDocument *kp_plan_document_build_from_settings (KpProject              *project,
                                                  KpPlanDocumentSettings *settings,
                                                  GError                **error);
/* Returns: (transfer full): what the document prints for @field when it was never set ("" for
 * nothing), for the view to show in its place */
char *kp_plan_document_dup_default_text (KpProject     *project,
                                         KpDocumentKind kind,
                                         KpDocumentText field);

G_END_DECLS
