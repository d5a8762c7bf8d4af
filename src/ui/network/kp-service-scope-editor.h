/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service-editor.h"

G_BEGIN_DECLS

/* The territorial scope of a service (územní působnost): the obce of the territory it
 * works for, each with an optional share of its capacity in per cent. Every change is an
 * undoable project edit. A KpServiceEditor: it follows the service's "scope". */

#define KP_TYPE_SERVICE_SCOPE_EDITOR (kp_service_scope_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpServiceScopeEditor, kp_service_scope_editor, KP, SERVICE_SCOPE_EDITOR, KpServiceEditor)

GtkWidget *kp_service_scope_editor_new (KpProject *project);
/* Commits @text ("" for no share) as the share of @obec_kod; what typing in its row does. */
gboolean kp_service_scope_editor_commit_share (KpServiceScopeEditor *self,
                                               const char           *obec_kod,
                                               const char           *text);

G_END_DECLS
