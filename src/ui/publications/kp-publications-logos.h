/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* The logos of a publication (PNG or SVG files), kept in the project under
 * "publication.logos", one path a line. A kept file that is no longer there is left out,
 * with a note under the logos. Signal: changed, after a logo was added or removed. */

#define KP_TYPE_PUBLICATIONS_LOGOS (kp_publications_logos_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationsLogos, kp_publications_logos, KP, PUBLICATIONS_LOGOS, AdwPreferencesGroup)

GtkWidget *kp_publications_logos_new (void);
/* Shows the logos kept in @writer's project; later changes are written through @writer. */
void kp_publications_logos_set_writer (KpPublicationsLogos *self,
                                       KpSettingsWriter    *writer);
/* Adds a logo and keeps it in the project. */
void kp_publications_logos_add (KpPublicationsLogos *self,
                                const char          *path);
/* Returns: (transfer none) (array zero-terminated=1): the paths of the logos, in order */
const char *const *kp_publications_logos_get_paths (KpPublicationsLogos *self);

G_END_DECLS
