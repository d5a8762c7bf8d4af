/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-map-canvas.h"
#include "kp-map-services-legend.h"
#include "kp-project.h"
#include "kp-render-types.h"
#include "kp-service.h"

G_BEGIN_DECLS

/* The services layer of the map page: ties the Services toggle, the service chooser and
 * the legend to the symbols and the highlighted area (the obce a service works in) of the
 * map's snapshot, and follows the project's services. Not a widget: the page owns the
 * widgets (from its template) and one KpMapServicesLayer. */

#define KP_TYPE_MAP_SERVICES_LAYER (kp_map_services_layer_get_type ())
G_DECLARE_FINAL_TYPE (KpMapServicesLayer, kp_map_services_layer, KP, MAP_SERVICES_LAYER, GObject)

KpMapServicesLayer *kp_map_services_layer_new (KpProject           *project,
                                               KpMapCanvas         *canvas,
                                               GtkToggleButton     *toggle,
                                               GtkDropDown         *chooser,
                                               KpMapServicesLegend *legend);
void                kp_map_services_layer_set_snapshot (KpMapServicesLayer *self,
                                                        KpMapSnapshot      *snapshot);
void                kp_map_services_layer_show_service (KpMapServicesLayer *self,
                                                        KpService          *service);
KpService          *kp_map_services_layer_get_shown_service (KpMapServicesLayer *self);

G_END_DECLS
