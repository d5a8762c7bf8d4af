/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-indicator.h"

G_BEGIN_DECLS

/**
 * KpBenchmark:
 * @indicator: an indicator id of the registry ("share_65_plus") or a coverage row's key
 *   ("coverage:DruhSocialniSluzby/13:luzka")
 * @value: the reference value, in the indicator's unit
 * @source: (nullable): where it comes from ("Krajský střednědobý plán 2026–2028")
 * @year: the year it describes, 0 when not given
 * @better: HIGHER or LOWER: which side of the value counts as better
 *
 * A reference value the user compares an indicator with (DOMAIN.md §5.2: no national
 * normatives are in force, so each plan sets its own).
 */
typedef struct
{
  char             *indicator;
  double            value;
  char             *source;
  int               year;
  KpIndicatorBetter better;
} KpBenchmark;

KpBenchmark *kp_benchmark_new (const char       *indicator,
                               double            value,
                               const char       *source,
                               int               year,
                               KpIndicatorBetter better);
KpBenchmark *kp_benchmark_copy (const KpBenchmark *benchmark);
void         kp_benchmark_free (KpBenchmark *benchmark);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpBenchmark, kp_benchmark_free)

/* "Krajský plán, 2024" or "Krajský plán" or "2024"; %NULL when neither is given. */
char *kp_benchmark_dup_source_text (const KpBenchmark *benchmark);

/* Whether @id names something a benchmark can be set for: an indicator of the registry or
 * a coverage row ("coverage:" followed by a type code or "network", ":" and a unit). */
gboolean kp_benchmark_is_valid_indicator (const char *id);

/* A benchmark set as JSON, so that the ORP of a kraj can share one:
 *   {"format": "komplan-benchmarks", "version": 1,
 *    "benchmarks": [{"indicator": "share_65_plus", "value": 21.5, "source": "…",
 *                    "year": 2024, "direction": "lower"}, …]}
 * Returns: (transfer full): the text */
char *kp_benchmarks_to_json (GPtrArray *benchmarks);
/* Reads such a file. An unknown indicator, a missing or non-finite value, a direction
 * other than "higher" and "lower" or a duplicated indicator refuses the whole file,
 * naming the item (KP_IMPORT_ERROR).
 * Returns: (transfer full) (element-type KpBenchmark): the benchmarks, or %NULL */
GPtrArray *kp_benchmarks_from_json (const char *text,
                                    gsize       length,
                                    const char *display_name,
                                    GError    **error);

G_END_DECLS
