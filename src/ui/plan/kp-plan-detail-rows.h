/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-plan.h"

G_BEGIN_DECLS

/* What the groups of an activity's detail share: rows rebuilt from the item's data, a
 * remove button per row, and an edit refused shown as a toast of the Plán view. */

/* Removes @rows (GtkWidget) from @group and empties the array. */
void kp_plan_detail_rows_clear (AdwPreferencesGroup *group,
                                GPtrArray           *rows);
/* A row titled @title (plain text, never markup) with @subtitle, added to @group and
 * @rows. Returns: (transfer none) */
AdwActionRow *kp_plan_detail_rows_add (AdwPreferencesGroup *group,
                                       GPtrArray           *rows,
                                       const char          *title,
                                       const char          *subtitle);
/* A flat button with a trash icon and @tooltip (also its accessible label) at the end of
 * @row, named after the row ("plan-kind-0-remove"); @callback (swapped, @data) gets the
 * button, whose "index" is @index. */
GtkWidget *kp_plan_detail_rows_add_remove (AdwActionRow *row,
                                           const char   *tooltip,
                                           guint         index,
                                           GCallback     callback,
                                           gpointer      data);
guint      kp_plan_detail_rows_get_index (GtkWidget *button);
/* A row of "nothing yet" in dim text. */
void kp_plan_detail_rows_add_empty (AdwPreferencesGroup *group,
                                    GPtrArray           *rows,
                                    const char          *text);
/* Shows @error as a toast of the view (plan.toast); TRUE when there was none. */
gboolean kp_plan_detail_report (GtkWidget    *widget,
                                const GError *error);

G_END_DECLS
