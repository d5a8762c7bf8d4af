/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <yajl/yajl_gen.h>

/* What the commands print: aligned text for people, JSON for programs. */

/**
 * kp_cli_text_width:
 *
 * Returns: the width of @text in a terminal, counting characters (Czech letters with
 *   diacritics are one column each; Komplan prints no wide or combining characters)
 */
int
kp_cli_text_width (const char *text)
{
  return text != NULL ? (int) g_utf8_strlen (text, -1) : 0;
}

/**
 * kp_cli_pad:
 *
 * Returns: @text padded with spaces to @width columns, on the right or, with @right_align,
 *   on the left
 */
char *
kp_cli_pad (const char *text,
            int         width,
            gboolean    right_align)
{
  int missing = MAX (0, width - kp_cli_text_width (text));

  if (right_align)
    return g_strdup_printf ("%*s%s", missing, "", text != NULL ? text : "");
  return g_strdup_printf ("%s%*s", text != NULL ? text : "", missing, "");
}

/**
 * kp_cli_format_timestamp:
 * @iso_time: an ISO 8601 time, UTC when it has no zone
 *
 * Returns: the time in the local zone the Czech way, "5. 8. 2026 14:03", or a copy of
 *   @iso_time when it cannot be read
 */
char *
kp_cli_format_timestamp (const char *iso_time)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GDateTime) parsed = NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (iso_time == NULL)
    return g_strdup ("");
  parsed = g_date_time_new_from_iso8601 (iso_time, utc);
  if (parsed == NULL)
    return g_strdup (iso_time);
  local = g_date_time_to_local (parsed);
  date = kp_czech_format_date_dt (local);
  time = g_date_time_format (local, "%H:%M");
  return g_strdup_printf ("%s %s", date, time);
}

/* Imports. */

static char *
format_rows (int rows)
{
  g_autofree char *number = kp_czech_format_int (rows);

  /* Translators: %s is a number such as "6 258" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row", "%s rows", rows), number);
}

/**
 * kp_cli_format_data_date:
 *
 * Returns: "data of 31. 12. 2020", or "no data date"
 */
char *
kp_cli_format_data_date (const char *iso_date)
{
  g_autofree char *date = NULL;

  if (iso_date == NULL)
    return g_strdup (_ ("no data date"));
  date = kp_czech_format_date (iso_date);
  /* Translators: the date the imported data describe, e.g. "data of 31. 12. 2020" */
  return g_strdup_printf (_ ("data of %s"), date);
}

/**
 * kp_cli_print_import_records:
 * @records: (element-type KpImportRecord)
 * @indent: spaces before each line
 *
 * Prints one line per file: kind, file name, rows, data date — or "unchanged"; then the
 * record's note, if any, on a line of its own.
 */
void
kp_cli_print_import_records (GPtrArray *records,
                             int        indent)
{
  int label_width = 0;
  int name_width = 0;
  int rows_width = 0;

  for (guint i = 0; i < records->len; i++)
    {
      KpImportRecord  *record = g_ptr_array_index (records, i);
      g_autofree char *rows = format_rows (record->row_count);

      const char *kind = kp_reference_kind_get_label (record->kind);

      label_width = MAX (label_width, kp_cli_text_width (kind));
      name_width = MAX (name_width, kp_cli_text_width (record->source_name));
      if (!record->unchanged)
        rows_width = MAX (rows_width, kp_cli_text_width (rows));
    }

  for (guint i = 0; i < records->len; i++)
    {
      KpImportRecord  *record = g_ptr_array_index (records, i);
      const char      *kind = kp_reference_kind_get_label (record->kind);
      g_autofree char *label = kp_cli_pad (kind, label_width, FALSE);
      g_autofree char *name = kp_cli_pad (record->source_name, name_width, FALSE);

      if (record->unchanged)
        {
          g_print ("%*s%s  %s  %s\n", indent, "", label, name, _ ("unchanged"));
        }
      else
        {
          g_autofree char *rows = format_rows (record->row_count);
          g_autofree char *rows_padded = kp_cli_pad (rows, rows_width, TRUE);
          g_autofree char *date = kp_cli_format_data_date (record->data_date);

          g_print ("%*s%s  %s  %s  %s\n", indent, "", label, name, rows_padded, date);
          if (record->note != NULL)
            g_print ("%*s  %s\n", indent, "", record->note);
        }
    }
}

/* Aligned fields. */

struct _KpCliFields
{
  GPtrArray *labels;
  GPtrArray *values;
};

KpCliFields *
kp_cli_fields_new (void)
{
  KpCliFields *fields = g_new0 (KpCliFields, 1);

  fields->labels = g_ptr_array_new_with_free_func (g_free);
  fields->values = g_ptr_array_new_with_free_func (g_free);
  return fields;
}

void
kp_cli_fields_free (KpCliFields *fields)
{
  if (fields == NULL)
    return;
  g_ptr_array_unref (fields->labels);
  g_ptr_array_unref (fields->values);
  g_free (fields);
}

/**
 * kp_cli_fields_take:
 * @label: a translated label, without the colon
 * @value: (transfer full) (nullable): the value; %NULL prints as a dash
 */
void
kp_cli_fields_take (KpCliFields *fields,
                    const char  *label,
                    char        *value)
{
  g_return_if_fail (fields != NULL);

  /* Translators: a label followed by its value, e.g. "Population:" */
  g_ptr_array_add (fields->labels, g_strdup_printf (_ ("%s:"), label));
  g_ptr_array_add (fields->values, value != NULL ? value : g_strdup ("–"));
}

void
kp_cli_fields_add (KpCliFields *fields,
                   const char  *label,
                   const char  *value)
{
  kp_cli_fields_take (fields, label, g_strdup (value));
}

/**
 * kp_cli_fields_print:
 * @indent: spaces before each line
 *
 * Prints the fields to stdout, the values starting in one column.
 */
void
kp_cli_fields_print (KpCliFields *fields,
                     int          indent)
{
  int width = 0;

  g_return_if_fail (fields != NULL);

  for (guint i = 0; i < fields->labels->len; i++)
    width = MAX (width, kp_cli_text_width (g_ptr_array_index (fields->labels, i)));
  for (guint i = 0; i < fields->labels->len; i++)
    {
      g_autofree char *label = kp_cli_pad (g_ptr_array_index (fields->labels, i), width, FALSE);

      g_print ("%*s%s  %s\n", indent, "", label, (char *) g_ptr_array_index (fields->values, i));
    }
}

/* JSON. */

#define JSON_CHECK(call)                                    \
  G_STMT_START                                              \
  {                                                         \
    yajl_gen_status json_status_ = (call);                  \
    g_assert_cmpint (json_status_, ==, yajl_gen_status_ok); \
  }                                                         \
  G_STMT_END

KpCliJson *
kp_cli_json_new (void)
{
  yajl_gen gen = yajl_gen_alloc (NULL);

  yajl_gen_config (gen, yajl_gen_beautify, 1);
  yajl_gen_config (gen, yajl_gen_indent_string, "  ");
  yajl_gen_config (gen, yajl_gen_validate_utf8, 1);
  return gen;
}

void
kp_cli_json_free (KpCliJson *json)
{
  if (json != NULL)
    yajl_gen_free (json);
}

void
kp_cli_json_begin_object (KpCliJson *json)
{
  JSON_CHECK (yajl_gen_map_open (json));
}

void
kp_cli_json_end_object (KpCliJson *json)
{
  JSON_CHECK (yajl_gen_map_close (json));
}

void
kp_cli_json_begin_array (KpCliJson *json)
{
  JSON_CHECK (yajl_gen_array_open (json));
}

void
kp_cli_json_end_array (KpCliJson *json)
{
  JSON_CHECK (yajl_gen_array_close (json));
}

void
kp_cli_json_key (KpCliJson  *json,
                 const char *key)
{
  g_assert (key != NULL);
  JSON_CHECK (yajl_gen_string (json, (const unsigned char *) key, strlen (key)));
}

/**
 * kp_cli_json_string:
 * @value: (nullable): %NULL gives null; text that is not UTF-8 is repaired, never refused
 */
void
kp_cli_json_string (KpCliJson  *json,
                    const char *value)
{
  g_autofree char *valid = NULL;

  if (value == NULL)
    {
      JSON_CHECK (yajl_gen_null (json));
      return;
    }
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);
  JSON_CHECK (yajl_gen_string (json, (const unsigned char *) value, strlen (value)));
}

