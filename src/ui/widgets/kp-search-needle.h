/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean kp_search_needle_update (char           **needle,
                                  const char      *text,
                                  GtkFilterChange *change);

G_END_DECLS
