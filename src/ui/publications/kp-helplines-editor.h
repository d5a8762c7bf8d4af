/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-helpline.h"

G_BEGIN_DECLS

/* The form of one help line, a subpage of KpHelplinesWindow: name, number, hours, note and
 * the groups whose leaflets print it. The number is checked as it is typed, and the
 * message says what is wrong with it; Save (or Enter in a field) keeps the line when it
 * can be kept.
 *
 * Signals: "save" (the user asks to keep the line: kp_helplines_editor_dup_line()),
 * "cancel". */

#define KP_TYPE_HELPLINES_EDITOR (kp_helplines_editor_get_type ())
G_DECLARE_FINAL_TYPE (KpHelplinesEditor, kp_helplines_editor, KP, HELPLINES_EDITOR, GtkBox)

/* @line: (nullable): the line to edit; %NULL for a new one */
GtkWidget *kp_helplines_editor_new (const KpHelpline *line);
/* Returns: (nullable) (transfer none): the line as it was, %NULL for a new one */
const KpHelpline *kp_helplines_editor_get_original (KpHelplinesEditor *self);
/* Returns: (transfer full): the line as the form has it: texts trimmed, the number grouped
 * the Czech way, a group the form does not show kept as it was */
KpHelpline *kp_helplines_editor_dup_line (KpHelplinesEditor *self);
/* Shows why the line was not kept (under the fields). */
void kp_helplines_editor_show_error (KpHelplinesEditor *self,
                                     const char        *message);

G_END_DECLS
