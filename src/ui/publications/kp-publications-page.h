/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-pdf-preview.h"
#include "kp-project.h"
#include "kp-publications-options.h"

G_BEGIN_DECLS

/* The Publications view (Publikace): the provider catalogue, a leaflet or a plan document
 * (the plan, the action plan, the evaluation report, the settlement of comments), its
 * options, a live preview re-rendered in a worker after each change, export to PDF (and to
 * ODT for the plan documents) with progress and Cancel, and printing. A plan document that
 * cannot be made (no plan, no action plan for the year) is said in place of the preview,
 * with a way to the Plan view (win.view). Properties: project (construct-only). Signals: preview-updated
 * (after a new rendering is shown), exported (char *path, after an export succeeded). */

#define KP_TYPE_PUBLICATIONS_PAGE (kp_publications_page_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsPage, kp_publications_page, KP, PUBLICATIONS_PAGE, AdwBin)

GtkWidget             *kp_publications_page_new (KpProject *project);
KpPdfPreview          *kp_publications_page_get_preview (KpPublicationsPage *self);
KpPublicationsOptions *kp_publications_page_get_options (KpPublicationsPage *self);
/* Writes the document as it is now to @file (through a ".part" file), in a worker: an ODT
 * when the name ends in ".odt", else a PDF. */
void     kp_publications_page_export (KpPublicationsPage *self,
                                      GFile              *file);
gboolean kp_publications_page_get_busy (KpPublicationsPage *self);

G_END_DECLS
