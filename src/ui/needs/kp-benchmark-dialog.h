/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-needs.h"

G_BEGIN_DECLS

/* An indicator's definition, formula, unit, source and date, and its benchmark: value,
 * which way is better, source and year. Saving or removing is one undo step each; the
 * dialog closes when it succeeded and shows the error otherwise. */

#define KP_TYPE_BENCHMARK_DIALOG (kp_benchmark_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KpBenchmarkDialog, kp_benchmark_dialog, KP, BENCHMARK_DIALOG, AdwWindow)

/* @key: the benchmark's indicator id or coverage key; @value_text: (nullable): the
 * territory's value as shown. */
GtkWidget *kp_benchmark_dialog_new (GtkWindow        *parent,
                                    KpNeeds          *needs,
                                    const char       *key,
                                    const char       *name,
                                    const char       *formula,
                                    const char       *unit,
                                    const char       *source,
                                    const char       *value_text,
                                    KpIndicatorBetter better);

G_END_DECLS
