/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-settings.h"
#include "kp-helpline.h"
#include "kp-leaflet-settings.h"
#include "kp-plan-document-settings.h"
#include "kp-project-module.h"

G_BEGIN_DECLS

/* The publications module of a project (a KpProjectModule, created on first use): the
 * settings of its documents, kept in the project file, one object per document for as long
 * as the project is open, and which document the Publications view shows. The application
 * and komplan-cli read the same settings, so they make the same document. The settings are
 * written as the user types and are not edits of the plan: the module's tables are not
 * recorded, so undo never takes a setting back.
 *
 * The first use of a project written before version 6 brings the logo files it named into
 * the project file; kp_publications_get_import_note() says which it had to leave out. */

#define KP_TYPE_PUBLICATIONS (kp_publications_get_type ())
G_DECLARE_FINAL_TYPE (KpPublications, kp_publications, KP, PUBLICATIONS, KpProjectModule)

/* Returns: (transfer none): the module of @project, created and read on first use */
KpPublications *kp_project_get_publications (KpProject *project);

/* Returns: (transfer none): the settings of a document; the same object each time */
KpDocumentSettings  *kp_publications_get_document (KpPublications *self,
                                                   KpDocumentKind  kind,
                                                   const char     *variant);
KpCatalogueSettings *kp_publications_get_catalogue (KpPublications *self);
/* @group: a group's id, "seniors" */
KpLeafletSettings *kp_publications_get_leaflet (KpPublications *self,
                                                const char     *group);
/* @kind: a plan document (kp_document_kind_is_plan()) */
KpPlanDocumentSettings *kp_publications_get_plan_document (KpPublications *self,
                                                           KpDocumentKind  kind);

/* Which document the Publications view shows: the kind (the catalogue unless set), and the
 * group of the leaflet shown when a leaflet is (%NULL unless set). */
KpDocumentKind kp_publications_get_shown_kind (KpPublications *self);
gboolean       kp_publications_set_shown_kind (KpPublications *self,
                                               KpDocumentKind  kind,
                                               GError        **error);
const char    *kp_publications_get_shown_leaflet (KpPublications *self);
gboolean       kp_publications_set_shown_leaflet (KpPublications *self,
                                                  const char     *group,
                                                  GError        **error);

/* Returns: (nullable): a sentence naming the logo files of an older project that could not
 * be brought into it (gone, or no PNG or SVG image), %NULL when there were none */
const char *kp_publications_get_import_note (KpPublications *self);

/* The national help lines the project's documents print (kp-helpline.h). Unlike the
 * settings, they are edits: each change is an undo step, and "changed" names the table
 * "helpline". */
GPtrArray *kp_publications_dup_helplines (KpPublications *self,
                                          GError        **error);
gboolean   kp_publications_set_helplines (KpPublications *self,
                                          GPtrArray      *helplines,
                                          GError        **error);
gboolean   kp_publications_reset_helplines (KpPublications *self,
                                            GError        **error);

G_END_DECLS
