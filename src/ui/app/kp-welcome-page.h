/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-library.h"

G_BEGIN_DECLS

/* What the window shows with no project: new project (needs a ready reference library),
 * open, sample, the recent projects (GSettings "recent-projects") and the state of the
 * reference data. Buttons activate app.new-project, app.open, app.open-sample,
 * app.reference and app.open-file (s: a path).
 * Properties: "library" (KpLibrary, nullable), "settings" (GSettings of the application,
 * construct-only), "can-create-project" (read-only). */

#define KP_TYPE_WELCOME_PAGE (kp_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (KpWelcomePage, kp_welcome_page, KP, WELCOME_PAGE, AdwBin)

GtkWidget *kp_welcome_page_new (KpLibrary *library,
                                GSettings *settings);
KpLibrary *kp_welcome_page_get_library (KpWelcomePage *self);
void       kp_welcome_page_set_library (KpWelcomePage *self,
                                        KpLibrary     *library);
gboolean   kp_welcome_page_get_can_create_project (KpWelcomePage *self);
/* Re-reads the library's state after an import. */
void kp_welcome_page_reload (KpWelcomePage *self);

G_END_DECLS
