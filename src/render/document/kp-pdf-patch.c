/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-pdf-patch.h"
#include "kp-pdf-reader.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* See kp-pdf-patch.h. The patch is planned first (what to insert where, and the new
 * cross-reference table), reading only the end of the file and the first bytes of each
 * object; then it is applied to bytes in memory, or copied from file to file in blocks, so a
 * catalogue of thousands of pages is never held in memory. */

/* Bytes read at an object's offset to tell what it is. */
#define HEAD_SIZE  160
#define COPY_BLOCK (1 << 20)

typedef struct
{
  gsize at;
  char *text;
} Insert;

typedef struct
{
  GArray  *inserts;     /* Insert, by offset */
  gsize    xref_offset; /* where the old table starts; everything after it is replaced */
  GString *tail;        /* the new table, trailer and end */
  gsize    added;       /* bytes the inserts add */
} Plan;

static void
insert_clear (gpointer data)
{
  g_free (((Insert *) data)->text);
}

static void
plan_free (Plan *plan)
{
  g_array_unref (plan->inserts);
  g_string_free (plan->tail, TRUE);
  g_free (plan);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Plan, plan_free)

typedef enum
{
  OBJECT_OTHER,
  OBJECT_PAGE,
  OBJECT_CATALOG,
  OBJECT_FIGURE,
} ObjectKind;

/* What the object at @entry is, and where its dictionary's "<<" ends; @end is where the
 * objects end (the table). */
static gboolean
classify (KpPdfSource          *source,
          gsize                 end,
          const KpPdfXrefEntry *entry,
          ObjectKind           *out_kind,
          gsize                *out_dict)
{
  gsize         size = MIN (HEAD_SIZE, end - entry->offset), length = 0;
  const guint8 *head = kp_pdf_source_peek (source, entry->offset, size, &length);
  KpPdfScanner  s = { head, length, 0 };
  guint64       number, generation;
  char          type[32], value[32], key[32], structure[32];

  *out_kind = OBJECT_OTHER;
  if (head == NULL || !kp_pdf_read_number (&s, &number) || number != entry->number ||
      !kp_pdf_read_number (&s, &generation) || !kp_pdf_expect (&s, "obj"))
    return FALSE;
  kp_pdf_skip_space (&s);
  if (s.pos + 2 > length || head[s.pos] != '<' || head[s.pos + 1] != '<')
    return TRUE; /* not a dictionary: left alone */
  s.pos += 2;
  *out_dict = entry->offset + s.pos;
  if (!kp_pdf_read_token (&s, type, sizeof type) || strcmp (type, "/Type") != 0 ||
      !kp_pdf_read_token (&s, value, sizeof value))
    return TRUE;
  if (strcmp (value, "/Page") == 0)
    *out_kind = OBJECT_PAGE;
  else if (strcmp (value, "/Catalog") == 0)
    *out_kind = OBJECT_CATALOG;
  else if (strcmp (value, "/StructElem") == 0 && kp_pdf_read_token (&s, key, sizeof key) &&
           strcmp (key, "/S") == 0 && kp_pdf_read_token (&s, structure, sizeof structure) &&
           strcmp (structure, "/Figure") == 0)
    *out_kind = OBJECT_FIGURE;
  return TRUE;
}

static void
append_box (GString      *out,
            const char   *name,
            const double *box)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, " /%s [", name);
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            g_ascii_formatd (buf, sizeof buf, "%.3f", box[i]));
  g_string_append_c (out, ']');
}

/* A PDF text string in UTF-16BE with its byte order mark, as hexadecimal. */
static void
append_text_string (GString    *out,
                    const char *utf8)
{
  g_autofree gunichar2 *utf16 = NULL;
  glong                 n = 0;

  utf16 = g_utf8_to_utf16 (utf8, -1, NULL, &n, NULL);
  g_string_append (out, "<FEFF");
  for (glong i = 0; utf16 != NULL && i < n; i++)
    g_string_append_printf (out, "%04X", utf16[i]);
  g_string_append_c (out, '>');
}

