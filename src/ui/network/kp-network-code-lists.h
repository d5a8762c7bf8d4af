/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* The top of the data-quality panel: for each MPSV code list whose names the network's
 * services lack (kp-missing-code-lists.h), which list it is, how many services it leaves
 * without names, where it is published and what to do, as text the user can copy, with a
 * button to the reference data (app.reference). Hidden when nothing is missing; follows
 * every refresh. Property: project (construct-only). */

#define KP_TYPE_NETWORK_CODE_LISTS (kp_network_code_lists_get_type ())
G_DECLARE_FINAL_TYPE (KpNetworkCodeLists, kp_network_code_lists, KP, NETWORK_CODE_LISTS, GtkBox)

GtkWidget *kp_network_code_lists_new (KpProject *project);
/* The number of code lists shown as missing. */
guint kp_network_code_lists_get_n_missing (KpNetworkCodeLists *self);

G_END_DECLS
