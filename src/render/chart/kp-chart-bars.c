/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-chart-private.h"
#include "kp-czech.h"

#include <math.h>

/* Horizontal bars, one a row in the caller's order: the label left, the bar coloured by how
 * it compares, its value after it, a benchmark as a tick across it, and the reference
 * (the territory's value) as a dashed line over all of them. */

/* Labels shrink with the rows down to this size (user units); thinner rows label every
 * n-th bar only. */
#define MIN_LABEL_FONT 6.5

static double
bar_scale_max (const KpChart *chart)
{
  double max = 0.0;

  for (guint i = 0; i < chart->bars->len; i++)
    {
      const KpChartBar *bar = g_ptr_array_index (chart->bars, i);

      if (isfinite (bar->value))
        max = MAX (max, bar->value);
      if (isfinite (bar->marker))
        max = MAX (max, bar->marker);
    }
  if (isfinite (chart->reference))
    max = MAX (max, chart->reference);
  return max;
}

void
kp_chart_draw_bars (const KpChart *chart,
                    cairo_t       *cr,
                    KpChartFrame  *frame)
{
  guint  n = chart->bars->len;
  double font = frame->font;
  double label_width = 0.0, value_width = 0.0, max, step, row, plot_x, plot_width, top, bottom;
  double label_font;
  guint  label_every;

  if (n == 0)
    {
      kp_chart_text (cr, kp_chart_empty_text (chart), frame->x, frame->y, font, FALSE,
                     KP_CHART_MUTED, 0.0, frame->width);
      return;
    }
  top = frame->y + (chart->reference_label != NULL ? font * 1.6 : 0.0);
  bottom = frame->y + frame->height - font * (chart->unit != NULL || chart->tone_legend != NULL ? 2.9 : 1.8);
  row = (bottom - top) / n;
  label_every = row * 0.82 >= MIN_LABEL_FONT ? 1 : (guint) ceil (MIN_LABEL_FONT / (row * 0.82));
  label_font = MIN (font * 0.9, label_every * row * 0.82);
  for (guint i = 0; i < n; i++)
    {
      const KpChartBar *bar = g_ptr_array_index (chart->bars, i);

      label_width = MAX (label_width, kp_chart_text_width (cr, bar->label, label_font, FALSE));
      if (bar->value_text != NULL)
        value_width = MAX (value_width, kp_chart_text_width (cr, bar->value_text, label_font, FALSE));
    }
  label_width = MIN (label_width + font * 0.6, frame->width * 0.4);
  plot_x = frame->x + label_width;
  plot_width = MAX (frame->width - label_width - value_width - font * 0.8, 10.0);
  max = bar_scale_max (chart);
  step = kp_chart_nice_step (max, 5);
  max = MAX (ceil (max / step) * step, step);

  /* Grid and axis labels. */
  cairo_set_line_width (cr, 1.0);
  for (double v = 0.0; v <= max + 1e-9; v += step)
    {
      double           gx = plot_x + plot_width * v / max;
      g_autofree char *text = kp_czech_format_double (v, step < 1.0 ? (step < 0.1 ? 2 : 1) : 0);

      kp_chart_set_rgb (cr, KP_CHART_GRID);
      cairo_move_to (cr, gx, top);
      cairo_line_to (cr, gx, bottom);
      cairo_stroke (cr);
      kp_chart_text (cr, text, gx, bottom + font * 0.3, font * 0.8, FALSE, KP_CHART_MUTED, 0.5, 0);
    }
  if (chart->unit != NULL)
    kp_chart_text (cr, chart->unit, plot_x + plot_width, bottom + font * 1.4, font * 0.8, FALSE,
                   KP_CHART_MUTED, 1.0, 0);
  if (chart->tone_legend != NULL)
    kp_chart_draw_tone_legend (cr, frame->x, bottom + font * 1.4, font * 0.8, chart->tone_legend);

  for (guint i = 0; i < n; i++)
    {
      const KpChartBar *bar = g_ptr_array_index (chart->bars, i);
      double            y = top + i * row;
      double            gap = row > 4.0 ? row * 0.18 : 0.0;
      double            length = isfinite (bar->value) ? plot_width * MAX (bar->value, 0.0) / max : 0.0;

      kp_chart_set_rgb (cr, kp_chart_tone_get_rgb (bar->tone));
      cairo_rectangle (cr, plot_x, y + gap / 2, length, row - gap);
      cairo_fill (cr);
      if (isfinite (bar->marker))
        {
          double mx = plot_x + plot_width * bar->marker / max;

          kp_chart_set_rgb (cr, KP_CHART_TEXT);
          cairo_set_line_width (cr, MAX (1.5, font / 6.0));
          cairo_move_to (cr, mx, y + gap / 4);
          cairo_line_to (cr, mx, y + row - gap / 4);
          cairo_stroke (cr);
        }
      if (i % label_every != 0)
        continue;
      kp_chart_text (cr, bar->label, plot_x - font * 0.4, y + (row - label_font * 1.2) / 2,
                     label_font, FALSE, KP_CHART_TEXT, 1.0, label_width - font * 0.4);
      if (bar->value_text != NULL)
        kp_chart_text (cr, bar->value_text, plot_x + length + font * 0.3,
                       y + (row - label_font * 1.2) / 2, label_font, FALSE, KP_CHART_TEXT, 0.0, 0);
    }

  if (isfinite (chart->reference))
    {
      double rx = plot_x + plot_width * chart->reference / max;
      double dash[] = { 4.0, 3.0 };

      kp_chart_set_rgb (cr, KP_CHART_TEXT);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, rx, top - font * 0.2);
      cairo_line_to (cr, rx, bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (chart->reference_label != NULL)
        kp_chart_text (cr, chart->reference_label, rx, frame->y, font * 0.85, FALSE, KP_CHART_TEXT,
                       rx > plot_x + plot_width * 0.7 ? 1.0 : 0.5, 0);
    }
}
