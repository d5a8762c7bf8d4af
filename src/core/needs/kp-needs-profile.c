/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-needs-private.h"
#include "kp-indicators.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The indicator profile (Fingertips' spine chart table) and the obce table, computed from
 * the project's snapshot, its comparison figures, its network and the benchmarks. */

/* How close to the comparator still counts as similar: 5 % of its size. */
#define SIMILAR_SHARE 0.05

KpRag
kp_rag_compare (double            value,
                double            comparator,
                KpIndicatorBetter better)
{
  double tolerance;

  if (isnan (value) || isnan (comparator) || better == KP_INDICATOR_BETTER_NONE)
    return KP_RAG_NONE;
  tolerance = fabs (comparator) * SIMILAR_SHARE;
  if (fabs (value - comparator) <= tolerance)
    return KP_RAG_SIMILAR;
  if ((value > comparator) == (better == KP_INDICATOR_BETTER_HIGHER))
    return KP_RAG_BETTER;
  return KP_RAG_WORSE;
}

static void
column_free (KpProfileColumn *column)
{
  g_free (column->kod);
  g_free (column->name);
  g_free (column);
}

static void
row_free (KpProfileRow *row)
{
  g_free (row->ref_date);
  g_free (row->source);
  g_free (row->values);
  g_free (row->value_rag);
  g_free (row->benchmark_source);
  g_free (row);
}

void
kp_needs_profile_free (KpNeedsProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->territory_name);
  g_free (profile->population_date);
  g_free (profile->orp_figures_date);
  g_clear_pointer (&profile->columns, g_ptr_array_unref);
  g_clear_pointer (&profile->rows, g_ptr_array_unref);
  g_free (profile);
}

const KpProfileRow *
kp_needs_profile_find (const KpNeedsProfile *profile,
                       KpIndicator           indicator)
{
  g_return_val_if_fail (profile != NULL, NULL);
  for (guint i = 0; i < profile->rows->len; i++)
    {
      const KpProfileRow *row = g_ptr_array_index (profile->rows, i);

      if (row->indicator == indicator)
        return row;
    }
  return NULL;
}

static void
input_of_area (KpIndicatorInput  *input,
               const KpNeedsArea *area)
{
  *input = (KpIndicatorInput){ &area->totals, NAN, area->has_bands ? area->bands[0] : NULL,
                               area->has_orp ? &area->orp : NULL, NULL };
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : (da > db ? 1 : 0);
}

/* The quantile @q of sorted @values, interpolated between neighbours. */
static double
quantile (const double *values,
          guint         n,
          double        q)
{
  double position = q * (n - 1);
  guint  below = (guint) floor (position);
  double fraction = position - below;

  if (below + 1 >= n)
    return values[n - 1];
  return values[below] + fraction * (values[below + 1] - values[below]);
}

static void
compute_range (KpNeedsReference *reference,
               KpProfileRow     *row,
               double           *scratch)
{
  guint n = 0;

  for (guint i = 0; reference != NULL && i < reference->orp->len; i++)
    {
      KpIndicatorInput input;
      double           value;

      input_of_area (&input, g_ptr_array_index (reference->orp, i));
      value = kp_indicator_compute_input (row->indicator, &input);
      if (!isnan (value))
        scratch[n++] = value;
    }
  row->n_orp = n;
  if (n == 0)
    return;
  qsort (scratch, n, sizeof (double), compare_doubles);
  row->min = scratch[0];
  row->q1 = quantile (scratch, n, 0.25);
  row->median = quantile (scratch, n, 0.5);
  row->q3 = quantile (scratch, n, 0.75);
  row->max = scratch[n - 1];
}

/* The comparator of a row: its benchmark, else ČR. */
static void
set_rag (KpNeeds      *self,
         KpProfileRow *row)
{
  const KpBenchmark *benchmark = kp_needs_get_benchmark (self, kp_indicator_get_id (row->indicator));
  KpIndicatorBetter  better = kp_indicator_get_better (row->indicator);
  double             comparator = row->cr;
  double             own = row->territory;

  if (benchmark != NULL)
    {
      row->has_benchmark = TRUE;
      row->benchmark = benchmark->value;
      row->benchmark_better = benchmark->better;
      row->benchmark_source = kp_benchmark_dup_source_text (benchmark);
      comparator = benchmark->value;
      better = benchmark->better;
    }
  row->value_rag = g_new0 (KpRag, MAX (row->n_values, 1));
  for (guint i = 0; i < row->n_values; i++)
    {
      row->value_rag[i] = kp_rag_compare (row->values[i], comparator, better);
      if (row->per_orp_only && isnan (own))
        own = row->values[i];
    }
  row->rag = kp_rag_compare (own, comparator, better);
}

