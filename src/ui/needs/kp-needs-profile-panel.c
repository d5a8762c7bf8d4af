/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-profile-panel.h"
#include "kp-benchmark-dialog.h"
#include "kp-czech.h"
#include "kp-file-chooser.h"
#include "kp-needs-chart-builder.h"
#include "kp-needs-common.h"
#include "kp-needs-page.h"

#include <math.h>

/* The indicator profile, Fingertips-style: a row per indicator with its value for the
 * territory, each compared area and ČR, a spine chart against all ORP, its benchmark and
 * the date of its figures; groups by source. Rebuilt from kp_needs_compute_profile() when
 * anything it shows changes. */

#define SPINE_WIDTH  220
#define SPINE_HEIGHT 22

struct _KpNeedsProfilePanel
{
  AdwBin parent_instance;

  KpProject      *project;
  KpNeedsProfile *profile;
  KpChart        *spine; /* the rows the spine cells draw */

  GtkLabel *dates_label;
  GtkLabel *note_label;
  GtkGrid  *grid;
};

G_DEFINE_FINAL_TYPE (KpNeedsProfilePanel, kp_needs_profile_panel, ADW_TYPE_BIN)

static KpNeeds *
get_needs (KpNeedsProfilePanel *self)
{
  return kp_needs_get (self->project);
}

static void
draw_spine_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  const KpChartSpineRow *row = user_data;

  kp_chart_draw_spine_row (row, cr, 2, 0, width - 4, height);
}

static void
on_indicator_clicked_cb (GtkButton *button,
                         gpointer   user_data)
{
  KpNeedsProfilePanel *self = user_data;
  KpIndicator          indicator = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "indicator"));
  const KpProfileRow  *row = kp_needs_profile_find (self->profile, indicator);
  g_autofree char     *value = kp_needs_ui_format (indicator, row->territory);
  GtkWidget           *dialog;

  dialog = kp_benchmark_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    get_needs (self), kp_indicator_get_id (indicator),
                                    kp_indicator_get_name (indicator),
                                    kp_indicator_get_formula (indicator),
                                    kp_indicator_get_unit_label (indicator), row->source,
                                    row->per_orp_only ? NULL : value,
                                    kp_indicator_get_better (indicator));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
attach_value (KpNeedsProfilePanel *self,
              const char          *text,
              KpRag                rag,
              int                  column,
              int                  row,
              gboolean             bold)
{
  GtkWidget  *label = kp_needs_ui_label (text, 1.0, "numeric");
  const char *rag_class = kp_needs_ui_rag_class (rag);

  if (rag_class != NULL)
    {
      gtk_widget_add_css_class (label, "kp-rag");
      gtk_widget_add_css_class (label, rag_class);
      gtk_widget_set_tooltip_text (label, kp_needs_ui_rag_label (rag));
    }
  if (bold)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
}

/* The heading row: the indicator, the territory, each column, the range, the benchmark
 * and the date. */
static int
attach_head (KpNeedsProfilePanel *self)
{
  int column = 0;

  gtk_grid_attach (self->grid, kp_needs_ui_label (_ ("Indicator"), 0.0, "heading"), column++, 0, 1, 1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (_ ("Territory"), 1.0, "heading"), column++, 0, 1, 1);
  for (guint c = 0; c < self->profile->columns->len; c++)
    {
      const KpProfileColumn *col = g_ptr_array_index (self->profile->columns, c);
      g_autofree char       *name = col->level == KP_AREA_LEVEL_ORP
                                  /* Translators: a column of the profile, "ORP Lesná" */
                                        ? g_strdup_printf (_ ("ORP %s"), col->name)
                                        : g_strdup (col->name);
      GtkWidget             *label = kp_needs_ui_label (name, 1.0, "heading");

      gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_grid_attach (self->grid, label, column++, 0, 1, 1);
    }
  gtk_grid_attach (self->grid, kp_needs_ui_label (_ ("Among all ORP"), 0.5, "heading"), column++, 0,
                   1, 1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (_ ("Benchmark"), 1.0, "heading"), column++, 0, 1,
                   1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (_ ("As of"), 0.0, "heading"), column++, 0, 1, 1);
  return column;
}

