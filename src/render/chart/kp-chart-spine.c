/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-chart-private.h"

#include <math.h>

/* The spine chart (Fingertips): for each indicator a bar over its range among all ORP,
 * light from the minimum to the maximum and dark over the middle half, a white tick at the
 * median, a black line at ČR, a diamond at the benchmark and the area's point coloured by
 * how it compares. Each row has its own scale: the ranges of a share and of an index
 * cannot share one. */

#define RANGE_RGB  0xd9dde3
#define MIDDLE_RGB 0x9aa5b1

/* The extent a row's scale runs over, padded a little. With a reference (ČR) the scale is
 * centred on it, as Fingertips does, so that left and right of the line read alike; without
 * the range of all ORP it reaches at least a fifth of the reference either way, so that a
 * small difference looks small. */
static gboolean
row_extent (const KpChartSpineRow *row,
            double                *out_low,
            double                *out_high)
{
  double values[] = { row->min, row->max, row->reference, row->value, row->marker };
  double low = INFINITY, high = -INFINITY, pad;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (isfinite (values[i]))
      {
        low = MIN (low, values[i]);
        high = MAX (high, values[i]);
      }
  if (!isfinite (low))
    return FALSE;
  if (isfinite (row->reference))
    {
      double half = MAX (row->reference - low, high - row->reference);

      if (!isfinite (row->min) || !isfinite (row->max))
        half = MAX (half, fabs (row->reference) * 0.2);
      low = row->reference - half;
      high = row->reference + half;
    }
  pad = (high - low) * 0.04;
  if (pad <= 0.0)
    pad = MAX (fabs (low) * 0.1, 1.0);
  *out_low = low - pad;
  *out_high = high + pad;
  return TRUE;
}

void
kp_chart_draw_spine_row (const KpChartSpineRow *row,
                         cairo_t               *cr,
                         double                 x,
                         double                 y,
                         double                 width,
                         double                 height)
{
  double low, high, bar_height = height * 0.5, bar_y = y + (height - bar_height) / 2;
  double radius = MIN (height * 0.3, 7.0);

  g_return_if_fail (row != NULL && cr != NULL);

  if (!row_extent (row, &low, &high))
    return;
#define AT(v) (x + width * ((v) -low) / (high - low))
  cairo_save (cr);
  if (isfinite (row->min) && isfinite (row->max))
    {
      kp_chart_set_rgb (cr, RANGE_RGB);
      cairo_rectangle (cr, AT (row->min), bar_y, AT (row->max) - AT (row->min), bar_height);
      cairo_fill (cr);
      kp_chart_set_rgb (cr, MIDDLE_RGB);
      cairo_rectangle (cr, AT (row->q1), bar_y, AT (row->q3) - AT (row->q1), bar_height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, AT (row->median), bar_y);
      cairo_line_to (cr, AT (row->median), bar_y + bar_height);
      cairo_stroke (cr);
    }
  else
    {
      kp_chart_set_rgb (cr, RANGE_RGB);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, x, y + height / 2);
      cairo_line_to (cr, x + width, y + height / 2);
      cairo_stroke (cr);
    }
  if (isfinite (row->reference))
    {
      kp_chart_set_rgb (cr, KP_CHART_TEXT);
      cairo_set_line_width (cr, 2.0);
      cairo_move_to (cr, AT (row->reference), y + height * 0.12);
      cairo_line_to (cr, AT (row->reference), y + height * 0.88);
      cairo_stroke (cr);
    }
  if (isfinite (row->marker))
    {
      double mx = AT (row->marker), my = y + height / 2;

      kp_chart_set_rgb (cr, KP_CHART_TEXT);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, mx, my - radius);
      cairo_line_to (cr, mx + radius, my);
      cairo_line_to (cr, mx, my + radius);
      cairo_line_to (cr, mx - radius, my);
      cairo_close_path (cr);
      cairo_stroke (cr);
    }
  if (isfinite (row->value))
    {
      cairo_arc (cr, AT (row->value), y + height / 2, radius, 0, 2 * G_PI);
      kp_chart_set_rgb (cr, kp_chart_tone_get_rgb (row->tone));
      cairo_fill_preserve (cr);
      kp_chart_set_rgb (cr, KP_CHART_TEXT);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
#undef AT
  cairo_restore (cr);
}

static void
legend (cairo_t       *cr,
        const KpChart *chart,
        double         x,
        double         y,
        double         font)
{
  kp_chart_set_rgb (cr, RANGE_RGB);
  cairo_rectangle (cr, x, y + font * 0.2, font * 2.0, font * 0.8);
  cairo_fill (cr);
  kp_chart_set_rgb (cr, MIDDLE_RGB);
  cairo_rectangle (cr, x + font * 0.5, y + font * 0.2, font, font * 0.8);
  cairo_fill (cr);
  x += font * 2.4;
  kp_chart_text (cr, _ ("all ORP, middle half darker"), x, y, font, FALSE, KP_CHART_TEXT, 0.0, 0);
  x += kp_chart_text_width (cr, _ ("all ORP, middle half darker"), font, FALSE) + font * 1.2;
  kp_chart_set_rgb (cr, KP_CHART_TEXT);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x, y + font * 1.2);
  cairo_stroke (cr);
  x += font * 0.6;
  if (chart->spine_reference_label != NULL)
    {
      kp_chart_text (cr, chart->spine_reference_label, x, y, font, FALSE, KP_CHART_TEXT, 0.0, 0);
      x += kp_chart_text_width (cr, chart->spine_reference_label, font, FALSE) + font * 1.2;
    }
  kp_chart_draw_tone_legend (cr, x, y, font, NULL);
}

void
kp_chart_draw_spine (const KpChart *chart,
                     cairo_t       *cr,
                     KpChartFrame  *frame)
{
  guint  n = chart->spine->len;
  double font = frame->font;
  double label_width = frame->width * 0.38, value_width = 0.0, row, top, legend_y;

  if (n == 0)
    {
      kp_chart_text (cr, kp_chart_empty_text (chart), frame->x, frame->y, font, FALSE,
                     KP_CHART_MUTED, 0.0, frame->width);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const KpChartSpineRow *r = g_ptr_array_index (chart->spine, i);

      value_width = MAX (value_width, kp_chart_text_width (cr, r->value_text, font * 0.9, FALSE));
    }
  value_width += font;
  legend_y = frame->y + frame->height - font * 1.3;
  top = frame->y;
  /* A few rows stay rows, not bands across the whole chart. */
  row = MIN ((legend_y - font * 0.8 - top) / n, font * 3.0);
  for (guint i = 0; i < n; i++)
    {
      const KpChartSpineRow *r = g_ptr_array_index (chart->spine, i);
      double                 y = top + i * row;
      double                 text_font = MIN (font * 0.9, row * 0.7);

      if (i % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.97, 0.97, 0.98);
          cairo_rectangle (cr, frame->x, y, frame->width, row);
          cairo_fill (cr);
        }
      kp_chart_text (cr, r->label, frame->x, y + (row - text_font * 1.25) / 2, text_font, FALSE,
                     KP_CHART_TEXT, 0.0, label_width - font * 0.5);
      if (r->value_text != NULL)
        kp_chart_text (cr, r->value_text, frame->x + label_width + value_width - font * 0.5,
                       y + (row - text_font * 1.25) / 2, text_font, TRUE, KP_CHART_TEXT, 1.0, 0);
      kp_chart_draw_spine_row (r, cr, frame->x + label_width + value_width, y,
                               frame->width - label_width - value_width, row);
    }
  legend (cr, chart, frame->x, legend_y, font * 0.85);
}
