/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-pdf-reader.h"

#include <errno.h>
#include <gio/gio.h>
#include <string.h>
#include <unistd.h>

/* See kp-pdf-reader.h. */

/* Bytes read from the end to find "startxref". */
#define END_SIZE 2048

/* Reads @size bytes at @offset into @buf; %FALSE when they cannot all be read. */
static gboolean
read_fully (int     fd,
            guint8 *buf,
            gsize   offset,
            gsize   size)
{
  gsize done = 0;

  while (done < size)
    {
      ssize_t n = pread (fd, buf + done, size - done, (off_t) (offset + done));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += n;
    }
  return TRUE;
}

/* Returns: the bytes [@offset, @offset + @size) of a file, from the window (read again
 *   from @offset when it does not hold them); %NULL when they cannot be read */
static const guint8 *
source_window (KpPdfSource *source,
               gsize        offset,
               gsize        size)
{
  if (source->window == NULL)
    source->window = g_malloc (KP_PDF_WINDOW_SIZE);
  if (offset >= source->window_offset &&
      offset + size <= source->window_offset + source->window_length)
    return source->window + (offset - source->window_offset);
  source->window_offset = offset;
  source->window_length = MIN (KP_PDF_WINDOW_SIZE, source->length - offset);
  if (!read_fully (source->fd, source->window, offset, source->window_length))
    {
      source->window_length = 0;
      return NULL;
    }
  return source->window;
}

/* Returns: (transfer none): up to @size bytes from @offset (at most KP_PDF_WINDOW_SIZE), valid
 *   until the next read; their number in @out_length; %NULL when they cannot be read */
const guint8 *
kp_pdf_source_peek (KpPdfSource *source,
                    gsize        offset,
                    gsize        size,
                    gsize       *out_length)
{
  g_assert (size <= KP_PDF_WINDOW_SIZE);
  if (offset > source->length)
    return NULL;
  size = MIN (size, source->length - offset);
  *out_length = size;
  if (source->data != NULL)
    return source->data + offset;
  return source_window (source, offset, size);
}

/* Returns: (transfer full): up to @size bytes from @offset, their number in @out_length;
 *   %NULL when they cannot be read */
guint8 *
kp_pdf_source_read (KpPdfSource *source,
                    gsize        offset,
                    gsize        size,
                    gsize       *out_length)
{
  guint8 *buf;

  if (offset > source->length)
    return NULL;
  size = MIN (size, source->length - offset);
  buf = g_malloc (size + 1);
  if (source->data != NULL)
    memcpy (buf, source->data + offset, size);
  else if (size <= KP_PDF_WINDOW_SIZE)
    {
      const guint8 *bytes = source_window (source, offset, size);

      if (bytes == NULL)
        {
          g_free (buf);
          return NULL;
        }
      memcpy (buf, bytes, size);
    }
  else if (!read_fully (source->fd, buf, offset, size))
    {
      g_free (buf);
      return NULL;
    }
  buf[size] = '\0';
  *out_length = size;
  return buf;
}

gboolean
kp_pdf_fail (GError **error,
             gsize    at)
{
  g_autofree char *where = g_strdup_printf ("%" G_GSIZE_FORMAT, at);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _ ("The PDF could not be completed: unexpected structure at byte %s"), where);
  return FALSE;
}

static gboolean
is_space (guint8 c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

static gboolean
is_delimiter (guint8 c)
{
  return is_space (c) || strchr ("()<>[]{}/%", c) != NULL;
}

void
kp_pdf_skip_space (KpPdfScanner *s)
{
  while (s->pos < s->length && is_space (s->data[s->pos]))
    s->pos++;
}

/* A run of regular characters (a number, a keyword or, with its slash, a name). */
gboolean
kp_pdf_read_token (KpPdfScanner *s,
                   char         *buf,
                   gsize         size)
{
  gsize n = 0;

  kp_pdf_skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == '/')
    buf[n++] = s->data[s->pos++];
  while (s->pos < s->length && !is_delimiter (s->data[s->pos]) && n + 1 < size)
    buf[n++] = s->data[s->pos++];
  buf[n] = '\0';
  return n > 0;
}

gboolean
kp_pdf_read_number (KpPdfScanner *s,
                    guint64      *out)
{
  char        buf[32];
  const char *end = NULL;
  guint64     value;

  if (!kp_pdf_read_token (s, buf, sizeof buf) || !g_ascii_isdigit (buf[0]))
    return FALSE;
  value = g_ascii_strtoull (buf, (char **) &end, 10);
  if (end == NULL || *end != '\0')
    return FALSE;
  *out = value;
  return TRUE;
}

gboolean
kp_pdf_expect (KpPdfScanner *s,
               const char   *keyword)
{
  char buf[32];

  return kp_pdf_read_token (s, buf, sizeof buf) && strcmp (buf, keyword) == 0;
}

