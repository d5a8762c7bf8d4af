/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-area-level.h"
#include "kp-indicator.h"
#include "kp-needs-types.h"

G_BEGIN_DECLS

/* What the Potřeby view, komplan-cli and the plan documents show of the analysis, as plain
 * structs computed from the project (kp_needs_compute_profile() and friends in
 * kp-needs.h): nothing in them refers back to the project, so they can be kept, drawn
 * in a worker thread or written as JSON. */

/**
 * KpProfileColumn:
 * @level: ORP, KRAJ or CR
 * @kod: the area's RÚIAN code ("CZ" for ČR)
 * @name: "Benešov", "Středočeský kraj", "Česká republika"
 *
 * An area the territory is compared with: each ORP it touches, each kraj, ČR.
 */
typedef struct
{
  KpAreaLevel level;
  char       *kod;
  char       *name;
} KpProfileColumn;

/**
 * KpProfileRow:
 * @indicator: the indicator of the registry
 * @ref_date: (nullable): ISO date of its figures
 * @source: the source with its date, translated
 * @territory: its value for the territory; NAN when undefined, and for a ČSÚ indicator of
 *   SO ORP when the territory is not one whole ORP (@per_orp_only)
 * @per_orp_only: ČSÚ publishes it per ORP only and the territory is not one: its ORP
 *   columns hold the values, never a sum made up for the territory
 * @values: (array length=n_values): the value for each column of the profile, NAN unknown
 * @cr: ČR's value, NAN when unknown
 * @n_orp: how many ORP the range is over (206 for the whole country); 0: no range
 * @min, @q1, @median, @q3, @max: the range over those ORP
 * @has_benchmark: the user set a benchmark
 * @benchmark: its value
 * @benchmark_better: the direction the benchmark counts as better
 * @benchmark_source: (nullable): where the benchmark comes from, with its year
 * @rag: the territory (or, per ORP only, its first ORP) against the benchmark, or ČR
 *   without one
 * @value_rag: (array length=n_values): each column against the same comparator
 *
 * One indicator of the profile, Fingertips-style.
 */
typedef struct
{
  KpIndicator       indicator;
  char             *ref_date;
  char             *source;
  double            territory;
  gboolean          per_orp_only;
  double           *values;
  guint             n_values;
  double            cr;
  guint             n_orp;
  double            min, q1, median, q3, max;
  gboolean          has_benchmark;
  double            benchmark;
  KpIndicatorBetter benchmark_better;
  char             *benchmark_source;
  KpRag             rag;
  KpRag            *value_rag;
} KpProfileRow;

/**
 * KpNeedsProfile:
 * @territory_name: the project's territory, "ORP Benešov"
 * @population_date: ISO date of the age composition
 * @orp_figures_date: (nullable): ISO date of the ČSÚ indicators of SO ORP, %NULL when the
 *   project has none
 * @territory_is_orp: the territory is one whole ORP
 * @columns: (element-type KpProfileColumn): the compared areas
 * @rows: (element-type KpProfileRow): the indicators, in the registry's order
 */
typedef struct
{
  char      *territory_name;
  char      *population_date;
  char      *orp_figures_date;
  gboolean   territory_is_orp;
  GPtrArray *columns;
  GPtrArray *rows;
} KpNeedsProfile;

void kp_needs_profile_free (KpNeedsProfile *profile);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpNeedsProfile, kp_needs_profile_free)

/* Returns: (transfer none) (nullable): the row of @indicator */
const KpProfileRow *kp_needs_profile_find (const KpNeedsProfile *profile,
                                           KpIndicator           indicator);

/**
 * KpObceTable:
 * @indicators: (array length=n_indicators): the columns, the indicators an obec has and
 *   average age
 * @territory: (array length=n_indicators): the territory's values
 * @kods, @names: (array length=n_obce): the obce, in Czech order of names
 * @values: n_obce × n_indicators values, row by row; NAN unknown
 * @rag: the same, each obec against the territory
 */
typedef struct
{
  KpIndicator *indicators;
  guint        n_indicators;
  double      *territory;
  char       **kods;
  char       **names;
  guint        n_obce;
  double      *values;
  KpRag       *rag;
} KpObceTable;

void kp_obce_table_free (KpObceTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpObceTable, kp_obce_table_free)

/**
 * KpCoverageRow:
 * @type_code: (nullable): the type of service, %NULL for the row of the kraj network's
 *   úvazky
 * @type_name: its name ("domovy pro seniory"), or "Krajská síť 2026" for the úvazky of
 *   the kraj network of the year
 * @unit: the capacity unit's code (kp-capacity-unit.h)
 * @base: the population the capacity is divided by
 * @base_is_default: Komplan's default, not the user's choice
 * @capacity: the capacity serving the area (a share of a service by its territorial scope)
 * @population: the base population of the area
 * @per_1000: @capacity per 1 000 of @population; NAN without population
 * @services: how many services count
 * @benchmark, @has_benchmark, @rag: as in KpProfileRow, against the benchmark only
 * @key: the benchmark key of the row ("coverage:DruhSocialniSluzby/13:luzka")
 */
typedef struct
{
  char            *type_code;
  char            *type_name;
  char            *unit;
  KpPopulationBase base;
  gboolean         base_is_default;
  double           capacity;
  gint64           population;
  double           per_1000;
  guint            services;
  gboolean         has_benchmark;
  double           benchmark;
  KpRag            rag;
  char            *key;
} KpCoverageRow;

void kp_coverage_row_free (KpCoverageRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpCoverageRow, kp_coverage_row_free)

/* How @value compares with @comparator when @better says which way is better: within 5 %
 * of the comparator's size is similar. NONE when either is NAN or nothing is better. */
KpRag kp_rag_compare (double            value,
                      double            comparator,
                      KpIndicatorBetter better);

G_END_DECLS
