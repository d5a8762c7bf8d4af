/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-map-page.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The Území view: table of the territory's obce (search, Czech sort, copy, CSV export) or
 * its map (made when first shown), and the comparison of territory totals with its ORP,
 * kraj and ČR.
 * Actions (group "territory"): territory.search (Ctrl+F), territory.copy (Ctrl+C),
 * territory.export-csv (Ctrl+E). Property "project" (construct-only), "selected-obec"
 * (KpObec, read-write, shared by the table and the map). Confirmations ("Copied 12 obce")
 * go to the window's win.toast. */

#define KP_TYPE_TERRITORY_PAGE (kp_territory_page_get_type ())
G_DECLARE_FINAL_TYPE (KpTerritoryPage, kp_territory_page, KP, TERRITORY_PAGE, AdwBin)

GtkWidget *kp_territory_page_new (KpProject *project);
KpProject *kp_territory_page_get_project (KpTerritoryPage *self);
KpObec    *kp_territory_page_get_selected_obec (KpTerritoryPage *self);
void       kp_territory_page_set_selected_obec (KpTerritoryPage *self,
                                                KpObec          *obec);
gboolean   kp_territory_page_show_obec (KpTerritoryPage *self,
                                        const char      *kod);
void       kp_territory_page_show_service_area (KpTerritoryPage *self,
                                                KpService       *service);
KpMapPage *kp_territory_page_get_map_page (KpTerritoryPage *self);
/* Writes the table as shown (search and sort applied) as CSV; the export-csv action calls
 * it with the file the user chose. */
gboolean kp_territory_page_export_to (KpTerritoryPage *self,
                                      const char      *path,
                                      GError         **error);

G_END_DECLS