KpNeedsProfile *
kp_needs_compute_profile (KpNeeds *self)
{
  KpProject        *project;
  KpNeedsReference *reference;
  KpNeedsProfile   *profile;
  GListModel       *comparison;
  /* Per column: the comparison figures of the area (nullable), and the project's own. */
  g_autoptr (GPtrArray) known_areas = g_ptr_array_new ();
  g_autoptr (GPtrArray) area_objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) column_areas = g_ptr_array_new ();
  g_autoptr (GPtrArray) coverage = NULL;
  g_autofree double *scratch = NULL;
  KpNetworkFigures   network;
  KpIndicatorInput   territory_input;
  const KpNeedsArea *territory_orp = NULL;
  guint              n, n_orp = 0;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);

  project = kp_needs_get_project (self);
  reference = self->reference;
  profile = g_new0 (KpNeedsProfile, 1);
  profile->territory_name = g_strdup (kp_project_get_territory_name (project));
  profile->population_date = g_strdup (kp_project_get_reference_date (project));
  profile->orp_figures_date = g_strdup (reference != NULL ? reference->orp_figures_date : NULL);
  profile->territory_is_orp = kp_project_get_territory_kind (project) == KP_TERRITORY_ORP;
  profile->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  profile->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  /* The columns: the territory's ORP (unless it is one), kraje and ČR. */
  comparison = kp_project_get_comparison (project);
  n = g_list_model_get_n_items (comparison);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (comparison, i);

      n_orp += kp_area_get_level (area) == KP_AREA_LEVEL_ORP;
    }
  for (guint i = 0; i < n; i++)
    {
      KpArea          *area = g_list_model_get_item (comparison, i);
      KpAreaLevel      level = kp_area_get_level (area);
      KpProfileColumn *column;
      KpNeedsArea     *known;

      g_ptr_array_add (area_objects, area);
      if (level == KP_AREA_LEVEL_TERRITORY)
        continue;
      known = kp_needs_reference_lookup (reference, level, kp_area_get_kod (area));
      /* The territory's own ORP gives it the ČSÚ indicators; its column stays, so that
       * every profile compares with its ORP, kraj and ČR alike. */
      if (level == KP_AREA_LEVEL_ORP && profile->territory_is_orp && n_orp == 1)
        territory_orp = known;
      column = g_new0 (KpProfileColumn, 1);
      column->level = level;
      column->kod = g_strdup (kp_area_get_kod (area));
      column->name = g_strdup (kp_area_get_nazev (area));
      g_ptr_array_add (profile->columns, column);
      g_ptr_array_add (known_areas, known);
      g_ptr_array_add (column_areas, area);
    }

  coverage = kp_needs_compute_coverage (self, NULL);
  kp_needs_network_figures (coverage, &network);
  territory_input = (KpIndicatorInput){
    kp_area_get_totals (kp_project_get_totals (project)),
    NAN,
    reference != NULL && reference->territory->has_bands ? reference->territory->bands[0] : NULL,
    territory_orp != NULL && territory_orp->has_orp ? &territory_orp->orp : NULL,
    &network,
  };
  scratch = g_new (double, reference != NULL ? MAX (reference->orp->len, 1) : 1);

  for (guint k = 0; k < KP_N_INDICATORS; k++)
    {
      KpProfileRow     *row = g_new0 (KpProfileRow, 1);
      KpIndicatorSource source = kp_indicator_get_source (k);

      row->indicator = (KpIndicator) k;
      row->ref_date = g_strdup (source == KP_INDICATOR_SOURCE_CSU_ORP ? profile->orp_figures_date
                                                                      : profile->population_date);
      row->source = kp_indicator_dup_source_text (k, row->ref_date);
      row->territory = kp_indicator_compute_input (k, &territory_input);
      row->per_orp_only = source == KP_INDICATOR_SOURCE_CSU_ORP && !profile->territory_is_orp;
      if (row->per_orp_only)
        row->territory = NAN;
      row->n_values = profile->columns->len;
      row->values = g_new (double, MAX (row->n_values, 1));
      row->cr = NAN;
      for (guint c = 0; c < row->n_values; c++)
        {
          const KpProfileColumn *column = g_ptr_array_index (profile->columns, c);
          const KpNeedsArea     *known = g_ptr_array_index (known_areas, c);
          KpIndicatorInput       input;

          if (source == KP_INDICATOR_SOURCE_NETWORK)
            row->values[c] = NAN;
          else if (known == NULL)
            row->values[c] = kp_indicator_compute_for_area (k, g_ptr_array_index (column_areas, c));
          else
            {
              input_of_area (&input, known);
              row->values[c] = kp_indicator_compute_input (k, &input);
            }
          if (column->level == KP_AREA_LEVEL_CR)
            row->cr = row->values[c];
        }
      if (source != KP_INDICATOR_SOURCE_NETWORK)
        compute_range (reference, row, scratch);
      set_rag (self, row);
      g_ptr_array_add (profile->rows, row);
    }
  return profile;
}

