/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-czech.h"
#include "kp-import-private.h"
#include "kp-xlsx-reader.h"

#include <string.h>

/* ČSÚ "Věkové složení obyvatelstva obcí" (.xlsx): one row per obec and sex (POH celkem,
 * muži, ženy) with the total and the 18 five-year bands. The file of obce over 1 000
 * inhabitants also has single years 0…84 (numeric header cells), "85+" and "X" before the
 * bands, so every column is found by its header text, never by its position. Nothing is
 * derived here: the bands are stored as they are, after the ČSÚ integrity rules are
 * checked (bands add up to the total, muži + ženy = celkem). */

#define HEADER_SEARCH_ROWS 10
#define MIN_YEAR           1990
#define MAX_YEAR           2100

static const char *const band_names[KP_AGE_BANDS] = {
  "0-4",
  "5-9",
  "10-14",
  "15-19",
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
  "80-84",
  "85+",
};

static const char *const sex_ids[3] = { "celkem", "muzi", "zeny" };

typedef struct
{
  int poh;
  int zuj;
  int celkem;
  int bands[KP_AGE_BANDS];
} Columns;

typedef struct
{
  gint64 total[3];
  guint  row[3];
  guint  present; /* bit per sex */
} SexTotals;

/* "0–4 " → "0-4", "ZUJ" → "zuj". */
static char *
normalise_header (const char *cell)
{
  GString *text = g_string_new (NULL);

  for (const char *p = cell; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (strncmp (p, "\xE2\x80\x93", 3) == 0) /* en dash */
        {
          g_string_append_c (text, '-');
          p += 2;
          continue;
        }
      g_string_append_c (text, g_ascii_tolower (*p));
    }
  return g_string_free (text, FALSE);
}