static gboolean
valid_language (const char *language)
{
  if (language == NULL || *language == '\0' || strlen (language) > 35)
    return FALSE;
  for (const char *p = language; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
insertion_for (const KpPdfPatch *patch,
               ObjectKind        kind,
               guint            *figure)
{
  GString *out = g_string_new (NULL);

  switch (kind)
    {
    case OBJECT_PAGE:
      if (patch->boxes)
        {
          append_box (out, "TrimBox", patch->trim);
          append_box (out, "BleedBox", patch->bleed);
        }
      if (patch->tagged)
        g_string_append (out, " /Tabs /S");
      break;
    case OBJECT_CATALOG:
      if (valid_language (patch->language))
        g_string_append_printf (out, " /Lang (%s)", patch->language);
      if (patch->tagged)
        g_string_append (out, " /ViewerPreferences << /DisplayDocTitle true >>");
      break;
    case OBJECT_FIGURE:
      if (patch->figure_alts != NULL && *figure < patch->figure_alts->len &&
          g_ptr_array_index (patch->figure_alts, *figure) != NULL)
        {
          g_string_append (out, " /Alt ");
          append_text_string (out, g_ptr_array_index (patch->figure_alts, *figure));
        }
      (*figure)++;
      break;
    case OBJECT_OTHER:
    default:
      break;
    }
  if (out->len > 0)
    g_string_append_c (out, ' ');
  return g_string_free (out, out->len == 0);
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  const KpPdfXrefEntry *ea = *(const KpPdfXrefEntry *const *) a;
  const KpPdfXrefEntry *eb = *(const KpPdfXrefEntry *const *) b;

  return ea->offset < eb->offset ? -1 : ea->offset > eb->offset;
}

/* One line of the table, "%010zu %05u n \n", written by hand: a tagged catalogue's table
 * has ~10⁵ of them. */
static void
append_xref_entry (GString *out,
                   gsize    offset,
                   guint    generation,
                   gboolean in_use)
{
  char line[20];

  for (int i = 9; i >= 0; i--, offset /= 10)
    line[i] = '0' + offset % 10;
  line[10] = ' ';
  for (int i = 15; i >= 11; i--, generation /= 10)
    line[i] = '0' + generation % 10;
  line[16] = ' ';
  line[17] = in_use ? 'n' : 'f';
  line[18] = ' ';
  line[19] = '\n';
  g_string_append_len (out, line, sizeof line);
}

static void
write_tail (Plan       *plan,
            GArray     *entries,
            GArray     *sections,
            const char *trailer)
{
  guint e = 0;
  gsize xref = plan->xref_offset + plan->added;
  gsize shift = 0;
  guint next_insert = 0;
  g_autoptr (GPtrArray) by_offset = g_ptr_array_new ();
  g_autofree gsize *new_offsets = g_new0 (gsize, MAX (entries->len, 1));

  /* New offsets in one pass over the entries sorted by offset. */
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (by_offset, &g_array_index (entries, KpPdfXrefEntry, i));
  g_ptr_array_sort (by_offset, compare_offsets);
  for (guint i = 0; i < by_offset->len; i++)
    {
      KpPdfXrefEntry *entry = g_ptr_array_index (by_offset, i);

      while (next_insert < plan->inserts->len &&
             g_array_index (plan->inserts, Insert, next_insert).at < entry->offset)
        shift += strlen (g_array_index (plan->inserts, Insert, next_insert++).text);
      new_offsets[entry - (KpPdfXrefEntry *) (gpointer) entries->data] = entry->offset + shift;
    }

  g_string_append (plan->tail, "xref\n");
  for (guint s = 0; s < sections->len; s++)
    {
      const KpPdfXrefSection *section = &g_array_index (sections, KpPdfXrefSection, s);

      g_string_append_printf (plan->tail, "%u %u\n", section->first, section->count);
      for (guint i = 0; i < section->count; i++, e++)
        {
          const KpPdfXrefEntry *entry = &g_array_index (entries, KpPdfXrefEntry, e);

          append_xref_entry (plan->tail, entry->in_use ? new_offsets[e] : entry->offset,
                             entry->generation, entry->in_use);
        }
    }
  g_string_append_printf (plan->tail, "trailer\n%s\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          trailer, xref);
}

static Plan *
plan_new (KpPdfSource      *source,
          const KpPdfPatch *patch,
          GError          **error)
{
  g_autoptr (Plan) plan = g_new0 (Plan, 1);
  g_autoptr (GArray) entries = g_array_new (FALSE, FALSE, sizeof (KpPdfXrefEntry));
  g_autoptr (GArray) sections = g_array_new (FALSE, FALSE, sizeof (KpPdfXrefSection));
  g_autoptr (GPtrArray) by_offset = g_ptr_array_new ();
  g_autofree char   *trailer = NULL;
  g_autofree guint8 *header = NULL;
  g_autofree guint8 *table = NULL;
  gsize              length = 0;
  guint              figure = 0;

  plan->inserts = g_array_new (FALSE, FALSE, sizeof (Insert));
  g_array_set_clear_func (plan->inserts, insert_clear);
  plan->tail = g_string_new (NULL);
  header = kp_pdf_source_read (source, 0, 8, &length);
  if (header == NULL || length < 8 || memcmp (header, "%PDF-", 5) != 0)
    {
      kp_pdf_fail (error, 0);
      return NULL;
    }
  if (!kp_pdf_find_xref (source, &plan->xref_offset))
    {
      kp_pdf_fail (error, source->length);
      return NULL;
    }
  table = kp_pdf_source_read (source, plan->xref_offset, source->length - plan->xref_offset,
                              &length);
  if (table == NULL ||
      !kp_pdf_parse_xref (table, length, plan->xref_offset, entries, sections, &trailer, error))
    {
      if (table == NULL)
        kp_pdf_fail (error, plan->xref_offset);
      return NULL;
    }

  for (guint i = 0; i < entries->len; i++)
    if (g_array_index (entries, KpPdfXrefEntry, i).in_use)
      g_ptr_array_add (by_offset, &g_array_index (entries, KpPdfXrefEntry, i));
  g_ptr_array_sort (by_offset, compare_offsets);
  for (guint i = 0; i < by_offset->len; i++)
    {
      const KpPdfXrefEntry *entry = g_ptr_array_index (by_offset, i);
      ObjectKind            kind;
      gsize                 dict = 0;
      Insert                insert;

      if (!classify (source, plan->xref_offset, entry, &kind, &dict))
        {
          kp_pdf_fail (error, entry->offset);
          return NULL;
        }
      insert.text = insertion_for (patch, kind, &figure);
      if (insert.text == NULL)
        continue;
      insert.at = dict;
      plan->added += strlen (insert.text);
      g_array_append_val (plan->inserts, insert);
    }
  write_tail (plan, entries, sections, trailer);
  return g_steal_pointer (&plan);
}

/**
 * kp_pdf_patch_is_empty:
 *
 * Returns: whether @patch changes nothing, so the PDF can stay as cairo wrote it
 */
gboolean
kp_pdf_patch_is_empty (const KpPdfPatch *patch)
{
  g_return_val_if_fail (patch != NULL, TRUE);
  return !patch->boxes && !patch->tagged && !valid_language (patch->language) &&
         (patch->figure_alts == NULL || patch->figure_alts->len == 0);
}

gboolean
kp_pdf_patch_bytes (GByteArray       *pdf,
                    const KpPdfPatch *patch,
                    GError          **error)
{
  g_autoptr (Plan) plan = NULL;
  gsize total, end, shift;

  g_return_val_if_fail (pdf != NULL, FALSE);
  g_return_val_if_fail (patch != NULL, FALSE);

  {
    KpPdfSource source = { pdf->data, -1, pdf->len };

    plan = plan_new (&source, patch, error);
  }
  if (plan == NULL)
    return FALSE;
  total = plan->xref_offset + plan->added + plan->tail->len;
  if (total > pdf->len)
    g_byte_array_set_size (pdf, total);

  /* From the last insert to the first, each part moves up by the inserts before it and
   * its own; parts only ever move up, so memmove() from the end is safe. */
  end = plan->xref_offset;
  shift = plan->added;
  for (guint i = plan->inserts->len; i > 0; i--)
    {
      const Insert *insert = &g_array_index (plan->inserts, Insert, i - 1);
      gsize         len = strlen (insert->text);

      memmove (pdf->data + insert->at + shift, pdf->data + insert->at, end - insert->at);
      shift -= len;
      memcpy (pdf->data + insert->at + shift, insert->text, len);
      end = insert->at;
    }
  memcpy (pdf->data + plan->xref_offset + plan->added, plan->tail->str, plan->tail->len);
  g_byte_array_set_size (pdf, total);
  return TRUE;
}

static gboolean
fail_errno (GError    **error,
            const char *path,
            int         saved)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Cannot write “%s”: %s"),
               path, g_strerror (saved));
  return FALSE;
}

/* Copies @source's bytes from @from up to @to into @out. */
static gboolean
copy_range (const KpPdfSource *source,
            gsize              from,
            gsize              to,
            GOutputStream     *out,
            guint8            *block,
            const char        *path,
            GError           **error)
{
  while (from < to)
    {
      gsize   size = MIN (to - from, COPY_BLOCK);
      ssize_t n = pread (source->fd, block, size, (off_t) from);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return fail_errno (error, path, errno);
      if (n == 0)
        return kp_pdf_fail (error, from);
      if (!g_output_stream_write_all (out, block, n, NULL, NULL, error))
        return FALSE;
      from += n;
    }
  return TRUE;
}

gboolean
kp_pdf_patch_file (const char       *in_path,
                   const char       *out_path,
                   const KpPdfPatch *patch,
                   GError          **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (Plan) plan = NULL;
  g_autofree guint8 *block = NULL;
  KpPdfSource        source = { NULL, -1, 0 };
  GStatBuf           info;
  gsize              from = 0;
  gboolean           ok = FALSE;

  g_return_val_if_fail (in_path != NULL && out_path != NULL, FALSE);
  g_return_val_if_fail (patch != NULL, FALSE);

  source.fd = g_open (in_path, O_RDONLY, 0);
  if (source.fd < 0 || g_stat (in_path, &info) != 0)
    {
      fail_errno (error, out_path, errno);
      goto out;
    }
  source.length = info.st_size;
  plan = plan_new (&source, patch, error);
  if (plan == NULL)
    goto out;
  file = g_file_new_for_path (out_path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    goto out;
  block = g_malloc (COPY_BLOCK);
  for (guint i = 0; i < plan->inserts->len; i++)
    {
      const Insert *insert = &g_array_index (plan->inserts, Insert, i);

      if (!copy_range (&source, from, insert->at, G_OUTPUT_STREAM (stream), block, out_path,
                       error) ||
          !g_output_stream_write_all (G_OUTPUT_STREAM (stream), insert->text, strlen (insert->text),
                                      NULL, NULL, error))
        goto out;
      from = insert->at;
    }
  ok = copy_range (&source, from, plan->xref_offset, G_OUTPUT_STREAM (stream), block, out_path,
                   error) &&
       g_output_stream_write_all (G_OUTPUT_STREAM (stream), plan->tail->str, plan->tail->len, NULL,
                                  NULL, error) &&
       g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
out:
  if (source.fd >= 0)
    close (source.fd);
  g_free (source.window);
  return ok;
}
