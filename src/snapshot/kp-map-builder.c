/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-builder.h"
#include "kp-czech.h"
#include "kp-map-snapshot-geo.h"

#include <math.h>

/* A project's map: its obce as the choropleth, the obce around them muted below, the ORP
 * and kraj outlines above. Projected to S-JTSK (Křovák), turned north-up at the centre of
 * the territory (kp-projection.h), which keeps Czech shapes and areas right. */

void
kp_map_options_init (KpMapOptions *options)
{
  options->indicator = KP_OBEC_INDICATOR_SHARE_65_PLUS;
  options->method = KP_CLASS_METHOD_QUANTILES;
  options->n_classes = KP_MAP_DEFAULT_CLASSES;
}

static KpMapLayer *
context_layer (const KpGeoLayer      *layer,
               const KpMapProjection *projection,
               KpMapLayerKind         kind,
               KpMapLayerPlacement    placement,
               const char            *name,
               KpMapColour            fill,
               KpMapColour            stroke,
               double                 line_width)
{
  KpMapLayer *out = kp_map_layer_new_from_geo (layer, projection, kind, placement, name);

  out->fill = fill;
  out->stroke = stroke;
  out->line_width = line_width;
  return out;
}

/**
 * kp_map_builder_build:
 *
 * Returns: (transfer full): the snapshot, classified by @options; without boundaries it
 *   has no features
 */
KpMapSnapshot *
kp_map_builder_build (KpProject                 *project,
                      const KpProjectBoundaries *boundaries,
                      const KpMapOptions        *options)
{
  KpMapSnapshot  *s;
  KpMapProjection projection;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (boundaries != NULL && options != NULL, NULL);

  kp_map_projection_init_for_geo (&projection, boundaries->territory->features->len > 0
                                                   ? boundaries->territory
                                                   : boundaries->neighbours);
  s = kp_map_snapshot_new_from_geo (boundaries->territory, &projection, NULL, "nazev", NULL);
  g_free (s->title);
  s->title = g_strdup (kp_project_get_territory_name (project));
  kp_map_snapshot_add_layer (s, context_layer (boundaries->neighbours, &projection,
                                               KP_MAP_LAYER_AREAS, KP_MAP_LAYER_BELOW,
                                               "neighbours", (KpMapColour){ 0.94, 0.94, 0.93, 1 },
                                               (KpMapColour){ 0.72, 0.72, 0.70, 1 }, 0.6));
  kp_map_snapshot_add_layer (s, context_layer (boundaries->orp, &projection, KP_MAP_LAYER_LINES,
                                               KP_MAP_LAYER_ABOVE, "orp", (KpMapColour){ 0 },
                                               (KpMapColour){ 0.35, 0.35, 0.38, 0.9 }, 1.4));
  kp_map_snapshot_add_layer (s, context_layer (boundaries->kraje, &projection, KP_MAP_LAYER_LINES,
                                               KP_MAP_LAYER_ABOVE, "kraje", (KpMapColour){ 0 },
                                               (KpMapColour){ 0.20, 0.20, 0.24, 0.9 }, 2.4));
  kp_map_builder_set_values (s, project, options);
  return s;
}

/**
 * kp_map_builder_set_values:
 *
 * Fills the obce of @snapshot with the values of @options' indicator, classifies them and
 * writes the legend's title and unit. A painter drawing @snapshot must be invalidated.
 */
void
kp_map_builder_set_values (KpMapSnapshot      *snapshot,
                           KpProject          *project,
                           const KpMapOptions *options)
{
  GListModel *obce = kp_project_get_obce (project);
  g_autoptr (GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  const char      *ref_date = kp_project_get_reference_date (project);
  g_autofree char *date = ref_date != NULL ? kp_czech_format_date (ref_date) : g_strdup ("");
  KpMapClasses    *classes = &snapshot->classes;

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      KpObec *obec = g_list_model_get_item (obce, i);

      g_hash_table_insert (by_code, (gpointer) kp_obec_get_kod (obec), obec);
    }
  for (guint i = 0; i < snapshot->features->len; i++)
    {
      KpMapFeature *f = kp_map_snapshot_get_feature (snapshot, i);
      KpObec       *obec = g_hash_table_lookup (by_code, f->code);

      f->value = obec != NULL ? kp_obec_indicator_get_value (options->indicator, obec) : NAN;
      f->priority = obec != NULL ? (double) kp_obec_get_totals (obec)->total : 0.0;
    }

  g_free (classes->title);
  g_free (classes->unit);
  g_free (classes->no_data_label);
  /* Translators: legend title: an indicator and the date of the figures */
  classes->title = g_strdup_printf (_ ("%s, %s"), kp_obec_indicator_get_title (options->indicator),
                                    date);
  classes->unit = g_strdup (kp_obec_indicator_get_unit (options->indicator));
  classes->decimals = kp_obec_indicator_get_decimals (options->indicator);
  classes->no_data_label = g_strdup (options->indicator == KP_OBEC_INDICATOR_DENSITY
                                         ? _ ("No data (area unknown)")
                                         : _ ("No data"));
  classes->n_classes = 0;
  if (snapshot->features->len > 0)
    kp_map_snapshot_classify (snapshot, options->method, options->n_classes,
                              KP_COLOUR_RAMP_YL_OR_RD);
}
