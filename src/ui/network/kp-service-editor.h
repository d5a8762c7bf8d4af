/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-service-network.h"

G_BEGIN_DECLS

/* The base of the editors of the service detail (local data, territorial scope, kraj
 * network): told the project when made, shown a service (the detail binds its "service"),
 * and following that service through a signal group, so that an edit, an undo or a refresh
 * shows at once. A failed edit is told through win.toast.
 *
 * Properties: project (construct-only), service (KpService, nullable). */

#define KP_TYPE_SERVICE_EDITOR (kp_service_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (KpServiceEditor, kp_service_editor, KP, SERVICE_EDITOR, GtkBox)

struct _KpServiceEditorClass
{
  GtkBoxClass parent_class;

  /* The notification of the service the editor follows ("notify::scope"); "notify" for
   * every change. */
  const char *follows;
  /* Shows the service (or none): when it is set and after each change it follows. */
  void (*update) (KpServiceEditor *self);

  gpointer padding[4];
};

KpProject        *kp_service_editor_get_project (KpServiceEditor *self);
KpServiceNetwork *kp_service_editor_get_network (KpServiceEditor *self);
KpService        *kp_service_editor_get_service (KpServiceEditor *self);
void              kp_service_editor_set_service (KpServiceEditor *self,
                                                 KpService       *service);
/* Shows @message (plain text) as a toast of the window. */
void kp_service_editor_toast (KpServiceEditor *self,
                              const char      *message);

G_END_DECLS
