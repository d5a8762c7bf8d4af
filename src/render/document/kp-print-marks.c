/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-print-marks.h"

/* Hairlines in black: every printing plate gets them. */
#define MARK_WIDTH 0.3

static void
line (cairo_t *cr,
      double   x1,
      double   y1,
      double   x2,
      double   y2)
{
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
}

void
kp_print_marks_draw (cairo_t      *cr,
                     double        x,
                     double        y,
                     double        width,
                     double        height,
                     const double *folds,
                     guint         n_folds)
{
  const double near = KP_PRINT_MARK_OFFSET;
  const double far = KP_PRINT_MARK_OFFSET + KP_PRINT_MARK_LENGTH;
  const double xs[] = { x, x + width };
  const double ys[] = { y, y + height };
  const double dashes[] = { 2.0, 1.5 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (n_folds == 0 || folds != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, MARK_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        double sx = i == 0 ? -1 : 1, sy = j == 0 ? -1 : 1;

        /* a horizontal mark level with the edge, a vertical one in line with the side */
        line (cr, xs[i] + sx * near, ys[j], xs[i] + sx * far, ys[j]);
        line (cr, xs[i], ys[j] + sy * near, xs[i], ys[j] + sy * far);
      }
  cairo_stroke (cr);

  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  for (guint f = 0; f < n_folds; f++)
    {
      line (cr, x + folds[f], y - near, x + folds[f], y - far);
      line (cr, x + folds[f], y + height + near, x + folds[f], y + height + far);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}
