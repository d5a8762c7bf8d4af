/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the chart painters only (kp-chart-*.c): the frame every chart shares (title,
 * subtitle, plot area) and small drawing helpers. */

#include <pango/pangocairo.h>

#include "kp-chart.h"

G_BEGIN_DECLS

#define KP_CHART_TEXT   0x1f1f1f
#define KP_CHART_MUTED  0x5f6368
#define KP_CHART_GRID   0xdadce0
#define KP_CHART_FAMILY "Sans"

/* The area left for the plot once the title and subtitle are drawn, and the size of the
 * body text, which scales with the chart. */
typedef struct
{
  double x, y, width, height;
  double font; /* body text size in user units */
} KpChartFrame;

void kp_chart_set_rgb (cairo_t *cr,
                       guint32  rgb);
/* Draws the white background, title and subtitle; fills @frame. */
void kp_chart_draw_frame (const KpChart *chart,
                          cairo_t       *cr,
                          double         width,
                          double         height,
                          KpChartFrame  *frame);
/* A layout of @text (plain text) at @size, @bold; the caller unrefs it. */
PangoLayout *kp_chart_layout (cairo_t    *cr,
                              const char *text,
                              double      size,
                              gboolean    bold);
/* Draws @text with its top-left (@align 0), top-centre (0.5) or top-right (1) at @x, @y,
 * cut with "…" to @max_width when it is positive; returns its height. */
double kp_chart_text (cairo_t    *cr,
                      const char *text,
                      double      x,
                      double      y,
                      double      size,
                      gboolean    bold,
                      guint32     rgb,
                      double      align,
                      double      max_width);
double kp_chart_text_width (cairo_t    *cr,
                            const char *text,
                            double      size,
                            gboolean    bold);
/* The legend of the tones, "● better ● similar ● worse" then @comparison, at @x, @y;
 * returns its width. */
double kp_chart_draw_tone_legend (cairo_t    *cr,
                                  double      x,
                                  double      y,
                                  double      font,
                                  const char *comparison);
/* @chart's text for nothing to draw. */
const char *kp_chart_empty_text (const KpChart *chart);
/* A step of 1, 2 or 5 × 10^n that splits @span into about @n intervals. */
double kp_chart_nice_step (double span,
                           int    n);

/* kp-chart-pyramid.c, kp-chart-bars.c, kp-chart-spine.c */
void kp_chart_draw_pyramid (const KpChart *chart,
                            cairo_t       *cr,
                            KpChartFrame  *frame);
void kp_chart_draw_bars (const KpChart *chart,
                         cairo_t       *cr,
                         KpChartFrame  *frame);
void kp_chart_draw_spine (const KpChart *chart,
                          cairo_t       *cr,
                          KpChartFrame  *frame);

G_END_DECLS
