/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-territory-export.h"
#include "kp-obec.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Numbers are written plain (no thousands separator, so spreadsheets read them as numbers)
 * with a decimal comma, as a Czech spreadsheet expects. */

#define UTF8_BOM "\357\273\277"

/* Translators: column titles of the exported table of obce; "Obec", "POU" and "ORP" are
 * Czech administrative terms */
static const char *const column_titles[] = {
  N_ ("Code"),
  N_ ("Obec"),
  N_ ("Status"),
  N_ ("POU"),
  N_ ("ORP"),
  N_ ("Population"),
  N_ ("0–14"),
  N_ ("15–64"),
  N_ ("65+"),
  N_ ("80+"),
  N_ ("Share of 65+ (%)"),
  N_ ("Ageing index"),
};

#define N_COLUMNS G_N_ELEMENTS (column_titles)

typedef enum
{
  FORMAT_TSV,
  FORMAT_CSV,
} Format;

/* "20,5", or an empty field when the value is undefined (NAN). Halves round away from
 * zero, as kp_czech_format_double() rounds what the table shows. */
static char *
format_decimal (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  g_ascii_formatd (buf, sizeof buf, "%.1f", round (value * 10.0) / 10.0);
  return g_strdelimit (g_strdup (buf), ".", ',');
}

static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/* The cells of one row, in column order. */
static GStrv
obec_cells (KpObec *obec)
{
  const KpAgeTotals *totals = kp_obec_get_totals (obec);
  GPtrArray         *cells = g_ptr_array_new ();

  g_ptr_array_add (cells, dup_text (kp_obec_get_kod (obec)));
  g_ptr_array_add (cells, dup_text (kp_obec_get_nazev (obec)));
  g_ptr_array_add (cells, dup_text (kp_obec_get_status_label (obec)));
  g_ptr_array_add (cells, dup_text (kp_obec_get_pou_nazev (obec)));
  g_ptr_array_add (cells, dup_text (kp_obec_get_orp_nazev (obec)));
  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, totals->total));
  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, totals->a0_14));
  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, totals->a15_64));
  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, totals->a65_plus));
  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, totals->a80_plus));
  g_ptr_array_add (cells, format_decimal (kp_obec_get_share_65_plus (obec)));
  g_ptr_array_add (cells, format_decimal (kp_obec_get_ageing_index (obec)));
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_free (cells, FALSE);
}

static void
append_cell (GString    *out,
             const char *text,
             Format      format)
{
  if (text == NULL)
    text = "";

  if (format == FORMAT_TSV)
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

static void
append_row (GString           *out,
            const char *const *cells,
            Format             format)
{
  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, format == FORMAT_TSV ? '\t' : ';');
      append_cell (out, cells[i], format);
    }
  g_string_append (out, format == FORMAT_TSV ? "\n" : "\r\n");
}

static char *
build_table (GListModel *obce,
             Format      format)
{
  GString    *out = g_string_new (format == FORMAT_CSV ? UTF8_BOM : NULL);
  const char *titles[N_COLUMNS + 1];
  guint       n = g_list_model_get_n_items (obce);

  for (guint i = 0; i < N_COLUMNS; i++)
    titles[i] = _ (column_titles[i]);
  titles[N_COLUMNS] = NULL;
  append_row (out, titles, format);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
      g_auto (GStrv) cells = obec_cells (obec);

      append_row (out, (const char *const *) cells, format);
    }
  return g_string_free (out, FALSE);
}

/**
 * kp_territory_export_tsv:
 * @obce: a #GListModel of #KpObec
 *
 * Returns: (transfer full): the table as tab-separated text with a header row, for the
 *   clipboard
 */
char *
kp_territory_export_tsv (GListModel *obce)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (obce), NULL);
  return build_table (obce, FORMAT_TSV);
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

/**
 * kp_territory_export_csv:
 * @obce: a #GListModel of #KpObec
 * @path: the CSV file to write
 *
 * Writes the table as CSV for Czech spreadsheets: UTF-8 with a byte order mark, ";"
 * separator, decimal comma, CRLF line ends. The file is written as @path + ".part" and
 * renamed over @path when complete.
 *
 * Returns: %FALSE with @error set (naming the file) when writing failed
 */
gboolean
kp_territory_export_csv (GListModel *obce,
                         const char *path,
                         GError    **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *part = NULL;
  g_autofree char *display = NULL;
  int              saved = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (obce), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  contents = build_table (obce, FORMAT_CSV);
  part = g_strconcat (path, ".part", NULL);
  if (!write_all (part, contents, strlen (contents), &saved) || g_rename (part, path) != 0)
    {
      if (saved == 0)
        saved = errno;
      g_remove (part);
      display = g_filename_display_name (path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _ ("Cannot write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
