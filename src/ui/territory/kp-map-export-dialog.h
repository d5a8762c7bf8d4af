/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-map-painter.h"

G_BEGIN_DECLS

/* Asks for the format and size of a map export, then for the file, and writes the map as
 * shown (same centre, the scale adapted to the new size) through a temporary file. Emits
 * ::exported (char *basename) when done; errors are shown in a dialog. */

#define KP_TYPE_MAP_EXPORT_DIALOG (kp_map_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KpMapExportDialog, kp_map_export_dialog, KP, MAP_EXPORT_DIALOG, AdwWindow)

KpMapExportDialog *kp_map_export_dialog_new (GtkWindow       *parent,
                                             KpMapPainter    *painter,
                                             const KpMapView *view,
                                             const char      *base_name);
gboolean           kp_map_export_dialog_write (KpMapExportDialog *self,
                                               const char        *path,
                                               GError           **error);

G_END_DECLS
