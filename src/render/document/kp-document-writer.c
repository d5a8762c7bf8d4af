/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-document-writer-private.h"
#include "kp-print-marks.h"
#include "kp-text-layout-private.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>

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

/* The sheet: the trimmed page, and for print the slug with the bleed and marks around it. */
static void
sheet_size (double   width,
            double   height,
            gboolean for_print,
            double  *sheet_width,
            double  *sheet_height)
{
  double slug = for_print ? KP_PRINT_SLUG : 0;

  *sheet_width = width + 2 * slug;
  *sheet_height = height + 2 * slug;
}

/* Paints the sheet white, as the paper is, before anything else is drawn on it. Cairo 1.16
 * replays each page into an analysis of what it can write natively, which adds the extents
 * of every operation to a region of the page: with a hundred text runs on a catalogue page
 * that region has hundreds of rectangles, and each addition walks them all (a tenth of the
 * processor time of a national catalogue). Once the region is the whole sheet, every
 * addition lies inside it and costs nothing. White on white changes no text and nothing one
 * can see (a renderer may shade an anti-aliased glyph edge by 2/255 differently). */
static void
paint_paper (KpDocumentWriter *writer)
{
  cairo_save (writer->cr);
  cairo_set_source_rgb (writer->cr, 1, 1, 1);
  cairo_paint (writer->cr);
  cairo_restore (writer->cr);
}

static KpDocumentWriter *
writer_new (cairo_surface_t *surface,
            double           width,
            double           height,
            gboolean         for_print)
{
  KpDocumentWriter *writer = g_new0 (KpDocumentWriter, 1);

  /* PDF 1.4: every object at an offset of a classic cross-reference table, which
   * kp-pdf-patch.c completes. From 1.17.6 on, cairo puts objects in object streams for PDF
   * 1.5; 1.16 would write ActualText spans for clusters, of which (without ligatures) there
   * are none. Nothing Komplan draws needs more than 1.4. */
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_4);
  writer->surface = surface;
  writer->cr = cairo_create (surface);
  writer->page = 1;
  writer->width = width;
  writer->height = height;
  writer->for_print = for_print;
  writer->offset = for_print ? KP_PRINT_SLUG : 0;
  writer->folds = g_array_new (FALSE, FALSE, sizeof (double));
  /* documents draw on the trimmed page; cairo_show_page() keeps the matrix */
  cairo_translate (writer->cr, writer->offset, writer->offset);
  kp_document_writer_init_tags (writer);
  paint_paper (writer);
  return writer;
}

/* The marks of the page being drawn, outside the structure. */
static void
draw_marks (KpDocumentWriter *writer)
{
  if (!writer->for_print)
    return;
  cairo_save (writer->cr);
  cairo_identity_matrix (writer->cr);
  kp_print_marks_draw (writer->cr, writer->offset, writer->offset, writer->width, writer->height,
                       (const double *) (gpointer) writer->folds->data, writer->folds->len);
  cairo_restore (writer->cr);
  g_array_set_size (writer->folds, 0);
}

/**
 * kp_document_writer_new_for_file:
 * @width: width of the trimmed page in points
 * @height: height of the trimmed page in points
 * @for_print: a larger sheet with bleed and crop marks around the page
 *
 * Returns: (transfer full): a writer of "@path.part", or %NULL with @error set
 */