/* Finds the header row among the first rows; FALSE (without error) when there is none. */
static gboolean
locate_columns (KpXlsxReader *reader,
                Columns      *columns,
                gboolean     *out_found,
                GError      **error)
{
  *out_found = FALSE;
  for (int attempt = 0; attempt < HEADER_SEARCH_ROWS; attempt++)
    {
      g_autoptr (GPtrArray) plus = g_ptr_array_new ();
      gboolean has_row;
      guint    n;

      if (!kp_xlsx_reader_read_row (reader, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      if (kp_xlsx_reader_row_is_empty (reader))
        continue;

      columns->poh = columns->zuj = columns->celkem = -1;
      for (int i = 0; i < KP_AGE_BANDS; i++)
        columns->bands[i] = -1;
      n = kp_xlsx_reader_get_n_cells (reader);
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *name = normalise_header (kp_xlsx_reader_get_cell (reader, c));

          if (strcmp (name, "poh") == 0)
            columns->poh = (int) c;
          else if (strcmp (name, "zuj") == 0)
            columns->zuj = (int) c;
          else if (strcmp (name, "celkem") == 0)
            columns->celkem = (int) c;
          else if (strcmp (name, "85+") == 0)
            g_ptr_array_add (plus, GUINT_TO_POINTER (c + 1));
          else
            for (int b = 0; b < KP_AGE_BANDS - 1; b++)
              if (strcmp (name, band_names[b]) == 0 && columns->bands[b] < 0)
                columns->bands[b] = (int) c;
        }
      /* "85+" also ends the single years: take the one that follows "80-84". */
      for (guint i = 0; i < plus->len; i++)
        {
          int c = (int) GPOINTER_TO_UINT (g_ptr_array_index (plus, i)) - 1;
          int before = columns->bands[KP_AGE_BANDS - 2];

          if (columns->bands[KP_AGE_BANDS - 1] < 0)
            columns->bands[KP_AGE_BANDS - 1] = c;
          if (before >= 0 && c > before)
            {
              columns->bands[KP_AGE_BANDS - 1] = c;
              break;
            }
        }
      *out_found = columns->zuj >= 0 && columns->poh >= 0;
      return TRUE;
    }
  return TRUE;
}

static const char *
first_missing_column (const Columns *columns)
{
  if (columns->celkem < 0)
    return "Celkem";
  for (int b = 0; b < KP_AGE_BANDS; b++)
    if (columns->bands[b] < 0)
      return band_names[b];
  return NULL;
}

/**
 * kp_import_csu_detect:
 *
 * Returns: %KP_REFERENCE_KIND_CSU_AGE when the first sheet has the ČSÚ header, else
 *   %KP_REFERENCE_KIND_UNKNOWN, with @error set only when the archive is broken
 */
KpReferenceKind
kp_import_csu_detect (GBytes     *contents,
                      const char *display_name,
                      GError    **error)
{
  g_autoptr (KpXlsxReader) reader = NULL;
  Columns  columns;
  gboolean found;

  reader = kp_xlsx_reader_new_from_bytes (contents, display_name,
                                          KP_XLSX_READER_DEFAULT_MAX_UNCOMPRESSED, error);
  if (reader == NULL || !locate_columns (reader, &columns, &found, error))
    return KP_REFERENCE_KIND_UNKNOWN;
  return found ? KP_REFERENCE_KIND_CSU_AGE : KP_REFERENCE_KIND_UNKNOWN;
}

/* The reference date, by this rule: ČSÚ names the files after the year they describe
 * ("2020_vek_do_999.xlsx"), so a name that starts with a year and "_" gives 31 December of
 * that year. Otherwise the workbook's creation date in docProps/core.xml is used: ČSÚ
 * publishes the state at 31 December during the following year, so the date is 31
 * December of the year before. A file with neither is refused. */
static char *
reference_date (KpXlsxReader       *reader,
                const KpImportFile *file,
                GError            **error)
{
  const char      *name = file->display_name;
  g_autofree char *created = NULL;
  int              year = 0;

  if (g_ascii_isdigit (name[0]) && g_ascii_isdigit (name[1]) && g_ascii_isdigit (name[2]) &&
      g_ascii_isdigit (name[3]) && name[4] == '_')
    year = (int) g_ascii_strtoll (name, NULL, 10);
  else
    {
      g_autoptr (GError) local_error = NULL;

      created = kp_xlsx_reader_dup_created (reader, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (created != NULL && strlen (created) >= 4)
        year = (int) g_ascii_strtoll (created, NULL, 10) - 1;
    }
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s does not say which year it describes; name it after the year, "
                      "e.g. “2020_vek_do_999.xlsx”"),
                   file->display_name);
      return NULL;
    }
  return g_strdup_printf ("%04d-12-31", year);
}

static int
parse_sex (const char *poh)
{
  g_autofree char *lower = NULL;

  if (strcmp (poh, "celkem") == 0)
    return 0;
  if (strcmp (poh, "muži") == 0)
    return 1;
  if (strcmp (poh, "ženy") == 0)
    return 2;
  lower = g_utf8_strdown (poh, -1);
  g_strstrip (lower);
  if (strcmp (lower, "celkem") == 0)
    return 0;
  if (strcmp (lower, "muži") == 0 || strcmp (lower, "muzi") == 0)
    return 1;
  if (strcmp (lower, "ženy") == 0 || strcmp (lower, "zeny") == 0)
    return 2;
  return -1;
}

static gboolean
read_count (KpXlsxReader       *reader,
            const KpImportFile *file,
            int                 column,
            const char         *column_name,
            guint               row,
            gint64             *out_value,
            GError            **error)
{
  const char *text = kp_xlsx_reader_get_cell (reader, (guint) column);

  g_autofree char *quoted = NULL;

  if (kp_import_parse_count (text, out_value))
    return TRUE;
  quoted = kp_error_quote (text, -1);
  kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                           _ ("“%s” in column “%s” is not a count of people"), quoted,
                           column_name);
  return FALSE;
}

