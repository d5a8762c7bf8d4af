/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-pictogram.h"
#include "kp-text-layout.h"

#include <math.h>

/* Each pictogram is drawn in a unit square, scaled to its size. */

static const KpServiceForms form_order[] = {
  KP_SERVICE_FORM_RESIDENTIAL,
  KP_SERVICE_FORM_OUTPATIENT,
  KP_SERVICE_FORM_FIELD,
};

struct _KpPictograms
{
  guint32          background;
  cairo_surface_t *recordings[G_N_ELEMENTS (form_order)]; /* unit square, lazily */
};

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
polygon (cairo_t      *cr,
         const double *xy,
         guint         n)
{
  cairo_move_to (cr, xy[0], xy[1]);
  for (guint i = 1; i < n; i++)
    cairo_line_to (cr, xy[2 * i], xy[2 * i + 1]);
  cairo_close_path (cr);
}

static void
draw_house (cairo_t *cr,
            guint32  background)
{
  const double roof[] = { 0.13, 0.52, 0.50, 0.17, 0.87, 0.52 };

  cairo_rectangle (cr, 0.64, 0.22, 0.09, 0.18); /* chimney */
  polygon (cr, roof, 3);
  cairo_rectangle (cr, 0.25, 0.48, 0.50, 0.34);
  cairo_fill (cr);
  kp_text_cache_set_rgb (cr, background);
  cairo_rectangle (cr, 0.44, 0.61, 0.12, 0.21); /* door */
  cairo_fill (cr);
}

static void
draw_person_at_door (cairo_t *cr)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  cairo_set_line_width (cr, 0.065);
  cairo_rectangle (cr, 0.58, 0.19, 0.25, 0.64); /* door frame */
  cairo_stroke (cr);
  cairo_arc (cr, 0.65, 0.53, 0.035, 0, 2 * G_PI); /* knob */
  cairo_fill (cr);

  cairo_arc (cr, 0.31, 0.26, 0.08, 0, 2 * G_PI); /* head */
  cairo_fill (cr);
  cairo_set_line_width (cr, 0.095);
  cairo_move_to (cr, 0.31, 0.39); /* torso */
  cairo_line_to (cr, 0.28, 0.58);
  cairo_move_to (cr, 0.28, 0.58); /* back leg */
  cairo_line_to (cr, 0.18, 0.82);
  cairo_move_to (cr, 0.28, 0.58); /* front leg */
  cairo_line_to (cr, 0.37, 0.69);
  cairo_line_to (cr, 0.41, 0.83);
  cairo_move_to (cr, 0.30, 0.43); /* arms */
  cairo_line_to (cr, 0.19, 0.54);
  cairo_move_to (cr, 0.30, 0.43);
  cairo_line_to (cr, 0.43, 0.51);
  cairo_stroke (cr);
}

static void
draw_car (cairo_t *cr,
          guint32  background)
{
  const double cabin[] = { 0.25, 0.49, 0.34, 0.29, 0.66, 0.29, 0.77, 0.49 };
  const double window1[] = { 0.355, 0.47, 0.405, 0.345, 0.485, 0.345, 0.485, 0.47 };
  const double window2[] = { 0.525, 0.47, 0.525, 0.345, 0.625, 0.345, 0.69, 0.47 };
  const double wheels[] = { 0.31, 0.69 };

  rounded_rect (cr, 0.11, 0.47, 0.78, 0.24, 0.07);
  polygon (cr, cabin, 4);
  cairo_fill (cr);
  kp_text_cache_set_rgb (cr, background);
  polygon (cr, window1, 4);
  polygon (cr, window2, 4);
  for (guint i = 0; i < 2; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, wheels[i], 0.72, 0.125, 0, 2 * G_PI);
    }
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  for (guint i = 0; i < 2; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, wheels[i], 0.72, 0.09, 0, 2 * G_PI);
    }
  cairo_fill (cr);
  kp_text_cache_set_rgb (cr, background);
  for (guint i = 0; i < 2; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, wheels[i], 0.72, 0.035, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

/**
 * kp_pictogram_draw:
 * @form: one form
 * @x: left edge
 * @y: top edge
 * @size: width and height in points
 * @background: colour of the rounded square, 0xRRGGBB
 */
void
kp_pictogram_draw (cairo_t       *cr,
                   KpServiceForms form,
                   double         x,
                   double         y,
                   double         size,
                   guint32        background)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, size, size);
  kp_text_cache_set_rgb (cr, background);
  rounded_rect (cr, 0, 0, 1, 1, 0.18);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  switch (form)
    {
    case KP_SERVICE_FORM_RESIDENTIAL:
      draw_house (cr, background);
      break;
    case KP_SERVICE_FORM_OUTPATIENT:
      draw_person_at_door (cr);
      break;
    case KP_SERVICE_FORM_FIELD:
      draw_car (cr, background);
      break;
    case KP_SERVICE_FORM_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}

