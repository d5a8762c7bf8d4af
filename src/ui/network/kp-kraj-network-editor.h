/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service-editor.h"

G_BEGIN_DECLS

/* The place of a service in the kraj network (krajská síť) in one year: in the network or
 * not, and its capacity there in úvazky (FTE of direct care) or lůžka. Every change is an
 * undoable project edit. A KpServiceEditor: it follows the service's "kraj-network". */

#define KP_TYPE_KRAJ_NETWORK_EDITOR (kp_kraj_network_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpKrajNetworkEditor, kp_kraj_network_editor, KP, KRAJ_NETWORK_EDITOR, KpServiceEditor)

GtkWidget *kp_kraj_network_editor_new (KpProject *project);

G_END_DECLS
