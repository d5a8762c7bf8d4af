/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-library.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* "Upravit území": the obce of a project's territory ticked in an obce picker over the
 * reference library; applying adds and removes obce (kp-project-territory.h), after a
 * warning that says what goes when obce leave. Closes itself when the change is done. */

#define KP_TYPE_TERRITORY_EDITOR (kp_territory_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpTerritoryEditor, kp_territory_editor, KP, TERRITORY_EDITOR, AdwWindow)

GtkWindow *kp_territory_editor_new (GtkWindow *parent,
                                    KpProject *project,
                                    KpLibrary *library);
/* The codes that applying would add and remove (for tests and the warning). */
void kp_territory_editor_get_change (KpTerritoryEditor *self,
                                     GStrv             *out_add,
                                     GStrv             *out_remove);

G_END_DECLS
