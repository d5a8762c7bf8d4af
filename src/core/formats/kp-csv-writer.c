/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-csv-writer.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define UTF8_BOM "\357\273\277"

GString *
kp_csv_begin (KpCsvFlavour flavour)
{
  return g_string_new (flavour == KP_CSV_CSV ? UTF8_BOM : NULL);
}

static void
append_cell (GString     *out,
             const char  *text,
             KpCsvFlavour flavour)
{
  if (text == NULL)
    text = "";

  if (flavour == KP_CSV_TSV)
    {
      /* A tab or a line break inside a cell would split it: they become spaces. */
      for (const char *p = text; *p != '\0'; p++)
        g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
      return;
    }

  if (strpbrk (text, ";\"\r\n") == NULL && *text != ' ' &&
      (*text == '\0' || text[strlen (text) - 1] != ' '))
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
kp_csv_append_row (GString           *out,
                   const char *const *cells,
                   KpCsvFlavour       flavour)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (cells != NULL);

  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, flavour == KP_CSV_TSV ? '\t' : ';');
      append_cell (out, cells[i], flavour);
    }
  g_string_append (out, flavour == KP_CSV_TSV ? "\n" : "\r\n");
}

/* Numbers are written plain (no thousands separator, so spreadsheets read them as numbers)
 * with a decimal comma. Halves round away from zero, as kp_czech_format_double() rounds
 * what the views show. */
char *
kp_csv_format_decimal (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  g_ascii_formatd (buf, sizeof buf, "%.1f", round (value * 10.0) / 10.0);
  return g_strdelimit (g_strdup (buf), ".", ',');
}

static gboolean
write_all (const char *part,
           const char *contents,
           gsize       length,
           int        *out_errno)
{
  FILE *file = g_fopen (part, "wb");

  if (file == NULL)
    {
      *out_errno = errno;
      return FALSE;
    }
  if (fwrite (contents, 1, length, file) != length || fflush (file) != 0 ||
      fsync (fileno (file)) != 0)
    {
      *out_errno = errno;
      fclose (file);
      return FALSE;
    }
  if (fclose (file) != 0)
    {
      *out_errno = errno;
      return FALSE;
    }
  return TRUE;
}

gboolean
kp_csv_write_file (const char *path,
                   const char *contents,
                   gsize       length,
                   GError    **error)
{
  g_autofree char *part = NULL;
  g_autofree char *display = NULL;
  int              saved = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  part = g_strconcat (path, ".part", NULL);
  if (!write_all (part, contents, length, &saved) || g_rename (part, path) != 0)
    {
      if (saved == 0)
        saved = errno;
      g_remove (part);
      display = g_filename_display_name (path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Cannot write “%s”: %s"),
                   display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
