/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-database-messages.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

/* What the user reads when a project or the reference library cannot be opened or
 * written: one message per cause, in the user's language, naming the file and saying what
 * to do. SQLite's own English text never reaches a message; it goes to the debug log. */

static char *
display_name (const char *path)
{
  return g_filename_display_basename (path);
}

/* The newest copy that an update made before it changed the file: "x.komplan.v5.bak" or
 * "x.komplan.v5-2.bak" beside it. */
char *
kp_database_find_backup (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".v", NULL);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *best = NULL;
  gint64           best_time = G_MININT64;
  const char      *name;

  if (listing == NULL)
    return NULL;
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *full = NULL;
      GStatBuf         st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".bak"))
        continue;
      full = g_build_filename (dir, name, NULL);
      if (g_stat (full, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      if ((gint64) st.st_mtime > best_time ||
          ((gint64) st.st_mtime == best_time && g_strcmp0 (full, best) > 0))
        {
          best_time = st.st_mtime;
          g_free (best);
          best = g_steal_pointer (&full);
        }
    }
  return g_steal_pointer (&best);
}

static void
set_damaged (const char    *path,
             KpDatabaseKind kind,
             GError       **error)
{
  g_autofree char *display = display_name (path);
  g_autofree char *backup = kind == KP_DATABASE_KIND_PROJECT ? kp_database_find_backup (path)
                                                             : NULL;

  if (kind == KP_DATABASE_KIND_LIBRARY)
    g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT,
                 _ ("The reference library “%s” is damaged. Move it aside (or delete it) and "
                    "import the reference files again: Komplan then makes a new library."),
                 display);
  else if (backup != NULL)
    {
      g_autofree char *backup_display = g_filename_display_name (backup);

      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT,
                   _ ("“%s” is damaged and cannot be opened. Komplan made a copy of it before "
                      "its last update: “%s”. Copy it to a new name ending in .komplan and "
                      "open that; changes made after that update are not in it."),
                   display, backup_display);
    }
  else
    g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CORRUPT,
                 _ ("“%s” is damaged and cannot be opened. Komplan keeps no other copy of it: "
                    "restore the file from your backup (for example a copy on a network "
                    "drive or a USB disk) or ask your administrator for one."),
                 display);
}

/**
 * kp_database_set_file_error:
 * @path: the file the connection is for
 * @kind: a project or the reference library
 * @rc: an SQLite result code (extended or primary)
 * @detail: (nullable): SQLite's own message, for the debug log only
 *
 * Sets @error to what went wrong with @path and what the user can do about it.
 */
void
kp_database_set_file_error (const char    *path,
                            KpDatabaseKind kind,
                            int            rc,
                            const char    *detail,
                            GError       **error)
{
  g_autofree char *display = display_name (path);

  g_debug ("SQLite error %d on %s: %s", rc, path, detail != NULL ? detail : sqlite3_errstr (rc));
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      set_damaged (path, kind, error);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_BUSY,
                   _ ("“%s” is being written by another program or another Komplan window. "
                      "Close it there, or wait until it is done, and try again."),
                   display);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error_literal (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CONSTRAINT,
                           _ ("The change was refused because it does not fit the data "
                              "already there; nothing was changed."));
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_IO,
                   _ ("“%s” cannot be opened: its folder is missing or cannot be written. "
                      "Check that the disk is connected, or copy the file to a folder of "
                      "yours (for example Documents) and open the copy."),
                   display);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_IO,
                   _ ("“%s” can only be read: Komplan needs to write to the file and to its "
                      "folder. Copy the file to a folder of yours (for example Documents) "
                      "and open the copy."),
                   display);
      break;
    case SQLITE_FULL:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_IO,
                   _ ("The disk with “%s” is full; the last change was not saved. Free some "
                      "space on the disk and try again."),
                   display);
      break;
    case SQLITE_IOERR:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_IO,
                   _ ("“%s” could not be read or written (a disk or network error). Check "
                      "the disk or the network connection and try again."),
                   display);
      break;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_MISUSE,
                   _ ("Komplan used the file “%s” wrongly (SQLite error %d); nothing was "
                      "changed. Please report this as a bug."),
                   display, rc);
      break;
    default:
      g_set_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_FAILED,
                   _ ("Working with the file “%s” failed (SQLite error %d); nothing was "
                      "changed. Try again; if it happens again, please report it."),
                   display, rc);
      break;
    }
}

/**
 * kp_database_check_path:
 * @out_exists: (out): whether a file is there
 *
 * The one check of a path before it is opened, for projects and the library alike: a
 * missing file (not an error here: @out_exists is %FALSE), a folder, a link that leads
 * nowhere or back to itself, a file the user may not read.
 *
 * Returns: %FALSE with @error set when the path cannot be a database file
 */
gboolean
kp_database_check_path (const char    *path,
                        KpDatabaseKind kind,
                        gboolean      *out_exists,
                        GError       **error)
{
  g_autofree char *display = display_name (path);
  GStatBuf         st;
  int              saved;

  *out_exists = FALSE;
  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       kind == KP_DATABASE_KIND_PROJECT
                           ? _ ("“%s” is a folder, not a Komplan project file. Choose the "
                                "project file itself.")
                           : _ ("“%s” is a folder, not Komplan’s reference library. Choose "
                                "the library file itself."),
                       display);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _ ("“%s” is not a file (it is a device or a pipe). Choose a file "
                          "that Komplan saved."),
                       display);
          return FALSE;
        }
      if (g_access (path, R_OK) != 0)
        {
          saved = errno;
          goto failed;
        }
      *out_exists = TRUE;
      return TRUE;
    }
  saved = errno;
  if (saved == ENOENT)
    {
      GStatBuf lst;

      /* A link whose target is missing: say so, the link itself is there. */
      if (g_lstat (path, &lst) == 0 && S_ISLNK (lst.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _ ("“%s” is a link to a file that does not exist. Open the file "
                          "itself or correct the link."),
                       display);
          return FALSE;
        }
      return TRUE;
    }

failed:
  switch (saved)
    {
    case ELOOP:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                   _ ("“%s” is a link that leads back to itself, not to a file. Open the file "
                      "itself or correct the link."),
                   display);
      break;
    case EACCES:
    case EPERM:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _ ("You may not read “%s”. Ask the file’s owner or your administrator "
                      "for permission to read and write it."),
                   display);
      break;
    case ENOTDIR:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _ ("“%s” cannot be opened: a part of its path is a file, not a folder. "
                      "Check the path."),
                   display);
      break;
    case ENAMETOOLONG:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG,
                   _ ("The path of “%s” is too long. Move the file to a shorter path."),
                   display);
      break;
    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _ ("“%s” cannot be opened (system error %d). Check the disk and the "
                      "path and try again."),
                   display, saved);
      break;
    }
  return FALSE;
}
