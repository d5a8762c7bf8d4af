/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kp-document-text.h"
#include "kp-map-builder.h"
#include "kp-map-painter.h"
#include "kp-plan-document-private.h"

/* The map of the territory in the plan documents: the obce as a choropleth of an indicator
 * (population density unless the live block names another), drawn as the printed map page
 * draws it (kp_map_painter_draw_page()): the legend beside the map, the scale bar in its
 * frame and the source at its foot. The figure is a PNG picture in an ODT like the charts.
 *
 * The map's words are the document's, whatever the locale: the legend's title, unit and
 * "no data" and the source are set here from the document's table, the painter's own words
 * (the scale bar) by kp_map_painter_set_document_words(). */

#define MAP_WIDTH  425.0
#define MAP_HEIGHT 440.0

/* The snapshot is only read, but a preview and an export may write the document at the
 * same time: each draw makes its painter (its index is quick for a territory's obce) and
 * one draws at a time. */
typedef struct
{
  GMutex         mutex;
  KpMapSnapshot *snapshot;
} MapFigure;

static void
map_figure_free (gpointer data)
{
  MapFigure *figure = data;

  g_mutex_clear (&figure->mutex);
  kp_map_snapshot_unref (figure->snapshot);
  g_free (figure);
}

static void
draw_map (cairo_t *cr,
          double   width,
          double   height,
          gpointer user_data)
{
  MapFigure    *figure = user_data;
  KpMapPainter *painter;

  g_mutex_lock (&figure->mutex);
  painter = kp_map_painter_new (figure->snapshot);
  kp_map_painter_set_document_words (painter, TRUE);
  kp_map_painter_draw_page (painter, cr, NULL, width, height);
  g_object_unref (painter);
  g_mutex_unlock (&figure->mutex);
}

/* The indicator a block's line "indicator: ID" names (its id as in komplan-cli export map
 * --indicator); density when there is none, or it is unknown or has no values per obec. */
static KpIndicator
block_indicator (const char *body)
{
  g_auto (GStrv) lines = g_strsplit (body != NULL ? body : "", "\n", -1);
  KpIndicator indicator = KP_INDICATOR_DENSITY;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char       *line = g_strstrip (lines[i]);
      KpIndicator named;

      if (!g_str_has_prefix (line, "indicator:"))
        continue;
      line = g_strstrip (line + strlen ("indicator:"));
      if (kp_indicator_from_id (line, &named) && kp_indicator_has_obec_values (named))
        indicator = named;
    }
  return indicator;
}

/* A class label of the population bands, "20 000 and more", in the document's words. */
static void
relabel_open_band (char **label)
{
  const char      *app = _ ("%s and more");
  const char      *mark = strstr (app, "%s");
  g_autofree char *prefix = NULL;
  const char      *suffix;
  gsize            len;
  g_autofree char *number = NULL;

  if (*label == NULL || mark == NULL)
    return;
  prefix = g_strndup (app, mark - app);
  suffix = mark + 2;
  len = strlen (*label);
  if (!g_str_has_prefix (*label, prefix) || !g_str_has_suffix (*label, suffix) ||
      len < strlen (prefix) + strlen (suffix))
    return;
  number = g_strndup (*label + strlen (prefix), len - strlen (prefix) - strlen (suffix));
  g_free (*label);
  /* Translators: an open population band, e.g. "20 000 a více" */
  *label = g_strdup_printf (D_ ("%s and more"), number);
}

/* The legend and source of @s in the document's words. */
static void
set_document_words (KpMapSnapshot *s,
                    KpProject     *project,
                    KpIndicator    indicator)
{
  KpMapClasses *classes = &s->classes;

  /* the figure's caption names the territory, the source line the date of the figures */
  g_clear_pointer (&s->title, g_free);
  g_free (classes->title);
  classes->title = g_strdup (D_ (kp_indicator_get_name (indicator)));
  g_free (classes->unit);
  classes->unit = g_strdup (D_ (kp_indicator_get_unit_label (indicator)));
  g_free (classes->no_data_label);
  classes->no_data_label = g_strdup (D_ (kp_indicator_get_no_data_label (indicator)));
  for (guint k = 0; k < classes->n_classes; k++)
    relabel_open_band (&classes->labels[k]);
  g_free (s->source);
  s->source = kp_map_builder_dup_document_source (project, FALSE);
}

/**
 * kp_plan_doc_add_map:
 * @body: (nullable): the text of the live block, its lines "key: value"
 *
 * The map figure of the territory, or a sentence saying that it cannot be shown when the
 * project has no boundaries of its obce.
 */
void
kp_plan_doc_add_map (KpPlanDocContext *ctx,
                     const char       *body)
{
  g_autoptr (KpProjectBoundaries) boundaries = kp_project_load_boundaries (ctx->project, NULL);
  KpMapOptions     options;
  MapFigure       *map;
  KpDocFigure     *figure;
  g_autofree char *caption = NULL;

  if (boundaries == NULL || boundaries->territory->features->len == 0)
    {
      kp_text_document_add_text (ctx->doc, D_ ("The map of the territory is not available: the "
                                               "project has no boundaries of its obce."));
      return;
    }
  kp_map_options_init (&options);
  options.indicator = block_indicator (body);
  map = g_new0 (MapFigure, 1);
  g_mutex_init (&map->mutex);
  map->snapshot = kp_map_builder_build (ctx->project, boundaries, &options);
  set_document_words (map->snapshot, ctx->project, options.indicator);

  /* Translators: the caption of the map in a plan, "Hustota zalidnění v obcích území" */
  caption = g_strdup_printf (D_ ("%s in the obce of the territory"),
                             D_ (kp_indicator_get_name (options.indicator)));
  figure = kp_text_document_add_figure (ctx->doc, MAP_WIDTH, MAP_HEIGHT, draw_map, map,
                                        map_figure_free);
  kp_doc_figure_set_caption (figure, caption);
  kp_doc_figure_set_alt (figure, caption);
}
