/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-coverage-panel.h"
#include "kp-benchmark-dialog.h"
#include "kp-capacity-unit.h"
#include "kp-czech.h"
#include "kp-needs-common.h"

#include <math.h>

/* The coverage of services: a row per type of service and unit (then the kraj network's
 * úvazky) with its capacity, the population it is divided by (editable), the ratio per
 * 1 000 and its benchmark; for the whole territory or one obec. */

struct _KpNeedsCoveragePanel
{
  AdwBin parent_instance;

  KpProject *project;
  GPtrArray *rows;     /* KpCoverageRow */
  GStrv      obce;     /* codes, in the dropdown's order after "the whole territory" */
  gboolean   updating; /* the base dropdowns are being filled */

  GtkDropDown *area_dropdown;
  GtkGrid     *grid;
};

G_DEFINE_FINAL_TYPE (KpNeedsCoveragePanel, kp_needs_coverage_panel, ADW_TYPE_BIN)

static void rebuild (KpNeedsCoveragePanel *self);

static const char *
selected_obec (KpNeedsCoveragePanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->area_dropdown);

  return selected > 0 && selected != GTK_INVALID_LIST_POSITION ? self->obce[selected - 1] : NULL;
}

static void
on_base_changed_cb (GtkDropDown          *dropdown,
                    GParamSpec           *pspec,
                    KpNeedsCoveragePanel *self)
{
  const char *type_code = g_object_get_data (G_OBJECT (dropdown), "type-code");
  g_autoptr (GError) error = NULL;

  if (self->updating || type_code == NULL)
    return;
  if (!kp_needs_set_coverage_base (kp_needs_get (self->project), type_code,
                                   gtk_drop_down_get_selected (dropdown), &error))
    kp_needs_ui_toast (GTK_WIDGET (self), error->message);
}

static void
on_benchmark_clicked_cb (GtkButton            *button,
                         KpNeedsCoveragePanel *self)
{
  guint                index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "row"));
  const KpCoverageRow *row = g_ptr_array_index (self->rows, index);
  g_autofree char     *value = kp_czech_format_double (row->per_1000, 2);
  g_autofree char     *unit = g_strdup_printf (
          /* Translators: the unit of a coverage ratio, "per 1 000 inhabitants aged 65+" */
      _ ("per 1 000 (%s)"), kp_population_base_get_label (row->base));
  GtkWidget *dialog = kp_benchmark_dialog_new (
      GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), kp_needs_get (self->project), row->key,
      row->type_name, _ ("registered capacity serving the area / its population of the base × 1 000"),
      unit, _ ("The project’s network of services"), value, KP_INDICATOR_BETTER_HIGHER);

  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
base_dropdown (KpNeedsCoveragePanel *self,
               const KpCoverageRow  *row)
{
  g_autoptr (GtkStringList) bases = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint b = 0; b < KP_N_POPULATION_BASES; b++)
    gtk_string_list_append (bases, kp_population_base_get_label (b));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (bases)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), row->base);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  if (row->type_code == NULL)
    gtk_widget_set_sensitive (dropdown, FALSE); /* úvazky: always all inhabitants */
  else
    g_object_set_data_full (G_OBJECT (dropdown), "type-code", g_strdup (row->type_code), g_free);
  gtk_widget_set_tooltip_text (dropdown, row->base_is_default ? _ ("Komplan’s default")
                                                              : _ ("Chosen for this project"));
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_base_changed_cb), self);
  return dropdown;
}

static void
clear_grid (KpNeedsCoveragePanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
}

