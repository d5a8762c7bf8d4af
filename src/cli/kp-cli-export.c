/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-map-builder.h"
#include "kp-map-painter.h"
#include "kp-territory-boundaries.h"

#include <stdlib.h>
#include <string.h>

/* komplan-cli export map: the map of the Území view drawn without GTK. */

#define DEFAULT_WIDTH  1600
#define DEFAULT_HEIGHT 1000
#define MAX_SIDE       20000
#define FIT_MARGIN     0.05 /* of the smaller side */

/**
 * kp_cli_parse_size:
 * @text: (nullable): "WIDTHxHEIGHT", or %NULL for the defaults
 *
 * Reads --size of the export commands.
 */
gboolean
kp_cli_parse_size (const char *text,
                   double      default_width,
                   double      default_height,
                   double     *out_width,
                   double     *out_height,
                   GError    **error)
{
  g_auto (GStrv) parts = NULL;
  guint64 w = 0, h = 0;

  if (text == NULL)
    {
      *out_width = default_width;
      *out_height = default_height;
      return TRUE;
    }
  parts = g_strsplit_set (text, "x×X", -1);
  if (g_strv_length (parts) != 2 || !g_ascii_string_to_unsigned (parts[0], 10, 16, MAX_SIDE, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 16, MAX_SIDE, &h, NULL))
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("--size needs WIDTHxHEIGHT, each from 16 to %d, e.g. 1600x1000; not “%s”"),
                   MAX_SIDE, text);
      return FALSE;
    }
  *out_width = (double) w;
  *out_height = (double) h;
  return TRUE;
}

static gboolean
parse_method (const char    *text,
              KpClassMethod *out_method,
              GError       **error)
{
  static const struct
  {
    const char   *id;
    KpClassMethod method;
  } methods[] = {
    { "quantiles", KP_CLASS_METHOD_QUANTILES },
    { "equal", KP_CLASS_METHOD_EQUAL_INTERVALS },
    { "natural", KP_CLASS_METHOD_JENKS },
    { "jenks", KP_CLASS_METHOD_JENKS },
  };

  if (text == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (strcmp (text, methods[i].id) == 0)
      {
        *out_method = methods[i].method;
        return TRUE;
      }
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
               _ ("Unknown --method “%s”; use quantiles, equal or natural"), text);
  return FALSE;
}

/**
 * kp_cli_parse_image_format:
 * @path: OUT of an export command
 *
 * Reads the image format from the extension of @path (.png, .svg or .pdf, any case).
 */
gboolean
kp_cli_parse_image_format (const char       *path,
                           KpCliImageFormat *out_format,
                           GError          **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out_format = KP_CLI_IMAGE_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out_format = KP_CLI_IMAGE_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out_format = KP_CLI_IMAGE_PDF;
  else
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“%s” must end in .png, .svg or .pdf"), display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_format (const char        *path,
              KpMapExportFormat *out_format,
              GError           **error)
{
  static const KpMapExportFormat formats[] = { KP_MAP_EXPORT_PNG, KP_MAP_EXPORT_SVG,
                                               KP_MAP_EXPORT_PDF };
  KpCliImageFormat               image;

  if (!kp_cli_parse_image_format (path, &image, error))
    return FALSE;
  *out_format = formats[image];
  return TRUE;
}

static gboolean
parse_map_options (const KpCliOptions *options,
                   KpMapOptions       *map,
                   GError            **error)
{
  kp_map_options_init (map);
  if (options->indicator != NULL && (!kp_indicator_from_id (options->indicator, &map->indicator) ||
                                     !kp_indicator_has_obec_values (map->indicator)))
    {
      g_autoptr (GString) ids = g_string_new (NULL);

      /* The map fills obce: only the indicators an obec has. */
      for (guint i = 0; i < KP_N_INDICATORS; i++)
        if (kp_indicator_has_obec_values (i))
          g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", kp_indicator_get_id (i));
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("Unknown --indicator “%s”; use one of %s"), options->indicator, ids->str);
      return FALSE;
    }
  if (!parse_method (options->method, &map->method, error))
    return FALSE;
  if (options->classes != 0)
    {
      if (options->classes < 2 || options->classes > KP_MAP_MAX_CLASSES)
        {
          g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                       _ ("--classes must be from 2 to %d"), KP_MAP_MAX_CLASSES);
          return FALSE;
        }
      map->n_classes = (guint) options->classes;
    }
  return TRUE;
}

/**
 * kp_cli_export_map:
 *
 * komplan-cli export map [--indicator ID] [--method M] [--classes N] [--size WxH]
 *   [--force] FILE.komplan OUT.(png|svg|pdf)
 */
gboolean
kp_cli_export_map (const KpCliOptions *options,
                   GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpProjectBoundaries) boundaries = NULL;
  g_autoptr (KpMapSnapshot) snapshot = NULL;
  g_autoptr (KpMapPainter) painter = NULL;
  g_autofree char  *display = NULL;
  KpMapOptions      map;
  KpMapExportFormat format;
  KpMapView         view = { 0 };
  double            width, height;
  const char       *out;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“export map” needs FILE.komplan and OUT (see “komplan-cli export map "
                      "--help”)"));
      return FALSE;
    }
  out = options->args[1];
  display = g_filename_display_name (out);
  if (!parse_map_options (options, &map, error) || !kp_cli_parse_size (options->size, DEFAULT_WIDTH, DEFAULT_HEIGHT, &width, &height, error) ||
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
  boundaries = kp_project_load_boundaries (project, error);
  if (boundaries == NULL)
    return FALSE;
  if (boundaries->territory->features->len == 0)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("The project has no boundaries of its obce; import the boundaries into "
                      "the reference data and create the project again"));
      return FALSE;
    }
  snapshot = kp_map_builder_build (project, boundaries, &map);
  painter = kp_map_painter_new (snapshot);
  if (format == KP_MAP_EXPORT_PDF)
    {
      /* A page for print, A4 landscape unless --size says otherwise. */
      if (options->size == NULL)
        kp_page_size_get_points (KP_PAGE_SIZE_A4, &height, &width);
      if (!kp_map_painter_export_page (painter, NULL, width, height, out, error))
        return FALSE;
    }
  else
    {
      view.flags = KP_MAP_DRAW_LABELS | KP_MAP_DRAW_SCALE_BAR | KP_MAP_DRAW_LEGEND |
                   KP_MAP_DRAW_SOURCE | KP_MAP_DRAW_BACKGROUND;
      kp_map_painter_fit (painter, &view, width, height, MIN (width, height) * FIT_MARGIN);
      if (!kp_map_painter_export (painter, &view, format, out, error))
        return FALSE;
    }
  /* Translators: the file written, then the indicator shown */
  g_print (_ ("%s: map of %s\n"), display, kp_indicator_get_name (map.indicator));
  return TRUE;
}
