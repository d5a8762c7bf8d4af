/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The legend of the map's services layer: a coloured dot per group of service types, and
 * the outline of the chosen service's area when one is shown. */

#define KP_TYPE_MAP_SERVICES_LEGEND (kp_map_services_legend_get_type ())
G_DECLARE_FINAL_TYPE (KpMapServicesLegend, kp_map_services_legend, KP, MAP_SERVICES_LEGEND, GtkBox)

GtkWidget *kp_map_services_legend_new (void);
void       kp_map_services_legend_set_show_area (KpMapServicesLegend *self,
                                                 gboolean             show);

G_END_DECLS
