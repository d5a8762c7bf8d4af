/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-parts.h"
#include "kp-project.h"
#include "kp-service-network.h"

G_BEGIN_DECLS

/* The catalogue's optional parts from a project (kp-catalogue-parts.h): which related
 * services go to the chapters of authorities and of health care instead of the chapters of
 * services, the contact offices of Úřad práce, and the life-situation index; and the
 * helpers the builder's files share. */

/* kp-catalogue-authorities-builder.c */
/* Whether an authority is the child protection authority: its name or description says
 * "OSPOD" or "sociálně-právní ochrana dětí" (the project has one kind for authorities). */
gboolean kp_catalogue_is_ospod (KpService *service);
/* Takes @entry (transfer full) into @parts when @service belongs to a part asked for
 * (an authority, health care); FALSE leaves @entry to the caller. */
gboolean kp_catalogue_parts_take (KpCatalogueParts *parts,
                                  KpService        *service,
                                  KpCatalogueEntry *entry);
/* Sorts the parts' entries and adds the project's contact offices of Úřad práce. */
void kp_catalogue_parts_finish (KpCatalogueParts *parts,
                                KpProject        *project);

/* kp-catalogue-situations-builder.c */
guint       kp_catalogue_situation_get_n (void);
const char *kp_catalogue_situation_get_title (guint situation);
gboolean    kp_catalogue_situation_matches (guint      situation,
                                            KpService *service);
void        kp_catalogue_situations_fill (KpCatalogueSnapshot *snapshot,
                                          GPtrArray           *services);

/* kp-catalogue-builder.c */
/* Whether @text is NULL or white space only. */
gboolean kp_catalogue_builder_is_blank (const char *text);
/* Returns: (transfer full) (nullable): @text without its outer white space, NULL when blank */
char *kp_catalogue_builder_dup_text (const char *text);

/* kp-catalogue-contacts-builder.c */
/* Returns: (transfer full) (nullable): the service's first contact of @kind, else its
 *   provider's */
char *kp_catalogue_builder_dup_first_contact (KpService           *service,
                                              KpServiceContactKind kind);
/* Sets the contacts of @service and of its provider on @entry. */
void kp_catalogue_builder_set_contacts (KpCatalogueEntry *entry,
                                        KpService        *service);
/* Adds the addresses of @service's facilities active on @date (else its provider's). */
void kp_catalogue_builder_add_addresses (KpCatalogueEntry *entry,
                                         KpService        *service,
                                         const char       *date);
/* Returns: (transfer full): kód obce → the name a catalogue prints */
GHashTable *kp_catalogue_builder_obec_names_new (KpProject *project);
/* Adds the names of the obce @service works for on @date. */
void kp_catalogue_builder_add_obce (KpCatalogueEntry *entry,
                                    GHashTable       *obec_names,
                                    KpService        *service,
                                    const char       *date);

G_END_DECLS
