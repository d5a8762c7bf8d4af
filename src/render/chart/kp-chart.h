/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Charts of the needs analysis, drawn with Cairo and Pango on any cairo_t from a plain
 * snapshot (src/snapshot/kp-needs-chart-builder.c builds them): the view draws them in a
 * widget, komplan-cli and the plan documents into PNG, SVG or PDF. Every text is the
 * caller's, translated; it is drawn as text, never parsed as markup.
 *
 *   pyramid  the population by sex and five-year band as bars (per cent of the total, men
 *            left, women right) with the comparison area's shape as an outline;
 *   bars     labelled horizontal bars, sorted by the caller, each coloured by how it
 *            compares, with a reference line (the territory's value) and markers
 *            (benchmarks);
 *   spine    Fingertips' spine chart: per indicator the range over all ORP (minimum to
 *            maximum, the middle half darker), the median, ČR's mark and the area's point
 *            coloured by how it compares. */

/**
 * KpChartTone:
 * @KP_CHART_TONE_NEUTRAL: not compared
 * @KP_CHART_TONE_BETTER: better than the comparator (green)
 * @KP_CHART_TONE_SIMILAR: similar (amber)
 * @KP_CHART_TONE_WORSE: worse (red)
 */
typedef enum
{
  KP_CHART_TONE_NEUTRAL,
  KP_CHART_TONE_BETTER,
  KP_CHART_TONE_SIMILAR,
  KP_CHART_TONE_WORSE,
} KpChartTone;

typedef enum
{
  KP_CHART_PYRAMID,
  KP_CHART_BARS,
  KP_CHART_SPINE,
} KpChartKind;

#define KP_CHART_PYRAMID_BANDS 18

/**
 * KpChartBar:
 * @label: what the bar is ("Lesná", "domovy pro seniory (lůžka)")
 * @value: its length in the chart's unit; NAN draws no bar
 * @value_text: the value as shown, after the bar
 * @tone: its colour
 * @marker: a benchmark drawn as a tick across the bar, NAN for none
 */
typedef struct
{
  char       *label;
  double      value;
  char       *value_text;
  KpChartTone tone;
  double      marker;
} KpChartBar;

/**
 * KpChartSpineRow:
 * @label: the indicator
 * @value_text: the area's value as shown
 * @min, @q1, @median, @q3, @max: the range; min > max (NAN) when there is none
 * @reference: ČR's value, NAN when unknown
 * @value: the area's value, NAN when it has none
 * @tone: how it compares
 * @marker: a benchmark, NAN for none
 */
typedef struct
{
  char       *label;
  char       *value_text;
  double      min, q1, median, q3, max;
  double      reference;
  double      value;
  KpChartTone tone;
  double      marker;
} KpChartSpineRow;

/**
 * KpChart:
 * @kind: what is drawn
 * @title: the chart's heading
 * @subtitle: (nullable): source and date
 * @unit: (nullable): the unit of the value axis ("%", "na 1 000 obyvatel 65+")
 * @bars: (element-type KpChartBar): for BARS
 * @reference: for BARS, a vertical line at this value (the territory), NAN for none
 * @reference_label: (nullable): its label
 * @spine: (element-type KpChartSpineRow): for SPINE
 * @spine_reference_label: (nullable): the label of the reference mark ("ČR")
 * @bands: for PYRAMID, inhabitants by band: [0] men, [1] women, band 0–4 first
 * @outline: for PYRAMID, the comparison area's inhabitants the same way
 * @has_outline: whether @outline is given
 * @band_labels: the bands' labels ("0–4" … "85+")
 * @series_labels: "Muži", "Ženy", and the outline's label ("ČR")
 * @empty_text: (nullable): what a chart with nothing to draw says instead
 * @tone_legend: (nullable): for BARS, what the colours compare with ("than the
 *   territory"); the legend of better, similar and worse is drawn when it is set
 */
typedef struct
{
  KpChartKind kind;
  char       *title;
  char       *subtitle;
  char       *unit;
  GPtrArray  *bars;
  double      reference;
  char       *reference_label;
  GPtrArray  *spine;
  char       *spine_reference_label;
  gint64      bands[2][KP_CHART_PYRAMID_BANDS];
  gint64      outline[2][KP_CHART_PYRAMID_BANDS];
  gboolean    has_outline;
  char       *band_labels[KP_CHART_PYRAMID_BANDS];
  char       *series_labels[3];
  char       *empty_text;
  char       *tone_legend;
} KpChart;

KpChart *kp_chart_new (KpChartKind kind,
                       const char *title,
                       const char *subtitle);
void     kp_chart_free (KpChart *chart);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpChart, kp_chart_free)

/* Appends a bar / a spine row; the strings are copied. */
KpChartBar      *kp_chart_add_bar (KpChart    *chart,
                                   const char *label,
                                   double      value,
                                   const char *value_text,
                                   KpChartTone tone);
KpChartSpineRow *kp_chart_add_spine_row (KpChart    *chart,
                                         const char *label,
                                         const char *value_text);

/* Draws @chart in the rectangle 0, 0, @width, @height of @cr (user units: pixels or
 * points), on white. */
void kp_chart_draw (const KpChart *chart,
                    cairo_t       *cr,
                    double         width,
                    double         height);
/* One spine row alone, without texts, for a cell of a table. */
void kp_chart_draw_spine_row (const KpChartSpineRow *row,
                              cairo_t               *cr,
                              double                 x,
                              double                 y,
                              double                 width,
                              double                 height);
/* The colour of a tone, 0xRRGGBB. */
guint32 kp_chart_tone_get_rgb (KpChartTone tone);

typedef enum
{
  KP_CHART_FORMAT_PNG,
  KP_CHART_FORMAT_SVG,
  KP_CHART_FORMAT_PDF,
} KpChartFormat;

/* Writes @path + ".part" and renames it over @path when complete. */
gboolean kp_chart_export (const KpChart *chart,
                          KpChartFormat  format,
                          const char    *path,
                          double         width,
                          double         height,
                          GError       **error);

G_END_DECLS
