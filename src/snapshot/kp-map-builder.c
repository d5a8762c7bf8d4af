/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-builder.h"
#include "kp-czech.h"
#include "kp-map-snapshot-geo.h"
#include "kp-area-level.h"
#include "kp-service-kind.h"
#include "kp-service-network.h"

#include <math.h>

/* A project's map: its obce as the choropleth, the obce around them muted below, the ORP
 * and kraj outlines above. Projected to S-JTSK (Křovák), turned north-up at the centre of
 * the territory (kp-projection.h), which keeps Czech shapes and areas right. */

void
kp_map_options_init (KpMapOptions *options)
{
  options->indicator = KP_INDICATOR_SHARE_65_PLUS;
  options->method = KP_CLASS_METHOD_QUANTILES;
  options->n_classes = KP_MAP_DEFAULT_CLASSES;
  options->show_services = FALSE;
}

const char *const kp_map_service_layer_names[KP_MAP_N_SERVICE_GROUPS] = {
  "services-counselling",
  "services-care",
  "services-prevention",
};

static const KpMapColour service_colours[KP_MAP_N_SERVICE_GROUPS] = {
  { 0.10, 0.30, 0.65, 1.0 }, /* counselling: dark blue */
  { 0.50, 0.18, 0.62, 1.0 }, /* care: purple */
  { 0.08, 0.48, 0.34, 1.0 }, /* prevention: dark green */
};

/* Outlined, not filled: a fill would change the colours of the choropleth under it. */
static const KpMapColour coverage_fill = { 0.0, 0.55, 0.85, 0.0 };
static const KpMapColour coverage_stroke = { 0.0, 0.38, 0.72, 1.0 };

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

/* The coverage of a service (areas) under the service symbols, both above the choropleth;
 * empty until kp_map_builder_set_coverage() and kp_map_builder_set_services(). Their number
 * never changes after the build, so a painter's index stays valid. */
static void
add_service_layers (KpMapSnapshot *s)
{
  KpMapLayer *coverage = kp_map_layer_new (KP_MAP_LAYER_AREAS, KP_MAP_LAYER_ABOVE,
                                           KP_MAP_LAYER_COVERAGE);

  coverage->fill = coverage_fill;
  coverage->stroke = coverage_stroke;
  coverage->line_width = 3.0;
  kp_map_snapshot_add_layer (s, coverage);
  for (guint g = 0; g < KP_MAP_N_SERVICE_GROUPS; g++)
    {
      KpMapLayer *layer = kp_map_layer_new (KP_MAP_LAYER_SYMBOLS, KP_MAP_LAYER_ABOVE,
                                            kp_map_service_layer_names[g]);

      layer->fill = service_colours[g];
      layer->stroke = (KpMapColour){ 1, 1, 1, 1 };
      layer->line_width = 1.5;
      layer->symbol_size = 10.0;
      kp_map_snapshot_add_layer (s, layer);
    }
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
  add_service_layers (s);
  kp_map_builder_set_values (s, project, options);
  kp_map_builder_set_services (s, project, options->show_services);
  return s;
}

/* Classes by the population bands of obce: one class per band from the smallest obec's
 * band to the largest one's, each labelled with its band ("1 000–1 999"). The outer
 * limits are the smallest and the largest value, as for computed classes. */
static void
classify_by_bands (KpMapSnapshot *snapshot)
{
  KpMapClasses           *classes = &snapshot->classes;
  guint                   n_bands;
  const KpPopulationBand *bands = kp_area_level_get_population_bands (KP_AREA_LEVEL_OBEC, &n_bands);
  double                  limits[KP_MAP_MAX_CLASSES + 1];
  double                  min = INFINITY, max = -INFINITY;
  int                     first, last;
  guint                   n;

  kp_map_classes_clear_labels (classes);
  for (guint i = 0; i < snapshot->features->len; i++)
    {
      double value = kp_map_snapshot_get_feature (snapshot, i)->value;

      if (isfinite (value))
        {
          min = MIN (min, value);
          max = MAX (max, value);
        }
    }
  if (!isfinite (min) || !isfinite (max))
    first = last = -1;
  else
    {
      first = kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, (gint64) min);
      last = kp_area_level_find_population_band (KP_AREA_LEVEL_OBEC, (gint64) ceil (max));
    }
  if (first < 0 || last < first || (guint) (last - first + 1) > KP_MAP_MAX_CLASSES)
    {
      kp_map_snapshot_classify_limits (snapshot, NULL, 0, KP_COLOUR_RAMP_YL_OR_RD);
      return;
    }
  n = (guint) (last - first + 1);
  limits[0] = min;
  for (guint k = 0; k + 1 < n; k++)
    limits[k + 1] = (double) bands[first + (int) k].to;
  limits[n] = max;
  for (guint k = 0; k < n; k++)
    classes->labels[k] = kp_population_band_format (&bands[first + (int) k]);
  kp_map_snapshot_classify_limits (snapshot, limits, n, KP_COLOUR_RAMP_YL_OR_RD);
}

