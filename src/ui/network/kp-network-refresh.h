/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-library.h"
#include "kp-service-network.h"

G_BEGIN_DECLS

/* The refresh of the Síť služeb view from the MPSV registry of the reference library:
 * whether it can run, the progress shown while it runs (in a worker thread) and the
 * report shown afterwards. */

gboolean   kp_network_refresh_is_possible (KpLibrary *library);
GtkWindow *kp_network_refresh_show_progress (GtkWidget    *widget,
                                             KpProgress   *progress,
                                             GCancellable *cancellable);
GtkWindow *kp_network_refresh_show_report (GtkWidget               *widget,
                                           const KpServicesRefresh *refresh);

G_END_DECLS
