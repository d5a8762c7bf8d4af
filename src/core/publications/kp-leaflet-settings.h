/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-document-settings.h"

G_BEGIN_DECLS

/* The settings of a leaflet for one group (kind KP_DOCUMENT_KIND_LEAFLET; the variant is the
 * group's id, "seniors", as kp_publication_group_to_string() names it): its format, A4 folded
 * in three by default. Setters as in KpDocumentSettings. */

#define KP_TYPE_LEAFLET_SETTINGS (kp_leaflet_settings_get_type ())
G_DECLARE_FINAL_TYPE (KpLeafletSettings, kp_leaflet_settings, KP, LEAFLET_SETTINGS, KpDocumentSettings)

/* Settings with every default, kept in memory only (the project's are
 * kp_publications_get_leaflet()). */
KpLeafletSettings *kp_leaflet_settings_new (const char *group);
/* The group's id, the variant. */
const char     *kp_leaflet_settings_get_group (KpLeafletSettings *self);
KpLeafletFormat kp_leaflet_settings_get_format (KpLeafletSettings *self);
gboolean        kp_leaflet_settings_set_format (KpLeafletSettings *self,
                                                KpLeafletFormat    format,
                                                GError           **error);

G_END_DECLS
