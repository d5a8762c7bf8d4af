/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>

/* One translated message of the document language's table, generated from its .po file
 * (build-aux/po-to-c.py). The key is the msgid, or context, U+0004 and msgid; the table is
 * sorted by the bytes of the key. */
typedef struct
{
  const char *key;
  const char *forms[3]; /* msgstr, or msgstr[0], msgstr[1], msgstr[2]; NULL when unused */
} KpDocumentString;

extern const KpDocumentString kp_document_strings_cs[];
extern const unsigned         kp_document_n_strings_cs;