/**
 * kp_map_builder_set_values:
 *
 * Fills the obce of @snapshot with the values of @options' indicator, classifies them and
 * writes the legend's title and unit, all as the indicator registry (kp-indicator.h)
 * defines them. A painter drawing @snapshot must be invalidated.
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

      f->value = obec != NULL ? kp_indicator_compute_for_obec (options->indicator, obec) : NAN;
      f->priority = obec != NULL ? (double) kp_obec_get_totals (obec)->total : 0.0;
    }

  g_free (classes->title);
  g_free (classes->unit);
  g_free (classes->no_data_label);
  /* Translators: legend title: an indicator and the date of the figures */
  classes->title = g_strdup_printf (_ ("%s, %s"), kp_indicator_get_name (options->indicator),
                                    date);
  classes->unit = g_strdup (kp_indicator_get_unit_label (options->indicator));
  classes->decimals = kp_indicator_get_decimals (options->indicator);
  classes->no_data_label = g_strdup (kp_indicator_get_no_data_label (options->indicator));
  classes->n_classes = 0;
  kp_map_classes_clear_labels (classes);
  if (snapshot->features->len == 0)
    return;
  if (kp_indicator_has_population_bands (options->indicator))
    classify_by_bands (snapshot);
  else
    kp_map_snapshot_classify (snapshot, options->method, options->n_classes,
                              KP_COLOUR_RAMP_YL_OR_RD);
}

/**
 * kp_map_builder_find_layer:
 *
 * Returns: (transfer none) (nullable): the layer called @name
 */
KpMapLayer *
kp_map_builder_find_layer (KpMapSnapshot *snapshot,
                           const char    *name)
{
  for (guint i = 0; i < snapshot->layers->len; i++)
    {
      KpMapLayer *layer = g_ptr_array_index (snapshot->layers, i);

      if (g_strcmp0 (layer->name, name) == 0)
        return layer;
    }
  return NULL;
}

/* The group of the services layer: the category of the service's type in the law; a type
 * Komplan does not know is shown with prevention. */
KpMapServiceGroup
kp_map_service_group_for (KpService *service)
{
  KpServiceCategory category;

  if (!kp_service_kind_get_category (kp_service_get_type_code (service), &category))
    return KP_MAP_SERVICES_PREVENTION;
  switch (category)
    {
    case KP_SERVICE_CATEGORY_COUNSELLING:
      return KP_MAP_SERVICES_COUNSELLING;
    case KP_SERVICE_CATEGORY_CARE:
      return KP_MAP_SERVICES_CARE;
    case KP_SERVICE_CATEGORY_PREVENTION:
    case KP_N_SERVICE_CATEGORIES:
    default:
      return KP_MAP_SERVICES_PREVENTION;
    }
}

const KpMapColour *
kp_map_service_group_get_colour (KpMapServiceGroup group)
{
  g_return_val_if_fail (group < KP_MAP_N_SERVICE_GROUPS, NULL);
  return &service_colours[group];
}

/* The colour of the coverage layer's outline, for a legend. */
const KpMapColour *
kp_map_builder_get_coverage_colour (void)
{
  return &coverage_stroke;
}

