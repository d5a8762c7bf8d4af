/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-obec.h"
#include "kp-project.h"
#include "kp-render-types.h"
#include "kp-service.h"

G_BEGIN_DECLS

/* The map of the Území view. Properties: project (construct-only), selected-obec (KpObec,
 * shared with the table). Signal: show-in-table (for the view that holds it). The services
 * layer shows registered services as symbols and the area of one chosen service. */

#define KP_TYPE_MAP_PAGE (kp_map_page_get_type ())
G_DECLARE_FINAL_TYPE (KpMapPage, kp_map_page, KP, MAP_PAGE, AdwBin)

GtkWidget     *kp_map_page_new (KpProject *project);
KpObec        *kp_map_page_get_selected_obec (KpMapPage *self);
void           kp_map_page_set_selected_obec (KpMapPage *self,
                                              KpObec    *obec);
void           kp_map_page_open_selected (KpMapPage *self);
gboolean       kp_map_page_find (KpMapPage  *self,
                                 const char *needle);
void           kp_map_page_focus_map (KpMapPage *self);
void           kp_map_page_show_service (KpMapPage *self,
                                         KpService *service);
KpService     *kp_map_page_get_shown_service (KpMapPage *self);
KpMapSnapshot *kp_map_page_get_snapshot (KpMapPage *self);

G_END_DECLS