/* The offset "startxref" names, found at the end of the file. */
gboolean
kp_pdf_find_xref (KpPdfSource *source,
                  gsize       *out_offset)
{
  static const char  key[] = "startxref";
  const gsize        key_length = sizeof key - 1;
  gsize              from = source->length > END_SIZE ? source->length - END_SIZE : 0;
  gsize              length = 0;
  g_autofree guint8 *end = kp_pdf_source_read (source, from, END_SIZE, &length);
  KpPdfScanner       s = { end, length, 0 };
  guint64            offset;

  if (end == NULL || length < key_length)
    return FALSE;
  for (gsize i = length - key_length + 1; i-- > 0;)
    if (memcmp (end + i, key, key_length) == 0)
      {
        s.pos = i + key_length;
        if (!kp_pdf_read_number (&s, &offset) || offset >= source->length)
          return FALSE;
        *out_offset = offset;
        return TRUE;
      }
  return FALSE;
}

/* Reads @n digits as a number. */
static gboolean
fixed_number (const guint8 *data,
              guint         n,
              guint64      *out)
{
  guint64 value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (data[i]))
        return FALSE;
      value = value * 10 + (data[i] - '0');
    }
  *out = value;
  return TRUE;
}

/* A line of the table in its fixed form of 20 bytes, "oooooooooo ggggg n\r\n" (or with
 * " \n" or " \r" at its end), the way every writer writes it: read without the tokenizer,
 * as a tagged catalogue has ~10⁵ of them. Returns %FALSE, having read nothing, for any
 * other form. */
static gboolean
read_entry_line (KpPdfScanner   *s,
                 KpPdfXrefEntry *entry)
{
  const guint8 *p = s->data + s->pos;
  guint64       offset, generation;

  if (s->pos + 20 > s->length || p[10] != ' ' || p[16] != ' ' || (p[17] != 'n' && p[17] != 'f') ||
      !is_space (p[18]) || !is_space (p[19]) || !fixed_number (p, 10, &offset) ||
      !fixed_number (p + 11, 5, &generation) || generation > 65535)
    return FALSE;
  entry->offset = offset;
  entry->generation = generation;
  entry->in_use = p[17] == 'n';
  s->pos += 20;
  return TRUE;
}

/* Reads the table and the trailer, which start at @xref_offset: @data is the file from
 * there to its end. Offsets in errors are the file's. */
gboolean
kp_pdf_parse_xref (const guint8 *data,
                   gsize         length,
                   gsize         xref_offset,
                   GArray       *entries,
                   GArray       *sections,
                   char        **out_trailer,
                   GError      **error)
{
  KpPdfScanner s = { data, length, 0 };
  gsize        trailer_start, trailer_end;
  char         buf[32];

  if (!kp_pdf_expect (&s, "xref"))
    return kp_pdf_fail (error, xref_offset);
  for (;;)
    {
      KpPdfXrefSection section;
      guint64          first, count;
      gsize            mark;

      kp_pdf_skip_space (&s);
      mark = s.pos;
      if (!kp_pdf_read_token (&s, buf, sizeof buf))
        return kp_pdf_fail (error, xref_offset + s.pos);
      if (strcmp (buf, "trailer") == 0)
        break;
      s.pos = mark;
      if (!kp_pdf_read_number (&s, &first) || !kp_pdf_read_number (&s, &count) ||
          count > G_MAXUINT ||
          first > G_MAXUINT - count)
        return kp_pdf_fail (error, xref_offset + mark);
      section.first = first;
      section.count = count;
      g_array_append_val (sections, section);
      for (guint64 i = 0; i < count; i++)
        {
          KpPdfXrefEntry entry = { (guint) (first + i), 0, 0, FALSE };
          guint64        offset, generation;

          kp_pdf_skip_space (&s);
          if (read_entry_line (&s, &entry))
            {
              if (entry.in_use && entry.offset >= xref_offset)
                return kp_pdf_fail (error, xref_offset + s.pos);
              g_array_append_val (entries, entry);
              continue;
            }
          if (!kp_pdf_read_number (&s, &offset) || !kp_pdf_read_number (&s, &generation) ||
              !kp_pdf_read_token (&s, buf, sizeof buf) ||
              (strcmp (buf, "n") != 0 && strcmp (buf, "f") != 0) ||
              generation > 65535)
            return kp_pdf_fail (error, xref_offset + s.pos);
          entry.offset = offset;
          entry.generation = generation;
          entry.in_use = buf[0] == 'n';
          if (entry.in_use && entry.offset >= xref_offset)
            return kp_pdf_fail (error, xref_offset + s.pos);
          g_array_append_val (entries, entry);
        }
    }

  /* The trailer is kept as it is, unless it points to another table. */
  kp_pdf_skip_space (&s);
  trailer_start = s.pos;
  for (trailer_end = trailer_start; trailer_end + 9 <= length; trailer_end++)
    if (memcmp (data + trailer_end, "startxref", 9) == 0)
      break;
  if (trailer_end + 9 > length || trailer_end == trailer_start)
    return kp_pdf_fail (error, xref_offset + trailer_start);
  *out_trailer = g_strndup ((const char *) data + trailer_start, trailer_end - trailer_start);
  g_strchomp (*out_trailer);
  if (strstr (*out_trailer, "/Prev") != NULL || strstr (*out_trailer, "/XRefStm") != NULL)
    {
      g_clear_pointer (out_trailer, g_free);
      return kp_pdf_fail (error, xref_offset + trailer_start);
    }
  return TRUE;
}
