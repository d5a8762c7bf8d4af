/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-document-settings.h"
#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* The logos of the document shown (PNG or SVG images kept inside the project file), in
 * their order, with a button to add image files and one per logo to remove it; a note under
 * them, e.g. the logo files an older project named that could not be brought into it.
 * Signal: changed, after the user added or removed a logo. */

#define KP_TYPE_PUBLICATIONS_LOGOS (kp_publications_logos_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsLogos, kp_publications_logos, KP, PUBLICATIONS_LOGOS, AdwPreferencesGroup)

GtkWidget *kp_publications_logos_new (void);
/* Failures are shown through @writer. */
void kp_publications_logos_set_writer (KpPublicationsLogos *self,
                                       KpSettingsWriter    *writer);
/* Shows the logos of @settings, and follows them. Emits nothing. */
void kp_publications_logos_set_settings (KpPublicationsLogos *self,
                                         KpDocumentSettings  *settings);
/* @note: (nullable): the text under the logos; hidden when the user adds or removes one */
void kp_publications_logos_set_note (KpPublicationsLogos *self,
                                     const char          *note);
/* Adds the image in @file to the document's logos (a failure is shown through the writer). */
void kp_publications_logos_add_file (KpPublicationsLogos *self,
                                     GFile               *file);

G_END_DECLS
