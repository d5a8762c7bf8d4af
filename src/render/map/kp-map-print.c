/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-painter.h"
#include "kp-map-painter-private.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>

/* The map as a printed document: one page (A4 landscape unless asked otherwise) with the
 * territory's name as its title, the map in a frame, the legend in a column to its right,
 * the scale bar in the frame and the data sources at the foot. Everything is drawn at the
 * page's own size in points, so the names of the obce print at the painter's 8 pt and the
 * smallest text (the sources) at 7 pt (text is set at 72 dpi, where a point is a device
 * unit), never shrunk to fit a screen-sized drawing. */

#define PAGE_MARGIN   28.0 /* about 10 mm */
#define TITLE_SIZE    15
#define SUBTITLE_SIZE 10
#define SOURCE_SIZE   7
#define COLUMN_GAP    14.0
#define FRAME_PAD     8.0

static PangoLayout *
text_layout (KpMapPainter *self,
             cairo_t      *cr,
             const char   *text,
             int           size,
             gboolean      bold,
             double        width)
{
  PangoLayout          *layout = kp_map_painter_new_layout (self, cr);
  PangoFontDescription *desc = pango_font_description_copy (self->font);

  pango_font_description_set_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* Shows @layout at (@x, @y) and returns its height. */
static double
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  int height;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/**
 * kp_map_painter_draw_page:
 * @area: (nullable): the part of the map to show, fitted into the frame at the same
 *   centre; %NULL fits the whole territory
 * @width: the page's size, points
 *
 * Draws the map as a printed page on @cr (whose user units are points).
 */
void
kp_map_painter_draw_page (KpMapPainter    *self,
                          cairo_t         *cr,
                          const KpMapView *area,
                          double           width,
                          double           height)
{
  KpMapSnapshot *s;
  PangoLayout   *layout;
  double         y = PAGE_MARGIN, lw = 0, lh = 0, foot, column, frame_w, frame_h, frame_y;
  KpMapView      view = { 0 };
  double         resolution;

  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_return_if_fail (cr != NULL);
  s = self->snapshot;
  /* Points on the page are the sizes of the text. */
  resolution = self->text_resolution;
  kp_map_painter_set_text_resolution (self, 72.0);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  layout = text_layout (self, cr, s->title, TITLE_SIZE, TRUE, width - 2 * PAGE_MARGIN);
  y += show (cr, layout, PAGE_MARGIN, y) + 2.0;
  g_object_unref (layout);
  if (s->classes.title != NULL && s->classes.n_classes > 0)
    {
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      layout = text_layout (self, cr, s->classes.title, SUBTITLE_SIZE, FALSE, width - 2 * PAGE_MARGIN);
      y += show (cr, layout, PAGE_MARGIN, y);
      g_object_unref (layout);
    }
  frame_y = y + 10.0;

  /* The sources at the foot, as high as their lines need. */
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  layout = text_layout (self, cr, s->source, SOURCE_SIZE, FALSE, width - 2 * PAGE_MARGIN);
  {
    int h;

    pango_layout_get_pixel_size (layout, NULL, &h);
    foot = s->source != NULL ? h + 6.0 : 0.0;
    if (s->source != NULL)
      show (cr, layout, PAGE_MARGIN, height - PAGE_MARGIN - h);
  }
  g_object_unref (layout);

  /* The legend's column at the right of the frame. */
  if (s->classes.n_classes > 0)
    kp_map_painter_measure_legend (self, cr, &lw, &lh);
  column = lw > 0 ? lw + COLUMN_GAP : 0.0;
  frame_w = width - 2 * PAGE_MARGIN - column;
  frame_h = height - PAGE_MARGIN - foot - frame_y;
  if (lw > 0)
    kp_map_painter_draw_legend (self, cr, PAGE_MARGIN + frame_w + COLUMN_GAP, frame_y);

  /* The map in its frame, with the scale bar inside it. */
  view.flags = KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_BACKGROUND;
  if (area != NULL && area->width > 0 && area->height > 0)
    {
      view = *area;
      view.scale *= MIN (frame_w / area->width, frame_h / area->height);
      view.width = frame_w;
      view.height = frame_h;
      view.flags = KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_BACKGROUND;
    }
  else
    kp_map_painter_fit (self, &view, frame_w, frame_h, FRAME_PAD);
  cairo_save (cr);
  cairo_translate (cr, PAGE_MARGIN, frame_y);
  kp_map_painter_draw (self, cr, &view);
  cairo_rectangle (cr, 0.25, 0.25, frame_w - 0.5, frame_h - 0.5);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_restore (cr);
  kp_map_painter_set_text_resolution (self, resolution);
}

/**
 * kp_map_painter_export_page:
 * @area: (nullable): as for kp_map_painter_draw_page()
 * @width: the page's size in points; A4 landscape is 842 × 595
 *
 * Writes the map as a one-page PDF document (kp_map_painter_draw_page()) to @path +
 * ".part", then renames it to @path. The document's title is the map's.
 */
gboolean
kp_map_painter_export_page (KpMapPainter    *self,
                            const KpMapView *area,
                            double           width,
                            double           height,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *part = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;

  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  part = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (part, width, height);
  if (self->snapshot->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->snapshot->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Komplan");
  cr = cairo_create (surface);
  kp_map_painter_draw_page (self, cr, area, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS || g_rename (part, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _ ("Could not write the map to “%s”: %s"),
                   path, status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status) : g_strerror (saved));
      g_remove (part);
      return FALSE;
    }
  return TRUE;
}
