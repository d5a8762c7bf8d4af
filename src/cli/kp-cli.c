/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli.h"

#include <stdio.h>

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _ ("Usage: komplan-cli COMMAND [OPTION…]"));
}

/**
 * kp_cli_run:
 *
 * Runs one komplan-cli command. Output goes to stdout, one clear error line to stderr.
 *
 * Returns: the exit status
 */
int
kp_cli_run (int    argc,
            char **argv)
{
  if (argc < 2 || g_strcmp0 (argv[1], "--help") == 0)
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }
  if (g_strcmp0 (argv[1], "--version") == 0)
    {
      printf ("komplan-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  fprintf (stderr, _ ("komplan-cli: unknown command “%s”\n"), argv[1]);
  return 2;
}
