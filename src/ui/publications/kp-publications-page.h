/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-pdf-preview.h"
#include "kp-project.h"
#include "kp-publications-options.h"

G_BEGIN_DECLS

/* The Publications view (Publikace): the provider catalogue or a leaflet, its options, a
 * live preview re-rendered in a worker after each change, export to PDF with progress and
 * Cancel, and printing. Properties: project (construct-only). Signals: preview-updated
 * (after a new rendering is shown), exported (char *path, after an export succeeded). */

#define KP_TYPE_PUBLICATIONS_PAGE (kp_publications_page_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsPage, kp_publications_page, KP, PUBLICATIONS_PAGE, AdwBin)

GtkWidget             *kp_publications_page_new (KpProject *project);
KpPdfPreview          *kp_publications_page_get_preview (KpPublicationsPage *self);
KpPublicationsOptions *kp_publications_page_get_options (KpPublicationsPage *self);
/* Writes the document as it is now to @file (through a ".part" file), in a worker. */
void     kp_publications_page_export (KpPublicationsPage *self,
                                      GFile              *file);
gboolean kp_publications_page_get_busy (KpPublicationsPage *self);

G_END_DECLS
