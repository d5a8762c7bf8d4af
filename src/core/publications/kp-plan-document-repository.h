/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the publications module only: the plan documents' own settings
 * (resources/sql/project/0011-plan-documents.sql). */

#include "kp-database.h"
#include "kp-plan-document-settings.h"

G_BEGIN_DECLS

/* Appends the chosen questions (KpQuestionChoice) of the document to @choices, in order. */
gboolean kp_plan_document_repository_load_questions (KpDatabase    *db,
                                                     KpDocumentKind kind,
                                                     GArray        *choices,
                                                     GError       **error);
/* Replaces the chosen questions of the document, in one savepoint. */
gboolean kp_plan_document_repository_set_questions (KpDatabase    *db,
                                                    KpDocumentKind kind,
                                                    GArray        *choices,
                                                    GError       **error);

G_END_DECLS
