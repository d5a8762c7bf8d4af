/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tables written as text, the way the Territory and Síť služeb views export them: CSV for
 * files as Czech spreadsheets expect it (UTF-8 with a byte order mark, ";" separator,
 * fields quoted when needed, CRLF line ends, decimal comma) and tab-separated text for the
 * clipboard. */

typedef enum
{
  KP_CSV_TSV,
  KP_CSV_CSV,
} KpCsvFlavour;

/* A new table: empty, or the byte order mark for CSV. */
GString *kp_csv_begin (KpCsvFlavour flavour);
/* Appends one row; @cells is NULL-terminated, a NULL cell is empty. */
void kp_csv_append_row (GString           *out,
                        const char *const *cells,
                        KpCsvFlavour       flavour);
/* "20,5" (one decimal, halves away from zero), or "" when @value is not finite. */
char *kp_csv_format_decimal (double value);
/* Writes @contents to @path + ".part", syncs it and renames it over @path, so that @path is
 * never half written. Returns: %FALSE with @error naming the file on failure */
gboolean kp_csv_write_file (const char *path,
                            const char *contents,
                            gsize       length,
                            GError    **error);

G_END_DECLS
