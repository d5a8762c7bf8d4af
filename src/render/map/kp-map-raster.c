/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-painter-private.h"

#include <math.h>
#include <string.h>

/* Antialiased hairlines written straight into an image surface.
 *
 * Cairo 1.16 strokes by building the outline polygon of the whole path and scan-
 * converting it; for the ~19 000 borders of the country (and the ~73 000 points of the
 * ORP outlines) that alone takes over 100 ms here. Borders of a map are hairlines (at most
 * about a pixel wide), and for those Xiaolin Wu's algorithm gives the same look: every
 * column (or row) a segment crosses gets two pixels weighted by the distance to the line,
 * scaled for the segment's slope so diagonals are as dark as straight lines, and by the
 * line width below one pixel. Each segment covers the half-open range of columns
 * [ceil(start), ceil(end)), so joints are not painted twice.
 *
 * Only used when the target is an ARGB32/RGB24 image surface, the transformation is a
 * translation and the clip is one rectangle; otherwise the painter strokes with cairo
 * (PDF, SVG, scaled or rotated contexts). */

gboolean
kp_map_raster_begin (KpMapRaster *r,
                     cairo_t     *cr)
{
  cairo_surface_t        *target = cairo_get_group_target (cr);
  cairo_matrix_t          m;
  cairo_rectangle_list_t *clips;
  double                  ox = 0, oy = 0, sx = 1, sy = 1;
  double                  x0, y0, x1, y1;
  cairo_format_t          format;

  memset (r, 0, sizeof *r);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return FALSE;
  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (m.xx != 1.0 || m.yy != 1.0 || m.xy != 0.0 || m.yx != 0.0 || sx != 1.0 || sy != 1.0)
    return FALSE;

  clips = cairo_copy_clip_rectangle_list (cr);
  if (clips->status != CAIRO_STATUS_SUCCESS || clips->num_rectangles != 1)
    {
      cairo_rectangle_list_destroy (clips);
      return FALSE;
    }
  cairo_surface_get_device_offset (target, &ox, &oy);
  r->tx = m.x0 + ox;
  r->ty = m.y0 + oy;
  x0 = clips->rectangles[0].x + r->tx;
  y0 = clips->rectangles[0].y + r->ty;
  x1 = x0 + clips->rectangles[0].width;
  y1 = y0 + clips->rectangles[0].height;
  cairo_rectangle_list_destroy (clips);

  cairo_surface_flush (target);
  r->surface = target;
  r->data = cairo_image_surface_get_data (target);
  r->stride = cairo_image_surface_get_stride (target);
  r->clip_x0 = MAX ((int) ceil (x0 - 1e-6), 0);
  r->clip_y0 = MAX ((int) ceil (y0 - 1e-6), 0);
  r->clip_x1 = MIN ((int) floor (x1 + 1e-6), cairo_image_surface_get_width (target));
  r->clip_y1 = MIN ((int) floor (y1 + 1e-6), cairo_image_surface_get_height (target));
  return r->data != NULL && r->clip_x0 < r->clip_x1 && r->clip_y0 < r->clip_y1;
}

void
kp_map_raster_end (KpMapRaster *r)
{
  if (r->surface != NULL)
    cairo_surface_mark_dirty_rectangle (r->surface, r->clip_x0, r->clip_y0,
                                        r->clip_x1 - r->clip_x0, r->clip_y1 - r->clip_y0);
  r->surface = NULL;
}

/**
 * kp_map_raster_set_colour:
 * @width: line width in pixels; below 1 it thins the line by lowering its opacity
 */
void
kp_map_raster_set_colour (KpMapRaster       *r,
                          const KpMapColour *colour,
                          double             width)
{
  r->red = CLAMP (colour->red, 0.0, 1.0) * 255.0;
  r->green = CLAMP (colour->green, 0.0, 1.0) * 255.0;
  r->blue = CLAMP (colour->blue, 0.0, 1.0) * 255.0;
  r->alpha = CLAMP (colour->alpha, 0.0, 1.0) * CLAMP (width, 0.0, 1.0);
}

static inline void
plot (const KpMapRaster *r,
      int                x,
      int                y,
      double             coverage)
{
  guint32 *pixel;
  guint32  d, a, inv;
  guint32  da, dr, dg, db;

  if (x < r->clip_x0 || x >= r->clip_x1 || y < r->clip_y0 || y >= r->clip_y1)
    return;
  a = (guint32) (MIN (coverage, 1.0) * r->alpha * 255.0 + 0.5);
  if (a == 0)
    return;
  inv = 255 - a;
  pixel = (guint32 *) (r->data + (gsize) y * r->stride) + x;
  d = *pixel;
  /* Premultiplied OVER: dst = src × a + dst × (1 − a). */
  da = a + ((d >> 24) * inv + 127) / 255;
  dr = (guint32) (r->red * a / 255.0 + 0.5) + (((d >> 16) & 0xff) * inv + 127) / 255;
  dg = (guint32) (r->green * a / 255.0 + 0.5) + (((d >> 8) & 0xff) * inv + 127) / 255;
  db = (guint32) (r->blue * a / 255.0 + 0.5) + ((d & 0xff) * inv + 127) / 255;
  *pixel = (MIN (da, 255) << 24) | (MIN (dr, 255) << 16) | (MIN (dg, 255) << 8) | MIN (db, 255);
}

/**
 * kp_map_raster_line:
 *
 * One antialiased hairline segment, in user units of the context given to
 * kp_map_raster_begin().
 */
void
kp_map_raster_line (const KpMapRaster *r,
                    double             x0,
                    double             y0,
                    double             x1,
                    double             y1)
{
  gboolean steep;
  double   gradient, weight;
  int      start, end;

  /* Pixel centres at integer coordinates. */
  x0 += r->tx - 0.5;
  y0 += r->ty - 0.5;
  x1 += r->tx - 0.5;
  y1 += r->ty - 0.5;
  steep = fabs (y1 - y0) > fabs (x1 - x0);
  if (steep)
    {
      double t;

      t = x0, x0 = y0, y0 = t;
      t = x1, x1 = y1, y1 = t;
    }
  if (x0 > x1)
    {
      double t;

      t = x0, x0 = x1, x1 = t;
      t = y0, y0 = y1, y1 = t;
    }
  if (x1 - x0 < 1e-9)
    return;
  gradient = (y1 - y0) / (x1 - x0);
  weight = sqrt (1.0 + gradient * gradient);
  start = (int) ceil (x0);
  end = (int) ceil (x1);
  /* Whole columns outside the clip are skipped before the loop. */
  if (steep)
    {
      start = MAX (start, r->clip_y0 - 1);
      end = MIN (end, r->clip_y1 + 1);
    }
  else
    {
      start = MAX (start, r->clip_x0 - 1);
      end = MIN (end, r->clip_x1 + 1);
    }
  for (int x = start; x < end; x++)
    {
      double y = y0 + gradient * (x - x0);
      double yf = floor (y);
      double f = y - yf;
      int    yi = (int) yf;

      if (steep)
        {
          plot (r, yi, x, (1.0 - f) * weight);
          plot (r, yi + 1, x, f * weight);
        }
      else
        {
          plot (r, x, yi, (1.0 - f) * weight);
          plot (r, x, yi + 1, f * weight);
        }
    }
}
