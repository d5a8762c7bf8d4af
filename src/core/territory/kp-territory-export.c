/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-territory-export.h"
#include "kp-csv-writer.h"
#include "kp-obec.h"

#include <string.h>

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
  g_ptr_array_add (cells, kp_csv_format_decimal (kp_obec_get_share_65_plus (obec)));
  g_ptr_array_add (cells, kp_csv_format_decimal (kp_obec_get_ageing_index (obec)));
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_free (cells, FALSE);
}

static char *
build_table (GListModel  *obce,
             KpCsvFlavour flavour)
{
  GString    *out = kp_csv_begin (flavour);
  const char *titles[N_COLUMNS + 1];
  guint       n = g_list_model_get_n_items (obce);

  for (guint i = 0; i < N_COLUMNS; i++)
    titles[i] = _ (column_titles[i]);
  titles[N_COLUMNS] = NULL;
  kp_csv_append_row (out, titles, flavour);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
      g_auto (GStrv) cells = obec_cells (obec);

      kp_csv_append_row (out, (const char *const *) cells, flavour);
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
  return build_table (obce, KP_CSV_TSV);
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

  g_return_val_if_fail (G_IS_LIST_MODEL (obce), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  contents = build_table (obce, KP_CSV_CSV);
  return kp_csv_write_file (path, contents, strlen (contents), error);
}