static const char *
group_title (KpIndicatorSource source)
{
  switch (source)
    {
    case KP_INDICATOR_SOURCE_CSU_ORP:
      return _ ("ČSÚ indicators of SO ORP");
    case KP_INDICATOR_SOURCE_NETWORK:
      return _ ("Coverage of services");
    case KP_INDICATOR_SOURCE_POPULATION:
    case KP_INDICATOR_SOURCE_POPULATION_AREA:
    case KP_INDICATOR_SOURCE_AGE_BANDS:
    default:
      return _ ("Population");
    }
}

static int
attach_row (KpNeedsProfilePanel *self,
            const KpProfileRow  *row,
            KpChartSpineRow     *spine,
            int                  line)
{
  KpIndicator      indicator = row->indicator;
  GtkWidget       *button = gtk_button_new_with_label (kp_indicator_get_name (indicator));
  GtkWidget       *area;
  g_autofree char *own = NULL;
  g_autofree char *date = row->ref_date != NULL ? kp_czech_format_date (row->ref_date) : g_strdup ("–");
  g_autofree char *benchmark = row->has_benchmark ? kp_needs_ui_format (indicator, row->benchmark)
                                                  : g_strdup ("");
  int              column = 0;

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "kp-indicator-button");
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0.0);
  gtk_widget_set_tooltip_text (button, kp_indicator_get_formula (indicator));
  g_object_set_data (G_OBJECT (button), "indicator", GINT_TO_POINTER (indicator));
  g_signal_connect (button, "clicked", G_CALLBACK (on_indicator_clicked_cb), self);
  gtk_grid_attach (self->grid, button, column++, line, 1, 1);

  if (row->per_orp_only)
    {
      GtkWidget *label = kp_needs_ui_label (_ ("per ORP"), 1.0, "dim-label");

      gtk_widget_set_tooltip_text (label, _ ("ČSÚ publishes this indicator per ORP only; the "
                                             "territory is not one whole ORP, so its ORP are "
                                             "shown and no sum is made up for it."));
      gtk_grid_attach (self->grid, label, column++, line, 1, 1);
    }
  else
    {
      own = kp_needs_ui_format (indicator, row->territory);
      attach_value (self, own, row->rag, column++, line, TRUE);
    }
  for (guint c = 0; c < row->n_values; c++)
    {
      g_autofree char *value = kp_needs_ui_format (indicator, row->values[c]);

      attach_value (self, value, row->per_orp_only ? row->value_rag[c] : KP_RAG_NONE, column++, line,
                    FALSE);
    }
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), SPINE_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), SPINE_HEIGHT);
  /* Counts of people have no place on a common scale of areas of any size. */
  if (kp_indicator_get_unit (indicator) != KP_INDICATOR_UNIT_PERSONS)
    gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_spine_cb, spine, NULL);
  if (row->n_orp > 0)
    {
      g_autofree char *low = kp_needs_ui_format (indicator, row->min);
      g_autofree char *high = kp_needs_ui_format (indicator, row->max);
      g_autofree char *middle = kp_needs_ui_format (indicator, row->median);
      g_autofree char *tip = g_strdup_printf (
          /* Translators: the tooltip of a spine chart: how many ORP, the lowest, median and
           * highest values */
          _ ("%u ORP: from %s to %s, median %s"), row->n_orp, low, high, middle);

      gtk_widget_set_tooltip_text (area, tip);
    }
  gtk_grid_attach (self->grid, area, column++, line, 1, 1);
  attach_value (self, benchmark, KP_RAG_NONE, column++, line, FALSE);
  gtk_grid_attach (self->grid, kp_needs_ui_label (date, 0.0, "dim-label"), column++, line, 1, 1);
  return column;
}

