/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-tool-options.h"

#include <stdlib.h>

/**
 * kp_tool_parse_options:
 * @parameters: (nullable): what follows the options in the usage line, e.g. "FILE…"
 * @summary: what the program does, a paragraph
 */
void
kp_tool_parse_options (int        *argc,
                       char     ***argv,
                       const char *parameters,
                       const char *summary)
{
  g_autoptr (GOptionContext) context = g_option_context_new (parameters);
  g_autoptr (GError) error = NULL;

  g_option_context_set_summary (context, summary);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s: %s\n\n%s", g_get_prgname (), error->message, help);
      exit (2);
    }
}
