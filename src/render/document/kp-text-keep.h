/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where Czech typography forbids a line break between two words, beyond the one-letter
 * prepositions kp-text-layout.c keeps with the next word. */

gboolean kp_text_keeps_together (const char *prev,
                                 gsize       prev_len,
                                 const char *next,
                                 gsize       next_len);
gboolean kp_text_is_address (const char *word,
                             gsize       len);

G_END_DECLS
