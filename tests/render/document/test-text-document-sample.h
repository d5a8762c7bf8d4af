/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-text-document.h"

G_BEGIN_DECLS

/* A synthetic plan for the tests and the benchmark of KpTextDocument: a title page, the
 * contents, an introduction with spans, links and lists, an analytic part with a wide table
 * of services and charts drawn with cairo, the strategy (an overview table of every
 * activity, then per priority a chart and one card per activity: a heading, a table of its
 * fields and its description) and a budget table per year. Deterministic.
 *
 * Activity i (from 0) has the code "P.M.A" and the title sample_activity_title(i); its
 * heading is level 3 under its measure (level 2) under its priority (level 1). */

typedef struct
{
  guint n_activities;
  guint n_priorities;
  guint n_measures; /* per priority */
  guint n_charts;   /* figures drawn */
} SamplePlanInfo;

KpTextDocument *sample_plan_new (guint           n_activities,
                                 SamplePlanInfo *out_info);
/* Returns: (transfer full): "1.2.3" */
char *sample_activity_code (const SamplePlanInfo *info,
                            guint                 activity);
/* Returns: (transfer full): the activity's title */
char *sample_activity_title (guint activity);

G_END_DECLS
