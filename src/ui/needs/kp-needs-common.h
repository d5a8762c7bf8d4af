/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-chart.h"
#include "kp-needs.h"

G_BEGIN_DECLS

/* What the panels of the Potřeby view share: telling the user (a toast through the window's
 * "win.toast" action, else the page's "toast" signal), the colours of comparisons, values
 * shown the Czech way, labels for grids, and saving a chart to a file. */

void kp_needs_ui_toast (GtkWidget  *widget,
                        const char *message);
/* The CSS class of a comparison: "kp-rag-better", "kp-rag-similar", "kp-rag-worse"; NULL
 * for none. */
const char *kp_needs_ui_rag_class (KpRag rag);
/* The translated word for a comparison ("better than ČR"), for tooltips and a11y. */
const char *kp_needs_ui_rag_label (KpRag rag);
/* A value with the indicator's decimals, "–" when unknown. */
char *kp_needs_ui_format (KpIndicator indicator,
                          double      value);
/* @text with its first letter a capital, as a row of a table starts ("domovy pro seniory"
 * is the law's name of the type of service). */
char *kp_needs_ui_capitalize (const char *text);
/* A label of plain text (never markup). @css_class: nullable. */
GtkWidget *kp_needs_ui_label (const char *text,
                              float       xalign,
                              const char *css_class);
/* Asks for a file and writes @chart to it as PNG, SVG or PDF by its extension; reports in
 * a toast. @chart is copied by reference: it must stay until the answer (it is the
 * caller's KpChartView's). */
void kp_needs_ui_export_chart (GtkWidget  *widget,
                               GtkWidget  *chart_view,
                               const char *file_name);

G_END_DECLS