/* Checks, remembers and stores one data row. */
static gboolean
import_row (KpImportBatch      *batch,
            const KpImportFile *file,
            KpXlsxReader       *reader,
            const Columns      *columns,
            const char         *ref_date,
            GHashTable         *obce,
            GHashTable         *sexes,
            GError            **error)
{
  guint           row = kp_xlsx_reader_get_row_number (reader);
  const char     *poh = kp_xlsx_reader_get_cell (reader, (guint) columns->poh);
  const char     *zuj = kp_xlsx_reader_get_cell (reader, (guint) columns->zuj);
  KpPopulationRow record;
  SexTotals      *totals;
  gpointer        key;
  gpointer        first;
  gint64          sum = 0;
  int             sex;

  if (!kp_import_is_digits (zuj, 6, 6))
    {
      g_autofree char *quoted = kp_error_quote (zuj, -1);

      kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                               _ ("obec code “%s” does not have 6 digits"), quoted);
      return FALSE;
    }
  sex = parse_sex (poh);
  if (sex < 0)
    {
      g_autofree char *quoted = kp_error_quote (poh, -1);

      kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                               _ ("“%s” in column POH is not celkem, muži or ženy"), quoted);
      return FALSE;
    }
  if (!read_count (reader, file, columns->celkem, "Celkem", row, &record.total, error))
    return FALSE;
  for (int b = 0; b < KP_AGE_BANDS; b++)
    {
      if (!read_count (reader, file, columns->bands[b], band_names[b], row, &record.bands[b],
                       error))
        return FALSE;
      sum += record.bands[b];
    }
  if (sum != record.total)
    {
      kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                               _ ("the age bands of obec “%s” add up to %lld, but the total is %lld"),
                               zuj, (long long) sum, (long long) record.total);
      return FALSE;
    }
  if (!g_hash_table_contains (obce, zuj))
    {
      kp_import_set_row_error (error, KP_IMPORT_ERROR_MISSING, file->display_name, row,
                               _ ("obec “%s” is not in the list of obce (UI_OBEC)"), zuj);
      return FALSE;
    }

  key = GUINT_TO_POINTER ((guint) g_ascii_strtoull (zuj, NULL, 10) * 4 + (guint) sex + 1);
  if (g_hash_table_lookup_extended (batch->population_seen, key, NULL, &first))
    {
      guint packed = GPOINTER_TO_UINT (first);

      kp_import_set_row_error (error, KP_IMPORT_ERROR_DUPLICATE, file->display_name, row,
                               _ ("obec “%s” has a second “%s” row (the first is in %s, row "
                                  "%u)"),
                               zuj, poh,
                               (const char *) g_ptr_array_index (batch->file_names,
                                                                 packed >> 24),
                               packed & 0xffffff);
      return FALSE;
    }
  g_hash_table_insert (batch->population_seen, key,
                       GUINT_TO_POINTER (file->index << 24 | (row & 0xffffff)));

  totals = g_hash_table_lookup (sexes, zuj);
  if (totals == NULL)
    {
      totals = g_new0 (SexTotals, 1);
      g_hash_table_insert (sexes, g_strdup (zuj), totals);
    }
  totals->total[sex] = record.total;
  totals->row[sex] = row;
  totals->present |= 1u << sex;

  record.obec_kod = zuj;
  record.sex = sex_ids[sex];
  record.ref_date = ref_date;
  return kp_library_repository_insert_population (batch->repo, &record, error);
}