void
kp_cli_json_int (KpCliJson *json,
                 gint64     value)
{
  JSON_CHECK (yajl_gen_integer (json, (long long) value));
}

/**
 * kp_cli_json_double:
 *
 * Writes @value with a point whatever the locale (yajl_gen_double() would print the
 * locale's decimal comma), in the shortest of 15 or 17 significant digits that reads back
 * the same; NAN and infinities give null.
 */
void
kp_cli_json_double (KpCliJson *json,
                    double     value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      JSON_CHECK (yajl_gen_null (json));
      return;
    }
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  JSON_CHECK (yajl_gen_number (json, buf, strlen (buf)));
}

void
kp_cli_json_bool (KpCliJson *json,
                  gboolean   value)
{
  JSON_CHECK (yajl_gen_bool (json, value ? 1 : 0));
}

/**
 * kp_cli_json_import_record:
 *
 * Writes one import as an object: kind, label, source_file, data_date, sha256,
 * imported_at, rows.
 */
void
kp_cli_json_import_record (KpCliJson            *json,
                           const KpImportRecord *record)
{
  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "kind");
  kp_cli_json_string (json, kp_reference_kind_to_string (record->kind));
  kp_cli_json_key (json, "label");
  kp_cli_json_string (json, kp_reference_kind_get_label (record->kind));
  kp_cli_json_key (json, "source_file");
  kp_cli_json_string (json, record->source_name);
  kp_cli_json_key (json, "data_date");
  kp_cli_json_string (json, record->data_date);
  kp_cli_json_key (json, "sha256");
  kp_cli_json_string (json, record->sha256);
  kp_cli_json_key (json, "imported_at");
  kp_cli_json_string (json, record->imported_at);
  kp_cli_json_key (json, "rows");
  kp_cli_json_int (json, record->row_count);
  kp_cli_json_end_object (json);
}

/**
 * kp_cli_json_print:
 *
 * Writes the finished document and a line end to stdout, as UTF-8 whatever the locale.
 */
gboolean
kp_cli_json_print (KpCliJson *json,
                   GError   **error)
{
  const unsigned char *buf = NULL;
  size_t               len = 0;

  JSON_CHECK (yajl_gen_get_buf (json, &buf, &len));
  /* The beautifying generator ends the document with a line end already. */
  if (fwrite (buf, 1, len, stdout) != len ||
      ((len == 0 || buf[len - 1] != '\n') && fputc ('\n', stdout) == EOF) ||
      fflush (stdout) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _ ("Cannot write the output: %s"), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
