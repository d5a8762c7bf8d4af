/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-import-private.h"

#include <string.h>

/* RÚIAN code lists: the CzechData files (kraje, okresy, orp, pou, ciselnik_CSU: ","
 * separated, every field quoted, LF) and UI_OBEC.csv (";" separated, CRLF, with or
 * without a byte-order mark). Columns are found by their header names. */

#define CZECHDATA_DELIMITER ','
#define UI_OBEC_DELIMITER   ';'

/* Sniffs the header line, whatever its delimiter, so that a file saved with the wrong
 * delimiter is still recognised and then refused with a clear message. */
KpReferenceKind
kp_import_ruian_detect (GBytes   *contents,
                        gboolean *out_old_obce)
{
  gsize            len;
  const char      *data = g_bytes_get_data (contents, &len);
  const char      *end;
  g_autofree char *line = NULL;
  g_auto (GStrv) tokens = NULL;
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  *out_old_obce = FALSE;
  if (data == NULL)
    return KP_REFERENCE_KIND_UNKNOWN;
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  end = memchr (data, '\n', MIN (len, 4096));
  line = g_ascii_strdown (data, end != NULL ? end - data : (gssize) MIN (len, 4096));
  g_strdelimit (line, "\";,\t\r", ' ');
  tokens = g_strsplit (line, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    if (tokens[i][0] != '\0')
      g_hash_table_add (names, tokens[i]);

#define HAS(name) g_hash_table_contains (names, name)
  if (HAS ("kod") && HAS ("status_kod") && (HAS ("plati_od") || HAS ("plati_do")))
    return KP_REFERENCE_KIND_UI_OBEC;
  if (HAS ("typ") && HAS ("kod_csu") && HAS ("kod_ruian"))
    return KP_REFERENCE_KIND_CISELNIK_CSU;
  if (!HAS ("kod") || !HAS ("nazev"))
    return KP_REFERENCE_KIND_UNKNOWN;
  if (HAS ("okres_kod") && HAS ("pou_kod"))
    {
      /* obce.csv, state ~2019: UI_OBEC.csv gives the current obce instead */
      *out_old_obce = TRUE;
      return KP_REFERENCE_KIND_UNKNOWN;
    }
  if (HAS ("sou_kod"))
    return KP_REFERENCE_KIND_KRAJE;
  if (HAS ("lau1_kod") && HAS ("vusc_kod"))
    return KP_REFERENCE_KIND_OKRESY;
  if (HAS ("orp_kod") && HAS ("vusc_kod"))
    return KP_REFERENCE_KIND_POU;
  if (HAS ("vusc_kod"))
    return KP_REFERENCE_KIND_ORP;
#undef HAS
  return KP_REFERENCE_KIND_UNKNOWN;
}

/* Remembers @code; FALSE with @error set when it was seen before. */
static gboolean
check_unique (GHashTable         *seen,
              const KpImportFile *file,
              const char         *code,
              guint               row,
              GError            **error)
{
  gpointer first;

  if (g_hash_table_lookup_extended (seen, code, NULL, &first))
    {
      kp_import_set_row_error (error, KP_IMPORT_ERROR_DUPLICATE, file->display_name, row,
                               _ ("code “%s” appears twice (first on row %u)"), code,
                               GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (code), GUINT_TO_POINTER (row));
  return TRUE;
}

static gboolean
check_code (const KpImportFile *file,
            const char         *code,
            guint               row,
            GError            **error)
{
  g_autofree char *quoted = NULL;

  if (kp_import_is_digits (code, 1, 8))
    return TRUE;
  quoted = kp_error_quote (code, -1);
  kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                           _ ("code “%s” is not a number"), quoted);
  return FALSE;
}

static gboolean
check_name (const KpImportFile *file,
            const char         *name,
            guint               row,
            GError            **error)
{
  if (name[0] != '\0')
    return TRUE;
  kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                           _ ("the name is empty"));
  return FALSE;
}

static const char *
csu_level (const char *typ)
{
  if (strcmp (typ, "kraj") == 0)
    return "kraj";
  if (strcmp (typ, "okres") == 0)
    return "okres";
  if (strcmp (typ, "správní obvod ORP") == 0)
    return "orp";
  return NULL;
}

