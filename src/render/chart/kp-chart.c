/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-chart.h"
#include "kp-chart-private.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>

/* The chart snapshot, the frame every chart shares, and export to PNG, SVG and PDF. */

static void
bar_free (KpChartBar *bar)
{
  g_free (bar->label);
  g_free (bar->value_text);
  g_free (bar);
}

static void
spine_row_free (KpChartSpineRow *row)
{
  g_free (row->label);
  g_free (row->value_text);
  g_free (row);
}

KpChart *
kp_chart_new (KpChartKind kind,
              const char *title,
              const char *subtitle)
{
  KpChart *chart = g_new0 (KpChart, 1);

  chart->kind = kind;
  chart->title = g_strdup (title);
  chart->subtitle = g_strdup (subtitle);
  chart->bars = g_ptr_array_new_with_free_func ((GDestroyNotify) bar_free);
  chart->spine = g_ptr_array_new_with_free_func ((GDestroyNotify) spine_row_free);
  chart->reference = NAN;
  return chart;
}

void
kp_chart_free (KpChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart->unit);
  g_clear_pointer (&chart->bars, g_ptr_array_unref);
  g_free (chart->reference_label);
  g_clear_pointer (&chart->spine, g_ptr_array_unref);
  g_free (chart->spine_reference_label);
  for (int i = 0; i < KP_CHART_PYRAMID_BANDS; i++)
    g_free (chart->band_labels[i]);
  for (int i = 0; i < 3; i++)
    g_free (chart->series_labels[i]);
  g_free (chart->empty_text);
  g_free (chart->tone_legend);
  g_free (chart);
}

KpChartBar *
kp_chart_add_bar (KpChart    *chart,
                  const char *label,
                  double      value,
                  const char *value_text,
                  KpChartTone tone)
{
  KpChartBar *bar = g_new0 (KpChartBar, 1);

  g_return_val_if_fail (chart != NULL, NULL);
  bar->label = g_strdup (label);
  bar->value = value;
  bar->value_text = g_strdup (value_text);
  bar->tone = tone;
  bar->marker = NAN;
  g_ptr_array_add (chart->bars, bar);
  return bar;
}

KpChartSpineRow *
kp_chart_add_spine_row (KpChart    *chart,
                        const char *label,
                        const char *value_text)
{
  KpChartSpineRow *row = g_new0 (KpChartSpineRow, 1);

  g_return_val_if_fail (chart != NULL, NULL);
  row->label = g_strdup (label);
  row->value_text = g_strdup (value_text);
  row->min = row->q1 = row->median = row->q3 = row->max = NAN;
  row->reference = row->value = row->marker = NAN;
  g_ptr_array_add (chart->spine, row);
  return row;
}

/* Fingertips' colours, darkened where text must be read on them. */
guint32
kp_chart_tone_get_rgb (KpChartTone tone)
{
  switch (tone)
    {
    case KP_CHART_TONE_BETTER:
      return 0x3b9a4f;
    case KP_CHART_TONE_SIMILAR:
      return 0xe8a50c;
    case KP_CHART_TONE_WORSE:
      return 0xc4372f;
    case KP_CHART_TONE_NEUTRAL:
    default:
      return 0x5b7fa6;
    }
}

