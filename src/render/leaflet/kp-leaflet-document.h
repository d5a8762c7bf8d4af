/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-types.h"
#include "kp-document.h"

G_BEGIN_DECLS

/* A leaflet (leták) for one target group or life situation, as a print-ready PDF of
 * exactly the sheet it promises: an A4 sheet folded in three (2 landscape pages of 3
 * panels) or an A5 sheet printed on both sides (2 pages). The snapshot holds the chosen
 * services and local crisis lines; when the services do not fit, they lose their
 * descriptions first, then the last ones are left out with a line saying how many more the
 * catalogue has.
 *
 * Its summary counts the services shown; a note says when there are none, when some were
 * left out, or when some lost their descriptions. */

#define KP_TYPE_LEAFLET_DOCUMENT (kp_leaflet_document_get_type ())
G_DECLARE_FINAL_TYPE (KpLeafletDocument, kp_leaflet_document, KP, LEAFLET_DOCUMENT, KpDocument)

/* Takes ownership of @snapshot and @options. */
KpDocument                *kp_leaflet_document_new (KpCatalogueSnapshot *snapshot,
                                                    KpLeafletOptions    *options);
const KpLeafletOptions    *kp_leaflet_document_get_options (KpLeafletDocument *self);
const KpCatalogueSnapshot *kp_leaflet_document_get_snapshot (KpLeafletDocument *self);
/* What the last write that drew the leaflet wrote: services shown, shortened, left out. */
void kp_leaflet_document_get_result (KpLeafletDocument *self,
                                     KpRenderResult    *out_result);

G_END_DECLS