static void
clear_grid (KpNeedsProfilePanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
update_header (KpNeedsProfilePanel *self)
{
  g_autofree char *population = kp_czech_format_date (self->profile->population_date);
  g_autofree char *dates = NULL;
  gboolean         per_orp = FALSE;

  if (self->profile->orp_figures_date != NULL)
    {
      g_autofree char *orp = kp_czech_format_date (self->profile->orp_figures_date);

      /* Translators: the two dates of the profile's figures */
      dates = g_strdup_printf (_ ("Population by age as of %s · ČSÚ indicators of SO ORP as of %s"),
                               population, orp);
    }
  else
    /* Translators: the date of the profile's figures */
    dates = g_strdup_printf (_ ("Population by age as of %s"), population);
  gtk_label_set_text (self->dates_label, dates);
  for (guint i = 0; i < self->profile->rows->len; i++)
    per_orp |= ((KpProfileRow *) g_ptr_array_index (self->profile->rows, i))->per_orp_only &&
               self->profile->orp_figures_date != NULL;
  if (!kp_needs_has_comparison (get_needs (self)))
    gtk_label_set_text (self->note_label,
                        _ ("The project has no figures of the other ORP yet, so the profile "
                           "shows no ranges. Refresh the comparison figures from the "
                           "reference data."));
  else if (per_orp)
    gtk_label_set_text (self->note_label,
                        _ ("The territory is not one whole ORP: the ČSÚ indicators of SO ORP are "
                           "given for each ORP it lies in."));
  gtk_widget_set_visible (GTK_WIDGET (self->note_label),
                          per_orp || !kp_needs_has_comparison (get_needs (self)));
}

static void
rebuild (KpNeedsProfilePanel *self)
{
  int line = 1, columns;
  int group = -1; /* no group yet */

  clear_grid (self);
  g_clear_pointer (&self->profile, kp_needs_profile_free);
  g_clear_pointer (&self->spine, kp_chart_free);
  self->profile = kp_needs_compute_profile (get_needs (self));
  self->spine = kp_chart_new (KP_CHART_SPINE, NULL, NULL);
  update_header (self);
  columns = attach_head (self);
  for (guint i = 0; i < self->profile->rows->len; i++)
    {
      const KpProfileRow *row = g_ptr_array_index (self->profile->rows, i);
      KpIndicatorSource   source = kp_indicator_get_source (row->indicator);
      KpChartSpineRow    *spine;

      if (source == KP_INDICATOR_SOURCE_POPULATION_AREA || source == KP_INDICATOR_SOURCE_AGE_BANDS)
        source = KP_INDICATOR_SOURCE_POPULATION;
      if ((int) source != group)
        {
          GtkWidget *heading = kp_needs_ui_label (group_title (source), 0.0, "heading");

          gtk_widget_set_margin_top (heading, line > 1 ? 12 : 6);
          gtk_grid_attach (self->grid, heading, 0, line++, columns, 1);
          group = (int) source;
        }
      spine = kp_chart_add_spine_row (self->spine, NULL, NULL);
      spine->value = row->per_orp_only ? NAN : row->territory;
      if (row->n_orp > 0)
        {
          spine->min = row->min;
          spine->q1 = row->q1;
          spine->median = row->median;
          spine->q3 = row->q3;
          spine->max = row->max;
        }
      spine->reference = row->cr;
      spine->tone = kp_needs_chart_tone (row->rag);
      spine->marker = row->has_benchmark ? row->benchmark : NAN;
      attach_row (self, row, spine, line++);
    }
}

static void
update_actions (KpNeedsProfilePanel *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), KP_TYPE_NEEDS_PAGE);
  KpLibrary *library = page != NULL ? kp_needs_page_get_library (KP_NEEDS_PAGE (page)) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.refresh-comparison",
                                 library != NULL && kp_library_is_ready (library));
}

static void
on_project_changed_cb (KpNeedsProfilePanel *self,
                       KpChanges           *changes)
{
  if (kp_changes_has_module (changes, "needs") || kp_changes_has_module (changes, "network") ||
      kp_changes_has_module (changes, "project"))
    rebuild (self);
}

