/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"
#include "kp-document-job.h"

G_BEGIN_DECLS

/* The options of the Publications view: which document (the provider catalogue or a leaflet
 * for one group), its texts, logos, structure and paper, and which services it lists.
 * Properties: project (construct-only). Signal: changed, after any option changed. */

#define KP_TYPE_PUBLICATIONS_OPTIONS (kp_publications_options_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsOptions, kp_publications_options, KP, PUBLICATIONS_OPTIONS, AdwBin)

GtkWidget     *kp_publications_options_new (KpProject *project);
KpDocumentKind kp_publications_options_get_kind (KpPublicationsOptions *self);
/* The snapshot and options as they are now, copied out of the project. */
KpDocumentJob *kp_publications_options_build_job (KpPublicationsOptions *self);
/* A file name for the document, "katalog-mikroregion-podlesi.pdf" */
char *kp_publications_options_dup_file_name (KpPublicationsOptions *self);
void  kp_publications_options_add_logo (KpPublicationsOptions *self,
                                        const char            *path);
/* Refills the type and target-group filters from the project's services. */
void kp_publications_options_update_filters (KpPublicationsOptions *self);

G_END_DECLS
