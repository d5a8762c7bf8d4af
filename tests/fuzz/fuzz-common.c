/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"

void
kp_fuzz_check_error (GError *error)
{
  if (error == NULL)
    return;
  if (!g_utf8_validate (error->message, -1, NULL))
    g_error ("an error message is not valid UTF-8");
  if (g_utf8_strlen (error->message, -1) > KP_FUZZ_MAX_MESSAGE)
    g_error ("an error message is %ld characters long", g_utf8_strlen (error->message, -1));
  g_error_free (error);
}

void
kp_fuzz_check_text (const char *text)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    g_error ("a text read from the input is not valid UTF-8");
}
