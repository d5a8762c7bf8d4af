/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "kp-tool-options.h"
#include <stdint.h>
#include <stdio.h>

/* A plain driver for a libFuzzer entry point: runs every file of the folders (or the files)
 * given, so that the corpus is replayed as a normal test with any compiler. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static int
run_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int failures = 0;
  int runs = 0;

  kp_tool_parse_options (&argc, &argv, "CORPUS-FOLDER-OR-FILE…",
                         "Replays each file of the folders (or the files) given through the "
                         "libFuzzer entry point this driver is linked with, as a normal test "
                         "does; exits with 1 when a file cannot be read or none was given.");

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          failures += run_file (argv[i]);
          runs++;
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);

          failures += run_file (path);
          runs++;
        }
    }
  printf ("replayed %d inputs\n", runs);
  return failures > 0 || runs == 0;
}