static void
on_refreshed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (KpNeedsProfilePanel) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kp_needs_refresh_comparison_finish (KP_NEEDS (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kp_needs_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  kp_needs_ui_toast (GTK_WIDGET (self), _ ("Comparison figures refreshed"));
}

static void
kp_needs_profile_panel_refresh_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  KpNeedsProfilePanel *self = KP_NEEDS_PROFILE_PANEL (widget);
  GtkWidget           *page = gtk_widget_get_ancestor (widget, KP_TYPE_NEEDS_PAGE);
  KpLibrary           *library = page != NULL ? kp_needs_page_get_library (KP_NEEDS_PAGE (page)) : NULL;

  if (library == NULL)
    return;
  kp_needs_refresh_comparison_async (get_needs (self), library, NULL, on_refreshed_cb,
                                     g_object_ref (self));
}

static void
on_import_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr (KpNeedsProfilePanel) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  guint            count = 0;

  if (files == NULL)
    return;
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  if (path == NULL)
    return;
  if (!kp_needs_import_benchmarks (get_needs (self), path, &count, &error))
    {
      kp_needs_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u benchmark imported",
                                          "%u benchmarks imported", count),
                             count);
  kp_needs_ui_toast (GTK_WIDGET (self), message);
}

static GListModel *
json_filters (void)
{
  static const char *const patterns[] = { "*.json", NULL };
  GListStore              *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = kp_file_chooser_filter_new (_ ("Benchmarks (JSON)"), patterns);

  g_list_store_append (filters, filter);
  return G_LIST_MODEL (filters);
}

static void
kp_needs_profile_panel_import_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  g_autoptr (GListModel) filters = json_filters ();

  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_OPEN,
                             _ ("Import Benchmarks"), _ ("_Import"), filters, NULL,
                             on_import_chosen_cb, g_object_ref (widget));
}

static void
on_export_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr (KpNeedsProfilePanel) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (files == NULL)
    return;
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  if (path == NULL)
    return;
  if (!kp_needs_export_benchmarks (get_needs (self), path, &error))
    kp_needs_ui_toast (GTK_WIDGET (self), error->message);
  else
    kp_needs_ui_toast (GTK_WIDGET (self), _ ("Benchmarks exported"));
}

static void
kp_needs_profile_panel_export_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  g_autoptr (GListModel) filters = json_filters ();

  /* Translators: the default file name of exported benchmarks */
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_SAVE,
                             _ ("Export Benchmarks"), _ ("_Export"), filters,
                             _ ("benchmarks.json"), on_export_chosen_cb, g_object_ref (widget));
}

static void
kp_needs_profile_panel_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kp_needs_profile_panel_parent_class)->root (widget);
  update_actions (KP_NEEDS_PROFILE_PANEL (widget));
}

static void
kp_needs_profile_panel_dispose (GObject *object)
{
  KpNeedsProfilePanel *self = KP_NEEDS_PROFILE_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_PROFILE_PANEL);
  g_clear_object (&self->project);
  g_clear_pointer (&self->profile, kp_needs_profile_free);
  g_clear_pointer (&self->spine, kp_chart_free);
  G_OBJECT_CLASS (kp_needs_profile_panel_parent_class)->dispose (object);
}

static void
kp_needs_profile_panel_class_init (KpNeedsProfilePanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_needs_profile_panel_dispose;
  widget_class->root = kp_needs_profile_panel_root;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-needs-profile-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsProfilePanel, dates_label);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsProfilePanel, note_label);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsProfilePanel, grid);

  gtk_widget_class_install_action (widget_class, "needs.refresh-comparison", NULL,
                                   kp_needs_profile_panel_refresh_action);
  gtk_widget_class_install_action (widget_class, "needs.import-benchmarks", NULL,
                                   kp_needs_profile_panel_import_action);
  gtk_widget_class_install_action (widget_class, "needs.export-benchmarks", NULL,
                                   kp_needs_profile_panel_export_action);
}

static void
kp_needs_profile_panel_init (KpNeedsProfilePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.refresh-comparison", FALSE);
}

GtkWidget *
kp_needs_profile_panel_new (KpProject *project)
{
  KpNeedsProfilePanel *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_PROFILE_PANEL, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return GTK_WIDGET (self);
}
