/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-document-writer.h"
#include "kp-text-layout.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>

struct _KpPublicationWriter
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  char            *path;      /* (nullable) the destination file */
  char            *part_path; /* (nullable) the file being written */
  KpTextCache     *text;      /* (nullable) flushed before a page ends */
  int              page;
  gboolean         finished;
};

/* Cairo 1.16 reads the numbers in link, destination and outline attributes with sscanf(),
 * in the locale of the thread: under a Czech LC_NUMERIC "1.5" stops at the dot and the
 * whole PDF fails with CAIRO_STATUS_TAG_ERROR. It reads them where it parses them, not in
 * cairo_tag_begin(): an outline in cairo_pdf_surface_add_outline(), the tags of a page when
 * the page is replayed into the PDF, in cairo_show_page() or cairo_surface_finish(). Those
 * calls, all in this file, run between numbers_begin() and numbers_end(): the calling thread
 * reads numbers the C way for the call only (uselocale() changes that thread alone; messages
 * and collation stay), whichever thread the writer is used or freed on. */
static locale_t
c_numeric_locale (void)
{
  static locale_t locale = (locale_t) 0;

  if (g_once_init_enter (&locale))
    {
      locale_t global = duplocale (LC_GLOBAL_LOCALE);
      locale_t c = global != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", global) : (locale_t) 0;

      if (c == (locale_t) 0 && global != (locale_t) 0)
        freelocale (global);
      g_once_init_leave (&locale, c != (locale_t) 0 ? c : LC_GLOBAL_LOCALE);
    }
  return locale;
}

static locale_t
numbers_begin (void)
{
  return uselocale (c_numeric_locale ());
}

static void
numbers_end (locale_t saved)
{
  uselocale (saved);
}

static void
finish_surface (KpDocumentWriter *writer)
{
  locale_t saved = numbers_begin ();

  cairo_surface_finish (writer->surface);
  numbers_end (saved);
  writer->finished = TRUE;
}

static KpDocumentWriter *
writer_new (cairo_surface_t *surface)
{
  KpDocumentWriter *writer = g_new0 (KpDocumentWriter, 1);

  writer->surface = surface;
  writer->cr = cairo_create (surface);
  writer->page = 1;
  return writer;
}

/**
 * kp_document_writer_new_for_file:
 * @width: page width in points
 * @height: page height in points
 *
 * Returns: (transfer full): a writer of "@path.part", or %NULL with @error set
 */