/* muži + ženy = celkem for every obec that has all three rows; reports the first row. */
static gboolean
check_sexes (const KpImportFile *file,
             GHashTable         *sexes,
             GError            **error)
{
  GHashTableIter   iter;
  gpointer         key, value;
  const char      *bad_kod = NULL;
  const SexTotals *bad = NULL;

  g_hash_table_iter_init (&iter, sexes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const SexTotals *totals = value;

      if (totals->present != 7 || totals->total[1] + totals->total[2] == totals->total[0])
        continue;
      if (bad == NULL || totals->row[0] < bad->row[0])
        {
          bad = totals;
          bad_kod = key;
        }
    }
  if (bad == NULL)
    return TRUE;
  kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, bad->row[0],
                           _ ("obec “%s”: men (%lld) and women (%lld) do not add up to the total (%lld)"),
                           bad_kod, (long long) bad->total[1], (long long) bad->total[2],
                           (long long) bad->total[0]);
  return FALSE;
}

/* A newer file replaces the population; one of the date already imported adds its obce
 * (the two ČSÚ files split the obce by size); an older one is refused. */
static gboolean
prepare_population (KpImportBatch      *batch,
                    const KpImportFile *file,
                    const char         *ref_date,
                    GError            **error)
{
  g_autofree char *current = NULL;

  if (!kp_library_repository_get_data_date (batch->repo, KP_REFERENCE_KIND_CSU_AGE, &current,
                                            error))
    return FALSE;
  if (current != NULL && strcmp (ref_date, current) < 0)
    {
      g_autofree char *file_date = kp_czech_format_date (ref_date);
      g_autofree char *have_date = kp_czech_format_date (current);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_OUTDATED,
                   _ ("%s describes %s, which is older than the data already imported (%s)"),
                   file->display_name, file_date, have_date);
      return FALSE;
    }
  if (current == NULL || strcmp (ref_date, current) > 0)
    return kp_library_repository_clear (batch->repo, KP_REFERENCE_KIND_CSU_AGE, error);
  return TRUE;
}

/**
 * kp_import_csu_age:
 *
 * Imports one ČSÚ age-structure workbook. Every obec must already be in the obec table.
 */
gboolean
kp_import_csu_age (KpImportBatch      *batch,
                   const KpImportFile *file,
                   KpImportRecord     *record,
                   GError            **error)
{
  g_autoptr (KpXlsxReader) reader = NULL;
  g_autoptr (GHashTable) obce = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) sexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        g_free);
  g_autofree char *ref_date = NULL;
  const char      *missing;
  Columns          columns;
  gboolean         found;
  int              rows = 0;

  reader = kp_xlsx_reader_new_from_bytes (file->contents, file->display_name,
                                          KP_XLSX_READER_DEFAULT_MAX_UNCOMPRESSED, error);
  if (reader == NULL)
    return FALSE;
  ref_date = reference_date (reader, file, error);
  if (ref_date == NULL || !locate_columns (reader, &columns, &found, error))
    return FALSE;
  missing = found ? first_missing_column (&columns) : "ZUJ";
  if (missing != NULL)
    {
      kp_import_set_row_error (error, KP_IMPORT_ERROR_FORMAT, file->display_name,
                               kp_xlsx_reader_get_row_number (reader),
                               _ ("the column “%s” is missing"), missing);
      return FALSE;
    }
  if (!prepare_population (batch, file, ref_date, error) ||
      !kp_library_repository_load_codes (batch->repo, KP_REFERENCE_KIND_UI_OBEC, obce, error))
    return FALSE;

  for (;;)
    {
      gboolean has_row;

      if (!kp_xlsx_reader_read_row (reader, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (kp_xlsx_reader_row_is_empty (reader))
        continue;
      if (!import_row (batch, file, reader, &columns, ref_date, obce, sexes, error))
        return FALSE;
      rows++;
      if (rows % KP_IMPORT_CHECK_EVERY == 0 &&
          !kp_import_step (batch, kp_xlsx_reader_get_fraction (reader), error))
        return FALSE;
    }
  if (rows == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s has no data rows"),
                   file->display_name);
      return FALSE;
    }
  if (!check_sexes (file, sexes, error))
    return FALSE;
  record->row_count = rows;
  record->data_date = g_steal_pointer (&ref_date);
  return TRUE;
}
