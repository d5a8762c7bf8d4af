/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-reference-sources.h"

G_BEGIN_DECLS

/* Every kind of file the reference data are made of (kp-reference-sources.h): whether it
 * is imported, with its files and data date, or missing, and where it is published, as
 * text the user can select and copy. A row of each kind is named "source-<id>". */

#define KP_TYPE_REFERENCE_SOURCE_LIST (kp_reference_source_list_get_type ())
G_DECLARE_FINAL_TYPE (KpReferenceSourceList, kp_reference_source_list, KP, REFERENCE_SOURCE_LIST, GtkBox)

GtkWidget *kp_reference_source_list_new (void);
/* @imports: (element-type KpImportRecord): kp_library_list_imports() */
void kp_reference_source_list_update (KpReferenceSourceList *self,
                                      GPtrArray             *imports);

G_END_DECLS
