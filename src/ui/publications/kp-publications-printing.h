/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-document-settings.h"
#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* How the document shown is printed (kp-document-settings.h): for the print shop (bleed,
 * crop and fold marks, TrimBox and BleedBox) and in large print. Signal: changed, after the
 * user switched one. */

#define KP_TYPE_PUBLICATIONS_PRINTING (kp_publications_printing_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsPrinting, kp_publications_printing, KP, PUBLICATIONS_PRINTING, AdwPreferencesGroup)

GtkWidget *kp_publications_printing_new (void);
/* Failures are shown through @writer. */
void kp_publications_printing_set_writer (KpPublicationsPrinting *self,
                                          KpSettingsWriter       *writer);
/* Shows the choices of @settings; the user's changes are written to it. Emits nothing. */
void kp_publications_printing_set_settings (KpPublicationsPrinting *self,
                                            KpDocumentSettings     *settings);

G_END_DECLS