void
kp_chart_set_rgb (cairo_t *cr,
                  guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

PangoLayout *
kp_chart_layout (cairo_t    *cr,
                 const char *text,
                 double      size,
                 gboolean    bold)
{
  PangoLayout          *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (KP_CHART_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
kp_chart_text_width (cairo_t    *cr,
                     const char *text,
                     double      size,
                     gboolean    bold)
{
  PangoLayout *layout = kp_chart_layout (cr, text, size, bold);
  int          width = 0;

  pango_layout_get_size (layout, &width, NULL);
  g_object_unref (layout);
  return (double) width / PANGO_SCALE;
}

double
kp_chart_text (cairo_t    *cr,
               const char *text,
               double      x,
               double      y,
               double      size,
               gboolean    bold,
               guint32     rgb,
               double      align,
               double      max_width)
{
  PangoLayout *layout = kp_chart_layout (cr, text, size, bold);
  int          width = 0, height = 0;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  kp_chart_set_rgb (cr, rgb);
  cairo_move_to (cr, x - align * width, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  return height;
}

double
kp_chart_draw_tone_legend (cairo_t    *cr,
                           double      x,
                           double      y,
                           double      font,
                           const char *comparison)
{
  static const KpChartTone tones[] = { KP_CHART_TONE_BETTER, KP_CHART_TONE_SIMILAR,
                                       KP_CHART_TONE_WORSE };
  const char              *labels[] = { C_ ("chart legend", "better"), C_ ("chart legend", "similar"),
                                        C_ ("chart legend", "worse") };
  double                   start = x;

  for (guint i = 0; i < G_N_ELEMENTS (tones); i++)
    {
      cairo_arc (cr, x + font * 0.45, y + font * 0.62, font * 0.45, 0, 2 * G_PI);
      kp_chart_set_rgb (cr, kp_chart_tone_get_rgb (tones[i]));
      cairo_fill (cr);
      x += font * 1.2;
      kp_chart_text (cr, labels[i], x, y, font, FALSE, KP_CHART_TEXT, 0.0, 0);
      x += kp_chart_text_width (cr, labels[i], font, FALSE) + font * 1.0;
    }
  if (comparison != NULL)
    {
      kp_chart_text (cr, comparison, x, y, font, FALSE, KP_CHART_MUTED, 0.0, 0);
      x += kp_chart_text_width (cr, comparison, font, FALSE);
    }
  return x - start;
}

const char *
kp_chart_empty_text (const KpChart *chart)
{
  return chart->empty_text != NULL ? chart->empty_text : _ ("No data");
}

double
kp_chart_nice_step (double span,
                    int    n)
{
  double raw = span / MAX (n, 1);
  double magnitude, fraction;

  if (!(raw > 0.0) || !isfinite (raw))
    return 1.0;
  magnitude = pow (10.0, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1.0)
    return magnitude;
  if (fraction <= 2.0)
    return 2.0 * magnitude;
  if (fraction <= 5.0)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

void
kp_chart_draw_frame (const KpChart *chart,
                     cairo_t       *cr,
                     double         width,
                     double         height,
                     KpChartFrame  *frame)
{
  double font = CLAMP (MIN (width / 60.0, height / 36.0), 8.0, 15.0);
  double margin = font * 1.2;
  double y = margin;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);

  if (chart->title != NULL)
    y += kp_chart_text (cr, chart->title, margin, y, font * 1.35, TRUE, KP_CHART_TEXT, 0.0,
                        width - 2 * margin);
  if (chart->subtitle != NULL)
    y += kp_chart_text (cr, chart->subtitle, margin, y + font * 0.2, font * 0.85, FALSE,
                        KP_CHART_MUTED, 0.0, width - 2 * margin) +
         font * 0.2;
  y += font * 0.8;
  frame->x = margin;
  frame->y = y;
  frame->width = MAX (width - 2 * margin, 1.0);
  frame->height = MAX (height - y - margin, 1.0);
  frame->font = font;
}

void
kp_chart_draw (const KpChart *chart,
               cairo_t       *cr,
               double         width,
               double         height)
{
  KpChartFrame frame;

  g_return_if_fail (chart != NULL && cr != NULL);

  cairo_save (cr);
  kp_chart_draw_frame (chart, cr, width, height, &frame);
  switch (chart->kind)
    {
    case KP_CHART_PYRAMID:
      kp_chart_draw_pyramid (chart, cr, &frame);
      break;
    case KP_CHART_SPINE:
      kp_chart_draw_spine (chart, cr, &frame);
      break;
    case KP_CHART_BARS:
    default:
      kp_chart_draw_bars (chart, cr, &frame);
      break;
    }
  cairo_restore (cr);
}

static gboolean
check_status (cairo_status_t status,
              const char    *path,
              GError       **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  display = g_filename_display_name (path);
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _ ("Could not write the chart to “%s”: %s"),
               display, cairo_status_to_string (status));
  return FALSE;
}

gboolean
kp_chart_export (const KpChart *chart,
                 KpChartFormat  format,
                 const char    *path,
                 double         width,
                 double         height,
                 GError       **error)
{
  g_autofree char *part = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;

  g_return_val_if_fail (chart != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);

  part = g_strconcat (path, ".part", NULL);
  switch (format)
    {
    case KP_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create (part, width, height);
      break;
    case KP_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create (part, width, height);
      if (chart->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, chart->title);
      break;
    case KP_CHART_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width),
                                            (int) ceil (height));
      break;
    }
  cr = cairo_create (surface);
  kp_chart_draw (chart, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == KP_CHART_FORMAT_PNG)
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
      int              saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _ ("Could not write the chart to “%s”: %s"), display, g_strerror (saved));
      g_remove (part);
      return FALSE;
    }
  return TRUE;
}
