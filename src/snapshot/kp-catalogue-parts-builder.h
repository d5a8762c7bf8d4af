/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-parts.h"
#include "kp-project.h"
#include "kp-service-network.h"

G_BEGIN_DECLS

/* The catalogue's optional parts from a project (kp-catalogue-parts.h): which related
 * services go to the chapters of authorities and of health care instead of the chapters of
 * services, the contact offices of Úřad práce, and the life-situation index. */

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

G_END_DECLS
