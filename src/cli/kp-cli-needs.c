/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-capacity-unit.h"
#include "kp-cli-private.h"
#include "kp-czech.h"
#include "kp-needs.h"

#include <math.h>

/* komplan-cli needs indicators: the indicator profile and the coverage of services. */

static const char *
rag_id (KpRag rag)
{
  switch (rag)
    {
    case KP_RAG_BETTER:
      return "better";
    case KP_RAG_SIMILAR:
      return "similar";
    case KP_RAG_WORSE:
      return "worse";
    case KP_RAG_NONE:
    default:
      return NULL;
    }
}

static void
json_nullable_string (KpCliJson  *json,
                      const char *key,
                      const char *value)
{
  kp_cli_json_key (json, key);
  if (value != NULL)
    kp_cli_json_string (json, value);
  else
    kp_cli_json_double (json, NAN); /* null */
}

/* The values of one level ("orp", "kraj") as [{"kod", "name", "value"}]. */
static void
json_level (KpCliJson            *json,
            const KpNeedsProfile *profile,
            const KpProfileRow   *row,
            KpAreaLevel           level)
{
  kp_cli_json_key (json, kp_area_level_to_string (level));
  kp_cli_json_begin_array (json);
  for (guint c = 0; c < profile->columns->len; c++)
    {
      const KpProfileColumn *column = g_ptr_array_index (profile->columns, c);

      if (column->level != level)
        continue;
      kp_cli_json_begin_object (json);
      kp_cli_json_key (json, "kod");
      kp_cli_json_string (json, column->kod);
      kp_cli_json_key (json, "name");
      kp_cli_json_string (json, column->name);
      kp_cli_json_key (json, "value");
      kp_cli_json_double (json, row->values[c]);
      kp_cli_json_end_object (json);
    }
  kp_cli_json_end_array (json);
}

static void
json_indicator (KpCliJson            *json,
                const KpNeedsProfile *profile,
                const KpProfileRow   *row)
{
  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "id");
  kp_cli_json_string (json, kp_indicator_get_id (row->indicator));
  kp_cli_json_key (json, "name");
  kp_cli_json_string (json, kp_indicator_get_name (row->indicator));
  kp_cli_json_key (json, "unit");
  kp_cli_json_string (json, kp_indicator_get_unit_label (row->indicator));
  kp_cli_json_key (json, "territory");
  kp_cli_json_double (json, row->territory);
  kp_cli_json_key (json, "per_orp_only");
  kp_cli_json_bool (json, row->per_orp_only);
  json_level (json, profile, row, KP_AREA_LEVEL_ORP);
  json_level (json, profile, row, KP_AREA_LEVEL_KRAJ);
  kp_cli_json_key (json, "cr");
  kp_cli_json_double (json, row->cr);
  json_nullable_string (json, "date", row->ref_date);
  kp_cli_json_key (json, "source");
  kp_cli_json_string (json, row->source);
  kp_cli_json_key (json, "range");
  if (row->n_orp > 0)
    {
      kp_cli_json_begin_object (json);
      kp_cli_json_key (json, "orp");
      kp_cli_json_int (json, row->n_orp);
      kp_cli_json_key (json, "min");
      kp_cli_json_double (json, row->min);
      kp_cli_json_key (json, "q1");
      kp_cli_json_double (json, row->q1);
      kp_cli_json_key (json, "median");
      kp_cli_json_double (json, row->median);
      kp_cli_json_key (json, "q3");
      kp_cli_json_double (json, row->q3);
      kp_cli_json_key (json, "max");
      kp_cli_json_double (json, row->max);
      kp_cli_json_end_object (json);
    }
  else
    kp_cli_json_double (json, NAN);
  kp_cli_json_key (json, "benchmark");
  kp_cli_json_double (json, row->has_benchmark ? row->benchmark : NAN);
  json_nullable_string (json, "rag", rag_id (row->rag));
  kp_cli_json_end_object (json);
}

static void
json_coverage (KpCliJson           *json,
               const KpCoverageRow *row)
{
  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "type");
  /* The row of the kraj network's úvazky has no type of service. */
  kp_cli_json_string (json, row->type_code != NULL ? row->type_code : "network");
  kp_cli_json_key (json, "type_name");
  kp_cli_json_string (json, row->type_name);
  kp_cli_json_key (json, "unit");
  {
    KpCapacityUnit unit;

    kp_cli_json_string (json, kp_capacity_unit_from_code (row->unit, &unit)
                                  ? kp_capacity_unit_get_key (unit)
                                  : row->unit);
  }
  kp_cli_json_key (json, "capacity");
  kp_cli_json_double (json, row->capacity);
  kp_cli_json_key (json, "population");
  kp_cli_json_int (json, row->population);
  kp_cli_json_key (json, "base");
  kp_cli_json_string (json, kp_population_base_to_string (row->base));
  kp_cli_json_key (json, "per_1000");
  kp_cli_json_double (json, row->per_1000);
  kp_cli_json_key (json, "services");
  kp_cli_json_int (json, row->services);
  kp_cli_json_key (json, "benchmark");
  kp_cli_json_double (json, row->has_benchmark ? row->benchmark : NAN);
  json_nullable_string (json, "rag", rag_id (row->rag));
  kp_cli_json_end_object (json);
}

