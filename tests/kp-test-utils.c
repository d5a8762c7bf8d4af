/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-test-utils.h"

#include <glib/gstdio.h>

/**
 * kp_test_make_tmpdir:
 *
 * Returns: a new private temporary directory (never a fixed path, so tests can run in
 * parallel)
 */
char *
kp_test_make_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/**
 * kp_test_remove_tree:
 *
 * Removes a directory made by kp_test_make_tmpdir() with everything in it.
 */
void
kp_test_remove_tree (const char *path)
{
  GDir       *dir;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        kp_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

/**
 * kp_test_data_path:
 *
 * Returns: the path of a fixture in tests/data/
 */
char *
kp_test_data_path (const char *name)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  g_assert_nonnull (srcdir);
  return g_build_filename (srcdir, "data", name, NULL);
}

/**
 * kp_test_shared_data_path:
 * @relative: a path under ../shared/data, e.g. "ruian/UI_OBEC.csv"
 *
 * Returns: (nullable): the path of a real national file, or %NULL when the shared data is
 * absent (the caller then skips with g_test_skip())
 */
char *
kp_test_shared_data_path (const char *relative)
{
  const char      *base = g_getenv ("KP_SHARED_DATA");
  g_autofree char *path = NULL;

  if (base == NULL)
    return NULL;
  path = g_build_filename (base, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&path);
}

/**
 * kp_test_write_file:
 * @length: -1 for a NUL-terminated string
 *
 * Returns: the path of a new file in @dir with @contents
 */
char *
kp_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}
