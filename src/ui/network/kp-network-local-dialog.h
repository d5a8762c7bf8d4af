/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-service-network.h"

G_BEGIN_DECLS

/* The dialog that adds a local service ("navazující / neregistrovaná služba") to a
 * project: its name and kind. Signal: added (KpService) after the service was added. */

#define KP_TYPE_NETWORK_LOCAL_DIALOG (kp_network_local_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KpNetworkLocalDialog, kp_network_local_dialog, KP, NETWORK_LOCAL_DIALOG, AdwWindow)

KpNetworkLocalDialog *kp_network_local_dialog_new (GtkWindow *parent,
                                                   KpProject *project);
/* What the Add button does. Returns: (transfer none) (nullable): the new service */
KpService *kp_network_local_dialog_add (KpNetworkLocalDialog *self);

G_END_DECLS
