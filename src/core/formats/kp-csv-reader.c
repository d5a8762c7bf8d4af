/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-csv-reader.h"
#include "kp-error.h"

#include <string.h>

#define CHUNK_SIZE (64 * 1024)

typedef enum
{
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_SEEN,
} State;

struct _KpCsvReader
{
  GInputStream *stream; /* NULL when reading from bytes */
  GBytes       *bytes;
  guchar       *chunk;
  const guchar *buf;
  gsize         len;
  gsize         pos;
  gboolean      eof;
  gboolean      started;

  char     delimiter;
  char    *display_name;
  guint    line; /* physical line being read, 1-based */
  guint    row_number;
  gboolean row_ended; /* the current record ended with a line end */
  gboolean skip_lf;   /* the previous byte was a CR ending a line */

  GString   *text;    /* the fields of the current record, each ending in NUL */
  GArray    *offsets; /* guint: start of each field in text */
  GPtrArray *fields;  /* const char *, NULL-terminated */
};

static KpCsvReader *
reader_new (char        delimiter,
            const char *display_name)
{
  KpCsvReader *self = g_new0 (KpCsvReader, 1);

  self->delimiter = delimiter;
  self->display_name = g_strdup (display_name);
  self->line = 1;
  self->text = g_string_sized_new (1024);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->fields = g_ptr_array_new ();
  return self;
}

/**
 * kp_csv_reader_new:
 * @stream: the input, read in chunks
 * @delimiter: the field separator, e.g. ';' or ','
 * @display_name: the file name used in error messages
 *
 * Returns: (transfer full): a reader
 */
KpCsvReader *
kp_csv_reader_new (GInputStream *stream,
                   char          delimiter,
                   const char   *display_name)
{
  KpCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\n' && delimiter != '\r', NULL);

  self = reader_new (delimiter, display_name);
  self->stream = g_object_ref (stream);
  self->chunk = g_malloc (CHUNK_SIZE);
  return self;
}

/**
 * kp_csv_reader_new_from_bytes:
 *
 * Returns: (transfer full): a reader over a file already in memory
 */
KpCsvReader *
kp_csv_reader_new_from_bytes (GBytes     *bytes,
                              char        delimiter,
                              const char *display_name)
{
  KpCsvReader *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\n' && delimiter != '\r', NULL);

  self = reader_new (delimiter, display_name);
  self->bytes = g_bytes_ref (bytes);
  self->buf = g_bytes_get_data (bytes, &self->len);
  self->eof = TRUE;
  return self;
}

void
kp_csv_reader_free (KpCsvReader *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->chunk);
  g_free (self->display_name);
  g_string_free (self->text, TRUE);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

static void
set_row_error (KpCsvReader *self,
               GError     **error,
               guint        row,
               const char  *reason)
{
  g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s, row %u: %s"),
               self->display_name, row, reason);
}

/* Makes more input available. At the end of the input pos == len and eof is set. */
static gboolean
refill (KpCsvReader  *self,
        GCancellable *cancellable,
        GError      **error)
{
  gsize n = 0;

  if (self->eof)
    return TRUE;
  if (!g_input_stream_read_all (self->stream, self->chunk, CHUNK_SIZE, &n, cancellable, error))
    {
      g_prefix_error (error, _ ("Cannot read %s: "), self->display_name);
      return FALSE;
    }
  self->buf = self->chunk;
  self->len = n;
  self->pos = 0;
  if (n < CHUNK_SIZE)
    self->eof = TRUE;
  return TRUE;
}

static gboolean
start (KpCsvReader  *self,
       GCancellable *cancellable,
       GError      **error)
{
  self->started = TRUE;
  if (self->stream != NULL && !refill (self, cancellable, error))
    return FALSE;
  /* A chunk is far longer than a BOM, so a BOM is never split between reads. */
  if (self->len - self->pos >= 3 && memcmp (self->buf + self->pos, "\xEF\xBB\xBF", 3) == 0)
    self->pos += 3;
  return TRUE;
}

static void
end_field (KpCsvReader *self,
           guint       *field_start)
{
  g_array_append_val (self->offsets, *field_start);
  g_string_append_c (self->text, '\0');
  *field_start = (guint) self->text->len;
}

static gboolean
finish_record (KpCsvReader *self,
               guint        record_line,
               GError     **error)
{
  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < self->offsets->len; i++)
    {
      const char *field = self->text->str + g_array_index (self->offsets, guint, i);

      if (!g_utf8_validate (field, -1, NULL))
        {
          g_autofree char *reason = g_strdup_printf (
              _ ("field %u is not valid UTF-8 text (is the file in another encoding, such as "
                 "Windows-1250?)"),
              i + 1);

          set_row_error (self, error, record_line, reason);
          return FALSE;
        }
      g_ptr_array_add (self->fields, (gpointer) field);
    }
  g_ptr_array_add (self->fields, NULL);
  self->row_number = record_line;
  return TRUE;
}

/**
 * kp_csv_reader_read_row:
 * @out_has_row: set to %FALSE at the end of the input
 *
 * Reads the next record. Its fields stay valid until the next call.
 *
 * Returns: %FALSE with @error set when the input is broken
 */