static gboolean
print_json (const KpNeedsProfile *profile,
            GPtrArray            *coverage,
            GError              **error)
{
  g_autoptr (KpCliJson) json = kp_cli_json_new ();

  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "territory_name");
  kp_cli_json_string (json, profile->territory_name);
  json_nullable_string (json, "population_date", profile->population_date);
  json_nullable_string (json, "orp_figures_date", profile->orp_figures_date);
  kp_cli_json_key (json, "indicators");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < profile->rows->len; i++)
    json_indicator (json, profile, g_ptr_array_index (profile->rows, i));
  kp_cli_json_end_array (json);
  kp_cli_json_key (json, "coverage");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < coverage->len; i++)
    json_coverage (json, g_ptr_array_index (coverage, i));
  kp_cli_json_end_array (json);
  kp_cli_json_end_object (json);
  return kp_cli_json_print (json, error);
}

static char *
format_value (KpIndicator indicator,
              double      value)
{
  return isnan (value) ? g_strdup ("–") : kp_indicator_format_number (indicator, value);
}

static void
print_text (const KpNeedsProfile *profile,
            GPtrArray            *coverage)
{
  g_autofree char *population_date = kp_czech_format_date (profile->population_date);
  int              name_width = 0;

  /* Translators: the heading of komplan-cli needs indicators; the territory's name */
  g_print (_ ("Indicators of %s\n"), profile->territory_name);
  g_print (_ ("Population by age: as of %s\n"), population_date);
  if (profile->orp_figures_date != NULL)
    {
      g_autofree char *date = kp_czech_format_date (profile->orp_figures_date);

      g_print (_ ("ČSÚ indicators of SO ORP: as of %s\n"), date);
    }
  for (guint i = 0; i < profile->rows->len; i++)
    {
      const KpProfileRow *row = g_ptr_array_index (profile->rows, i);

      name_width = MAX (name_width, kp_cli_text_width (kp_indicator_get_name (row->indicator)));
    }
  g_print ("\n");
  {
    g_autofree char *head = kp_cli_pad (_ ("Indicator"), name_width, FALSE);
    g_autofree char *territory = kp_cli_pad (_ ("Territory"), 10, TRUE);

    g_print ("%s  %s", head, territory);
    for (guint c = 0; c < profile->columns->len; c++)
      {
        const KpProfileColumn *column = g_ptr_array_index (profile->columns, c);
        g_autofree char       *name = kp_cli_pad (column->name, 10, TRUE);

        g_print ("  %s", name);
      }
    g_print ("\n");
  }
  for (guint i = 0; i < profile->rows->len; i++)
    {
      const KpProfileRow *row = g_ptr_array_index (profile->rows, i);
      g_autofree char    *name = kp_cli_pad (kp_indicator_get_name (row->indicator), name_width, FALSE);
      g_autofree char    *own = row->per_orp_only ? g_strdup (_ ("per ORP"))
                                                  : format_value (row->indicator, row->territory);
      g_autofree char    *own_padded = kp_cli_pad (own, 10, TRUE);

      g_print ("%s  %s", name, own_padded);
      for (guint c = 0; c < row->n_values; c++)
        {
          g_autofree char *value = format_value (row->indicator, row->values[c]);
          g_autofree char *padded = kp_cli_pad (value, MAX (10, kp_cli_text_width (((KpProfileColumn *) g_ptr_array_index (profile->columns, c))->name)),
                                                TRUE);

          g_print ("  %s", padded);
        }
      g_print ("\n");
    }
  if (coverage->len == 0)
    return;
  g_print ("\n%s\n", _ ("Coverage of services"));
  for (guint i = 0; i < coverage->len; i++)
    {
      const KpCoverageRow *row = g_ptr_array_index (coverage, i);
      g_autofree char     *per_1000 = kp_czech_format_double (row->per_1000, 2);
      g_autofree char     *capacity = kp_czech_format_double (row->capacity, row->capacity == floor (row->capacity) ? 0 : 1);
      KpCapacityUnit       unit = KP_CAPACITY_UNIT_KLIENT;

      kp_capacity_unit_from_code (row->unit, &unit);
      /* Translators: a coverage row: type of service, capacity and unit, per 1 000 of
       * whom, e.g. "domovy pro seniory: 62 lůžka, 14,81 na 1 000 (obyvatelé 65+)" */
      g_print (_ ("  %s: %s %s, %s per 1 000 (%s)\n"), row->type_name, capacity,
               kp_capacity_unit_get_name (unit), per_1000,
               kp_population_base_get_label (row->base));
    }
}

/**
 * kp_cli_needs_indicators:
 *
 * komplan-cli needs indicators [--json] FILE.komplan
 */
gboolean
kp_cli_needs_indicators (const KpCliOptions *options,
                         GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpNeedsProfile) profile = NULL;
  g_autoptr (GPtrArray) coverage = NULL;
  KpNeeds *needs;

  if (options->args == NULL || g_strv_length (options->args) != 1)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“needs indicators” needs FILE.komplan (see “komplan-cli needs indicators "
                      "--help”)"));
      return FALSE;
    }
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;
  needs = kp_needs_get (project);
  profile = kp_needs_compute_profile (needs);
  coverage = kp_needs_compute_coverage (needs, NULL);
  if (options->json)
    return print_json (profile, coverage, error);
  print_text (profile, coverage);
  return TRUE;
}
