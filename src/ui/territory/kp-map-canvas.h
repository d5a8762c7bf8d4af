/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-map-painter.h"

G_BEGIN_DECLS

/* The interactive map widget: draws a #KpMapPainter, pans by dragging and with the arrow
 * keys, zooms with the wheel, a pinch and +/−, fits the whole map with Home (or 0), shows
 * a tooltip (name and value) over a feature, and selects one and emits ::activate-feature
 * on a click (or on Enter for the selected one). Page Up / Page Down select the previous
 * and next feature in the order of kp_map_canvas_set_order().
 *
 * Properties: painter (KpMapPainter), selected (int: a feature index or -1).
 * Signal: activate-feature (int feature). */

#define KP_TYPE_MAP_CANVAS (kp_map_canvas_get_type ())
G_DECLARE_FINAL_TYPE (KpMapCanvas, kp_map_canvas, KP, MAP_CANVAS, GtkWidget)

typedef char *(*KpMapTooltipFunc) (guint    feature,
                                   gpointer user_data);

GtkWidget       *kp_map_canvas_new (void);
KpMapPainter    *kp_map_canvas_get_painter (KpMapCanvas *self);
void             kp_map_canvas_set_painter (KpMapCanvas  *self,
                                            KpMapPainter *painter);
void             kp_map_canvas_replace_painter (KpMapCanvas  *self,
                                                KpMapPainter *painter);
int              kp_map_canvas_get_selected (KpMapCanvas *self);
void             kp_map_canvas_set_selected (KpMapCanvas *self,
                                             int          feature);
void             kp_map_canvas_set_order (KpMapCanvas *self,
                                          GArray      *order);
void             kp_map_canvas_set_tooltip_func (KpMapCanvas     *self,
                                                 KpMapTooltipFunc func,
                                                 gpointer         user_data);
void             kp_map_canvas_zoom (KpMapCanvas *self,
                                     double       factor);
void             kp_map_canvas_fit (KpMapCanvas *self);
void             kp_map_canvas_pan (KpMapCanvas *self,
                                    double       dx,
                                    double       dy);
void             kp_map_canvas_show_feature (KpMapCanvas *self,
                                             guint        feature);
void             kp_map_canvas_refresh (KpMapCanvas *self);
const KpMapView *kp_map_canvas_get_view (KpMapCanvas *self);

G_END_DECLS
