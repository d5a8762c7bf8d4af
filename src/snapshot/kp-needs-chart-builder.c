/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-chart-builder.h"
#include "kp-capacity-unit.h"
#include "kp-czech.h"

#include <math.h>
#include <stdlib.h>

/* Chart snapshots of the needs analysis (kp-needs-chart-builder.h). */

KpChartTone
kp_needs_chart_tone (KpRag rag)
{
  switch (rag)
    {
    case KP_RAG_BETTER:
      return KP_CHART_TONE_BETTER;
    case KP_RAG_SIMILAR:
      return KP_CHART_TONE_SIMILAR;
    case KP_RAG_WORSE:
      return KP_CHART_TONE_WORSE;
    case KP_RAG_NONE:
    default:
      return KP_CHART_TONE_NEUTRAL;
    }
}

static char *
population_subtitle (KpProject *project)
{
  return kp_indicator_dup_source_text (KP_INDICATOR_POPULATION,
                                       kp_project_get_reference_date (project));
}

KpChart *
kp_needs_chart_pyramid (KpProject *project)
{
  KpNeeds         *needs = kp_needs_get (project);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = population_subtitle (project);
  KpChart         *chart;

  /* Translators: a chart's title, then the territory, "Věková pyramida: MAS Podlesí" */
  title = g_strdup_printf (_ ("Population pyramid: %s"), kp_project_get_territory_name (project));
  chart = kp_chart_new (KP_CHART_PYRAMID, title, subtitle);
  kp_needs_get_bands (needs, KP_AREA_LEVEL_TERRITORY, NULL, "muzi", chart->bands[0]);
  kp_needs_get_bands (needs, KP_AREA_LEVEL_TERRITORY, NULL, "zeny", chart->bands[1]);
  chart->has_outline = kp_needs_get_bands (needs, KP_AREA_LEVEL_CR, "CZ", "muzi", chart->outline[0]) &&
                       kp_needs_get_bands (needs, KP_AREA_LEVEL_CR, "CZ", "zeny", chart->outline[1]);
  for (int b = 0; b < KP_CHART_PYRAMID_BANDS; b++)
    chart->band_labels[b] = b + 1 < KP_CHART_PYRAMID_BANDS ? g_strdup_printf ("%d–%d", 5 * b, 5 * b + 4)
                                                           : g_strdup ("85+");
  chart->series_labels[0] = g_strdup (C_ ("sex", "Men"));
  chart->series_labels[1] = g_strdup (C_ ("sex", "Women"));
  chart->series_labels[2] = g_strdup (_ ("Czech Republic (outline)"));
  chart->empty_text = g_strdup (_ ("The project has no population by sex and age."));
  return chart;
}

static char *
format_value (KpIndicator indicator,
              double      value)
{
  return isnan (value) ? g_strdup ("–") : kp_indicator_format_number (indicator, value);
}

/* The first ORP value of a row given per ORP only, with the ORP's name. */
static double
first_orp_value (const KpNeedsProfile *profile,
                 const KpProfileRow   *row,
                 const char          **out_name)
{
  for (guint c = 0; c < profile->columns->len; c++)
    {
      const KpProfileColumn *column = g_ptr_array_index (profile->columns, c);

      if (column->level == KP_AREA_LEVEL_ORP && !isnan (row->values[c]))
        {
          *out_name = column->name;
          return row->values[c];
        }
    }
  *out_name = NULL;
  return NAN;
}

static void
add_spine_row (KpChart              *chart,
               const KpNeedsProfile *profile,
               const KpProfileRow   *row)
{
  KpChartSpineRow *spine;
  g_autofree char *label = NULL;
  g_autofree char *value_text = NULL;
  const char      *orp = NULL;
  double           value = row->territory;

  if (row->per_orp_only)
    value = first_orp_value (profile, row, &orp);
  if (orp != NULL)
    /* Translators: an indicator given for one ORP of a territory, "Saldo migrace (ORP Lesná)" */
    label = g_strdup_printf (_ ("%s (ORP %s)"), kp_indicator_get_name (row->indicator), orp);
  else
    label = g_strdup (kp_indicator_get_name (row->indicator));
  value_text = format_value (row->indicator, value);
  spine = kp_chart_add_spine_row (chart, label, value_text);
  if (row->n_orp > 0)
    {
      spine->min = row->min;
      spine->q1 = row->q1;
      spine->median = row->median;
      spine->q3 = row->q3;
      spine->max = row->max;
    }
  spine->reference = row->cr;
  spine->value = value;
  spine->tone = kp_needs_chart_tone (row->rag);
  spine->marker = row->has_benchmark ? row->benchmark : NAN;
}

