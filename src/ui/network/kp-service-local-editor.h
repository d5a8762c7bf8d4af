/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service-editor.h"

G_BEGIN_DECLS

/* What a user keeps about a local service ("navazující / neregistrovaná služba"): name,
 * kind, who provides it, address, phone, e-mail and web. Each row commits on Enter or its
 * apply button as one undoable edit. A KpServiceEditor: it follows every change of the
 * service. */

#define KP_TYPE_SERVICE_LOCAL_EDITOR (kp_service_local_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceLocalEditor, kp_service_local_editor, KP, SERVICE_LOCAL_EDITOR, KpServiceEditor)

GtkWidget *kp_service_local_editor_new (KpProject *project);
/* Replaces the service's first contact of @kind (its own, not its provider's) with @value;
 * an empty @value removes it. */
gboolean kp_service_local_editor_set_contact (KpServiceLocalEditor *self,
                                              KpServiceContactKind  kind,
                                              const char           *value);

G_END_DECLS
