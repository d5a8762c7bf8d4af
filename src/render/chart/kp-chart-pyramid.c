/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-chart-private.h"
#include "kp-czech.h"

#include <math.h>

/* The population pyramid: each sex's bands as per cent of the whole population, men to the
 * left of the band labels and women to the right, youngest at the bottom, so that a
 * territory of any size compares with the outline of ČR's shape. */

#define MEN_RGB   0x4f7fb8
#define WOMEN_RGB 0xd27d6b

static gint64
total_of (const gint64 bands[2][KP_CHART_PYRAMID_BANDS])
{
  gint64 total = 0;

  for (int s = 0; s < 2; s++)
    for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
      total += bands[s][b];
  return total;
}

/* The outline of one side: a stepped line along the ends of its bands. */
static void
outline_side (cairo_t      *cr,
              const gint64 *bands,
              double        total,
              double        origin,
              double        direction,
              double        scale,
              double        bottom,
              double        row)
{
  cairo_move_to (cr, origin, bottom);
  for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
    {
      double x = origin + direction * scale * 100.0 * bands[b] / total;
      double y0 = bottom - b * row;

      cairo_line_to (cr, x, y0);
      cairo_line_to (cr, x, y0 - row);
    }
  cairo_line_to (cr, origin, bottom - KP_CHART_PYRAMID_BANDS * row);
}

static void
legend_item (cairo_t    *cr,
             double     *x,
             double      y,
             double      font,
             guint32     rgb,
             gboolean    line,
             const char *label)
{
  if (label == NULL)
    return;
  if (line)
    {
      kp_chart_set_rgb (cr, KP_CHART_TEXT);
      cairo_set_line_width (cr, MAX (1.5, font / 7.0));
      cairo_move_to (cr, *x, y + font * 0.6);
      cairo_line_to (cr, *x + font * 1.4, y + font * 0.6);
      cairo_stroke (cr);
    }
  else
    {
      kp_chart_set_rgb (cr, rgb);
      cairo_rectangle (cr, *x, y + font * 0.15, font * 1.4, font * 0.9);
      cairo_fill (cr);
    }
  *x += font * 1.8;
  kp_chart_text (cr, label, *x, y, font, FALSE, KP_CHART_TEXT, 0.0, 0);
  *x += kp_chart_text_width (cr, label, font, FALSE) + font * 1.5;
}

void
kp_chart_draw_pyramid (const KpChart *chart,
                       cairo_t       *cr,
                       KpChartFrame  *frame)
{
  double total = (double) total_of (chart->bands);
  double outline_total = chart->has_outline ? (double) total_of (chart->outline) : 0.0;
  double font = frame->font;
  double label_width = 0.0, half, scale, row, bottom, centre, left, right, max_share = 0.0;
  double step, legend_y, x;

  if (total <= 0.0)
    {
      kp_chart_text (cr, kp_chart_empty_text (chart), frame->x, frame->y, font, FALSE,
                     KP_CHART_MUTED, 0.0, frame->width);
      return;
    }
  for (int s = 0; s < 2; s++)
    for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
      {
        max_share = MAX (max_share, 100.0 * chart->bands[s][b] / total);
        if (outline_total > 0.0)
          max_share = MAX (max_share, 100.0 * chart->outline[s][b] / outline_total);
      }
  for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
    label_width = MAX (label_width, kp_chart_text_width (cr, chart->band_labels[b], font * 0.85, FALSE));
  label_width += font;
  step = kp_chart_nice_step (max_share, 3);
  max_share = ceil (max_share / step) * step;

  /* Rows above the axis labels and the legend. */
  legend_y = frame->y + frame->height - font * 1.3;
  bottom = legend_y - font * 2.6;
  row = (bottom - frame->y - font * 1.6) / KP_CHART_PYRAMID_BANDS;
  centre = frame->x + frame->width / 2.0;
  half = frame->width / 2.0 - label_width / 2.0;
  scale = half / max_share;
  left = centre - label_width / 2.0;
  right = centre + label_width / 2.0;

  /* Headings of the two sides. */
  kp_chart_text (cr, chart->series_labels[0], left, frame->y, font, TRUE, MEN_RGB, 1.0, 0);
  kp_chart_text (cr, chart->series_labels[1], right, frame->y, font, TRUE, WOMEN_RGB, 0.0, 0);

  /* Grid and axis. */
  cairo_set_line_width (cr, 1.0);
  for (double v = step; v <= max_share + 1e-9; v += step)
    for (int side = -1; side <= 1; side += 2)
      {
        double           gx = (side < 0 ? left - v * scale : right + v * scale);
        g_autofree char *number = kp_czech_format_double (v, step < 1.0 ? 1 : 0);
        g_autofree char *text = g_strdup_printf ("%s %%", number);

        kp_chart_set_rgb (cr, KP_CHART_GRID);
        cairo_move_to (cr, gx, bottom - KP_CHART_PYRAMID_BANDS * row);
        cairo_line_to (cr, gx, bottom);
        cairo_stroke (cr);
        kp_chart_text (cr, text, gx, bottom + font * 0.3, font * 0.8, FALSE, KP_CHART_MUTED, 0.5, 0);
      }

  for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
    {
      double y = bottom - (b + 1) * row;
      double men = scale * 100.0 * chart->bands[0][b] / total;
      double women = scale * 100.0 * chart->bands[1][b] / total;
      double gap = MIN (row * 0.12, 2.0);

      kp_chart_set_rgb (cr, MEN_RGB);
      cairo_rectangle (cr, left - men, y + gap / 2, men, row - gap);
      cairo_fill (cr);
      kp_chart_set_rgb (cr, WOMEN_RGB);
      cairo_rectangle (cr, right, y + gap / 2, women, row - gap);
      cairo_fill (cr);
      if (row >= font * 0.7)
        kp_chart_text (cr, chart->band_labels[b], centre, y + (row - font * 1.1) / 2, font * 0.85,
                       FALSE, KP_CHART_TEXT, 0.5, 0);
    }

  if (outline_total > 0.0)
    {
      kp_chart_set_rgb (cr, KP_CHART_TEXT);
      cairo_set_line_width (cr, MAX (1.5, font / 7.0));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      outline_side (cr, chart->outline[0], outline_total, left, -1.0, scale, bottom, row);
      cairo_stroke (cr);
      outline_side (cr, chart->outline[1], outline_total, right, 1.0, scale, bottom, row);
      cairo_stroke (cr);
    }

  x = frame->x;
  legend_item (cr, &x, legend_y, font * 0.9, MEN_RGB, FALSE, chart->series_labels[0]);
  legend_item (cr, &x, legend_y, font * 0.9, WOMEN_RGB, FALSE, chart->series_labels[1]);
  if (outline_total > 0.0)
    legend_item (cr, &x, legend_y, font * 0.9, KP_CHART_TEXT, TRUE, chart->series_labels[2]);
}