/* One row of a CzechData code list: validated, then inserted. */
static gboolean
import_code_row (KpImportBatch      *batch,
                 const KpImportFile *file,
                 const char *const  *f,
                 guint               row,
                 GHashTable         *seen,
                 GHashTable         *parents,
                 GError            **error)
{
  const char      *parent;
  g_autofree char *quoted = NULL;

  if (file->kind == KP_REFERENCE_KIND_CISELNIK_CSU)
    {
      const char      *level = csu_level (f[0]);
      g_autofree char *key = NULL;

      if (level == NULL)
        {
          g_autofree char *type = kp_error_quote (f[0], -1);

          kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                                   _ ("unknown type “%s”"), type);
          return FALSE;
        }
      if (!check_code (file, f[1], row, error) || !check_code (file, f[2], row, error))
        return FALSE;
      key = g_strconcat (level, " ", f[2], NULL);
      if (g_hash_table_contains (seen, key))
        {
          kp_import_set_row_error (error, KP_IMPORT_ERROR_DUPLICATE, file->display_name, row,
                                   _ ("code “%s” appears twice (first on row %u)"), f[2],
                                   GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));
          return FALSE;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (row));
      {
        const char *const values[] = { level, f[2], f[1] };

        return kp_library_repository_insert_code (batch->repo, file->kind, values, error);
      }
    }

  if (!check_code (file, f[0], row, error) || !check_name (file, f[1], row, error) ||
      !check_unique (seen, file, f[0], row, error))
    return FALSE;

  /* the columns were located in the order the repository takes them */
  if (file->kind != KP_REFERENCE_KIND_OKRESY && file->kind != KP_REFERENCE_KIND_ORP &&
      file->kind != KP_REFERENCE_KIND_POU)
    return kp_library_repository_insert_code (batch->repo, file->kind, f, error);
  parent = file->kind == KP_REFERENCE_KIND_OKRESY ? f[3] : f[2];
  if (g_hash_table_contains (parents, parent))
    return kp_library_repository_insert_code (batch->repo, file->kind, f, error);

  /* the code was checked to be a number; the parent's was not */
  quoted = kp_error_quote (parent, -1);
  switch (file->kind)
    {
    case KP_REFERENCE_KIND_OKRESY:
      /* Translators: okres and kraj are Czech administrative units; keep them. */
      kp_import_set_row_error (error, KP_IMPORT_ERROR_MISSING, file->display_name, row,
                               _ ("okres “%s” belongs to kraj “%s”, which is not in the code "
                                  "lists"),
                               f[0], quoted);
      break;
    case KP_REFERENCE_KIND_ORP:
      kp_import_set_row_error (error, KP_IMPORT_ERROR_MISSING, file->display_name, row,
                               _ ("ORP “%s” belongs to kraj “%s”, which is not in the code "
                                  "lists"),
                               f[0], quoted);
      break;
    case KP_REFERENCE_KIND_POU:
    default:
      kp_import_set_row_error (error, KP_IMPORT_ERROR_MISSING, file->display_name, row,
                               _ ("POU “%s” belongs to ORP “%s”, which is not in the code "
                                  "lists"),
                               f[0], quoted);
      break;
    }
  return FALSE;
}

/**
 * kp_import_ruian_code_list:
 *
 * Imports kraje.csv, okresy.csv, orp.csv, pou.csv or ciselnik_CSU.csv (file->kind) into
 * tables that the caller has emptied. Codes lists carry no date.
 */
gboolean
kp_import_ruian_code_list (KpImportBatch      *batch,
                           const KpImportFile *file,
                           KpImportRecord     *record,
                           GError            **error)
{
  static const char *const kraje[] = { "kod", "nazev", "nuts3_kod", NULL };
  static const char *const okresy[] = { "kod", "nazev", "lau1_kod", "vusc_kod", NULL };
  static const char *const orp[] = { "kod", "nazev", "vusc_kod", NULL };
  static const char *const pou[] = { "kod", "nazev", "orp_kod", "vusc_kod", NULL };
  static const char *const ciselnik[] = { "typ", "kod_csu", "kod_ruian", NULL };
  const char *const       *names = NULL;
  KpReferenceKind          parent_kind = KP_REFERENCE_KIND_UNKNOWN;
  g_autoptr (KpCsvReader) reader = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          NULL);
  int   columns[8];
  guint n_header;
  int   rows = 0;

  switch (file->kind)
    {
    case KP_REFERENCE_KIND_KRAJE:
      names = kraje;
      break;
    case KP_REFERENCE_KIND_OKRESY:
      names = okresy;
      parent_kind = KP_REFERENCE_KIND_KRAJE;
      break;
    case KP_REFERENCE_KIND_ORP:
      names = orp;
      parent_kind = KP_REFERENCE_KIND_KRAJE;
      break;
    case KP_REFERENCE_KIND_POU:
      names = pou;
      parent_kind = KP_REFERENCE_KIND_ORP;
      break;
    case KP_REFERENCE_KIND_CISELNIK_CSU:
      names = ciselnik;
      break;
    default:
      g_assert_not_reached ();
    }
  if (parent_kind != KP_REFERENCE_KIND_UNKNOWN &&
      !kp_library_repository_load_codes (batch->repo, parent_kind, parents, error))
    return FALSE;

  reader = kp_csv_reader_new_from_bytes (file->contents, CZECHDATA_DELIMITER,
                                         file->display_name);
  if (!kp_import_locate_columns (reader, file, CZECHDATA_DELIMITER, names, columns, &n_header,
                                 batch->cancellable, error))
    return FALSE;

  for (;;)
    {
      const char *fields[G_N_ELEMENTS (columns)];
      gboolean    has_row;
      guint       row;

      if (!kp_csv_reader_read_row (reader, &has_row, batch->cancellable, error))
        return FALSE;
      if (!has_row)
        break;
      row = kp_csv_reader_get_row_number (reader);
      if (!kp_import_check_field_count (reader, file, n_header, error))
        return FALSE;
      for (guint i = 0; names[i] != NULL; i++)
        fields[i] = kp_csv_reader_get_field (reader, (guint) columns[i]);
      if (!import_code_row (batch, file, fields, row, seen, parents, error))
        return FALSE;
      rows++;
      if (rows % KP_IMPORT_CHECK_EVERY == 0 &&
          !kp_import_step (batch, kp_csv_reader_get_fraction (reader), error))
        return FALSE;
    }
  if (rows == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s has no data rows"),
                   file->display_name);
      return FALSE;
    }
  if (!kp_import_check_last_line_end (reader, file, error))
    return FALSE;
  record->row_count = rows;
  return TRUE;
}

