/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-library.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The Potřeby view of a project: the indicator profile against ORP, kraj, ČR and the
 * benchmarks, the obce table, the coverage of services, charts, surveys, findings and SWOT,
 * each a panel of a sidebar.
 *
 * Properties: project (construct-only), library (KpLibrary, nullable: the reference library
 * whose ORP figures the profile copies into the project). Signal: toast (char *message),
 * emitted when no window has "win.toast". */

#define KP_TYPE_NEEDS_PAGE (kp_needs_page_get_type ())
G_DECLARE_FINAL_TYPE (KpNeedsPage, kp_needs_page, KP, NEEDS_PAGE, AdwBin)

GtkWidget *kp_needs_page_new (KpProject *project,
                              KpLibrary *library);
KpProject *kp_needs_page_get_project (KpNeedsPage *self);
/* Returns: (transfer none) (nullable): the reference library */
KpLibrary *kp_needs_page_get_library (KpNeedsPage *self);
void       kp_needs_page_set_library (KpNeedsPage *self,
                                      KpLibrary   *library);
/* Shows the panel @name: "profile", "obce", "coverage", "charts", "surveys",
 * "findings", "swot". */
void kp_needs_page_show_panel (KpNeedsPage *self,
                               const char  *name);
void kp_needs_page_toast (KpNeedsPage *self,
                          const char  *message);

G_END_DECLS
