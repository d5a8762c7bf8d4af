/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the needs module only: the SQL of benchmarks, coverage bases, findings and SWOT. */

#include "kp-needs-private.h"

G_BEGIN_DECLS

/* Benchmarks: @benchmarks gets indicator → KpBenchmark. */
gboolean kp_needs_repository_load_benchmarks (KpDatabase *db,
                                              GHashTable *benchmarks,
                                              GError    **error);
gboolean kp_needs_repository_set_benchmark (KpDatabase        *db,
                                            const KpBenchmark *benchmark,
                                            GError           **error);
gboolean kp_needs_repository_remove_benchmark (KpDatabase *db,
                                               const char *indicator,
                                               GError    **error);
/* Coverage bases: @bases gets type code → KpPopulationBase + 1. */
gboolean kp_needs_repository_load_coverage_bases (KpDatabase *db,
                                                  GHashTable *bases,
                                                  GError    **error);
/* @base < 0 removes the choice. */
gboolean kp_needs_repository_set_coverage_base (KpDatabase *db,
                                                const char *type_code,
                                                int         base,
                                                GError    **error);

/* Findings. @ids: NULL for all. Returns: (element-type KpFindingData), by id */
GPtrArray *kp_needs_repository_load_findings (KpDatabase   *db,
                                              const gint64 *ids,
                                              guint         n_ids,
                                              GError      **error);
gboolean   kp_needs_repository_insert_finding (KpDatabase          *db,
                                               const KpFindingData *data,
                                               gint64              *out_id,
                                               GError             **error);
gboolean   kp_needs_repository_update_finding (KpDatabase          *db,
                                               const KpFindingData *data,
                                               GError             **error);
gboolean   kp_needs_repository_delete_finding (KpDatabase *db,
                                               gint64      id,
                                               GError    **error);

/* SWOT. Returns: (element-type KpSwotItem) by scope, quadrant and position */
GPtrArray *kp_needs_repository_load_swot (KpDatabase *db,
                                          GError    **error);
gboolean   kp_needs_repository_insert_swot (KpDatabase    *db,
                                            const char    *scope,
                                            KpSwotQuadrant quadrant,
                                            const char    *text,
                                            gint64        *out_id,
                                            GError       **error);
gboolean   kp_needs_repository_set_swot_text (KpDatabase *db,
                                              gint64      id,
                                              const char *text,
                                              GError    **error);
gboolean   kp_needs_repository_set_swot_position (KpDatabase *db,
                                                  gint64      id,
                                                  int         position,
                                                  GError    **error);
gboolean   kp_needs_repository_delete_swot (KpDatabase *db,
                                            gint64      id,
                                            GError    **error);
gboolean   kp_needs_repository_set_swot_citations (KpDatabase   *db,
                                                   gint64        id,
                                                   const gint64 *findings,
                                                   guint         n_findings,
                                                   GError      **error);

G_END_DECLS
