/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-import-private.h"
#include "kp-text-sniff.h"
#include "kp-up-office-repository.h"

#include <math.h>
#include <string.h>

/* The contact offices of Úřad práce ČR (up_cr.csv: ";", UTF-8 or Windows-1250, CRLF,
 * decimal comma in lon and lat). Header nazev;okres;obec;pocetMist;lon;lat, one office a
 * row. Every row is checked; a row that is cut short, a position outside the Czech
 * Republic (lon and lat swapped, a lost decimal comma), a name listed twice or a last row
 * without its line end refuses the whole file, naming the row and the reason. */

#define DELIMITER ';'
/* The Czech Republic lies within these, with a margin of a few kilometres. */
#define MIN_LON 12.0
#define MAX_LON 19.0
#define MIN_LAT 48.5
#define MAX_LAT 51.1

enum
{
  COL_NAZEV,
  COL_OKRES,
  COL_OBEC,
  COL_POCET_MIST,
  COL_LON,
  COL_LAT,
  N_COLUMNS
};

static const char *const column_names[N_COLUMNS + 1] = {
  "nazev",
  "okres",
  "obec",
  "pocetMist",
  "lon",
  "lat",
  NULL,
};

/* Whether the first record of @contents is the header of up_cr.csv. Its names are ASCII,
 * so the bytes are read as they are, whatever the encoding. */
KpReferenceKind
kp_import_up_detect (GBytes *contents)
{
  g_autoptr (KpCsvReader) reader = NULL;
  gboolean has_row = FALSE;
  guint    found = 0;

  if (g_bytes_get_size (contents) == 0)
    return KP_REFERENCE_KIND_UNKNOWN;
  reader = kp_csv_reader_new_from_bytes (contents, DELIMITER, "");
  if (!kp_csv_reader_read_row (reader, &has_row, NULL, NULL) || !has_row)
    return KP_REFERENCE_KIND_UNKNOWN;
  for (guint c = 0; c < N_COLUMNS; c++)
    for (guint i = 0; i < kp_csv_reader_get_n_fields (reader); i++)
      {
        g_autofree char *name = g_strstrip (g_strdup (kp_csv_reader_get_field (reader, i)));

        if (g_ascii_strcasecmp (name, column_names[c]) == 0)
          {
            found++;
            break;
          }
      }
  return found == N_COLUMNS ? KP_REFERENCE_KIND_UP_OFFICES : KP_REFERENCE_KIND_UNKNOWN;
}

/* A degree with a decimal comma (or point), within [@min, @max]. */
static gboolean
parse_degrees (const char *text,
               double      min,
               double      max,
               double     *out_value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char            *end = NULL;
  double           value;

  if (*copy == '\0')
    return FALSE;
  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || value < min || value > max)
    return FALSE;
  *out_value = value;
  return TRUE;
}

static gboolean
is_abbreviation (const char *text)
{
  gsize n = strlen (text);

  if (n < 1 || n > 8)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return TRUE;
}

static gboolean
read_row (KpCsvReader        *reader,
          const KpImportFile *file,
          const int          *columns,
          KpUpOfficeRow      *out,
          GError            **error)
{
  const char *pocet;
  const char *lon;
  const char *lat;

  out->row = kp_csv_reader_get_row_number (reader);
  out->nazev = kp_csv_reader_get_field (reader, columns[COL_NAZEV]);
  out->okres = kp_csv_reader_get_field (reader, columns[COL_OKRES]);
  out->obec = kp_csv_reader_get_field (reader, columns[COL_OBEC]);
  pocet = kp_csv_reader_get_field (reader, columns[COL_POCET_MIST]);
  lon = kp_csv_reader_get_field (reader, columns[COL_LON]);
  lat = kp_csv_reader_get_field (reader, columns[COL_LAT]);
  if (*out->nazev == '\0' || strlen (out->nazev) > 256)
    {
      kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, out->row,
                                 "nazev", _ ("the name of the office is empty or too long"));
      return FALSE;
    }
  if (!is_abbreviation (out->okres))
    {
      kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, out->row,
                                 "okres", _ ("“%s” is not the abbreviation of an okres"),
                                 out->okres);
      return FALSE;
    }
  if (*out->obec == '\0' || strlen (out->obec) > 256)
    {
      kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, out->row,
                                 "obec", _ ("the obec is empty or too long"));
      return FALSE;
    }
  if (!kp_import_parse_count (pocet, &out->pocet_mist))
    {
      kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, out->row,
                                 "pocetMist", _ ("“%s” is not a whole number"), pocet);
      return FALSE;
    }
  if (!parse_degrees (lon, MIN_LON, MAX_LON, &out->lon))
    {
      kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, out->row,
                                 "lon",
                                 _ ("“%s” is not a longitude in the Czech Republic (12 to 19 "
                                    "degrees east)"),
                                 lon);
      return FALSE;
    }
  if (!parse_degrees (lat, MIN_LAT, MAX_LAT, &out->lat))
    {
      kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, file->display_name, out->row,
                                 "lat",
                                 _ ("“%s” is not a latitude in the Czech Republic (48.5 to 51.1 "
                                    "degrees north)"),
                                 lat);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_import_up_parse:
 * @contents: the file, UTF-8 or Windows-1250
 * @func: called with each office, in the order of the file; returning %FALSE (with its
 *   error set) stops the parse
 *
 * Reads and checks up_cr.csv without storing anything (the importer stores; the fuzz target
 * only reads).
 *
 * Returns: the number of offices, or -1 with @error set
 */
