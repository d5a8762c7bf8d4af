/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-map-painter.h"
#include "kp-map-painter-private.h"

#include <math.h>

/* Where the map goes among what is drawn over it. The legend (top right), the scale bar
 * (bottom left) and the source line (bottom right) are fixed to the view; fitting the map
 * leaves them room, so they never cover an obec of the territory. The view is then moved,
 * as far as the territory allows, to show the surroundings rather than blank strips
 * beyond the data. */

#define OVERLAY_MARGIN 12.0
#define OVERLAY_GAP    10.0
#define SOURCE_PAD     3.0

static PangoLayout *
source_layout (KpMapPainter *self,
               cairo_t      *cr,
               double        max_width)
{
  PangoLayout          *layout = kp_map_painter_new_layout (self, cr);
  PangoFontDescription *desc = pango_font_description_copy (self->font);
  int                   size = pango_font_description_get_size (desc);

  /* A size smaller than the names of the obce, but never below 6 pt in print. */
  pango_font_description_set_size (desc, MAX (size * 7 / 8, 6 * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, self->snapshot->source, -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_width (layout, (int) (MAX (max_width, 40.0) * PANGO_SCALE));
  return layout;
}

static gboolean
has_source (KpMapPainter    *self,
            const KpMapView *view)
{
  return (view->flags & KP_MAP_DRAW_SOURCE) && self->snapshot->source != NULL &&
         self->snapshot->source[0] != '\0';
}

/**
 * kp_map_painter_draw_source:
 * @paint: %FALSE only computes @out_box
 *
 * The snapshot's source in the bottom right corner of @view, on a light ground, wrapped
 * to at most half the view's width. Nothing is drawn without a source or without
 * %KP_MAP_DRAW_SOURCE.
 *
 * Returns: whether there is a source line; then @out_box is its box
 */
gboolean
kp_map_painter_draw_source (KpMapPainter    *self,
                            cairo_t         *cr,
                            const KpMapView *view,
                            gboolean         paint,
                            KpMapBox        *out_box)
{
  PangoLayout   *layout;
  PangoRectangle ink, logical;
  double         x, y, w, h;

  if (!has_source (self, view))
    return FALSE;
  layout = source_layout (self, cr, MAX (view->width / 2.0, view->width - 260.0));
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  w = logical.width;
  h = logical.height;
  x = view->width - OVERLAY_MARGIN - w;
  y = view->height - OVERLAY_MARGIN + 4.0 - h;
  *out_box = (KpMapBox){ x - SOURCE_PAD, y - SOURCE_PAD, x + w + SOURCE_PAD, y + h + SOURCE_PAD };
  if (paint)
    {
      cairo_save (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
      cairo_rectangle (cr, out_box->min_x, out_box->min_y, out_box->max_x - out_box->min_x,
                       out_box->max_y - out_box->min_y);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      cairo_move_to (cr, x - logical.x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  g_object_unref (layout);
  return TRUE;
}

/* The height of the band the scale bar and the source line take at the bottom. */
static double
bottom_band (KpMapPainter    *self,
             cairo_t         *cr,
             const KpMapView *view)
{
  double   band = 0.0;
  KpMapBox box;

  if (view->flags & KP_MAP_DRAW_SCALE_BAR)
    {
      kp_map_painter_draw_scale_bar (self, cr, view, FALSE, &box);
      band = MAX (band, view->height - box.min_y);
    }
  if (kp_map_painter_draw_source (self, cr, view, FALSE, &box))
    band = MAX (band, view->height - box.min_y);
  return band;
}

typedef struct
{
  double x0, y0, x1, y1; /* device units */
} Rect;

static double
fit_scale (const Rect     *r,
           const KpMapBox *b)
{
  return MIN (MAX (r->x1 - r->x0, 1.0) / MAX (b->max_x - b->min_x, 1.0),
              MAX (r->y1 - r->y0, 1.0) / MAX (b->max_y - b->min_y, 1.0));
}

/* The box of what surrounds the territory: the areas drawn under it (neighbours). */
static void
context_box (KpMapPainter *self,
             KpMapBox     *box)
{
  *box = self->bounds;
  for (guint l = 0; l < self->snapshot->layers->len; l++)
    {
      KpMapLayer *layer = g_ptr_array_index (self->snapshot->layers, l);

      if (layer->kind != KP_MAP_LAYER_AREAS || layer->placement != KP_MAP_LAYER_BELOW)
        continue;
      for (guint p = 0; p < layer->parts->len; p++)
        {
          const KpMapBox *b = &self->layer_part_boxes[l][p];

          box->min_x = MIN (box->min_x, b->min_x);
          box->min_y = MIN (box->min_y, b->min_y);
          box->max_x = MAX (box->max_x, b->max_x);
          box->max_y = MAX (box->max_y, b->max_y);
        }
    }
}

/* Moves @centre within [@lo, @hi] (where the territory stays in its place) towards the
 * range [@want_lo, @want_hi] (where the view shows no blank strip). */
static double
settle (double centre,
        double lo,
        double hi,
        double want_lo,
        double want_hi)
{
  double target = want_lo <= want_hi ? CLAMP (centre, want_lo, want_hi) : (want_lo + want_hi) / 2.0;

  return lo <= hi ? CLAMP (target, lo, hi) : centre;
}

/**
 * kp_map_painter_fit:
 * @view: (inout): its flags say which overlays are drawn; the rest is set
 * @width: the view's size, device units
 * @margin: free space around the territory, device units
 *
 * Fits the territory into @width × @height beside its overlays: the legend's column on
 * the right or its band at the top, whichever gives the larger map, and above the band of
 * the scale bar and the source. The view is then moved, within what keeps the territory
 * in that place, so that it shows the surroundings rather than blank strips beyond them.
 */
void
kp_map_painter_fit (KpMapPainter *self,
                    KpMapView    *view,
                    double        width,
                    double        height,
                    double        margin)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  KpMapBox         t = self->bounds, k;
  double           lw = 0, lh = 0, band, s, rcx, rcy;
  Rect             beside, below;
  const Rect      *r;

  g_return_if_fail (KP_IS_MAP_PAINTER (self));
  g_return_if_fail (view != NULL);
  view->width = width;
  view->height = height;
  if (!isfinite (t.min_x))
    {
      view->centre_x = view->centre_y = 0.0;
      view->scale = 1.0;
      return;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  if ((view->flags & KP_MAP_DRAW_LEGEND) && self->snapshot->classes.n_classes > 0)
    kp_map_painter_measure_legend (self, cr, &lw, &lh);
  band = bottom_band (self, cr, view);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  beside = (Rect){ margin, margin, width - margin - (lw > 0 ? lw + OVERLAY_MARGIN : 0),
                   height - MAX (margin, band + 2.0) };
  below = (Rect){ margin, MAX (margin, lh > 0 ? lh + OVERLAY_MARGIN + 2.0 : 0), width - margin,
                  height - MAX (margin, band + 2.0) };
  r = fit_scale (&beside, &t) >= fit_scale (&below, &t) ? &beside : &below;
  s = fit_scale (r, &t);
  view->scale = s;
  /* The territory's centre at the centre of its rectangle. */
  rcx = (r->x0 + r->x1) / 2.0;
  rcy = (r->y0 + r->y1) / 2.0;
  view->centre_x = (t.min_x + t.max_x) / 2.0 - (rcx - width / 2.0) / s;
  view->centre_y = (t.min_y + t.max_y) / 2.0 + (rcy - height / 2.0) / s;

  context_box (self, &k);
  view->centre_x = settle (view->centre_x, t.max_x - (r->x1 - width / 2.0) / s,
                           t.min_x + (width / 2.0 - r->x0) / s, k.min_x + width / 2.0 / s,
                           k.max_x - width / 2.0 / s);
  view->centre_y = settle (view->centre_y, t.max_y - (height / 2.0 - r->y0) / s,
                           t.min_y + (r->y1 - height / 2.0) / s, k.min_y + height / 2.0 / s,
                           k.max_y - height / 2.0 / s);
}
