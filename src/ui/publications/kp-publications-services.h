/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-catalogue-builder.h"
#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* Which services the catalogue lists: the registered and the local ones, of one type, for
 * one target group, of one form. Kept in the project under "catalogue.registered",
 * "catalogue.local" ("true", "false"), "catalogue.type" (a type code),
 * "catalogue.target-group" (a registry name) and "catalogue.form" ("all", "residential",
 * "outpatient", "field"); a key that is not set has its default (all services).
 * Signal: changed, after a choice was changed by the user. */

#define KP_TYPE_PUBLICATIONS_SERVICES (kp_publications_services_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsServices, kp_publications_services, KP, PUBLICATIONS_SERVICES, AdwPreferencesGroup)

GtkWidget *kp_publications_services_new (void);
/* Shows the choices kept in @writer's project; later changes are written through @writer.
 * Emits nothing and writes nothing. */
void kp_publications_services_set_writer (KpPublicationsServices *self,
                                          KpSettingsWriter       *writer);
/* Refills the type and target-group filters from the project's services, keeping the kept
 * choices. Emits nothing and writes nothing. */
void kp_publications_services_update_filters (KpPublicationsServices *self);
/* Initializes @selection (clear it with kp_publication_selection_clear()) to the services
 * chosen now. */
void kp_publications_services_get_selection (KpPublicationsServices *self,
                                             KpPublicationSelection *selection);

G_END_DECLS
