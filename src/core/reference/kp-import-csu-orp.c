/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-csu-orp-repository.h"
#include "kp-czech.h"
#include "kp-import-private.h"

#include <math.h>
#include <string.h>

/* ČSÚ indicators of the administrative districts of ORP (orp_ukazatele.csv: ";", UTF-8,
 * CRLF, decimal comma, header cells quoted with line breaks inside). One row per SO ORP,
 * 48 columns; the columns Komplan keeps are found by their header text, whitespace and
 * case ignored, never by position. Two ČSÚ integrity rules are checked on every row, so a
 * shifted or mislabelled column is refused rather than stored: live births − deaths is
 * the natural increase, and 0–14 + 15–64 + 65+ is the population. */

#define DELIMITER ';'
/* The year of the state the file describes when its name does not say (see date_of). */
#define DEFAULT_YEAR 2019
#define MIN_YEAR     1990
#define MAX_YEAR     2100

typedef enum
{
  COL_CODE,
  COL_NAME,
  COL_POPULATION,
  COL_NATURAL_CHANGE,
  COL_NET_MIGRATION,
  COL_A0_14,
  COL_A65_PLUS,
  COL_A15_64,
  COL_UNEMPLOYMENT,
  COL_JOB_SEEKERS,
  COL_LONG_TERM,
  COL_DWELLINGS,
  COL_BIRTHS,
  COL_DEATHS,
  COL_AVERAGE_AGE,
  COL_KRAJ_NUTS3,
  N_COLUMNS
} Column;

/* The headers as normalise() leaves them: lower case, no white space. */
static const char *const headers[N_COLUMNS] = {
  [COL_CODE] = "kódsoorp",
  [COL_NAME] = "názevsoorp",
  [COL_POPULATION] = "početobyvatel(k31.12.)",
  [COL_NATURAL_CHANGE] = "přirozenýpřírůstek",
  [COL_NET_MIGRATION] = "saldomigrace",
  [COL_A0_14] = "početobyvatelvevěku0-14(k31.12.)",
  [COL_A65_PLUS] = "početobyvatelvevěku65avícelet(k31.12.)",
  [COL_A15_64] = "početobyvatelvevěku15-64let(k31.12.)",
  [COL_UNEMPLOYMENT] = "podílnezaměstnanýchosobdosažitelných(%)k31.12.",
  [COL_JOB_SEEKERS] = "uchazečiozaměstnánívevidenciúřadupráce(k31.12.)-celkem",
  [COL_LONG_TERM] = "uchazečiozaměstnánívevidenciúřadupráce-evidencenad12měs.(k31.12.)",
  [COL_DWELLINGS] = "početdokončenýchbytů",
  [COL_BIRTHS] = "živěnarození",
  [COL_DEATHS] = "zemřelí",
  [COL_AVERAGE_AGE] = "průměrnývěk(k31.12.)",
  [COL_KRAJ_NUTS3] = "kódcz_nuts(3)",
};

/* The headers for messages, as the file writes them (line breaks as spaces). */
static const char *const labels[N_COLUMNS] = {
  [COL_CODE] = "kód SOORP",
  [COL_NAME] = "název SO ORP",
  [COL_POPULATION] = "Počet obyvatel (k 31.12.)",
  [COL_NATURAL_CHANGE] = "Přirozený přírůstek",
  [COL_NET_MIGRATION] = "Saldo migrace",
  [COL_A0_14] = "Počet obyvatel ve věku 0-14 (k 31.12.)",
  [COL_A65_PLUS] = "Počet obyvatel ve věku 65 a více let (k 31.12.)",
  [COL_A15_64] = "Počet obyvatel ve věku 15- 64 let (k 31.12.)",
  [COL_UNEMPLOYMENT] = "Podíl nezaměstnaných osob dosažitelných (%) k 31.12.",
  [COL_JOB_SEEKERS] = "Uchazeči o zaměstnání v evidenci úřadu práce (k 31. 12.) - celkem",
  [COL_LONG_TERM] = "Uchazeči o zaměstnání v evidenci úřadu práce - evidence nad 12 měs. "
                    "(k 31. 12.)",
  [COL_DWELLINGS] = "Počet dokončených bytů",
  [COL_BIRTHS] = "Živě narození",
  [COL_DEATHS] = "Zemřelí",
  [COL_AVERAGE_AGE] = "Průměrný věk (k 31. 12.)",
  [COL_KRAJ_NUTS3] = "Kód CZ_NUTS (3)",
};