gboolean
kp_csv_reader_read_row (KpCsvReader  *self,
                        gboolean     *out_has_row,
                        GCancellable *cancellable,
                        GError      **error)
{
  State    state = STATE_FIELD_START;
  gboolean in_record = FALSE;
  guint    record_line = 0;
  guint    field_start = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_has_row != NULL, FALSE);

  *out_has_row = FALSE;
  if (!self->started && !start (self, cancellable, error))
    return FALSE;

  g_string_truncate (self->text, 0);
  g_array_set_size (self->offsets, 0);

  for (;;)
    {
      guchar c;

      if (self->pos == self->len)
        {
          if (!refill (self, cancellable, error))
            return FALSE;
          if (self->pos == self->len)
            break;
        }
      c = self->buf[self->pos++];

      if (self->skip_lf)
        {
          self->skip_lf = FALSE;
          if (c == '\n')
            continue;
        }
      if (!in_record)
        {
          if (c == '\n' || c == '\r')
            {
              /* an empty line */
              self->line++;
              self->skip_lf = c == '\r';
              continue;
            }
          in_record = TRUE;
          record_line = self->line;
        }
      if (G_UNLIKELY (c == '\0'))
        {
          set_row_error (self, error, self->line,
                         _ ("the file contains a NUL byte (is it UTF-16 or not a text file?)"));
          return FALSE;
        }

      switch (state)
        {
        case STATE_FIELD_START:
          if (c == '"')
            {
              state = STATE_QUOTED;
              break;
            }
          state = STATE_UNQUOTED;
          G_GNUC_FALLTHROUGH;
        case STATE_UNQUOTED:
          if (c == (guchar) self->delimiter)
            {
              end_field (self, &field_start);
              state = STATE_FIELD_START;
            }
          else if (c == '\n' || c == '\r')
            {
              self->line++;
              self->skip_lf = c == '\r';
              goto record_done;
            }
          else
            g_string_append_c (self->text, c);
          break;
        case STATE_QUOTED:
          if (c == '"')
            state = STATE_QUOTE_SEEN;
          else
            {
              if (c == '\n')
                self->line++;
              g_string_append_c (self->text, c);
            }
          break;
        case STATE_QUOTE_SEEN:
          if (c == '"')
            {
              g_string_append_c (self->text, '"');
              state = STATE_QUOTED;
            }
          else if (c == (guchar) self->delimiter)
            {
              end_field (self, &field_start);
              state = STATE_FIELD_START;
            }
          else if (c == '\n' || c == '\r')
            {
              self->line++;
              self->skip_lf = c == '\r';
              goto record_done;
            }
          else
            {
              g_autofree char *reason = g_strdup_printf (
                  _ ("unexpected character after the closing quote of field %u"),
                  self->offsets->len + 1);

              set_row_error (self, error, self->line, reason);
              return FALSE;
            }
          break;
        default:
          g_assert_not_reached ();
        }

      if (G_UNLIKELY (self->text->len > KP_CSV_READER_MAX_RECORD))
        {
          set_row_error (self, error, record_line,
                         _ ("the record is too long (is a quote missing?)"));
          return FALSE;
        }
    }

  /* the end of the input */
  if (!in_record)
    return TRUE;
  if (state == STATE_QUOTED)
    {
      set_row_error (self, error, record_line,
                     _ ("a quoted field is not closed (is the file truncated?)"));
      return FALSE;
    }
  end_field (self, &field_start);
  if (!finish_record (self, record_line, error))
    return FALSE;
  self->row_ended = FALSE;
  *out_has_row = TRUE;
  return TRUE;

record_done:
  end_field (self, &field_start);
  if (!finish_record (self, record_line, error))
    return FALSE;
  self->row_ended = TRUE;
  *out_has_row = TRUE;
  return TRUE;
}

/**
 * kp_csv_reader_get_row_number:
 *
 * Returns: the line on which the current record starts (the header is row 1)
 */
guint
kp_csv_reader_get_row_number (KpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->row_number;
}

guint
kp_csv_reader_get_n_fields (KpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->fields->len > 0 ? self->fields->len - 1 : 0;
}

/**
 * kp_csv_reader_get_field:
 *
 * Returns: the field, or "" past the last field of the record
 */
const char *
kp_csv_reader_get_field (KpCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (index >= kp_csv_reader_get_n_fields (self))
    return "";
  return g_ptr_array_index (self->fields, index);
}

/**
 * kp_csv_reader_get_fields:
 *
 * Returns: (transfer none): the fields of the current record, %NULL-terminated
 */
const char *const *
kp_csv_reader_get_fields (KpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char *const *) self->fields->pdata;
}

/**
 * kp_csv_reader_get_row_ended:
 *
 * Formats that end every row with a line end can tell a file cut after a field of its
 * last row by this.
 *
 * Returns: %TRUE when the current record ended with a line end, %FALSE when it ended with
 *   the input
 */
gboolean
kp_csv_reader_get_row_ended (KpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->row_ended;
}

/**
 * kp_csv_reader_get_fraction:
 *
 * Returns: how much of an in-memory input was read (0 for a stream)
 */
double
kp_csv_reader_get_fraction (KpCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  if (self->stream != NULL || self->len == 0)
    return 0.0;
  return (double) self->pos / (double) self->len;
}
