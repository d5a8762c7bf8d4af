/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-project.h"

G_BEGIN_DECLS

/* Settings of a project's documents, kept in the project file: what the user typed and chose
 * for a publication (title, introduction, logos, structure, …), so they are there again when
 * the project is reopened. Keys are namespaced ASCII names, "catalogue.title",
 * "leaflet.group"; values are UTF-8 text of at most KP_PROJECT_SETTING_MAX_LENGTH bytes.
 *
 * A setting is written at once in its own transaction. Settings are not edits of the plan:
 * they are NOT recorded in the undo history (no module owns the table), and undo/redo leave
 * them alone. */

#define KP_PROJECT_SETTING_MAX_LENGTH (64 * 1024)

/* Returns: (transfer full) (nullable): the value, or %NULL when @key is not set (or the
 * file cannot be read) */
char *kp_project_dup_setting (KpProject  *self,
                              const char *key);
/* Stores @value under @key; %NULL removes the key. A value that is not UTF-8 or longer than
 * KP_PROJECT_SETTING_MAX_LENGTH bytes is refused with KP_PROJECT_ERROR_INVALID and nothing
 * changes. */
gboolean kp_project_set_setting (KpProject  *self,
                                 const char *key,
                                 const char *value,
                                 GError    **error);

G_END_DECLS
