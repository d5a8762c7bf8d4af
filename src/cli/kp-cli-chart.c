/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-needs-chart-builder.h"

#include <string.h>

/* komplan-cli export chart: the charts of the Potřeby view drawn without GTK. */

#define DEFAULT_WIDTH  1200
#define DEFAULT_HEIGHT 800

static gboolean
parse_format (const char    *path,
              KpChartFormat *out_format,
              GError       **error)
{
  static const KpChartFormat formats[] = { KP_CHART_FORMAT_PNG, KP_CHART_FORMAT_SVG,
                                           KP_CHART_FORMAT_PDF };
  KpCliImageFormat           image;

  if (!kp_cli_parse_image_format (path, &image, error))
    return FALSE;
  *out_format = formats[image];
  return TRUE;
}

static gboolean
parse_indicator (const KpCliOptions *options,
                 KpIndicator        *out_indicator,
                 GError            **error)
{
  *out_indicator = KP_INDICATOR_SHARE_65_PLUS;
  if (options->indicator == NULL || kp_indicator_from_id (options->indicator, out_indicator))
    return TRUE;
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
               _ ("Unknown --indicator “%s”; “komplan-cli needs indicators --json” lists the ids"),
               options->indicator);
  return FALSE;
}

static KpChart *
build (KpProject          *project,
       const KpCliOptions *options,
       KpIndicator         indicator)
{
  if (g_strcmp0 (options->kind, "pyramid") == 0)
    return kp_needs_chart_pyramid (project);
  if (g_strcmp0 (options->kind, "coverage") == 0)
    return kp_needs_chart_coverage (project, NULL);
  if (g_strcmp0 (options->kind, "spine") == 0)
    return kp_needs_chart_spine (project, NULL);
  return kp_needs_chart_indicator (project, indicator);
}

/**
 * kp_cli_export_chart:
 *
 * komplan-cli export chart --kind pyramid|indicator|coverage [--indicator ID] [--size WxH]
 *   [--force] FILE.komplan OUT.(png|svg|pdf)
 */
gboolean
kp_cli_export_chart (const KpCliOptions *options,
                     GError            **error)
{
  static const char *const kinds[] = { "pyramid", "indicator", "coverage", "spine", NULL };
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpChart) chart = NULL;
  g_autofree char *display = NULL;
  KpChartFormat    format;
  KpIndicator      indicator;
  double           width, height;
  const char      *out;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“export chart” needs FILE.komplan and OUT (see “komplan-cli export chart "
                      "--help”)"));
      return FALSE;
    }
  if (options->kind == NULL || !g_strv_contains (kinds, options->kind))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("--kind must be pyramid, indicator or coverage"));
      return FALSE;
    }
  if (options->indicator != NULL && strcmp (options->kind, "indicator") != 0)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("--indicator goes with --kind indicator only"));
      return FALSE;
    }
  out = options->args[1];
  display = g_filename_display_name (out);
  if (!parse_indicator (options, &indicator, error) ||
      !kp_cli_parse_size (options->size, DEFAULT_WIDTH, DEFAULT_HEIGHT, &width, &height, error) ||
      !parse_format (out, &format, error))
    return FALSE;
  if (!options->force && g_file_test (out, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("“%s” already exists; give --force to replace it"), display);
      return FALSE;
    }
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;
  chart = build (project, options, indicator);
  if (!kp_chart_export (chart, format, out, width, height, error))
    return FALSE;
  /* Translators: the file written, then the chart's title */
  g_print (_ ("%s: %s\n"), display, chart->title);
  return TRUE;
}
