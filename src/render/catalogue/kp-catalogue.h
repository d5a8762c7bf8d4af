/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kp-progress.h"
#include "kp-catalogue-types.h"

G_BEGIN_DECLS

/* The printed provider catalogue (katalog poskytovatelů) as a print-ready PDF: title page,
 * introduction with the legend of pictograms, contents with page numbers, one entry per
 * service in chapters, crisis lines and emergency numbers, indexes by obec and by target
 * group, impressum; bookmarks, internal links and clickable web and e-mail addresses.
 *
 * Thread-safe: no global state, so it can run in a GTask worker. @progress and
 * @cancellable are checked between entries. */

gboolean kp_catalogue_render_pdf (const KpCatalogueSnapshot *snapshot,
                                  const KpCatalogueOptions  *options,
                                  const char                *path,
                                  KpProgress                *progress,
                                  GCancellable              *cancellable,
                                  KpRenderResult            *result,
                                  GError                   **error);
GBytes  *kp_catalogue_render_bytes (const KpCatalogueSnapshot *snapshot,
                                    const KpCatalogueOptions  *options,
                                    KpProgress                *progress,
                                    GCancellable              *cancellable,
                                    KpRenderResult            *result,
                                    GError                   **error);

G_END_DECLS
