/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-painter.h"
#include "kp-map-painter-private.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>

/* KpMapPainter's outputs beyond a plain draw: the rendering kept for panning (moved by
 * whole pixels, only the exposed strips drawn anew) and exports to PNG, SVG and PDF. */

/* Moves the kept rendering by a whole number of pixels and draws only the strips that
 * came into view. FALSE when the kept rendering does not fit the new view. */
static gboolean
scroll_cache (KpMapPainter    *self,
              const KpMapView *view)
{
  const KpMapView      *old = &self->cache_view;
  double                fx = (old->centre_x - view->centre_x) * view->scale;
  double                fy = (view->centre_y - old->centre_y) * view->scale;
  int                   dx = (int) lround (fx), dy = (int) lround (fy);
  int                   w = (int) view->width, h = (int) view->height;
  cairo_rectangle_int_t strips[2];
  guint                 n_strips = 0;
  cairo_surface_t      *previous;
  cairo_t              *cr;

  if (self->cache == NULL || old->scale != view->scale || old->width != view->width ||
      old->height != view->height || old->flags != view->flags || fabs (fx - dx) > 1e-3 ||
      fabs (fy - dy) > 1e-3 || abs (dx) >= w || abs (dy) >= h)
    return FALSE;

  if (self->spare == NULL)
    self->spare = cairo_surface_create_similar_image (self->cache, CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (self->spare);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, self->cache, dx, dy);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  if (dx != 0)
    strips[n_strips++] = (cairo_rectangle_int_t){ dx > 0 ? 0 : w + dx, 0, abs (dx), h };
  if (dy != 0)
    strips[n_strips++] = (cairo_rectangle_int_t){ 0, dy > 0 ? 0 : h + dy, w, abs (dy) };
  for (guint i = 0; i < n_strips; i++)
    {
      KpMapBox visible;
      double   x0, y0, x1, y1;

      kp_map_view_to_map (view, strips[i].x - 4.0, strips[i].y + strips[i].height + 4.0, &x0, &y0);
      kp_map_view_to_map (view, strips[i].x + strips[i].width + 4.0, strips[i].y - 4.0, &x1, &y1);
      visible = (KpMapBox){ x0, y0, x1, y1 };
      cairo_save (cr);
      cairo_rectangle (cr, strips[i].x, strips[i].y, strips[i].width, strips[i].height);
      cairo_clip (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_rgba (cr, 0, 0, 0, 0);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      kp_map_painter_draw_base (self, cr, view, &visible);
      cairo_restore (cr);
    }
  cairo_destroy (cr);

  previous = self->cache;
  self->cache = self->spare;
  self->spare = previous;
  self->cache_view = *view;
  return TRUE;
}

/**
 * kp_map_painter_draw_cached:
 *
 * Like kp_map_painter_draw(), for a widget: keeps the rendering, and when only the
 * centre moved by whole pixels (panning), moves it and draws only the newly exposed
 * strips. Labels come with the moved rendering and are placed anew by the next full
 * draw: call kp_map_painter_invalidate() when panning ends.
 */
void
kp_map_painter_draw_cached (KpMapPainter    *self,
                            cairo_t         *cr,
                            const KpMapView *view)
{
  KpMapBox boxes[KP_MAP_N_OVERLAYS];

  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (view != NULL && view->scale > 0.0 && view->width >= 1 && view->height >= 1);

  /* New classes make the kept rendering stale, even when the view did not move. */
  if (kp_map_painter_sync_classes (self))
    kp_map_painter_invalidate (self);
  if (!scroll_cache (self, view))
    {
      cairo_t *cache_cr;

      kp_map_painter_invalidate (self);
      self->cache = cairo_surface_create_similar_image (cairo_get_target (cr), CAIRO_FORMAT_ARGB32,
                                                        (int) view->width, (int) view->height);
      cache_cr = cairo_create (self->cache);
      kp_map_painter_draw_full (self, cache_cr, view, FALSE);
      cairo_destroy (cache_cr);
      self->cache_view = *view;
    }
  cairo_save (cr);
  cairo_set_source_surface (cr, self->cache, 0, 0);
  cairo_paint (cr);
  kp_map_painter_draw_overlays (self, cr, view, TRUE, boxes);
  cairo_restore (cr);
}

static gboolean
check_status (cairo_status_t status,
              const char    *path,
              GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _ ("Could not write the map to “%s”: %s"),
               path, cairo_status_to_string (status));
  return FALSE;
}

/**
 * kp_map_painter_export:
 * @view: size in pixels (PNG) or points (SVG, PDF), with what to draw
 *
 * Writes the map to @path + ".part", then renames it to @path, so a failed export never
 * leaves a half-written file under the real name.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_map_painter_export (KpMapPainter     *self,
                       const KpMapView  *view,
                       KpMapExportFormat format,
                       const char       *path,
                       GError          **error)
{
  g_autofree char *part = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;

  g_return_val_if_fail (KP_IS_MAP_PAINTER (self), FALSE);
  g_return_val_if_fail (view != NULL && view->scale > 0.0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  part = g_strconcat (path, ".part", NULL);
  switch (format)
    {
    case KP_MAP_EXPORT_SVG:
      surface = cairo_svg_surface_create (part, view->width, view->height);
      break;
    case KP_MAP_EXPORT_PDF:
      surface = cairo_pdf_surface_create (part, view->width, view->height);
      break;
    case KP_MAP_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (view->width),
                                            (int) ceil (view->height));
      break;
    }
  cr = cairo_create (surface);
  kp_map_painter_draw (self, cr, view);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == KP_MAP_EXPORT_PNG)
    status = cairo_surface_write_to_png (surface, part);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_status (status, path, error))
    {
      g_remove (part);
      return FALSE;
    }
  if (g_rename (part, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Could not write the map to “%s”: %s"), path, g_strerror (saved));
      g_remove (part);
      return FALSE;
    }
  return TRUE;
}
