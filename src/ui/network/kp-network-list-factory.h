/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Rows of the Síť služeb list (KpNetworkRow): a group header (its name and the number of
 * services under it) or a service (name, provider and forms with capacity, and a badge
 * when it ended or is a related service). Header rows cannot be selected. */
GtkListItemFactory *kp_network_list_factory_new (void);

G_END_DECLS