void
kp_obce_table_free (KpObceTable *table)
{
  if (table == NULL)
    return;
  g_free (table->indicators);
  g_free (table->territory);
  g_strfreev (table->kods);
  g_strfreev (table->names);
  g_free (table->values);
  g_free (table->rag);
  g_free (table);
}

KpObceTable *
kp_needs_compute_obce (KpNeeds *self)
{
  KpProject        *project;
  KpNeedsReference *reference;
  KpObceTable      *table;
  GListModel       *obce;
  KpIndicatorInput  territory_input;

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);

  project = kp_needs_get_project (self);
  reference = self->reference;
  table = g_new0 (KpObceTable, 1);
  table->indicators = g_new (KpIndicator, KP_N_INDICATORS);
  for (guint k = 0; k < KP_N_INDICATORS; k++)
    if (kp_indicator_has_obec_values (k) || k == KP_INDICATOR_AVERAGE_AGE)
      table->indicators[table->n_indicators++] = (KpIndicator) k;

  territory_input = (KpIndicatorInput){
    kp_area_get_totals (kp_project_get_totals (project)), NAN,
    reference != NULL && reference->territory->has_bands ? reference->territory->bands[0] : NULL,
    NULL, NULL
  };
  table->territory = g_new (double, table->n_indicators);
  for (guint k = 0; k < table->n_indicators; k++)
    table->territory[k] = kp_indicator_compute_input (table->indicators[k], &territory_input);

  obce = kp_project_get_obce (project);
  table->n_obce = g_list_model_get_n_items (obce);
  table->kods = g_new0 (char *, table->n_obce + 1);
  table->names = g_new0 (char *, table->n_obce + 1);
  table->values = g_new (double, (gsize) MAX (table->n_obce, 1) * table->n_indicators);
  table->rag = g_new (KpRag, (gsize) MAX (table->n_obce, 1) * table->n_indicators);
  for (guint i = 0; i < table->n_obce; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
      const KpNeedsArea *bands = kp_needs_reference_lookup (reference, KP_AREA_LEVEL_OBEC,
                                                            kp_obec_get_kod (obec));
      KpIndicatorInput   input = { kp_obec_get_totals (obec), kp_obec_get_area_km2 (obec),
                                 bands != NULL && bands->has_bands ? bands->bands[0] : NULL,
                                   NULL, NULL };

      table->kods[i] = g_strdup (kp_obec_get_kod (obec));
      table->names[i] = g_strdup (kp_obec_get_nazev (obec));
      for (guint k = 0; k < table->n_indicators; k++)
        {
          gsize at = (gsize) i * table->n_indicators + k;

          table->values[at] = kp_indicator_compute_input (table->indicators[k], &input);
          table->rag[at] = kp_rag_compare (table->values[at], table->territory[k],
                                           kp_indicator_get_better (table->indicators[k]));
        }
    }
  return table;
}
