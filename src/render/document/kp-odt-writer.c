/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-odt-private.h"

#include <errno.h>
#include <string.h>
#include <zip.h>

/* The package of an OpenDocument text, and the XML helpers of its parts.
 *
 * The zip is made in memory with libzip and copied to the stream: "mimetype" first, stored
 * (ODF 1.2, part 3, 3.3), then the XML parts deflated at the fastest level (a plan of a
 * thousand activities has a content.xml of some megabytes; the default level took most of
 * the time of the whole export) and the pictures stored, being PNG already. */

#define MIMETYPE "application/vnd.oasis.opendocument.text"

static const char *const namespaces[][2] = {
  { "xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
  { "xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
  { "xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
  { "xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
  { "xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
  { "xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
  { "xmlns:xlink", "http://www.w3.org/1999/xlink" },
  { "xmlns:dc", "http://purl.org/dc/elements/1.1/" },
  { "xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
  { "xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
  { "xmlns:loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" },
};

void
kp_odt_start (KpOdt      *odt,
              const char *element)
{
  xmlTextWriterStartElement (odt->w, BAD_CAST element);
}

void
kp_odt_end (KpOdt *odt)
{
  xmlTextWriterEndElement (odt->w);
}

void
kp_odt_attr (KpOdt      *odt,
             const char *name,
             const char *value)
{
  xmlTextWriterWriteAttribute (odt->w, BAD_CAST name, BAD_CAST value);
}

void
kp_odt_attr_int (KpOdt      *odt,
                 const char *name,
                 int         value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%d", value);
  kp_odt_attr (odt, name, buf);
}

void
kp_odt_attr_length (KpOdt      *odt,
                    const char *name,
                    double      points)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 2];

  g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.3f", points * 2.54 / 72);
  strcat (buf, "cm");
  kp_odt_attr (odt, name, buf);
}

/* @text without the control characters XML 1.0 cannot hold (tabs and line breaks become
 * spaces), for metadata and attributes-like elements. */
static void
write_plain (KpOdt      *odt,
             const char *text)
{
  g_autofree char *clean = g_strdup (text);

  for (char *p = clean; *p != '\0'; p++)
    if ((unsigned char) *p < 0x20)
      *p = ' ';
  xmlTextWriterWriteString (odt->w, BAD_CAST clean);
}

/**
 * kp_odt_element:
 * @text: (nullable): plain text (metadata, a title): white space is not kept
 *
 * Writes an element with @text.
 */
void
kp_odt_element (KpOdt      *odt,
                const char *element,
                const char *text)
{
  kp_odt_start (odt, element);
  if (text != NULL)
    write_plain (odt, text);
  kp_odt_end (odt);
}

void
kp_odt_write_namespaces (KpOdt *odt)
{
  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    kp_odt_attr (odt, namespaces[i][0], namespaces[i][1]);
  kp_odt_attr (odt, "office:version", "1.2");
}

static void
flush_run (KpOdt      *odt,
           const char *from,
           const char *to)
{
  if (to > from)
    xmlTextWriterWriteFormatString (odt->w, "%.*s", (int) (to - from), from);
}

/**
 * kp_odt_text:
 *
 * Writes user text into the element open: a space after a space (or at the start of a
 * paragraph, where ODF would drop it) as text:s, tabs and line breaks as elements, the
 * control characters XML 1.0 cannot hold left out. odt->space is set by the caller at the
 * start of a paragraph.
 */
void
kp_odt_text (KpOdt      *odt,
             const char *text)
{
  const char *run = text;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (c == ' ' && !odt->space)
        {
          odt->space = TRUE;
          continue;
        }
      if (c > ' ')
        {
          odt->space = FALSE;
          continue;
        }
      flush_run (odt, run, p);
      run = p + 1;
      if (c == ' ')
        kp_odt_element (odt, "text:s", NULL);
      else if (c == '\t')
        kp_odt_element (odt, "text:tab", NULL);
      else if (c == '\n')
        kp_odt_element (odt, "text:line-break", NULL);
      /* a space after a tab or a line break is kept too */
      odt->space = c == ' ' || c == '\t' || c == '\n' ? TRUE : odt->space;
    }
  flush_run (odt, run, p);
}

void
kp_odt_picture_free (gpointer data)
{
  KpOdtPicture *picture = data;

  g_free (picture->path);
  g_bytes_unref (picture->data);
  g_free (picture);
}

/* A document of the XML written by @write into a new writer. */
typedef void (*WriteFunc) (KpOdt *odt);

static GBytes *
xml_part (KpOdt    *odt,
          WriteFunc write)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  GBytes      *bytes;

  odt->w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterStartDocument (odt->w, NULL, "UTF-8", NULL);
  write (odt);
  xmlTextWriterEndDocument (odt->w);
  xmlFreeTextWriter (odt->w);
  odt->w = NULL;
  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

static void
write_meta (KpOdt *odt)
{
  const KpDocModel *model = odt->model;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (model->date != NULL ? model->date : now,
                                                 "%Y-%m-%dT%H:%M:%S");
  g_autofree char *language = g_strdup_printf ("%s-%s", odt->words->language,
                                               odt->words->country);

  kp_odt_start (odt, "office:document-meta");
  kp_odt_write_namespaces (odt);
  kp_odt_start (odt, "office:meta");
  kp_odt_element (odt, "meta:generator", "Komplan/" PACKAGE_VERSION);
  kp_odt_element (odt, "dc:title", model->title);
  if (model->subtitle != NULL)
    kp_odt_element (odt, "dc:subject", model->subtitle);
  if (model->author != NULL)
    {
      kp_odt_element (odt, "meta:initial-creator", model->author);
      kp_odt_element (odt, "dc:creator", model->author);
    }
  kp_odt_element (odt, "meta:creation-date", created);
  kp_odt_element (odt, "dc:date", created);
  kp_odt_element (odt, "dc:language", strchr (model->language, '-') != NULL ? model->language : language);
  kp_odt_end (odt);
  kp_odt_end (odt);
}

static void
manifest_entry (KpOdt      *odt,
                const char *path,
                const char *media_type)
{
  kp_odt_start (odt, "manifest:file-entry");
  kp_odt_attr (odt, "manifest:full-path", path);
  if (strcmp (path, "/") == 0)
    kp_odt_attr (odt, "manifest:version", "1.2");
  kp_odt_attr (odt, "manifest:media-type", media_type);
  kp_odt_end (odt);
}

static void
write_manifest (KpOdt *odt)
{
  kp_odt_start (odt, "manifest:manifest");
  kp_odt_attr (odt, "xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
  kp_odt_attr (odt, "manifest:version", "1.2");
  manifest_entry (odt, "/", MIMETYPE);
  manifest_entry (odt, "content.xml", "text/xml");
  manifest_entry (odt, "styles.xml", "text/xml");
  manifest_entry (odt, "meta.xml", "text/xml");
  for (guint i = 0; i < odt->pictures->len; i++)
    manifest_entry (odt, ((KpOdtPicture *) g_ptr_array_index (odt->pictures, i))->path,
                    "image/png");
  kp_odt_end (odt);
}

static gboolean
zip_failed (zip_t   *zip,
            GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write the OpenDocument file: %s"),
               zip_strerror (zip));
  return FALSE;
}

/* Adds @bytes (kept alive by the caller until the zip is closed) as @path. */
static gboolean
add_part (zip_t      *zip,
          const char *path,
          GBytes     *bytes,
          zip_int32_t method,
          GError    **error)
{
  gsize         size;
  const void   *data = g_bytes_get_data (bytes, &size);
  zip_source_t *source = zip_source_buffer (zip, data, size, 0);
  zip_int64_t   index;

  if (source == NULL)
    return zip_failed (zip, error);
  index = zip_file_add (zip, path, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
  if (index < 0)
    {
      zip_source_free (source);
      return zip_failed (zip, error);
    }
  if (zip_set_file_compression (zip, index, method, method == ZIP_CM_STORE ? 0 : 1) < 0)
    return zip_failed (zip, error);
  return TRUE;
}

/* The zip of the parts, in memory. */
static GBytes *
package (KpOdt     *odt,
         GPtrArray *parts,
         GError   **error)
{
  zip_error_t   zip_error;
  zip_source_t *memory;
  zip_t        *zip;
  zip_stat_t    stat;
  GByteArray   *out;
  gboolean      ok = TRUE;

  zip_error_init (&zip_error);
  memory = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  zip_source_keep (memory);
  zip = memory != NULL ? zip_open_from_source (memory, ZIP_TRUNCATE, &zip_error) : NULL;
  if (zip == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _ ("Cannot write the OpenDocument file: %s"), zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      if (memory != NULL)
        zip_source_free (memory);
      return NULL;
    }
  zip_error_fini (&zip_error);
  for (guint i = 0; ok && i + 2 < parts->len; i += 3)
    ok = add_part (zip, g_ptr_array_index (parts, i), g_ptr_array_index (parts, i + 1),
                   GPOINTER_TO_INT (g_ptr_array_index (parts, i + 2)), error);
  if (!ok)
    {
      zip_discard (zip);
      zip_source_free (memory);
      return NULL;
    }
  if (zip_close (zip) < 0)
    {
      zip_failed (zip, error);
      zip_discard (zip);
      zip_source_free (memory);
      return NULL;
    }

  out = g_byte_array_new ();
  if (zip_source_stat (memory, &stat) == 0 && zip_source_open (memory) == 0)
    {
      zip_int64_t n;

      g_byte_array_set_size (out, stat.size);
      n = zip_source_read (memory, out->data, stat.size);
      zip_source_close (memory);
      ok = n == (zip_int64_t) stat.size;
    }
  else
    ok = FALSE;
  zip_source_free (memory);
  if (!ok)
    {
      g_byte_array_unref (out);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _ ("Cannot write the OpenDocument file: %s"), g_strerror (EIO));
      return NULL;
    }
  return g_byte_array_free_to_bytes (out);
}

static void
add (GPtrArray  *parts,
     const char *path,
     GBytes     *bytes,
     int         method)
{
  g_ptr_array_add (parts, (gpointer) path);
  g_ptr_array_add (parts, bytes);
  g_ptr_array_add (parts, GINT_TO_POINTER (method));
}

/**
 * kp_odt_write:
 * @progress: (nullable): receives the fraction done
 * @cancellable: (nullable): checked between blocks
 *
 * Writes the document as an OpenDocument text to @stream, which the caller closes.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_odt_write (const KpDocModel *model,
              GOutputStream    *stream,
              KpProgress       *progress,
              GCancellable     *cancellable,
              GError          **error)
{
  KpOdt odt = { model, kp_document_words_get (model->language) };
  g_autoptr (GBytes) mimetype = g_bytes_new_static (MIMETYPE, strlen (MIMETYPE));
  g_autoptr (GBytes) content = NULL;
  g_autoptr (GBytes) styles = NULL;
  g_autoptr (GBytes) meta = NULL;
  g_autoptr (GBytes) manifest = NULL;
  g_autoptr (GBytes) zip = NULL;
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  g_autoptr (GPtrArray) pictures = g_ptr_array_new_with_free_func (kp_odt_picture_free);
  guint  n_blocks = MAX (model->blocks->len, 1);
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  odt.pictures = pictures;
  odt.flags = g_new0 (guint, n_blocks);
  odt.wide = g_new0 (gboolean, n_blocks);
  if (progress != NULL)
    kp_progress_set (progress, 0, _ ("Writing the document…"));
  content = kp_odt_content_xml (&odt, progress, cancellable, error);
  g_free (odt.flags);
  g_free (odt.wide);
  if (content == NULL)
    return FALSE;
  styles = kp_odt_styles_xml (&odt);
  meta = xml_part (&odt, write_meta);
  manifest = xml_part (&odt, write_manifest);

  add (parts, "mimetype", mimetype, ZIP_CM_STORE);
  add (parts, "content.xml", content, ZIP_CM_DEFLATE);
  add (parts, "styles.xml", styles, ZIP_CM_DEFLATE);
  add (parts, "meta.xml", meta, ZIP_CM_DEFLATE);
  for (guint i = 0; i < pictures->len; i++)
    {
      KpOdtPicture *picture = g_ptr_array_index (pictures, i);

      add (parts, picture->path, picture->data, ZIP_CM_STORE);
    }
  add (parts, "META-INF/manifest.xml", manifest, ZIP_CM_DEFLATE);
  zip = package (&odt, parts, error);
  if (zip == NULL)
    return FALSE;
  if (!g_output_stream_write_all (stream, g_bytes_get_data (zip, NULL), g_bytes_get_size (zip),
                                  NULL, cancellable, error))
    return FALSE;
  g_debug ("OpenDocument written in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  if (progress != NULL)
    kp_progress_set_fraction (progress, 1.0);
  return TRUE;
}

/**
 * kp_odt_xml_part:
 *
 * For the parts: the XML that @write writes, as a document.
 */
GBytes *
kp_odt_xml_part (KpOdt *odt,
                 void (*write) (KpOdt *odt))
{
  return xml_part (odt, write);
}
