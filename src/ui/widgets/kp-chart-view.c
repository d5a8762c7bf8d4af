/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-chart-view.h"

struct _KpChartView
{
  GtkWidget parent_instance;

  KpChart *chart;
  int      natural_height;
};

G_DEFINE_FINAL_TYPE (KpChartView, kp_chart_view, GTK_TYPE_WIDGET)

static void
kp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KpChartView *self = KP_CHART_VIEW (widget);
  int          width = gtk_widget_get_width (widget);
  int          height = gtk_widget_get_height (widget);
  cairo_t     *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, (float) width, (float) height));
  kp_chart_draw (self->chart, cr, width, height);
  cairo_destroy (cr);
}

static void
kp_chart_view_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  KpChartView *self = KP_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 720;
    }
  else
    {
      *minimum = MIN (self->natural_height, 200);
      *natural = self->natural_height;
    }
}

static void
kp_chart_view_finalize (GObject *object)
{
  KpChartView *self = KP_CHART_VIEW (object);

  g_clear_pointer (&self->chart, kp_chart_free);
  G_OBJECT_CLASS (kp_chart_view_parent_class)->finalize (object);
}

static void
kp_chart_view_class_init (KpChartViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kp_chart_view_finalize;
  widget_class->snapshot = kp_chart_view_snapshot;
  widget_class->measure = kp_chart_view_measure;
  gtk_widget_class_set_css_name (widget_class, "kp-chart-view");
}

static void
kp_chart_view_init (KpChartView *self)
{
  self->natural_height = 420;
}

GtkWidget *
kp_chart_view_new (void)
{
  return g_object_new (KP_TYPE_CHART_VIEW, NULL);
}

void
kp_chart_view_set_chart (KpChartView *self,
                         KpChart     *chart)
{
  g_return_if_fail (KP_IS_CHART_VIEW (self));

  g_clear_pointer (&self->chart, kp_chart_free);
  self->chart = chart;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const KpChart *
kp_chart_view_get_chart (KpChartView *self)
{
  g_return_val_if_fail (KP_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

void
kp_chart_view_set_natural_height (KpChartView *self,
                                  int          height)
{
  g_return_if_fail (KP_IS_CHART_VIEW (self));
  if (self->natural_height == height)
    return;
  self->natural_height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