KpDocumentWriter *
kp_document_writer_new_for_file (const char *path,
                                 double      width,
                                 double      height,
                                 GError    **error)
{
  g_autofree char  *part_path = NULL;
  cairo_surface_t  *surface;
  KpDocumentWriter *writer;

  g_return_val_if_fail (path != NULL, NULL);

  part_path = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (part_path, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  writer = writer_new (surface);
  writer->path = g_strdup (path);
  writer->part_path = g_steal_pointer (&part_path);
  return writer;
}

/**
 * kp_document_writer_new_for_stream:
 *
 * Returns: (transfer full): a writer that hands the PDF's bytes to @write_func
 */
KpDocumentWriter *
kp_document_writer_new_for_stream (cairo_write_func_t write_func,
                                   gpointer           closure,
                                   double             width,
                                   double             height)
{
  g_return_val_if_fail (write_func != NULL, NULL);
  return writer_new (cairo_pdf_surface_create_for_stream (write_func, closure, width, height));
}

cairo_t *
kp_document_writer_get_cr (KpDocumentWriter *writer)
{
  g_return_val_if_fail (writer != NULL, NULL);
  return writer->cr;
}

/**
 * kp_document_writer_get_page:
 *
 * Returns: the number of the page being drawn, from 1
 */
int
kp_document_writer_get_page (KpDocumentWriter *writer)
{
  g_return_val_if_fail (writer != NULL, 0);
  return writer->page;
}

/**
 * kp_document_writer_set_metadata:
 * @created: (nullable): the creation date; %NULL: now
 */
void
kp_document_writer_set_metadata (KpDocumentWriter *writer,
                                 const char       *title,
                                 const char       *author,
                                 const char       *subject,
                                 GDateTime        *created)
{
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *date = NULL;

  g_return_if_fail (writer != NULL);

  if (created == NULL)
    created = now = g_date_time_new_now_local ();
  date = g_date_time_format (created, "%Y-%m-%dT%H:%M:%S");
  if (title != NULL && *title != '\0')
    cairo_pdf_surface_set_metadata (writer->surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL && *author != '\0')
    cairo_pdf_surface_set_metadata (writer->surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (subject != NULL && *subject != '\0')
    cairo_pdf_surface_set_metadata (writer->surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (writer->surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Komplan " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (writer->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/**
 * kp_document_writer_set_text_cache:
 * @cache: (nullable): the cache whose queued text must reach each page before it ends
 */
void
kp_document_writer_set_text_cache (KpDocumentWriter *writer,
                                   KpTextCache      *cache)
{
  g_return_if_fail (writer != NULL);
  writer->text = cache;
}

void
kp_document_writer_show_page (KpDocumentWriter *writer)
{
  locale_t saved;

  g_return_if_fail (writer != NULL);
  if (writer->text != NULL)
    kp_text_cache_flush (writer->text);
  saved = numbers_begin ();
  cairo_show_page (writer->cr);
  numbers_end (saved);
  writer->page++;
}

/**
 * kp_document_writer_add_outline:
 * @parent: an id from an earlier call, or 0 for the top level
 * @y: where on the current page the bookmark points
 *
 * Adds a bookmark to the current page.
 *
 * Returns: the bookmark's id, to add children to it
 */
int
kp_document_writer_add_outline (KpDocumentWriter *writer,
                                int               parent,
                                const char       *title,
                                double            y,
                                gboolean          open)
{
  char             buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *link = NULL;
  locale_t         saved;
  int              id;

  g_return_val_if_fail (writer != NULL, 0);

  link = g_strdup_printf ("page=%d pos=[0 %s]", writer->page,
                          g_ascii_formatd (buf, sizeof buf, "%.1f", MAX (y, 0)));
  saved = numbers_begin ();
  id = cairo_pdf_surface_add_outline (writer->surface, parent, title, link,
                                      open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  numbers_end (saved);
  return id;
}

/**
 * kp_document_writer_add_dest:
 *
 * Names a place on the current page for links (kp_text_link_dest()). Named destinations
 * are used for every internal link: cairo 1.16 drops links to a page number that is not
 * written yet, as the table of contents needs.
 */
void
kp_document_writer_add_dest (KpDocumentWriter *writer,
                             const char       *name,
                             double            x,
                             double            y)
{
  char             bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *quoted = NULL;
  g_autofree char *attributes = NULL;

  g_return_if_fail (writer != NULL && name != NULL);

  quoted = kp_text_link_dest (name); /* dest='name' */
  attributes = g_strdup_printf ("name%s x=%s y=%s", quoted + 4,
                                g_ascii_formatd (bx, sizeof bx, "%.1f", x),
                                g_ascii_formatd (by, sizeof by, "%.1f", MAX (y, 0)));
  cairo_tag_begin (writer->cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (writer->cr, CAIRO_TAG_DEST);
}

/**
 * kp_document_writer_finish:
 *
 * Completes the PDF; a file is then moved over its destination.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_document_writer_finish (KpDocumentWriter *writer,
                           GError          **error)
{
  cairo_status_t status;

  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (!writer->finished, FALSE);

  if (writer->text != NULL)
    kp_text_cache_flush (writer->text);
  g_clear_pointer (&writer->cr, cairo_destroy);
  finish_surface (writer);
  status = cairo_surface_status (writer->surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write “%s”: %s"),
                   writer->path != NULL ? writer->path : "PDF", cairo_status_to_string (status));
      if (writer->part_path != NULL)
        g_unlink (writer->part_path);
      return FALSE;
    }
  if (writer->part_path != NULL && g_rename (writer->part_path, writer->path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Cannot write “%s”: %s"),
                   writer->path, g_strerror (saved));
      g_unlink (writer->part_path);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_document_writer_free:
 *
 * Frees the writer; an unfinished file is removed.
 */
void
kp_document_writer_free (KpDocumentWriter *writer)
{
  if (writer == NULL)
    return;
  g_clear_pointer (&writer->cr, cairo_destroy);
  if (!writer->finished)
    {
      finish_surface (writer);
      if (writer->part_path != NULL)
        g_unlink (writer->part_path);
    }
  cairo_surface_destroy (writer->surface);
  g_free (writer->path);
  g_free (writer->part_path);
  g_free (writer);
}

static cairo_status_t
append_bytes (gpointer             closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * kp_document_write:
 * @target: where the PDF goes
 * @width: page width in points
 * @height: page height in points
 * @draw: draws the pages of @document with the writer it is given
 *
 * Writes one document: makes a writer for @target, lets @draw fill it, and finishes it.
 * On failure a file target is left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_document_write (const KpDocumentTarget *target,
                   double                  width,
                   double                  height,
                   KpDocumentDrawFunc      draw,
                   gpointer                document,
                   GError                **error)
{
  g_autoptr (KpDocumentWriter) writer = NULL;
  gint64 start;

  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail ((target->path != NULL) != (target->bytes != NULL), FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);

  if (target->path != NULL)
    writer = kp_document_writer_new_for_file (target->path, width, height, error);
  else
    writer = kp_document_writer_new_for_stream (append_bytes, target->bytes, width, height);
  if (writer == NULL || !draw (document, writer, error))
    return FALSE;
  start = g_get_monotonic_time ();
  if (!kp_document_writer_finish (writer, error))
    return FALSE;
  g_debug ("PDF finished in %.3f s", (g_get_monotonic_time () - start) / 1e6);
  return TRUE;
}
