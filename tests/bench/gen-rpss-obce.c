/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gen-rpss-obce.h"

/* gen-rpss --obce: the real obce to place providers and facilities in. */

/* The fields of one line of a CSV file, quotes removed. */
static char **
split_line (const char *line,
            char        delimiter)
{
  char   sep[2] = { delimiter, '\0' };
  char **fields = g_strsplit (line, sep, -1);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_strstrip (fields[i]);
      if (fields[i][0] == '"')
        {
          gsize len = strlen (fields[i]);

          memmove (fields[i], fields[i] + 1, len);
          if (len >= 2 && fields[i][len - 2] == '"')
            fields[i][len - 2] = '\0';
        }
    }
  return fields;
}

static int
find_column (char *const       *header,
             const char *const *names)
{
  for (int i = 0; header[i] != NULL; i++)
    for (guint n = 0; names[n] != NULL; n++)
      if (g_ascii_strcasecmp (header[i], names[n]) == 0)
        return i;
  return -1;
}

static int
field_number (char *const *fields,
              int          column)
{
  if (column < 0 || column >= (int) g_strv_length ((char **) fields))
    return 0;
  return atoi (fields[column]);
}

/* Reads --obce: a RÚIAN list of obce with a header, or one code a line.
 * Returns: (transfer full): the obce as Location, or %NULL with @error set */
GArray *
gen_rpss_load_obce (const char *path,
                    GError    **error)
{
  static const char *const obec_names[] = { "kod", "obec_kod", "kod_obce", NULL };
  static const char *const okres_names[] = { "okres_kod", NULL };
  static const char *const kraj_names[] = { "vusc_kod", "kraj_kod", NULL };
  static const char *const end_names[] = { "plati_do", NULL };
  g_autofree char         *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) header = NULL;
  g_autoptr (GArray) obce = NULL;
  int      obec_col = 0, okres_col = -1, kraj_col = -1, end_col = -1;
  char     delimiter;
  gboolean has_header;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  if (lines[0] == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: the file is empty", path);
      return NULL;
    }
  delimiter = strchr (lines[0], ';') != NULL ? ';' : ',';
  header = split_line (lines[0], delimiter);
  has_header = header[0] != NULL && !g_ascii_isdigit (header[0][0]);
  if (has_header)
    {
      /* A byte order mark before the first name. */
      if (g_str_has_prefix (header[0], "\xEF\xBB\xBF"))
        memmove (header[0], header[0] + 3, strlen (header[0]) - 2);
      obec_col = find_column (header, obec_names);
      okres_col = find_column (header, okres_names);
      kraj_col = find_column (header, kraj_names);
      end_col = find_column (header, end_names);
      if (obec_col < 0)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "%s: no column of obec codes (kod)", path);
          return NULL;
        }
    }
  obce = g_array_new (FALSE, FALSE, sizeof (Location));
  for (guint i = has_header ? 1 : 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = split_line (lines[i], delimiter);
      Location location = { 0 };

      if (fields[0] == NULL || fields[0][0] == '\0')
        continue;
      if (end_col >= 0 && end_col < (int) g_strv_length (fields) && fields[end_col][0] != '\0')
        continue; /* an obec that no longer exists */
      location.obec = field_number (fields, obec_col);
      location.okres = field_number (fields, okres_col);
      location.kraj = field_number (fields, kraj_col);
      if (location.obec < 100000 || location.obec > 999999)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "%s, line %u: “%s” is not a kód obce", path, i + 1, fields[obec_col]);
          return NULL;
        }
      g_array_append_val (obce, location);
    }
  if (obce->len == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: no obce", path);
      return NULL;
    }
  return g_steal_pointer (&obce);
}
