/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-settings.h"
#include "kp-document.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The documents of a project's plan (DOMAIN.md §2.2–2.3) as block documents
 * (KpTextDocument), from the newest version of the plan copied out now, on the main
 * thread: the plan itself (SPRSS), the action plan of a year, the evaluation report of a
 * year or of the whole period, and the settlement of comments. The Publications view and
 * komplan-cli both make them here, so they print the same. Their words are Czech whatever
 * the language of the process (kp-document-text.h).
 *
 * @kind: %KP_DOCUMENT_KIND_PLAN, _ACTION_PLAN, _EVALUATION or _COMMENTS
 * @year: the year of an action plan or evaluation; 0 for the first year that has an action
 *   plan (action plan) or the whole period (evaluation); ignored by the others
 *
 * Returns: (transfer full) (nullable): the document, not yet written, or %NULL with
 *   @error set (%KP_PROJECT_ERROR_NOT_FOUND) when the project has no plan, @year is outside
 *   its period or no action plan covers it */
KpDocument *kp_plan_document_build (KpProject     *project,
                                    KpDocumentKind kind,
                                    int            year,
                                    GError       **error);
/* The same with the document's settings (kp_publications_get_document() for @kind): their
 * logos in a row at the foot of the cover and the EU publicity text under them. Only the
 * base class's values are read. @settings: (nullable): none, as kp_plan_document_build() */
KpDocument *kp_plan_document_build_with_settings (KpProject          *project,
                                                  KpDocumentKind      kind,
                                                  int                 year,
                                                  KpDocumentSettings *settings,
                                                  GError            **error);

G_END_DECLS