/* "Počet obyvatel\r\n(k 31.12.)" → "početobyvatel(k31.12.)" */
static char *
normalise (const char *cell)
{
  g_autofree char *lower = g_utf8_strdown (cell, -1);
  GString         *text = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (text, *p);
  return g_string_free (text, FALSE);
}

/* Whether the first record of @contents is the header of this file: its first two cells
 * name the ČSÚ code and the name of the SO ORP. */
KpReferenceKind
kp_import_csu_orp_detect (GBytes *contents)
{
  g_autoptr (KpCsvReader) reader = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize            len = 0;
  gboolean         has_row = FALSE;

  g_bytes_get_data (contents, &len);
  if (len == 0)
    return KP_REFERENCE_KIND_UNKNOWN;
  reader = kp_csv_reader_new_from_bytes (contents, DELIMITER, "");
  if (!kp_csv_reader_read_row (reader, &has_row, NULL, NULL) || !has_row ||
      kp_csv_reader_get_n_fields (reader) < 2)
    return KP_REFERENCE_KIND_UNKNOWN;
  first = normalise (kp_csv_reader_get_field (reader, 0));
  second = normalise (kp_csv_reader_get_field (reader, 1));
  if (strcmp (first, headers[COL_CODE]) == 0 && strcmp (second, headers[COL_NAME]) == 0)
    return KP_REFERENCE_KIND_CSU_ORP;
  return KP_REFERENCE_KIND_UNKNOWN;
}

/* The state the file describes: 31 December of a year its name gives (a run of four digits
 * from 1990 to 2100, "orp_ukazatele_2019.csv"), else of 2019, the year of the ČSÚ edition
 * with these 48 columns (its populations sum to the 10 693 939 inhabitants of 31. 12.
 * 2019); the header itself says only "k 31.12.". The record's note says which was used. */
static char *
date_of (const KpImportFile *file,
         gboolean           *out_from_name)
{
  const char *name = file->display_name;
  gsize       len = strlen (name);

  for (gsize i = 0; i + 4 <= len; i++)
    {
      gboolean four = g_ascii_isdigit (name[i]) && g_ascii_isdigit (name[i + 1]) &&
                      g_ascii_isdigit (name[i + 2]) && g_ascii_isdigit (name[i + 3]);
      gboolean alone = (i == 0 || !g_ascii_isdigit (name[i - 1])) &&
                       (i + 4 == len || !g_ascii_isdigit (name[i + 4]));

      if (four && alone)
        {
          int year = (int) g_ascii_strtoll (name + i, NULL, 10);

          if (year >= MIN_YEAR && year <= MAX_YEAR)
            {
              *out_from_name = TRUE;
              return g_strdup_printf ("%d-12-31", year);
            }
        }
    }
  *out_from_name = FALSE;
  return g_strdup_printf ("%d-12-31", DEFAULT_YEAR);
}

typedef struct
{
  KpCsvReader        *reader;
  const KpImportFile *file;
  const int          *columns;
  guint               row; /* 1 is the header, 2 the first ORP: the row a spreadsheet shows */
} Row;

static void
set_cell_error (GError    **error,
                const Row  *row,
                Column      column,
                const char *reason)
{
  kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, row->file->display_name, row->row,
                           /* Translators: a column of the ČSÚ file, e.g. "Saldo migrace",
                            * then what is wrong with its value */
                           _ ("column “%s”: %s"), labels[column], reason);
}

/* A whole number, maybe negative; ČSÚ writes "-" for "none". */
static gboolean
parse_int (const char *text,
           gboolean    allow_negative,
           gint64     *out_value)
{
  gint64 value = 0;

  if (strcmp (text, "-") == 0)
    {
      *out_value = 0;
      return TRUE;
    }
  if (allow_negative && text[0] == '-')
    {
      if (!kp_import_parse_count (text + 1, &value))
        return FALSE;
      *out_value = -value;
      return TRUE;
    }
  return kp_import_parse_count (text, out_value);
}

