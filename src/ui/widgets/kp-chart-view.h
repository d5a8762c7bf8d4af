/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-chart.h"

G_BEGIN_DECLS

/* A chart of src/render/chart drawn in a widget, with the same painter that writes it to
 * PNG, SVG or PDF. The chart is taken and kept until another replaces it. Its natural
 * height is the "height" the caller sets (the width follows the allocation). */

#define KP_TYPE_CHART_VIEW (kp_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (KpChartView, kp_chart_view, KP, CHART_VIEW, GtkWidget)

GtkWidget *kp_chart_view_new (void);
/* Takes @chart (nullable: nothing drawn). */
void           kp_chart_view_set_chart (KpChartView *self,
                                        KpChart     *chart);
const KpChart *kp_chart_view_get_chart (KpChartView *self);
void           kp_chart_view_set_natural_height (KpChartView *self,
                                                 int          height);

G_END_DECLS
