/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-settings.h"
#include "kp-document.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* Any document of a project, as the user set it up: the project's data copied out now (on
 * the main thread), the texts and choices of its settings over the defaults. The Publications
 * view and komplan-cli both make their documents here, so they print the same; komplan-cli
 * changes a copy of the settings (kp_document_settings_copy()) for what its options say.
 *
 * A text that was never set has its default; a text set empty (or only spaces) leaves the
 * part out, except the title, which then has its default. */

/* Returns: (transfer full) (nullable): the document, not yet written; %NULL with @error set
 * when a plan document cannot be made (no plan, no action plan for the year) */
KpDocument *kp_document_builder_try_build (KpProject          *project,
                                           KpDocumentSettings *settings,
                                           GError            **error);
/* As kp_document_builder_try_build(), without the reason: for the catalogue and the
 * leaflets, which are always made. */
KpDocument *kp_document_builder_build (KpProject          *project,
                                       KpDocumentSettings *settings);
/* Returns: (transfer full): what the document shows for @field when it was never set ("" for
 * nothing), for the view to show in its place */
char *kp_document_builder_dup_default_text (KpProject          *project,
                                            KpDocumentSettings *settings,
                                            KpDocumentText      field);
/* The year a document is issued for when it was never set: this year. */
int kp_document_builder_get_default_year (void);

G_END_DECLS
