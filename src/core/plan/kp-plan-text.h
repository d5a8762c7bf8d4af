/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Plain text pasted from LibreOffice Writer or Word (one paragraph a line, list items with
 * their bullet "•", "·", "–", "-", "*", "o" or Word's symbol bullet, or numbered "1." or
 * "1)") as the CommonMark of a plan chapter: paragraphs apart, bulleted and numbered lists
 * kept, characters CommonMark would read as markup at a line's start escaped.
 * Returns: (transfer full): the CommonMark, ending with no newline */
char *kp_plan_text_from_plain (const char *text);

G_END_DECLS