/* A decimal number with a decimal comma; "-" or "" is NAN. */
static gboolean
parse_decimal (const char *text,
               double     *out_value)
{
  g_autofree char *copy = g_strdup (text);
  char            *end = NULL;
  double           value;

  if (*text == '\0' || strcmp (text, "-") == 0)
    {
      *out_value = NAN;
      return TRUE;
    }
  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || value < 0.0)
    return FALSE;
  *out_value = value;
  return TRUE;
}

static gboolean
read_int (Row     *row,
          Column   column,
          gboolean allow_negative,
          gint64  *out_value,
          GError **error)
{
  const char *text = kp_csv_reader_get_field (row->reader, row->columns[column]);

  if (parse_int (text, allow_negative, out_value))
    return TRUE;
  {
    g_autofree char *reason = g_strdup_printf (_ ("“%s” is not a whole number"), text);

    set_cell_error (error, row, column, reason);
  }
  return FALSE;
}

static gboolean
read_decimal (Row     *row,
              Column   column,
              double  *out_value,
              GError **error)
{
  const char *text = kp_csv_reader_get_field (row->reader, row->columns[column]);

  if (parse_decimal (text, out_value))
    return TRUE;
  {
    g_autofree char *reason = g_strdup_printf (_ ("“%s” is not a number"), text);

    set_cell_error (error, row, column, reason);
  }
  return FALSE;
}

static gboolean
read_row (Row         *row,
          KpCsuOrpRow *out,
          GError     **error)
{
  KpCsvReader *reader = row->reader;

  out->csu_kod = kp_csv_reader_get_field (reader, row->columns[COL_CODE]);
  out->nazev = kp_csv_reader_get_field (reader, row->columns[COL_NAME]);
  out->kraj_nuts3 = kp_csv_reader_get_field (reader, row->columns[COL_KRAJ_NUTS3]);
  if (!kp_import_is_digits (out->csu_kod, 4, 6))
    {
      g_autofree char *reason = g_strdup_printf (_ ("“%s” is not a ČSÚ code of an ORP (4 to 6 "
                                                    "digits)"),
                                                 out->csu_kod);

      set_cell_error (error, row, COL_CODE, reason);
      return FALSE;
    }
  if (*out->nazev == '\0')
    {
      set_cell_error (error, row, COL_NAME, _ ("the name is empty"));
      return FALSE;
    }
  if (*out->kraj_nuts3 == '\0')
    out->kraj_nuts3 = NULL;
  return read_int (row, COL_POPULATION, FALSE, &out->population, error) &&
         read_int (row, COL_A0_14, FALSE, &out->a0_14, error) &&
         read_int (row, COL_A15_64, FALSE, &out->a15_64, error) &&
         read_int (row, COL_A65_PLUS, FALSE, &out->a65_plus, error) &&
         read_int (row, COL_BIRTHS, FALSE, &out->births, error) &&
         read_int (row, COL_DEATHS, FALSE, &out->deaths, error) &&
         read_int (row, COL_NATURAL_CHANGE, TRUE, &out->natural_change, error) &&
         read_int (row, COL_NET_MIGRATION, TRUE, &out->net_migration, error) &&
         read_decimal (row, COL_UNEMPLOYMENT, &out->unemployment, error) &&
         read_int (row, COL_JOB_SEEKERS, FALSE, &out->job_seekers, error) &&
         read_int (row, COL_LONG_TERM, FALSE, &out->job_seekers_long_term, error) &&
         read_int (row, COL_DWELLINGS, FALSE, &out->dwellings, error) &&
         read_decimal (row, COL_AVERAGE_AGE, &out->average_age, error);
}

