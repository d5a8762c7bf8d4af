/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The columns of the Území table of KpObec: each column's cells and sorter. The columns
 * are in the order of KpObecSortKey (kp-obec-sorter.h): code, name, status, POU, ORP,
 * population, the four age groups, the share of 65+ and the ageing index. */

void kp_obec_columns_setup (GtkColumnView *view);
/* Widens the columns to the longest texts of @obce (a GListModel of KpObec), and follows
 * its changes. */
void kp_obec_columns_fit (GtkColumnView *view,
                          GListModel    *obce);

G_END_DECLS
