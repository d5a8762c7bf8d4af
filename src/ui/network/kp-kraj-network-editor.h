/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project-services.h"

G_BEGIN_DECLS

/* The place of a service in the kraj network (krajská síť) in one year: in the network or
 * not, and its capacity there in úvazky (FTE of direct care) or lůžka. Every change is an
 * undoable project edit. Signal: toast (char *message) when an edit fails. */

#define KP_TYPE_KRAJ_NETWORK_EDITOR (kp_kraj_network_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpKrajNetworkEditor, kp_kraj_network_editor, KP, KRAJ_NETWORK_EDITOR, GtkBox)

GtkWidget *kp_kraj_network_editor_new (void);
void       kp_kraj_network_editor_set_service (KpKrajNetworkEditor *self,
                                               KpProject           *project,
                                               KpService           *service);

G_END_DECLS