/* ČSÚ's own arithmetic, which a shifted column breaks. */
static gboolean
check_row (Row               *row,
           const KpCsuOrpRow *out,
           GError           **error)
{
  if (out->births - out->deaths != out->natural_change)
    {
      g_autofree char *births = kp_czech_format_int (out->births);
      g_autofree char *deaths = kp_czech_format_int (out->deaths);
      g_autofree char *change = kp_czech_format_int (out->natural_change);
      g_autofree char *reason = g_strdup_printf (
          _ ("live births (%s) minus deaths (%s) is not the natural increase (%s)"), births,
          deaths, change);

      set_cell_error (error, row, COL_NATURAL_CHANGE, reason);
      return FALSE;
    }
  if (out->a0_14 + out->a15_64 + out->a65_plus != out->population)
    {
      g_autofree char *population = kp_czech_format_int (out->population);
      g_autofree char *reason = g_strdup_printf (
          _ ("the inhabitants aged 0–14, 15–64 and 65+ do not add up to %s"), population);

      set_cell_error (error, row, COL_POPULATION, reason);
      return FALSE;
    }
  if (out->job_seekers_long_term > out->job_seekers)
    {
      set_cell_error (error, row, COL_LONG_TERM,
                      _ ("more job seekers over 12 months than job seekers"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
locate_columns (KpCsvReader        *reader,
                const KpImportFile *file,
                int                *columns,
                guint              *out_n_header,
                GError            **error)
{
  gboolean has_row = FALSE;
  guint    n;

  if (!kp_csv_reader_read_row (reader, &has_row, NULL, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                   file->display_name);
      return FALSE;
    }
  n = kp_csv_reader_get_n_fields (reader);
  for (int c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = normalise (kp_csv_reader_get_field (reader, i));

      for (int c = 0; c < N_COLUMNS; c++)
        if (columns[c] < 0 && strcmp (name, headers[c]) == 0)
          columns[c] = (int) i;
    }
  for (int c = 0; c < N_COLUMNS; c++)
    if (columns[c] < 0)
      {
        kp_import_set_row_error (error, KP_IMPORT_ERROR_FORMAT, file->display_name, 1,
                                 _ ("the column “%s” is missing"), labels[c]);
        return FALSE;
      }
  *out_n_header = n;
  return TRUE;
}

/**
 * kp_import_csu_orp:
 *
 * Imports orp_ukazatele.csv into the library's csu_orp table (cleared by the batch).
 * Every row is checked; any wrong row refuses the file, naming the row and the column.
 */
gboolean
kp_import_csu_orp (KpImportBatch      *batch,
                   const KpImportFile *file,
                   KpImportRecord     *record,
                   GError            **error)
{
  g_autoptr (KpCsvReader) reader = kp_csv_reader_new_from_bytes (file->contents, DELIMITER,
                                                                 file->display_name);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *ref_date = NULL;
  int              columns[N_COLUMNS];
  guint            n_header = 0;
  gboolean         from_name = FALSE;
  int              rows = 0;

  if (!locate_columns (reader, file, columns, &n_header, error))
    return FALSE;
  ref_date = date_of (file, &from_name);
  for (;;)
    {
      KpCsuOrpRow out = { 0 };
      Row         row = { reader, file, columns, (guint) rows + 2 };
      gboolean    has_row = FALSE;

      if (!kp_csv_reader_read_row (reader, &has_row, batch->cancellable, error))
        return FALSE;
      if (!has_row)
        break;
      if (!kp_import_check_field_count (reader, file, n_header, error) ||
          !read_row (&row, &out, error) || !check_row (&row, &out, error))
        return FALSE;
      if (g_hash_table_contains (seen, out.csu_kod))
        {
          g_autofree char *reason = g_strdup_printf (_ ("the ORP “%s” is listed twice"),
                                                     out.csu_kod);

          set_cell_error (error, &row, COL_CODE, reason);
          return FALSE;
        }
      g_hash_table_add (seen, g_strdup (out.csu_kod));
      out.ref_date = ref_date;
      if (!kp_csu_orp_repository_insert (batch->db, &out, error))
        return FALSE;
      rows++;
      if (rows % 64 == 0 && !kp_import_step (batch, kp_csv_reader_get_fraction (reader), error))
        return FALSE;
    }
  if (rows == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has a header but no ORP"), file->display_name);
      return FALSE;
    }
  record->row_count = rows;
  record->data_date = g_strdup (ref_date);
  if (!from_name)
    {
      g_autofree char *date = kp_czech_format_date (ref_date);

      record->note = g_strdup_printf (
          /* Translators: %s is a date, "31. 12. 2019" */
          _ ("The file does not say which year it describes; it is taken as the state at %s, "
             "the year of the ČSÚ edition with these columns. A year in the file name "
             "(orp_ukazatele_2019.csv) sets it."),
          date);
    }
  return TRUE;
}
