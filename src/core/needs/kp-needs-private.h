/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the needs module only: its state, shared by the files it is split into:
 * kp-needs.c (reading and reloading), kp-needs-edit.c (benchmarks, findings, SWOT),
 * kp-needs-survey-edit.c (surveys), kp-needs-comparison.c (the comparison figures),
 * kp-needs-profile.c and kp-needs-coverage.c (the analysis). */

#include "kp-database.h"
#include "kp-needs.h"
#include "kp-project-private.h"

G_BEGIN_DECLS

#define KP_AGE_N_SEXES 3 /* celkem, muži, ženy */

/**
 * KpNeedsArea:
 * The figures of one area: an ORP, a kraj, ČR, the territory or one of its obce.
 */
typedef struct
{
  KpAreaLevel  level;
  char        *kod;
  char        *csu_kod;
  char        *name;
  char        *kraj_kod;
  char        *ref_date;
  KpAgeTotals  totals;
  gboolean     has_bands;
  gint64       bands[KP_AGE_N_SEXES][KP_AGE_N_BANDS];
  gboolean     has_orp;
  KpOrpFigures orp; /* an ORP's own, the sum over a kraj's or ČR's ORP */
} KpNeedsArea;

void kp_needs_area_free (KpNeedsArea *area);
/* Totals from the bands of "celkem". */
void kp_needs_area_sum_bands (KpNeedsArea *area);

/* The comparison figures and the territory's bands, as read from the project. */
typedef struct
{
  GPtrArray   *orp;    /* KpNeedsArea, every ORP */
  GPtrArray   *kraje;  /* KpNeedsArea */
  KpNeedsArea *cr;     /* nullable */
  GHashTable  *by_key; /* "orp:949" → KpNeedsArea */
  char        *orp_figures_date;
  GHashTable  *obce; /* obec kod → KpNeedsArea (the territory's obce, with bands) */
  KpNeedsArea *territory;
} KpNeedsReference;

void kp_needs_reference_free (KpNeedsReference *reference);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpNeedsReference, kp_needs_reference_free)
/* Returns: (nullable): the area @level/@kod */
KpNeedsArea *kp_needs_reference_lookup (KpNeedsReference *reference,
                                        KpAreaLevel       level,
                                        const char       *kod);

struct _KpNeeds
{
  KpProjectModule parent_instance;

  KpNeedsReference *reference;
  GHashTable       *benchmarks;     /* indicator → KpBenchmark */
  GHashTable       *coverage_bases; /* type code → KpPopulationBase + 1 */
  GListStore       *surveys;        /* KpSurvey, by name */
  GListStore       *findings;       /* KpFinding, by id */
  GPtrArray        *swot;           /* KpSwotItem */
};

KpDatabase *kp_needs_get_database (KpNeeds *self);
KpProject  *kp_needs_get_project (KpNeeds *self);

/* kp-needs.c: re-reading parts after a change. */
void kp_needs_reload_reference (KpNeeds *self);
void kp_needs_reload_benchmarks (KpNeeds *self);
void kp_needs_reload_surveys (KpNeeds      *self,
                              const gint64 *ids,
                              guint         n_ids);
void kp_needs_reload_findings (KpNeeds      *self,
                               const gint64 *ids,
                               guint         n_ids);
void kp_needs_reload_swot (KpNeeds *self);

/* kp-needs-comparison.c: copies the comparison figures from the library attached as
 * "lib" into @db (a new project file, or a job's connection), in the caller's
 * transaction. A library without population leaves them empty. */
gboolean kp_needs_write_comparison (KpDatabase *db,
                                    GError    **error);
/* Reads them, and the territory's own bands, from @db. */
KpNeedsReference *kp_needs_read_reference (KpDatabase *db,
                                           GError    **error);

/* kp-needs-coverage.c: Komplan's choice of the population a type serves. */
KpPopulationBase kp_needs_default_coverage_base (const char *type_code);
void             kp_needs_network_figures (GPtrArray        *rows,
                                           KpNetworkFigures *out);

/* Whether @survey is one of the module's; KP_PROJECT_ERROR_NOT_FOUND if not
 * (kp-needs-survey-edit.c). */
gboolean kp_needs_check_survey (KpNeeds  *self,
                                KpSurvey *survey,
                                GError  **error);

/* kp-needs-edit.c */
gboolean kp_needs_check_text (const char *text,
                              const char *message,
                              GError    **error);

G_END_DECLS