static int
two_digits (const char *text)
{
  return (text[0] - '0') * 10 + (text[1] - '0');
}

/* "18.09.2025 00:00:00" → "2025-09-18": the one form RÚIAN writes its dates in, so that a
 * date cut short ("18.09.2025 00:0", "18.09.2025") is no date. NULL when it is none. */
static char *
parse_ruian_date (const char *text)
{
  static const char form[] = "DD.MM.YYYY HH:MM:SS";
  int               day, month, year;

  if (strlen (text) != sizeof form - 1)
    return NULL;
  for (gsize i = 0; i < sizeof form - 1; i++)
    if (g_ascii_isalpha (form[i]) ? !g_ascii_isdigit (text[i]) : text[i] != form[i])
      return NULL;
  day = two_digits (text);
  month = two_digits (text + 3);
  year = two_digits (text + 6) * 100 + two_digits (text + 8);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) ||
      two_digits (text + 11) > 23 || two_digits (text + 14) > 59 || two_digits (text + 17) > 59)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

enum
{
  COL_KOD,
  COL_NAZEV,
  COL_STATUS,
  COL_POU,
  COL_OKRES,
  COL_PLATI_OD,
  COL_PLATI_DO,
  N_UI_OBEC_COLUMNS
};

static const char *const ui_obec_names[] = { "KOD", "NAZEV", "STATUS_KOD", "POU_KOD",
                                             "OKRES_KOD", "PLATI_OD", "PLATI_DO", NULL };

/* Reads the date in @column (-1: the file has no such column) into @out_iso (NULL when
 * empty). A date cut short is the mark of a file cut inside its last row. */
static gboolean
read_date (KpCsvReader        *reader,
           const KpImportFile *file,
           int                 column,
           const char         *column_name,
           char              **out_iso,
           GError            **error)
{
  const char      *text = column >= 0 ? kp_csv_reader_get_field (reader, (guint) column) : "";
  g_autofree char *quoted = NULL;

  *out_iso = NULL;
  if (text[0] == '\0')
    return TRUE;
  *out_iso = parse_ruian_date (text);
  if (*out_iso != NULL)
    return TRUE;
  quoted = kp_error_quote (text, -1);
  if (kp_csv_reader_get_row_ended (reader))
    kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name,
                               kp_csv_reader_get_row_number (reader), column_name,
                               _ ("“%s” is not a date (DD.MM.YYYY HH:MM:SS)"), quoted);
  else
    kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name,
                               kp_csv_reader_get_row_number (reader), column_name,
                               _ ("“%s” is not a date (DD.MM.YYYY HH:MM:SS); the file ends in "
                                  "this row and is probably truncated"),
                               quoted);
  return FALSE;
}

/* The optional column DATUM_VZNIKU, in the header row the reader is at. */
static int
find_column (KpCsvReader *reader,
             const char  *name)
{
  for (guint c = 0; c < kp_csv_reader_get_n_fields (reader); c++)
    {
      g_autofree char *header = g_strstrip (g_strdup (kp_csv_reader_get_field (reader, c)));

      if (g_ascii_strcasecmp (header, name) == 0)
        return (int) c;
    }
  return -1;
}