double
kp_pictogram_forms_width (KpServiceForms forms,
                          double         size,
                          double         gap)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (form_order); i++)
    if (forms & form_order[i])
      n++;
  return n > 0 ? n * size + (n - 1) * gap : 0;
}

/**
 * kp_pictogram_draw_forms:
 * @right: the right edge of the row of pictograms
 *
 * Draws the pictograms of @forms in the law's order, right-aligned.
 *
 * Returns: the width drawn
 */
double
kp_pictogram_draw_forms (cairo_t       *cr,
                         KpServiceForms forms,
                         double         right,
                         double         y,
                         double         size,
                         double         gap,
                         guint32        background)
{
  double width = kp_pictogram_forms_width (forms, size, gap);
  double x = right - width;

  for (guint i = 0; i < G_N_ELEMENTS (form_order); i++)
    if (forms & form_order[i])
      {
        kp_pictogram_draw (cr, form_order[i], x, y, size, background);
        x += size + gap;
      }
  return width;
}

/**
 * kp_pictograms_new:
 * @background: colour of the rounded squares
 *
 * Returns: (transfer full): pictograms for one document
 */
KpPictograms *
kp_pictograms_new (guint32 background)
{
  KpPictograms *pictograms = g_new0 (KpPictograms, 1);

  pictograms->background = background;
  return pictograms;
}

void
kp_pictograms_free (KpPictograms *pictograms)
{
  if (pictograms == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (pictograms->recordings); i++)
    g_clear_pointer (&pictograms->recordings[i], cairo_surface_destroy);
  g_free (pictograms);
}

/**
 * kp_pictograms_draw:
 *
 * Like kp_pictogram_draw(), from the recording of the pictogram.
 */
void
kp_pictograms_draw (KpPictograms  *pictograms,
                    cairo_t       *cr,
                    KpServiceForms form,
                    double         x,
                    double         y,
                    double         size)
{
  const cairo_rectangle_t unit = { 0, 0, 1, 1 };
  guint                   i;

  g_return_if_fail (pictograms != NULL);

  for (i = 0; i < G_N_ELEMENTS (form_order) && form_order[i] != form; i++)
    ;
  if (i == G_N_ELEMENTS (form_order))
    return;
  if (pictograms->recordings[i] == NULL)
    {
      cairo_t *rec;

      pictograms->recordings[i] = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &unit);
      rec = cairo_create (pictograms->recordings[i]);
      kp_pictogram_draw (rec, form, 0, 0, 1, pictograms->background);
      cairo_destroy (rec);
    }
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, size, size);
  cairo_set_source_surface (cr, pictograms->recordings[i], 0, 0);
  /* not cairo_paint(): see kp_document_draw_logos() */
  cairo_rectangle (cr, unit.x, unit.y, unit.width, unit.height);
  cairo_fill (cr);
  cairo_restore (cr);
}

/**
 * kp_pictograms_draw_forms:
 *
 * Like kp_pictogram_draw_forms(), from the recordings.
 *
 * Returns: the width drawn
 */
double
kp_pictograms_draw_forms (KpPictograms  *pictograms,
                          cairo_t       *cr,
                          KpServiceForms forms,
                          double         right,
                          double         y,
                          double         size,
                          double         gap)
{
  double width = kp_pictogram_forms_width (forms, size, gap);
  double x = right - width;

  for (guint i = 0; i < G_N_ELEMENTS (form_order); i++)
    if (forms & form_order[i])
      {
        kp_pictograms_draw (pictograms, cr, form_order[i], x, y, size);
        x += size + gap;
      }
  return width;
}
