/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A dialog that chooses one of a list by typing: a search field (diacritics and case do
 * not matter; a row has every word typed, in any order) over rows of a title and a
 * subtitle, in the order they were added. Enter in
 * the field takes the first row shown, a row is taken by activating it; "chosen" gives its
 * id and the dialog closes. Escape closes it with nothing chosen. */

#define KP_TYPE_PLAN_CHOOSER (kp_plan_chooser_get_type ())
G_DECLARE_FINAL_TYPE (KpPlanChooser, kp_plan_chooser, KP, PLAN_CHOOSER, AdwWindow)

GtkWidget *kp_plan_chooser_new (GtkWidget  *parent,
                                const char *title,
                                const char *search_hint);
void       kp_plan_chooser_add (KpPlanChooser *self,
                                const char    *id,
                                const char    *title,
                                const char    *subtitle);
void       kp_plan_chooser_set_search (KpPlanChooser *self,
                                       const char    *text);
/* How many rows the search shows. */
guint kp_plan_chooser_count_shown (KpPlanChooser *self);
/* Takes the first row shown, as Enter in the search field does. */
gboolean kp_plan_chooser_choose_first (KpPlanChooser *self);

G_END_DECLS
