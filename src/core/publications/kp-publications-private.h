/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the publications module only: how its settings objects are tied to the project file. */

#include "kp-catalogue-settings.h"
#include "kp-database.h"
#include "kp-document-settings.h"
#include "kp-leaflet-settings.h"
#include "kp-plan-document-settings.h"

G_BEGIN_DECLS

/* kp-document-settings.c */

/* Reads the document's texts, year and logos from @db, which the settings then write to. A
 * failure leaves the defaults (and is logged): the settings still write. */
void kp_document_settings_load (KpDocumentSettings *self,
                                KpDatabase         *db);
/* Returns: (nullable): the file written to, %NULL for a copy */
KpDatabase *kp_document_settings_get_database (KpDocumentSettings *self);
void        kp_document_settings_emit_changed (KpDocumentSettings *self);

/* kp-catalogue-settings.c, kp-leaflet-settings.c: the settings kept in @db. */
KpCatalogueSettings *kp_catalogue_settings_new_stored (KpDatabase *db);
KpLeafletSettings   *kp_leaflet_settings_new_stored (KpDatabase *db,
                                                     const char *group);
/* kp-plan-document-settings.c */
KpPlanDocumentSettings *kp_plan_document_settings_new_stored (KpDatabase    *db,
                                                              KpDocumentKind kind);

G_END_DECLS
