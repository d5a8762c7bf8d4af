/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text of documents (the catalogue, the leaflets) in the document's language, whatever
 * the locale of the process: a catalogue printed by a script under LANG=C or by a user with an
 * English desktop is still Czech. The language is a property of the document, separate from
 * the language of the user interface; Czech is the one documents are written in now.
 *
 * Document strings are marked D_(), DC_() and DN_() instead of _(), C_() and ngettext, so
 * that xgettext puts them into po/cs.po with the others; at build time po/cs.po becomes a
 * sorted table (build-aux/po-to-c.py) that these functions search. A string missing from the
 * table is returned as it is. */

#define KP_DOCUMENT_LANGUAGE "cs"

const char *kp_document_gettext (const char *msgid) G_GNUC_FORMAT (1);
const char *kp_document_pgettext (const char *context,
                                  const char *msgid) G_GNUC_FORMAT (2);
const char *kp_document_ngettext (const char *msgid,
                                  const char *msgid_plural,
                                  gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);
int         kp_document_plural_form (gulong n);

#define D_(String)             kp_document_gettext (String)
#define DC_(Context, String)   kp_document_pgettext (Context, String)
#define DN_(String, Plural, N) kp_document_ngettext (String, Plural, N)

G_END_DECLS
