/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* For the programs under tests/ that are not test suites (benchmarks, fuzz drivers): they
 * answer --help (and -h) with their usage and @summary and exit 0, and refuse an unknown
 * option with a message and exit status 2, instead of taking it for a file or ignoring it.
 * What is left in @argv are the program's arguments. */
void kp_tool_parse_options (int        *argc,
                            char     ***argv,
                            const char *parameters,
                            const char *summary);

G_END_DECLS
