/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-pdf-utils.h"

#include <stdlib.h>
#include <string.h>

/* See test-pdf-utils.h. */

static gboolean
parse_box (const char *line,
           const char *name,
           double     *box)
{
  const char *p = strstr (line, name);
  char       *end;

  if (p == NULL)
    return FALSE;
  p += strlen (name);
  for (guint i = 0; i < 4; i++)
    {
      box[i] = g_ascii_strtod (p, &end);
      if (end == p)
        return FALSE;
      p = end;
    }
  return TRUE;
}

gboolean
pdf_boxes (const char *path,
           int         page,
           PdfBoxes   *out)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autofree char *output = NULL;
  g_auto (GStrv) lines = NULL;
  const char *argv[] = { pdfinfo, "-box", "-f", number, "-l", number, path, NULL };
  int         status = 0;
  guint       found = 0;

  if (pdfinfo == NULL)
    return FALSE;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &output, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      found += parse_box (lines[i], "MediaBox:", out->media);
      found += parse_box (lines[i], "TrimBox:", out->trim);
      found += parse_box (lines[i], "BleedBox:", out->bleed);
    }
  g_assert_cmpuint (found, ==, 3);
  return TRUE;
}

gboolean
pdf_qpdf_check (const char *path,
                gboolean   *out_ok)
{
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  const char      *argv[] = { qpdf, "--check", path, NULL };
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (qpdf == NULL)
    return FALSE;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, NULL));
  /* 0: fine; 3: warnings only (cairo 1.16 repeats an image in a page's resources) */
  *out_ok = g_spawn_check_wait_status (status, &error) ||
            g_error_matches (error, G_SPAWN_EXIT_ERROR, 3);
  return TRUE;
}

/* Poppler 22.12 gives the text of structure elements as UTF-8 read once more as
 * PDFDocEncoding ("Město" comes as "MÄłsto"); the byte 0xAD, undefined there, comes as
 * U+FFFD. Undoes it when that gives UTF-8, so that the tests compare real text. */
static char *
fix_poppler_text (const char *text)
{
  static const gunichar high[] = {
    0x2022,
    0x2020,
    0x2021,
    0x2026,
    0x2014,
    0x2013,
    0x0192,
    0x2044,
    0x2039,
    0x203A,
    0x2212,
    0x2030,
    0x201E,
    0x201C,
    0x201D,
    0x2018,
    0x2019,
    0x201A,
    0x2122,
    0xFB01,
    0xFB02,
    0x0141,
    0x0152,
    0x0160,
    0x0178,
    0x017D,
    0x0131,
    0x0142,
    0x0153,
    0x0161,
    0x017E,
    0xFFFD,
    0x20AC,
  };
  GString *bytes = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint    b = G_MAXUINT;

      if (c < 0x80 || (c > 0xA0 && c <= 0xFF))
        b = c;
      else if (c == 0xFFFD)
        b = 0xAD;
      for (guint i = 0; b == G_MAXUINT && i < G_N_ELEMENTS (high); i++)
        if (high[i] == c)
          b = 0x80 + i;
      if (b == G_MAXUINT)
        {
          g_string_free (bytes, TRUE);
          return g_strdup (text);
        }
      g_string_append_c (bytes, (char) b);
    }
  if (!g_utf8_validate (bytes->str, bytes->len, NULL))
    {
      g_string_free (bytes, TRUE);
      return g_strdup (text);
    }
  return g_string_free (bytes, FALSE);
}

static void
element_free (gpointer data)
{
  PdfElement *e = data;

  g_free (e->text);
  g_free (e->alt);
  g_free (e);
}

static void
walk (PopplerStructureElementIter *iter,
      int                          depth,
      GPtrArray                   *out)
{
  do
    {
      PopplerStructureElement     *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementKind  kind = poppler_structure_element_get_kind (element);
      PopplerStructureElementIter *child;
      PdfElement                  *e;
      char                        *text;

      if (kind == POPPLER_STRUCTURE_ELEMENT_CONTENT ||
          kind == POPPLER_STRUCTURE_ELEMENT_OBJECT_REFERENCE)
        {
          g_object_unref (element);
          continue;
        }
      text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);
      e = g_new0 (PdfElement, 1);
      e->kind = kind;
      e->text = fix_poppler_text (text != NULL ? text : "");
      e->alt = poppler_structure_element_get_alt_text (element);
      e->depth = depth;
      g_ptr_array_add (out, e);
      g_free (text);
      g_object_unref (element);
      child = poppler_structure_element_iter_get_child (iter);
      if (child != NULL)
        {
          walk (child, depth + 1, out);
          poppler_structure_element_iter_free (child);
        }
    }
  while (poppler_structure_element_iter_next (iter));
}