const char *
kp_map_service_group_get_label (KpMapServiceGroup group)
{
  switch (group)
    {
    case KP_MAP_SERVICES_COUNSELLING:
      return kp_service_category_get_name (KP_SERVICE_CATEGORY_COUNSELLING);
    case KP_MAP_SERVICES_CARE:
      return kp_service_category_get_name (KP_SERVICE_CATEGORY_CARE);
    case KP_MAP_SERVICES_PREVENTION:
      return kp_service_category_get_name (KP_SERVICE_CATEGORY_PREVENTION);
    case KP_MAP_N_SERVICE_GROUPS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
feature_index (KpMapSnapshot *s,
               const char    *obec_kod)
{
  for (guint i = 0; obec_kod != NULL && i < s->features->len; i++)
    if (g_strcmp0 (kp_map_snapshot_get_feature (s, i)->code, obec_kod) == 0)
      return (int) i;
  return -1;
}

/* Calls @func for each ring of @feature with its points in order. */
static void
feature_rings (KpMapSnapshot *s,
               guint          feature,
               void (*func) (const KpMapPoint *points, guint n_points, gpointer data),
               gpointer data)
{
  const KpMapFeature *f = kp_map_snapshot_get_feature (s, feature);
  const KpMapPoint   *points = (const KpMapPoint *) s->points->data;
  g_autoptr (GArray) ring_points = g_array_new (FALSE, FALSE, sizeof (KpMapPoint));

  for (guint p = 0; p < f->n_polygons; p++)
    {
      const KpMapPolygon *poly = &g_array_index (s->polygons, KpMapPolygon, f->first_polygon + p);

      for (guint r = 0; r < poly->n_rings; r++)
        {
          const KpMapRing *ring = &g_array_index (s->rings, KpMapRing, poly->first_ring + r);

          g_array_set_size (ring_points, 0);
          for (guint k = 0; k < ring->n_refs; k++)
            {
              gint32          ref = g_array_index (s->refs, gint32, ring->first_ref + k);
              const KpMapArc *arc = &g_array_index (s->arcs, KpMapArc, ref >= 0 ? ref : ~ref);

              /* Consecutive arcs share their end points: skip the repeated one. */
              for (guint i = k == 0 ? 0 : 1; i < arc->n_points; i++)
                {
                  guint index = ref >= 0 ? i : arc->n_points - 1 - i;

                  g_array_append_val (ring_points, points[arc->first_point + index]);
                }
            }
          if (ring_points->len >= 3)
            func ((const KpMapPoint *) ring_points->data, ring_points->len, data);
        }
    }
}

static void
extend_box (const KpMapPoint *points,
            guint             n_points,
            gpointer          data)
{
  double *box = data;

  for (guint i = 0; i < n_points; i++)
    {
      box[0] = MIN (box[0], points[i].x);
      box[1] = MIN (box[1], points[i].y);
      box[2] = MAX (box[2], points[i].x);
      box[3] = MAX (box[3], points[i].y);
    }
}

static void
add_ring_part (const KpMapPoint *points,
               guint             n_points,
               gpointer          data)
{
  kp_map_layer_add_part (data, points, n_points);
}

typedef struct
{
  int               feature;
  KpMapServiceGroup group;
  char             *label;
} Symbol;

static void
symbol_clear (Symbol *symbol)
{
  g_free (symbol->label);
}

/**
 * kp_map_builder_set_services:
 * @show: %FALSE empties the service layers
 *
 * Fills the service layers with one symbol per active registered service and obec where
 * one of its facilities is provided today. Facilities have a RÚIAN address point code but
 * no coordinates, and a project keeps no address points, so a symbol stands at the label
 * point of its obec, just below its name; several symbols in one obec are spread on a small
 * circle around the name.
 * The source line names the registry when the services are shown.
 * A painter drawing @snapshot must be invalidated.
 */
void
kp_map_builder_set_services (KpMapSnapshot *snapshot,
                             KpProject     *project,
                             gboolean       show)
{
  GListModel *services = kp_service_network_get_services (kp_service_network_get (project));
  g_autoptr (GArray) symbols = g_array_new (FALSE, FALSE, sizeof (Symbol));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint *per_feature = NULL;
  g_autofree guint *placed = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  KpMapLayer      *layers[KP_MAP_N_SERVICE_GROUPS];

  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (KP_IS_PROJECT (project));

  g_free (snapshot->source);
  snapshot->source = kp_map_builder_dup_source (project, show);
  g_array_set_clear_func (symbols, (GDestroyNotify) symbol_clear);
  for (guint g = 0; g < KP_MAP_N_SERVICE_GROUPS; g++)
    {
      layers[g] = kp_map_builder_find_layer (snapshot, kp_map_service_layer_names[g]);
      g_return_if_fail (layers[g] != NULL);
      g_array_set_size (layers[g]->points, 0);
      g_ptr_array_set_size (layers[g]->labels, 0);
    }
  if (!show || snapshot->features->len == 0)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      GPtrArray *facilities = kp_service_get_facilities (service);

      if (kp_service_get_is_local (service) || !kp_service_is_active_on (service, today))
        continue;
      for (guint k = 0; k < facilities->len; k++)
        {
          KpServiceFacility *facility = g_ptr_array_index (facilities, k);
          int                feature = feature_index (snapshot, facility->obec_kod);
          g_autofree char   *key = NULL;
          Symbol             symbol;

          if (feature < 0 || !kp_service_facility_is_active_on (facility, today))
            continue;
          /* One symbol per service in an obec, however many of its houses stand there. */
          key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", kp_service_get_id (service), feature);
          if (!g_hash_table_add (seen, g_steal_pointer (&key)))
            continue;
          symbol.feature = feature;
          symbol.group = kp_map_service_group_for (service);
          symbol.label = g_strdup (kp_service_get_name (service));
          g_array_append_val (symbols, symbol);
        }
    }

  per_feature = g_new0 (guint, snapshot->features->len);
  placed = g_new0 (guint, snapshot->features->len);
  for (guint i = 0; i < symbols->len; i++)
    per_feature[g_array_index (symbols, Symbol, i).feature]++;
  for (guint i = 0; i < symbols->len; i++)
    {
      Symbol             *symbol = &g_array_index (symbols, Symbol, i);
      const KpMapFeature *f = kp_map_snapshot_get_feature (snapshot, (guint) symbol->feature);
      guint               n = per_feature[symbol->feature];
      guint               k = placed[symbol->feature]++;
      double              x = f->label_point.x, y = f->label_point.y;

      if (isnan (x) || isnan (y))
        continue;
      {
        double box[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
        /* Around the obec's name, never on it: one symbol goes below it. */
        double angle = n > 1 ? 2.0 * G_PI * k / n + G_PI / 2.0 : -G_PI / 2.0;
        double radius;

        feature_rings (snapshot, (guint) symbol->feature, extend_box, box);
        radius = CLAMP (MIN (box[2] - box[0], box[3] - box[1]) * 0.18, 120.0, 1500.0);
        x += radius * cos (angle);
        y += radius * sin (angle);
      }
      kp_map_layer_add_symbol (layers[symbol->group], x, y, symbol->label);
    }
}

/**
 * kp_map_builder_set_coverage:
 * @service: (nullable): the service whose area to show; %NULL shows none
 *
 * Fills the coverage layer with the obce @service works in: those of its facilities and
 * of its territorial scope. The layer's parts change: a painter of @snapshot must be made
 * anew (kp_map_painter_new()).
 *
 * Returns: whether an obec of the map is covered
 */
gboolean
kp_map_builder_set_coverage (KpMapSnapshot *snapshot,
                             KpService     *service)
{
  KpMapLayer *layer;
  g_autoptr (GHashTable) obce = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any = FALSE;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (service == NULL || KP_IS_SERVICE (service), FALSE);

  layer = kp_map_builder_find_layer (snapshot, KP_MAP_LAYER_COVERAGE);
  g_return_val_if_fail (layer != NULL, FALSE);
  g_array_set_size (layer->points, 0);
  g_array_set_size (layer->parts, 0);
  if (service == NULL)
    return FALSE;

  for (const char *const *kod = kp_service_get_obce (service); kod != NULL && *kod != NULL; kod++)
    g_hash_table_add (obce, (gpointer) *kod);
  for (guint i = 0; i < kp_service_get_scope (service)->len; i++)
    g_hash_table_add (obce, ((KpServiceScope *) g_ptr_array_index (kp_service_get_scope (service), i))->obec_kod);
  for (guint i = 0; i < snapshot->features->len; i++)
    if (g_hash_table_contains (obce, kp_map_snapshot_get_feature (snapshot, i)->code))
      {
        feature_rings (snapshot, i, add_ring_part, layer);
        any = TRUE;
      }
  return any;
}
