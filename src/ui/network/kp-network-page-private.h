/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the files of KpNetworkPage only: kp-network-page.c (the list, filters and detail),
 * kp-network-page-export.c (the CSV export) and kp-network-page-refresh.c (the refresh from
 * the registry). */

#include "kp-network-page.h"
#include "kp-network-quality-panel.h"
#include "kp-service-detail.h"

G_BEGIN_DECLS

struct _KpNetworkPage
{
  AdwBin parent_instance;

  KpProject          *project;
  KpLibrary          *library;
  KpService          *selected_service;
  KpNetworkModel     *model;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkStringList      *target_groups; /* the target group filter's choices after "all",
                                      * as stored (names, or codes without one) */
  char         *needle;              /* folded search text */
  GCancellable *refresh_cancellable; /* while the refresh runs */
  GtkWindow    *refresh_dialog;

  AdwToastOverlay       *toast_overlay;
  GtkDropDown           *grouping_dropdown;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *form_dropdown;
  GtkDropDown           *target_dropdown;
  GtkDropDown           *state_dropdown;
  GtkDropDown           *origin_dropdown;
  GtkLabel              *count_label;
  GtkStack              *content_stack;
  GtkStack              *list_stack;
  GtkStack              *left_stack;
  GtkListView           *list_view;
  GtkSingleSelection    *selection;
  GtkLabel              *totals_label; /* the capacity by type, and the total */
  GtkLabel              *total_label;  /* the total, always in view */
  GtkPaned              *paned;        /* the list pane beside the detail */
  double                 list_share;   /* of the paned's width the list pane takes */
  int                    placed_max;   /* the paned's max-position list_share was applied to */
  gboolean               placing;      /* while the divider is moved to list_share */
  AdwBin                *detail_bin;
  KpServiceDetail       *detail; /* made with the project, in detail_bin */
  GtkToggleButton       *quality_button;
  AdwButtonContent      *quality_button_content;
  AdwBin                *quality_bin;
  KpNetworkQualityPanel *quality_panel; /* made with the project, in quality_bin */
};

void kp_network_page_toast (KpNetworkPage *self,
                            const char    *message);
void kp_network_page_update_actions (KpNetworkPage *self);
/* The "network.export-csv" action (kp-network-page-export.c). */
void kp_network_page_export_csv_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
/* The "network.refresh" action. */
void kp_network_page_refresh_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter);

G_END_DECLS
