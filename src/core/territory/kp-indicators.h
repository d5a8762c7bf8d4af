/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-area.h"

G_BEGIN_DECLS

/* Demographic indicators, pure functions over totals. */

double kp_indicators_share (gint64 part,
                            gint64 total);
double kp_indicators_share_0_14 (const KpAgeTotals *totals);
double kp_indicators_share_15_64 (const KpAgeTotals *totals);
double kp_indicators_share_65_plus (const KpAgeTotals *totals);
double kp_indicators_share_80_plus (const KpAgeTotals *totals);
double kp_indicators_ageing_index (const KpAgeTotals *totals);
double kp_indicators_old_age_dependency (const KpAgeTotals *totals);
/* @bands: the 18 five-year bands, 0–4 … 85+ */
double kp_indicators_average_age (const gint64 *bands);
void   kp_age_totals_add (KpAgeTotals       *sum,
                          const KpAgeTotals *add);

G_END_DECLS
