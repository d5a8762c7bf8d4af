/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-charts-panel.h"
#include "kp-chart-view.h"
#include "kp-needs-chart-builder.h"
#include "kp-needs-common.h"

/* The charts of the needs analysis, as the plan documents and komplan-cli draw them, and
 * their export to PNG, SVG or PDF. */

enum
{
  CHART_PYRAMID,
  CHART_SPINE,
  CHART_INDICATOR,
  CHART_COVERAGE,
};

struct _KpNeedsChartsPanel
{
  AdwBin parent_instance;

  KpProject *project;

  GtkDropDown *kind_dropdown;
  GtkDropDown *indicator_dropdown;
  KpChartView *chart_view;
};

G_DEFINE_FINAL_TYPE (KpNeedsChartsPanel, kp_needs_charts_panel, ADW_TYPE_BIN)

static void
rebuild (KpNeedsChartsPanel *self)
{
  guint    kind = gtk_drop_down_get_selected (self->kind_dropdown);
  KpChart *chart;
  int      height = 520;

  gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown), kind == CHART_INDICATOR);
  switch (kind)
    {
    case CHART_SPINE:
      chart = kp_needs_chart_spine (self->project, NULL);
      height = 140 + 34 * (int) chart->spine->len;
      break;
    case CHART_INDICATOR:
      chart = kp_needs_chart_indicator (self->project,
                                        (KpIndicator) gtk_drop_down_get_selected (self->indicator_dropdown));
      height = chart->kind == KP_CHART_BARS ? MAX (360, 120 + 18 * (int) chart->bars->len) : 240;
      break;
    case CHART_COVERAGE:
      chart = kp_needs_chart_coverage (self->project, NULL);
      height = MAX (320, 140 + 34 * (int) chart->bars->len);
      break;
    case CHART_PYRAMID:
    default:
      chart = kp_needs_chart_pyramid (self->project);
      height = 560;
      break;
    }
  kp_chart_view_set_natural_height (self->chart_view, height);
  kp_chart_view_set_chart (self->chart_view, chart);
}

static void
on_options_changed_cb (KpNeedsChartsPanel *self)
{
  if (self->project != NULL)
    rebuild (self);
}

static void
on_project_changed_cb (KpNeedsChartsPanel *self,
                       KpChanges          *changes)
{
  rebuild (self);
}

static void
kp_needs_charts_panel_export_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  KpNeedsChartsPanel *self = KP_NEEDS_CHARTS_PANEL (widget);

  /* Translators: the default file name of an exported chart */
  kp_needs_ui_export_chart (widget, GTK_WIDGET (self->chart_view), _ ("chart.png"));
}

static void
kp_needs_charts_panel_dispose (GObject *object)
{
  KpNeedsChartsPanel *self = KP_NEEDS_CHARTS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_CHARTS_PANEL);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_needs_charts_panel_parent_class)->dispose (object);
}

static void
kp_needs_charts_panel_class_init (KpNeedsChartsPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_needs_charts_panel_dispose;

  g_type_ensure (KP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-needs-charts-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsChartsPanel, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsChartsPanel, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsChartsPanel, chart_view);
  gtk_widget_class_bind_template_callback (widget_class, on_options_changed_cb);
  gtk_widget_class_install_action (widget_class, "needs.export-chart", NULL,
                                   kp_needs_charts_panel_export_action);
}

static void
kp_needs_charts_panel_init (KpNeedsChartsPanel *self)
{
  g_autoptr (GtkStringList) indicators = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Every indicator of the registry, in its order: the position is the indicator. */
  for (guint i = 0; i < KP_N_INDICATORS; i++)
    gtk_string_list_append (indicators, kp_indicator_get_name ((KpIndicator) i));
  gtk_drop_down_set_model (self->indicator_dropdown, G_LIST_MODEL (indicators));
  gtk_drop_down_set_selected (self->indicator_dropdown, KP_INDICATOR_SHARE_65_PLUS);
}

GtkWidget *
kp_needs_charts_panel_new (KpProject *project)
{
  KpNeedsChartsPanel *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_CHARTS_PANEL, NULL);
  self->project = g_object_ref (project);
  rebuild (self);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