/* Checks one current obec and fills @obec from the reader's fields. */
static gboolean
read_obec (KpCsvReader        *reader,
           const KpImportFile *file,
           const int          *columns,
           GHashTable         *seen,
           GHashTable         *pou,
           KpObecRow          *obec,
           GError            **error)
{
  guint            row = kp_csv_reader_get_row_number (reader);
  const char      *status = kp_csv_reader_get_field (reader, (guint) columns[COL_STATUS]);
  g_autofree char *quoted = NULL;

  obec->kod = kp_csv_reader_get_field (reader, (guint) columns[COL_KOD]);
  obec->nazev = kp_csv_reader_get_field (reader, (guint) columns[COL_NAZEV]);
  obec->pou_kod = kp_csv_reader_get_field (reader, (guint) columns[COL_POU]);
  obec->okres_kod = kp_csv_reader_get_field (reader, (guint) columns[COL_OKRES]);

  if (!kp_import_is_digits (obec->kod, 6, 6))
    {
      quoted = kp_error_quote (obec->kod, -1);
      kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                               _ ("obec code “%s” does not have 6 digits"), quoted);
      return FALSE;
    }
  if (!check_name (file, obec->nazev, row, error) ||
      !check_unique (seen, file, obec->kod, row, error))
    return FALSE;
  if (strlen (status) != 1 || status[0] < '1' || status[0] > '6')
    {
      quoted = kp_error_quote (status, -1);
      kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, row,
                               _ ("status “%s” of obec “%s” is not one of 1 to 6"), quoted,
                               obec->kod);
      return FALSE;
    }
  obec->status_kod = status[0] - '0';
  if (!g_hash_table_contains (pou, obec->pou_kod))
    {
      quoted = kp_error_quote (obec->pou_kod, -1);
      kp_import_set_row_error (error, KP_IMPORT_ERROR_MISSING, file->display_name, row,
                               _ ("obec “%s” belongs to POU “%s”, which is not in the "
                                  "code lists"),
                               obec->kod, quoted);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_import_ruian_ui_obec:
 *
 * Imports the current obce of UI_OBEC.csv (records with PLATI_DO set have ended and are
 * skipped) into the emptied obec table. The data date is the newest PLATI_OD.
 */
gboolean
kp_import_ruian_ui_obec (KpImportBatch      *batch,
                         const KpImportFile *file,
                         KpImportRecord     *record,
                         GError            **error)
{
  g_autoptr (KpCsvReader) reader = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) pou = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *newest = NULL;
  int              columns[N_UI_OBEC_COLUMNS];
  int              datum_vzniku;
  guint            n_header;
  int              rows = 0;

  if (!kp_library_repository_load_codes (batch->repo, KP_REFERENCE_KIND_POU, pou, error))
    return FALSE;
  reader = kp_csv_reader_new_from_bytes (file->contents, UI_OBEC_DELIMITER, file->display_name);
  if (!kp_import_locate_columns (reader, file, UI_OBEC_DELIMITER, ui_obec_names, columns,
                                 &n_header, batch->cancellable, error))
    return FALSE;
  datum_vzniku = find_column (reader, "DATUM_VZNIKU");

  for (;;)
    {
      g_autofree char *plati_od = NULL;
      g_autofree char *plati_do = NULL;
      g_autofree char *vznik = NULL;
      KpObecRow        obec;
      gboolean         has_row;

      if (!kp_csv_reader_read_row (reader, &has_row, batch->cancellable, error))
        return FALSE;
      if (!has_row)
        break;
      /* The dates first: a file cut inside its last row shows there. */
      if (!kp_import_check_field_count (reader, file, n_header, error) ||
          !read_date (reader, file, columns[COL_PLATI_OD], "PLATI_OD", &plati_od, error) ||
          !read_date (reader, file, columns[COL_PLATI_DO], "PLATI_DO", &plati_do, error) ||
          !read_date (reader, file, datum_vzniku, "DATUM_VZNIKU", &vznik, error))
        return FALSE;
      if (plati_do != NULL)
        continue; /* ended, e.g. Brdy (539996) */
      if (!read_obec (reader, file, columns, seen, pou, &obec, error))
        return FALSE;
      if (plati_od != NULL && (newest == NULL || strcmp (plati_od, newest) > 0))
        {
          g_free (newest);
          newest = g_strdup (plati_od);
        }
      obec.platnost_od = plati_od;
      if (!kp_library_repository_insert_obec (batch->repo, &obec, error))
        return FALSE;
      rows++;
      if (rows % KP_IMPORT_CHECK_EVERY == 0 &&
          !kp_import_step (batch, kp_csv_reader_get_fraction (reader), error))
        return FALSE;
    }
  if (rows == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s has no current obce"),
                   file->display_name);
      return FALSE;
    }
  /* Population of obce that no longer exist cannot belong anywhere. */
  if (!kp_library_repository_delete_stale_population (batch->repo, error))
    return FALSE;
  record->row_count = rows;
  record->data_date = g_steal_pointer (&newest);
  return TRUE;
}