KpChart *
kp_needs_chart_spine (KpProject            *project,
                      const KpNeedsProfile *profile)
{
  g_autoptr (KpNeedsProfile) own = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *population = NULL;
  KpChart         *chart;

  if (profile == NULL)
    profile = own = kp_needs_compute_profile (kp_needs_get (project));
  /* Translators: a chart's title, then the territory */
  title = g_strdup_printf (_ ("Indicator profile: %s"), profile->territory_name);
  population = kp_czech_format_date (profile->population_date);
  if (profile->orp_figures_date != NULL)
    {
      g_autofree char *orp = kp_czech_format_date (profile->orp_figures_date);

      /* Translators: the dates of the figures of a profile */
      subtitle = g_strdup_printf (_ ("Population by age as of %s; ČSÚ indicators of SO ORP as of %s. "
                                     "The range is over all ORP of the Czech Republic."),
                                  population, orp);
    }
  else
    subtitle = g_strdup_printf (_ ("Population by age as of %s"), population);
  chart = kp_chart_new (KP_CHART_SPINE, title, subtitle);
  chart->spine_reference_label = g_strdup (_ ("Czech Republic"));
  for (guint i = 0; i < profile->rows->len; i++)
    {
      const KpProfileRow *row = g_ptr_array_index (profile->rows, i);
      const char         *orp = NULL;

      /* Counts of people have no place on a common scale of areas of any size. */
      if (kp_indicator_get_unit (row->indicator) == KP_INDICATOR_UNIT_PERSONS)
        continue;
      if (isnan (row->territory) && !(row->per_orp_only && !isnan (first_orp_value (profile, row, &orp))))
        continue;
      add_spine_row (chart, profile, row);
    }
  return chart;
}

typedef struct
{
  const char *name;
  double      value;
  KpRag       rag;
} ObecValue;

static int
compare_values (const void *a,
                const void *b)
{
  const ObecValue *va = a, *vb = b;

  if (isnan (va->value) != isnan (vb->value))
    return isnan (va->value) ? 1 : -1;
  if (va->value != vb->value)
    return va->value > vb->value ? -1 : 1;
  return kp_czech_compare (va->name, vb->name);
}

KpChart *
kp_needs_chart_indicator (KpProject  *project,
                          KpIndicator indicator)
{
  KpNeeds *needs = kp_needs_get (project);
  g_autoptr (KpObceTable) table = kp_needs_compute_obce (needs);
  g_autofree char      *title = NULL;
  g_autofree char      *subtitle = NULL;
  g_autofree char      *territory = NULL;
  g_autofree ObecValue *values = NULL;
  KpChart              *chart;
  int                   column = -1;

  for (guint k = 0; k < table->n_indicators; k++)
    if (table->indicators[k] == indicator)
      column = (int) k;
  if (column < 0)
    {
      g_autoptr (KpNeedsProfile) profile = kp_needs_compute_profile (needs);
      const KpProfileRow *row = kp_needs_profile_find (profile, indicator);

      chart = kp_chart_new (KP_CHART_SPINE, kp_indicator_get_name (indicator), row->source);
      chart->spine_reference_label = g_strdup (_ ("Czech Republic"));
      add_spine_row (chart, profile, row);
      return chart;
    }
  /* Translators: a chart's title: an indicator by obec, "Podíl 65+ podle obcí" */
  title = g_strdup_printf (_ ("%s by obec"), kp_indicator_get_name (indicator));
  subtitle = kp_indicator_dup_source_text (indicator, kp_project_get_reference_date (project));
  chart = kp_chart_new (KP_CHART_BARS, title, subtitle);
  chart->unit = g_strdup (kp_indicator_get_unit_label (indicator));
  values = g_new (ObecValue, MAX (table->n_obce, 1));
  for (guint i = 0; i < table->n_obce; i++)
    {
      gsize at = (gsize) i * table->n_indicators + column;

      values[i] = (ObecValue){ table->names[i], table->values[at], table->rag[at] };
    }
  qsort (values, table->n_obce, sizeof (ObecValue), compare_values);
  for (guint i = 0; i < table->n_obce; i++)
    {
      g_autofree char *text = format_value (indicator, values[i].value);

      kp_chart_add_bar (chart, values[i].name, values[i].value, text,
                        kp_needs_chart_tone (values[i].rag));
    }
  chart->reference = table->territory[column];
  territory = format_value (indicator, table->territory[column]);
  /* Translators: the label of the line at the territory's value, "území: 20,6" */
  chart->reference_label = g_strdup_printf (_ ("territory: %s"), territory);
  /* Translators: after the legend "better similar worse" of an obce chart */
  chart->tone_legend = g_strdup (_ ("than the territory"));
  return chart;
}

