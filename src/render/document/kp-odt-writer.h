/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-progress.h"
#include "kp-text-document-private.h"

G_BEGIN_DECLS

/* The OpenDocument text of a KpTextDocument: a zip with "mimetype" stored first and
 * uncompressed, content.xml, styles.xml with named styles a user recognises ("Nadpis 1",
 * "Tělo textu", "Obsah tabulky"), meta.xml, the figures as PNG pictures and a manifest
 * that lists every part. Headings are real headings (text:h with their outline level), so
 * the navigator and a contents made by LibreOffice or Word work; tables are real tables
 * with their header rows repeated; lists are lists. */

gboolean kp_odt_write (const KpDocModel *model,
                       GOutputStream    *stream,
                       KpProgress       *progress,
                       GCancellable     *cancellable,
                       GError          **error);

G_END_DECLS