int
kp_import_up_parse (GBytes        *contents,
                    const char    *display_name,
                    KpUpOfficeFunc func,
                    gpointer       user_data,
                    GCancellable  *cancellable,
                    GError       **error)
{
  KpTextEncoding encoding = KP_TEXT_ENCODING_UTF8;
  g_autoptr (GBytes) utf8 = kp_text_to_utf8 (contents, display_name, &encoding, error);
  g_autoptr (KpCsvReader) reader = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KpImportFile file = { 0 };
  int          columns[N_COLUMNS];
  guint        n_header = 0;
  int          rows = 0;

  if (utf8 == NULL)
    return -1;
  file.display_name = (char *) display_name;
  reader = kp_csv_reader_new_from_bytes (utf8, DELIMITER, display_name);
  if (!kp_import_locate_columns (reader, &file, DELIMITER, column_names, columns, &n_header,
                                 cancellable, error))
    return -1;
  for (;;)
    {
      KpUpOfficeRow row = { 0 };
      gboolean      has_row = FALSE;

      if (!kp_csv_reader_read_row (reader, &has_row, cancellable, error))
        return -1;
      if (!has_row)
        break;
      if (!kp_import_check_field_count (reader, &file, n_header, error) ||
          !read_row (reader, &file, columns, &row, error))
        return -1;
      if (!g_hash_table_add (seen, g_strdup (row.nazev)))
        {
          kp_import_set_field_error (error, KP_IMPORT_ERROR_RECORD, display_name, row.row,
                                     "nazev", _ ("the office “%s” is listed twice"), row.nazev);
          return -1;
        }
      if (!kp_import_check_last_line_end (reader, &file, error))
        return -1;
      if (func != NULL && !func (&row, user_data, error))
        return -1;
      rows++;
    }
  if (rows == 0)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                   _ ("%s has a header but no office"), display_name);
      return -1;
    }
  return rows;
}

typedef struct
{
  KpImportBatch *batch;
  guint          n;
} ImportRun;

static gboolean
insert_office (const KpUpOfficeRow *row,
               gpointer             user_data,
               GError             **error)
{
  ImportRun *run = user_data;

  if (!kp_up_office_repository_insert (run->batch->db, row, error))
    return FALSE;
  run->n++;
  return run->n % 64 != 0 || kp_import_step (run->batch, 0.5, error);
}

/**
 * kp_import_up:
 *
 * Imports up_cr.csv into the library's up_office table (cleared by the batch).
 */
gboolean
kp_import_up (KpImportBatch      *batch,
              const KpImportFile *file,
              KpImportRecord     *record,
              GError            **error)
{
  ImportRun run = { batch, 0 };
  int       rows = kp_import_up_parse (file->contents, file->display_name, insert_office, &run,
                                       batch->cancellable, error);

  if (rows < 0)
    return FALSE;
  record->row_count = rows;
  record->note = g_strdup (_ ("The file gives the name, the obec and the position of each "
                              "contact office, without addresses or phone numbers; "
                              "publications refer to the web of Úřad práce ČR for them."));
  return TRUE;
}