static void
attach_row (KpNeedsCoveragePanel *self,
            guint                 index,
            int                   line)
{
  const KpCoverageRow *row = g_ptr_array_index (self->rows, index);
  KpCapacityUnit       unit = KP_CAPACITY_UNIT_KLIENT;
  g_autofree char     *capacity = kp_czech_format_double (row->capacity,
                                                      row->capacity == floor (row->capacity) ? 0 : 1);
  g_autofree char     *population = kp_czech_format_int (row->population);
  g_autofree char     *ratio = kp_czech_format_double (row->per_1000, 2);
  g_autofree char     *benchmark = row->has_benchmark ? kp_czech_format_double (row->benchmark, 2)
                                                      : g_strdup (_ ("Set…"));
  g_autofree char     *services = g_strdup_printf ("%u", row->services);
  g_autofree char     *type_name = kp_needs_ui_capitalize (row->type_name);
  GtkWidget           *ratio_label, *button;

  kp_capacity_unit_from_code (row->unit, &unit);
  gtk_grid_attach (self->grid, kp_needs_ui_label (type_name, 0.0, NULL), 0, line, 1, 1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (kp_capacity_unit_get_name (unit), 0.0, NULL), 1,
                   line, 1, 1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (capacity, 1.0, "numeric"), 2, line, 1, 1);
  gtk_grid_attach (self->grid, base_dropdown (self, row), 3, line, 1, 1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (population, 1.0, "numeric"), 4, line, 1, 1);
  ratio_label = kp_needs_ui_label (isnan (row->per_1000) ? "–" : ratio, 1.0, "numeric");
  gtk_widget_add_css_class (ratio_label, "heading");
  if (kp_needs_ui_rag_class (row->rag) != NULL)
    {
      gtk_widget_add_css_class (ratio_label, "kp-rag");
      gtk_widget_add_css_class (ratio_label, kp_needs_ui_rag_class (row->rag));
      gtk_widget_set_tooltip_text (ratio_label, kp_needs_ui_rag_label (row->rag));
    }
  gtk_grid_attach (self->grid, ratio_label, 5, line, 1, 1);
  button = gtk_button_new_with_label (benchmark);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "row", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_benchmark_clicked_cb), self);
  gtk_grid_attach (self->grid, button, 6, line, 1, 1);
  gtk_grid_attach (self->grid, kp_needs_ui_label (services, 1.0, "numeric"), 7, line, 1, 1);
}

static void
rebuild (KpNeedsCoveragePanel *self)
{
  static const char *const heads[] = { N_ ("Type of service"), N_ ("Unit"), N_ ("Capacity"),
                                       N_ ("Divided by"), N_ ("Inhabitants"), N_ ("Per 1 000"),
                                       N_ ("Benchmark"), N_ ("Services") };

  self->updating = TRUE;
  clear_grid (self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = kp_needs_compute_coverage (kp_needs_get (self->project), selected_obec (self));
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    gtk_grid_attach (self->grid, kp_needs_ui_label (_ (heads[i]), i == 0 || i == 1 || i == 3 ? 0.0 : 1.0, "heading"),
                     (int) i, 0, 1, 1);
  for (guint i = 0; i < self->rows->len; i++)
    attach_row (self, i, (int) i + 1);
  if (self->rows->len == 0)
    gtk_grid_attach (self->grid,
                     kp_needs_ui_label (_ ("The project’s network has no registered service "
                                           "provided today."),
                                        0.0, "dim-label"),
                     0, 1, G_N_ELEMENTS (heads), 1);
  self->updating = FALSE;
}

static void
on_area_changed_cb (KpNeedsCoveragePanel *self)
{
  if (self->project != NULL)
    rebuild (self);
}

static void
fill_areas (KpNeedsCoveragePanel *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *obce = kp_project_get_obce (self->project);
  guint       n = g_list_model_get_n_items (obce);

  g_strfreev (self->obce);
  self->obce = g_new0 (char *, n + 1);
  gtk_string_list_append (names, _ ("Whole territory"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      self->obce[i] = g_strdup (kp_obec_get_kod (obec));
      gtk_string_list_append (names, kp_obec_get_nazev (obec));
    }
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_enable_search (self->area_dropdown, n > 10);
}

static void
on_project_changed_cb (KpNeedsCoveragePanel *self,
                       KpChanges            *changes)
{
  if (kp_changes_has_module (changes, "network") || kp_changes_has_table (changes, "needs_benchmark") ||
      kp_changes_has_table (changes, "needs_coverage_base"))
    rebuild (self);
}

static void
kp_needs_coverage_panel_dispose (GObject *object)
{
  KpNeedsCoveragePanel *self = KP_NEEDS_COVERAGE_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_COVERAGE_PANEL);
  g_clear_object (&self->project);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->obce, g_strfreev);
  G_OBJECT_CLASS (kp_needs_coverage_panel_parent_class)->dispose (object);
}

static void
kp_needs_coverage_panel_class_init (KpNeedsCoveragePanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_needs_coverage_panel_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-needs-coverage-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsCoveragePanel, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsCoveragePanel, grid);
  gtk_widget_class_bind_template_callback (widget_class, on_area_changed_cb);
}

static void
kp_needs_coverage_panel_init (KpNeedsCoveragePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_needs_coverage_panel_new (KpProject *project)
{
  KpNeedsCoveragePanel *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_COVERAGE_PANEL, NULL);
  self->project = g_object_ref (project);
  fill_areas (self);
  rebuild (self);
  g_signal_connect_object (project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
