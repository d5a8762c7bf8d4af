/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-service-network.h"

G_BEGIN_DECLS

/* What a user keeps about a local service ("navazující / neregistrovaná služba"): name,
 * kind, who provides it, address, phone, e-mail and web. Each row commits on Enter or its
 * apply button as one undoable edit. Signal: toast (char *message) when an edit fails. */

#define KP_TYPE_SERVICE_LOCAL_EDITOR (kp_service_local_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceLocalEditor, kp_service_local_editor, KP, SERVICE_LOCAL_EDITOR, GtkBox)

GtkWidget *kp_service_local_editor_new (void);
void       kp_service_local_editor_set_service (KpServiceLocalEditor *self,
                                                KpProject            *project,
                                                KpService            *service);
/* Replaces the service's first contact of @kind (its own, not its provider's) with @value;
 * an empty @value removes it. */
gboolean kp_service_local_editor_set_contact (KpServiceLocalEditor *self,
                                              KpServiceContactKind  kind,
                                              const char           *value);

G_END_DECLS
