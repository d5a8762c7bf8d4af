/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-types.h"
#include "kp-document.h"

G_BEGIN_DECLS

/* The printed provider catalogue (katalog poskytovatelů) as a print-ready PDF: title page,
 * introduction with the legend of pictograms, contents with page numbers, one entry per
 * service in chapters, crisis lines and emergency numbers, indexes by obec and by target
 * group, impressum; bookmarks, internal links and clickable web and e-mail addresses.
 *
 * Its summary counts the services; a catalogue without services has a note. */

#define KP_TYPE_CATALOGUE_DOCUMENT (kp_catalogue_document_get_type ())
G_DECLARE_FINAL_TYPE (KpCatalogueDocument, kp_catalogue_document, KP, CATALOGUE_DOCUMENT, KpDocument)

/* Takes ownership of @snapshot and @options. */
KpDocument                *kp_catalogue_document_new (KpCatalogueSnapshot *snapshot,
                                                      KpCatalogueOptions  *options);
const KpCatalogueSnapshot *kp_catalogue_document_get_snapshot (KpCatalogueDocument *self);
const KpCatalogueOptions  *kp_catalogue_document_get_options (KpCatalogueDocument *self);
/* What the last write that drew the catalogue wrote: pages and services. */
void kp_catalogue_document_get_result (KpCatalogueDocument *self,
                                       KpRenderResult      *out_result);

G_END_DECLS
