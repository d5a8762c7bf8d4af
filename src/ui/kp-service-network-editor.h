/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project-services.h"

G_BEGIN_DECLS

/* The place of a service in the kraj network (krajská síť) in one year: in the network or
 * not, and its capacity there in úvazky (FTE of direct care) or lůžka. Every change is an
 * undoable project edit. Signal: toast (char *message) when an edit fails. */

#define KP_TYPE_SERVICE_NETWORK_EDITOR (kp_service_network_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceNetworkEditor, kp_service_network_editor, KP, SERVICE_NETWORK_EDITOR, GtkBox)

GtkWidget *kp_service_network_editor_new (void);
void       kp_service_network_editor_set_service (KpServiceNetworkEditor *self,
                                                  KpProject              *project,
                                                  KpService              *service);

G_END_DECLS
