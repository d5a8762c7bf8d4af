/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The factory of the strategy tree's rows: an expander, the code, the title and the
 * item's own costs. The rows bind to the KpPlanItem's properties, so renumbering and
 * renaming show at once. */
GtkListItemFactory *kp_plan_tree_row_factory_new (void);

G_END_DECLS
