/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-helpline.h"

G_BEGIN_DECLS

/* A row of the help lines' list (KpHelplinesWindow): the name; the number grouped the
 * Czech way, when it answers and the groups whose leaflets print it; a button that removes
 * it (helplines.remove with @position). Activating the row edits the line. */
GtkWidget *kp_helplines_row_new (const KpHelpline *line,
                                 guint             position);

/* Returns: (transfer full): the groups in words, "Senioři, Lidé v krizi", or that only the
 * catalogue lists the line */
char *kp_helplines_row_dup_groups_text (const char *const *groups);

G_END_DECLS
