/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-progress.h"
#include "kp-catalogue-types.h"

G_BEGIN_DECLS

/* A leaflet (leták) for one target group or life situation, as a print-ready PDF of
 * exactly the sheet it promises: an A4 sheet folded in three (2 landscape pages of 3
 * panels) or an A5 sheet printed on both sides (2 pages). The snapshot holds the chosen
 * services and local crisis lines; when the services do not fit, they lose their
 * descriptions first, then the last ones are left out with a line saying how many more the
 * catalogue has. @result tells the caller, so the UI can warn.
 *
 * Thread-safe, like kp_catalogue_render_pdf(). */

gboolean kp_leaflet_render_pdf (const KpCatalogueSnapshot *snapshot,
                                const KpLeafletOptions    *options,
                                const char                *path,
                                KpProgress                *progress,
                                GCancellable              *cancellable,
                                KpRenderResult            *result,
                                GError                   **error);
GBytes  *kp_leaflet_render_bytes (const KpCatalogueSnapshot *snapshot,
                                  const KpLeafletOptions    *options,
                                  KpProgress                *progress,
                                  GCancellable              *cancellable,
                                  KpRenderResult            *result,
                                  GError                   **error);

G_END_DECLS
