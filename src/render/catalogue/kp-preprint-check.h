/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-types.h"
#include "kp-document.h"

G_BEGIN_DECLS

/* The check before printing: what a catalogue or leaflet lacks that its reader would miss.
 * Shown in the Publications view (as the document's notes) and printed by komplan-cli,
 * which refuses a document with no services unless asked to (--allow-empty) and, with
 * --strict, any document with a warning. */

typedef enum
{
  KP_PREPRINT_NO_SERVICES,  /* the document lists no service */
  KP_PREPRINT_UNKNOWN_CODE, /* a type or target group known only by its registry code */
  KP_PREPRINT_NO_CONTACT,   /* services with no phone, e-mail or web */
  KP_PREPRINT_NO_PHONE,     /* services with an e-mail or web but no phone */
  KP_PREPRINT_NO_AUTHORITY, /* no local authority to turn to first */
  KP_PREPRINT_LEFT_OUT,     /* services that did not fit (a leaflet, after writing) */
  KP_PREPRINT_NO_OSPOD,     /* the authorities chapter has no child protection authority */
  KP_PREPRINT_NO_UP_OFFICE, /* … no contact office of Úřad práce */
  KP_PREPRINT_NO_HEALTH,    /* health care asked for, but the project has none */
  KP_PREPRINT_NO_SITUATION, /* the life-situation index matches no service */
} KpPreprintKind;

typedef struct
{
  KpPreprintKind kind;
  char          *text; /* translated, for the user */
} KpPreprintWarning;

void kp_preprint_warning_free (KpPreprintWarning *warning);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPreprintWarning, kp_preprint_warning_free)

GPtrArray *kp_preprint_check (const KpCatalogueSnapshot *snapshot,
                              GPtrArray                 *key_contacts,
                              const KpRenderResult      *result);
GPtrArray *kp_preprint_check_document (KpDocument *document);
void       kp_preprint_add_notes (KpDocument                *document,
                                  const KpCatalogueSnapshot *snapshot,
                                  GPtrArray                 *key_contacts);

G_END_DECLS