KpDocumentWriter *
kp_document_writer_new_for_file (const char *path,
                                 double      width,
                                 double      height,
                                 gboolean    for_print,
                                 GError    **error)
{
  g_autofree char  *part_path = NULL;
  cairo_surface_t  *surface;
  KpDocumentWriter *writer;
  double            sheet_width, sheet_height;

  g_return_val_if_fail (path != NULL, NULL);

  part_path = g_strconcat (path, ".part", NULL);
  sheet_size (width, height, for_print, &sheet_width, &sheet_height);
  surface = cairo_pdf_surface_create (part_path, sheet_width, sheet_height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  writer = writer_new (surface, width, height, for_print);
  writer->path = g_strdup (path);
  writer->part_path = g_steal_pointer (&part_path);
  return writer;
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
 * kp_document_writer_new_for_bytes:
 *
 * Returns: (transfer full): a writer of a PDF in memory, for
 *   kp_document_writer_finish_bytes()
 */
KpDocumentWriter *
kp_document_writer_new_for_bytes (double   width,
                                  double   height,
                                  gboolean for_print)
{
  GByteArray       *bytes = g_byte_array_new ();
  KpDocumentWriter *writer;
  double            sheet_width, sheet_height;

  sheet_size (width, height, for_print, &sheet_width, &sheet_height);
  writer = writer_new (cairo_pdf_surface_create_for_stream (append_bytes, bytes, sheet_width,
                                                            sheet_height),
                       width, height, for_print);
  writer->bytes = bytes;
  return writer;
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

gboolean
kp_document_writer_get_for_print (KpDocumentWriter *writer)
{
  g_return_val_if_fail (writer != NULL, FALSE);
  return writer->for_print;
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
 *
 * The text queued in the cache set before, if any, is drawn first. Set %NULL before the
 * cache is freed: the writer is finished after the document that drew on it is done.
 */
void
kp_document_writer_set_text_cache (KpDocumentWriter *writer,
                                   KpTextCache      *cache)
{
  g_return_if_fail (writer != NULL);
  if (writer->text != NULL && writer->text != cache)
    {
      kp_text_cache_flush (writer->text);
      kp_text_cache_set_writer (writer->text, NULL);
    }
  writer->text = cache;
  if (cache != NULL)
    kp_text_cache_set_writer (cache, writer);
}

/**
 * kp_document_writer_show_page:
 *
 * Ends the page (with its marks, for print) and starts the next one. A content element open
 * across the break (a paragraph that goes on) goes on in an element of its own kind on the
 * next page, so that what is drawn there first (a running head) stays out of it.
 */
void
kp_document_writer_show_page (KpDocumentWriter *writer)
{
  locale_t saved;

  g_return_if_fail (writer != NULL);
  if (writer->text != NULL)
    kp_text_cache_flush (writer->text);
  kp_document_writer_begin_artifact (writer);
  draw_marks (writer);
  saved = numbers_begin ();
  cairo_show_page (writer->cr);
  numbers_end (saved);
  writer->page++;
  paint_paper (writer);
  kp_document_writer_end_artifact (writer);
}

/**
 * kp_document_writer_set_page_size:
 * @width: width of the page in points
 * @height: height of the page in points
 *
 * Gives the current page another size (a landscape page for a wide table): call it at the
 * start of a page, before anything is drawn on it. The pages after it keep the size. Only
 * for a PDF that is not for print, whose TrimBox and BleedBox are the same on every page.
 */
void
kp_document_writer_set_page_size (KpDocumentWriter *writer,
                                  double            width,
                                  double            height)
{
  g_return_if_fail (writer != NULL);
  g_return_if_fail (!writer->for_print);
  g_return_if_fail (width > 0 && height > 0);

  if (width == writer->width && height == writer->height)
    return;
  writer->width = width;
  writer->height = height;
  cairo_pdf_surface_set_size (writer->surface, width, height);
  /* cairo begins the page's recording again at the new size */
  kp_document_writer_begin_artifact (writer);
  paint_paper (writer);
  kp_document_writer_end_artifact (writer);
}

/**
 * kp_document_writer_get_page_size:
 *
 * The size of the current page, trimmed, in points.
 */
void
kp_document_writer_get_page_size (KpDocumentWriter *writer,
                                  double           *width,
                                  double           *height)
{
  g_return_if_fail (writer != NULL);
  if (width != NULL)
    *width = writer->width;
  if (height != NULL)
    *height = writer->height;
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
                          g_ascii_formatd (buf, sizeof buf, "%.1f", MAX (y, 0) + writer->offset));
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
                                g_ascii_formatd (bx, sizeof bx, "%.1f", x + writer->offset),
                                g_ascii_formatd (by, sizeof by, "%.1f", MAX (y, 0) + writer->offset));
  cairo_tag_begin (writer->cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (writer->cr, CAIRO_TAG_DEST);
}

/**
 * kp_document_writer_add_fold:
 * @x: distance of the fold from the trimmed page's left edge, points
 *
 * For print, the current page gets fold marks at @x; otherwise nothing happens.
 */
void
kp_document_writer_add_fold (KpDocumentWriter *writer,
                             double            x)
{
  g_return_if_fail (writer != NULL);
  if (writer->for_print)
    g_array_append_val (writer->folds, x);
}

/**
 * kp_document_writer_extend_to_bleed:
 *
 * For print, a side of the rectangle on the trimmed page's edge moves out by the bleed;
 * otherwise nothing changes.
 */
void
kp_document_writer_extend_to_bleed (KpDocumentWriter *writer,
                                    double           *x,
                                    double           *y,
                                    double           *width,
                                    double           *height)
{
  const double near = 0.01;

  g_return_if_fail (writer != NULL && x != NULL && y != NULL && width != NULL && height != NULL);
  if (!writer->for_print)
    return;
  if (*x + *width >= writer->width - near)
    *width += KP_PRINT_BLEED;
  if (*y + *height >= writer->height - near)
    *height += KP_PRINT_BLEED;
  if (*x <= near)
    {
      *x -= KP_PRINT_BLEED;
      *width += KP_PRINT_BLEED;
    }
  if (*y <= near)
    {
      *y -= KP_PRINT_BLEED;
      *height += KP_PRINT_BLEED;
    }
}

/* What cairo cannot write, added to the finished PDF. */
static void
patch_init (KpDocumentWriter *writer,
            KpPdfPatch       *patch)
{
  double sheet_width, sheet_height;

  *patch = (KpPdfPatch){ 0 };
  sheet_size (writer->width, writer->height, writer->for_print, &sheet_width, &sheet_height);
  if (writer->for_print)
    {
      /* PDF boxes count from the bottom left; the trimmed page is in the middle. */
      double trim[4] = { writer->offset, sheet_height - writer->offset - writer->height,
                         writer->offset + writer->width, sheet_height - writer->offset };

      patch->boxes = TRUE;
      for (guint i = 0; i < 4; i++)
        {
          patch->trim[i] = trim[i];
          patch->bleed[i] = trim[i] + (i < 2 ? -KP_PRINT_BLEED : KP_PRINT_BLEED);
        }
    }
  kp_document_writer_fill_patch (writer, patch);
}

/* The last page's marks, every element ended, the surface finished. */
static cairo_status_t
complete (KpDocumentWriter *writer)
{
  if (writer->text != NULL)
    kp_text_cache_flush (writer->text);
  kp_document_writer_begin_artifact (writer);
  draw_marks (writer);
  kp_document_writer_end_artifact (writer);
  kp_document_writer_end_all (writer);
  if (writer->text != NULL)
    kp_text_cache_flush (writer->text);
  g_clear_pointer (&writer->cr, cairo_destroy);
  finish_surface (writer);
  return cairo_surface_status (writer->surface);
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
  cairo_status_t   status;
  KpPdfPatch       patch;
  g_autofree char *patched_path = NULL;
  const char      *done;

  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (!writer->finished, FALSE);
  g_return_val_if_fail (writer->part_path != NULL, FALSE);

  status = complete (writer);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write “%s”: %s"), writer->path,
                   cairo_status_to_string (status));
      g_unlink (writer->part_path);
      return FALSE;
    }
  done = writer->part_path;
  patch_init (writer, &patch);
  if (!kp_pdf_patch_is_empty (&patch))
    {
      gboolean ok;

      patched_path = g_strconcat (writer->part_path, "2", NULL);
      ok = kp_pdf_patch_file (writer->part_path, patched_path, &patch, error);
      g_unlink (writer->part_path);
      if (!ok)
        {
          g_unlink (patched_path);
          return FALSE;
        }
      done = patched_path;
    }
  if (g_rename (done, writer->path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _ ("Cannot write “%s”: %s"),
                   writer->path, g_strerror (saved));
      g_unlink (done);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_document_writer_finish_bytes:
 *
 * Returns: (transfer full) (nullable): the completed PDF, or %NULL with @error set
 */
GBytes *
kp_document_writer_finish_bytes (KpDocumentWriter *writer,
                                 GError          **error)
{
  cairo_status_t status;
  KpPdfPatch     patch;

  g_return_val_if_fail (writer != NULL, NULL);
  g_return_val_if_fail (!writer->finished, NULL);
  g_return_val_if_fail (writer->bytes != NULL, NULL);

  status = complete (writer);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write “%s”: %s"), "PDF",
                   cairo_status_to_string (status));
      return NULL;
    }
  patch_init (writer, &patch);
  if (!kp_pdf_patch_is_empty (&patch) && !kp_pdf_patch_bytes (writer->bytes, &patch, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&writer->bytes));
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
  if (writer->text != NULL)
    kp_text_cache_set_writer (writer->text, NULL);
  g_clear_pointer (&writer->cr, cairo_destroy);
  if (!writer->finished)
    {
      finish_surface (writer);
      if (writer->part_path != NULL)
        g_unlink (writer->part_path);
    }
  cairo_surface_destroy (writer->surface);
  g_clear_pointer (&writer->bytes, g_byte_array_unref);
  g_array_unref (writer->folds);
  kp_document_writer_clear_tags (writer);
  g_free (writer->path);
  g_free (writer->part_path);
  g_free (writer);
}
