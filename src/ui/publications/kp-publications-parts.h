/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-catalogue-settings.h"
#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* The catalogue's parts besides its chapters of services, each switched on or off
 * (kp-catalogue-settings.h): the life-situation index, the authorities and health care.
 * Signal: changed, after the user switched one. */

#define KP_TYPE_PUBLICATIONS_PARTS (kp_publications_parts_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsParts, kp_publications_parts, KP, PUBLICATIONS_PARTS, AdwPreferencesGroup)

/* Failures are shown through @writer. */
void kp_publications_parts_set_writer (KpPublicationsParts *self,
                                       KpSettingsWriter    *writer);
/* Shows the parts of @settings; the user's changes are written to it. Emits nothing. */
void kp_publications_parts_set_settings (KpPublicationsParts *self,
                                         KpCatalogueSettings *settings);

G_END_DECLS
