/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-project.h"
#include "kp-publications.h"

G_BEGIN_DECLS

/* The options of the Publications view: which document (the provider catalogue, a leaflet
 * for one group, or a plan document: the plan, the action plan, the evaluation report, the
 * settlement of comments), and what fits it: texts, logos, structure and paper, which
 * services it lists; for the action plan and the evaluation their year, for the plan the
 * survey questions it prints. Shown from and written to the document's settings in the
 * project (kp-publications.h).
 * Properties: project (construct-only). Signal: changed, after the user changed an option. */

#define KP_TYPE_PUBLICATIONS_OPTIONS (kp_publications_options_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsOptions, kp_publications_options, KP, PUBLICATIONS_OPTIONS, AdwBin)

GtkWidget *kp_publications_options_new (KpProject *project);
/* The settings of the document shown (the project's). */
KpDocumentSettings *kp_publications_options_get_settings (KpPublicationsOptions *self);
/* The document as the options show it now, copied out of the project; %NULL with @error set
 * when a plan document cannot be made. */
KpDocument *kp_publications_options_build_document (KpPublicationsOptions *self,
                                                    GError               **error);
/* A file name for the document, "katalog-mikroregion-podlesi.pdf" */
char *kp_publications_options_dup_file_name (KpPublicationsOptions *self,
                                             KpDocumentFormat       format);
void  kp_publications_options_add_logo (KpPublicationsOptions *self,
                                        GFile                 *file);
/* Refills the type and target-group filters from the project's services. */
void kp_publications_options_update_filters (KpPublicationsOptions *self);
/* Refills the plan's years and the surveys after the plan or the needs analysis changed. */
void kp_publications_options_update_plan (KpPublicationsOptions *self);

G_END_DECLS
