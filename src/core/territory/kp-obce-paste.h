/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-obec.h"

G_BEGIN_DECLS

/* Reading a pasted list of obce (a MAS's member list copied from a document or a
 * spreadsheet): codes or names, one per line or separated by commas, semicolons or tabs.
 * A name may carry its okres or ORP in brackets ("Nová Ves (Rychnov nad Kněžnou)"). Names
 * are compared by Czech collation, then without regard to case and diacritics. */

/**
 * KpObcePasteChoice:
 * @text: the name as pasted
 * @candidates: (element-type KpObec): the obce of that name, by okres
 */
typedef struct
{
  char      *text;
  GPtrArray *candidates;
} KpObcePasteChoice;

/**
 * KpObcePaste:
 * @found: (element-type KpObec): the obce recognised, each once, in the order pasted
 * @ambiguous: (element-type KpObcePasteChoice): names that several obce bear
 * @unknown: (element-type utf8): the pieces that match no obec, made fit to be quoted
 */
typedef struct
{
  GPtrArray *found;
  GPtrArray *ambiguous;
  GPtrArray *unknown;
} KpObcePaste;

/* @obce: a GListModel of KpObec (the library's or the territory's); @text: any bytes */
KpObcePaste *kp_obce_paste_parse (GListModel *obce,
                                  const char *text,
                                  gssize      length);
void         kp_obce_paste_free (KpObcePaste *paste);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpObcePaste, kp_obce_paste_free)

/* The pieces of @text, stripped and non-empty (exposed for tests). */
GStrv kp_obce_paste_split (const char *text,
                           gssize      length);

G_END_DECLS
