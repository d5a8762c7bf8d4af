/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-catalogue-settings.h"
#include "kp-project.h"
#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* Which services the catalogue lists (kp-catalogue-settings.h): the registered and the local
 * ones, of one type, for one target group, of one form. The type and target-group filters
 * offer what the project's services have; a kept choice that none has any more shows as
 * "all", as the catalogue then lists them all. Signal: changed, after the user changed a
 * choice. */

#define KP_TYPE_PUBLICATIONS_SERVICES (kp_publications_services_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsServices, kp_publications_services, KP, PUBLICATIONS_SERVICES, AdwPreferencesGroup)

GtkWidget *kp_publications_services_new (void);
/* Shows the choices of @settings; the user's changes are written to it, a failure shown
 * through @writer. Emits nothing. */
void kp_publications_services_setup (KpPublicationsServices *self,
                                     KpProject              *project,
                                     KpCatalogueSettings    *settings,
                                     KpSettingsWriter       *writer);
/* Refills the type and target-group filters from the project's services. Emits nothing
 * and writes nothing. */
void kp_publications_services_update_filters (KpPublicationsServices *self);

G_END_DECLS