GPtrArray *
pdf_structure (PopplerDocument *doc)
{
  PopplerStructureElementIter *iter = poppler_structure_element_iter_new (doc);
  GPtrArray                   *out;

  if (iter == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func (element_free);
  walk (iter, 0, out);
  poppler_structure_element_iter_free (iter);
  return out;
}

int
pdf_structure_find (GPtrArray                  *elements,
                    PopplerStructureElementKind kind,
                    const char                 *text,
                    int                         from)
{
  for (guint i = MAX (from, 0); i < elements->len; i++)
    {
      const PdfElement *e = g_ptr_array_index (elements, i);

      if (e->kind == kind && (text == NULL || strstr (e->text, text) != NULL))
        return (int) i;
    }
  return -1;
}

guint32
pdf_pixel (PopplerPage *page,
           double       x,
           double       y)
{
  const double     scale = 2.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t         *cr = cairo_create (surface);
  guint32          pixel;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -x + 0.25, -y + 0.25);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) (gpointer) cairo_image_surface_get_data (surface) & 0xffffff;
  cairo_surface_destroy (surface);
  return pixel;
}

static int
channel (guint32 pixel,
         int     shift)
{
  return (pixel >> shift) & 0xff;
}

gboolean
pixel_is_dark (guint32 pixel)
{
  return channel (pixel, 16) < 110 && channel (pixel, 8) < 110 && channel (pixel, 0) < 110;
}

gboolean
pixel_is_white (guint32 pixel)
{
  return channel (pixel, 16) > 245 && channel (pixel, 8) > 245 && channel (pixel, 0) > 245;
}

gboolean
pixel_is_near (guint32 pixel,
               guint32 rgb)
{
  return abs (channel (pixel, 16) - channel (rgb, 16)) < 24 &&
         abs (channel (pixel, 8) - channel (rgb, 8)) < 24 &&
         abs (channel (pixel, 0) - channel (rgb, 0)) < 24;
}

void
pdf_font_sizes (PopplerPage      *page,
                PopplerRectangle *area,
                double           *out_min,
                double           *out_max)
{
  g_autofree char  *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint             n_rects = 0;
  GList            *attributes = poppler_page_get_text_attributes (page);
  glong             n_chars = g_utf8_strlen (text, -1);

  *out_min = G_MAXDOUBLE;
  *out_max = 0;
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      const PopplerTextAttributes *a = l->data;

      for (int c = a->start_index; c <= a->end_index && c < (int) n_rects && c < n_chars; c++)
        {
          const PopplerRectangle *r = &rects[c];
          double                  cx = (r->x1 + r->x2) / 2, cy = (r->y1 + r->y2) / 2;
          gunichar                ch = g_utf8_get_char (g_utf8_offset_to_pointer (text, c));

          if (g_unichar_isspace (ch))
            continue;
          if (area != NULL && (cx < area->x1 || cx > area->x2 || cy < area->y1 || cy > area->y2))
            continue;
          *out_min = MIN (*out_min, a->font_size);
          *out_max = MAX (*out_max, a->font_size);
        }
    }
  poppler_page_free_text_attributes (attributes);
  g_free (rects);
}

guint
pdf_text_overlaps (PopplerPage *page)
{
  g_autofree char  *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint             n = 0, overlaps = 0;
  g_autoptr (GArray) ink = g_array_new (FALSE, FALSE, sizeof (PopplerRectangle));
  const char *p = text;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
  for (guint i = 0; i < n && *p != '\0'; i++, p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && rects[i].x2 - rects[i].x1 > 0.1)
      g_array_append_val (ink, rects[i]);
  for (guint i = 0; i < ink->len; i++)
    for (guint j = i + 1; j < ink->len; j++)
      {
        const PopplerRectangle *a = &g_array_index (ink, PopplerRectangle, i);
        const PopplerRectangle *b = &g_array_index (ink, PopplerRectangle, j);
        double                  w = MIN (a->x2, b->x2) - MAX (a->x1, b->x1);
        double                  h = MIN (a->y2, b->y2) - MAX (a->y1, b->y1);
        double                  dy = ((a->y1 + a->y2) - (b->y1 + b->y2)) / 2;

        /* letters of one line may touch; the boxes of two lines may too, where the leading
         * is tight, but not by a quarter of their height */
        if (w > 0.5 && h > 0.25 * MIN (a->y2 - a->y1, b->y2 - b->y1) && (dy > 2 || dy < -2))
          overlaps++;
      }
  g_free (rects);
  return overlaps;
}

PopplerDocument *
pdf_open (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return doc;
}
