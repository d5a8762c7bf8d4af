/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"

#include <string.h>

G_DEFINE_QUARK (kp - import - error - quark, kp_import_error)
G_DEFINE_QUARK (kp - project - error - quark, kp_project_error)

/* Line and paragraph separators and the bidirectional controls that could reorder the
 * rest of a message are blanked like the C0 and C1 controls. */
static gboolean
is_blanked (gunichar c)
{
  return g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/**
 * kp_error_quote:
 * @text: (nullable): text from a file, in any encoding, possibly damaged
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * Returns: (transfer full): valid UTF-8 of at most %KP_ERROR_QUOTE_MAX characters
 */
char *
kp_error_quote (const char *text,
                gssize      length)
{
  g_autofree char *valid = NULL;
  GString         *out;
  guint            n = 0;

  if (text == NULL)
    return g_strdup ("");
  if (length < 0)
    length = (gssize) strlen (text);
  /* g_utf8_make_valid() turns every invalid sequence, and NUL bytes, into U+FFFD. */
  valid = g_utf8_make_valid (text, length);
  out = g_string_sized_new (MIN ((gsize) length, 4 * KP_ERROR_QUOTE_MAX) + 4);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n == KP_ERROR_QUOTE_MAX - 1 && *g_utf8_next_char (p) != '\0')
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_unichar (out, is_blanked (c) ? ' ' : c);
      n++;
    }
  return g_string_free (out, FALSE);
}