KpChart *
kp_needs_chart_coverage (KpProject  *project,
                         const char *obec_kod)
{
  g_autoptr (GPtrArray) rows = kp_needs_compute_coverage (kp_needs_get (project), obec_kod);
  g_autofree char *title = NULL;
  KpChart         *chart;

  /* Translators: a chart's title, then the territory */
  title = g_strdup_printf (_ ("Coverage of services: %s"), kp_project_get_territory_name (project));
  chart = kp_chart_new (KP_CHART_BARS, title,
                        _ ("Registered capacity of the project’s network (the kraj network’s "
                           "úvazky) per 1 000 of the population each type serves"));
  chart->unit = g_strdup (_ ("per 1 000"));
  chart->empty_text = g_strdup (_ ("The project’s network has no registered service provided "
                                   "today."));
  for (guint i = 0; i < rows->len; i++)
    {
      const KpCoverageRow *row = g_ptr_array_index (rows, i);
      KpCapacityUnit       unit = KP_CAPACITY_UNIT_KLIENT;
      g_autofree char     *label = NULL;
      g_autofree char     *value = kp_czech_format_double (row->per_1000, 2);
      KpChartBar          *bar;

      kp_capacity_unit_from_code (row->unit, &unit);
      /* Translators: a row of the coverage chart: type of service, unit, population base,
       * "domovy pro seniory – lůžka (obyvatelé 65+)" */
      label = g_strdup_printf (_ ("%s – %s (%s)"), row->type_name, kp_capacity_unit_get_name (unit),
                               kp_population_base_get_short_label (row->base));
      bar = kp_chart_add_bar (chart, label, row->per_1000, value, kp_needs_chart_tone (row->rag));
      bar->marker = row->has_benchmark ? row->benchmark : NAN;
      if (row->has_benchmark && chart->tone_legend == NULL)
        /* Translators: after the legend "better similar worse" of the coverage chart */
        chart->tone_legend = g_strdup (_ ("than the benchmark (black tick)"));
    }
  return chart;
}

KpChart *
kp_needs_chart_question (const KpQuestionResult *result)
{
  g_autofree char *subtitle = NULL;
  KpChart         *chart;

  g_return_val_if_fail (result != NULL, NULL);
  /* Translators: under a survey question's chart: how many answered it */
  subtitle = g_strdup_printf (_ ("Valid answers: n = %u"), result->valid);
  chart = kp_chart_new (KP_CHART_BARS, result->text, subtitle);
  chart->unit = g_strdup ("%");
  for (guint i = 0; i < result->answers->len; i++)
    {
      const KpAnswerCount *count = g_ptr_array_index (result->answers, i);
      g_autofree char     *percent = kp_czech_format_percent (count->percent, 1);
      g_autofree char     *text = g_strdup_printf ("%u (%s)", count->count, percent);

      kp_chart_add_bar (chart, count->label, count->percent, text, KP_CHART_TONE_NEUTRAL);
    }
  return chart;
}
