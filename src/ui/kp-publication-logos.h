/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-settings-writer.h"

G_BEGIN_DECLS

/* The logos of a publication (PNG or SVG files), kept in the project under
 * "publication.logos", one path a line. A kept file that is no longer there is left out,
 * with a note under the logos. Signal: changed, after a logo was added or removed. */

#define KP_TYPE_PUBLICATION_LOGOS (kp_publication_logos_get_type ())
G_DECLARE_FINAL_TYPE (KpPublicationLogos, kp_publication_logos, KP, PUBLICATION_LOGOS, AdwPreferencesGroup)

GtkWidget *kp_publication_logos_new (void);
/* Shows the logos kept in @writer's project; later changes are written through @writer. */
void kp_publication_logos_set_writer (KpPublicationLogos *self,
                                      KpSettingsWriter   *writer);
/* Adds a logo and keeps it in the project. */
void kp_publication_logos_add (KpPublicationLogos *self,
                               const char         *path);
/* Returns: (transfer none) (array zero-terminated=1): the paths of the logos, in order */
const char *const *kp_publication_logos_get_paths (KpPublicationLogos *self);

G_END_DECLS
