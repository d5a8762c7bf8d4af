/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-comparison-panel.h"
#include "kp-area.h"
#include "kp-indicator.h"
#include "kp-czech.h"

struct _KpComparisonPanel
{
  AdwBin parent_instance;

  GListModel   *model;
  GSignalGroup *model_signals; /* on model: its rows follow it */
  guint         next_row;      /* the model's next item without a row */
  guint         fill_id;       /* adds the rest of a long comparison */

  GtkLabel *date_label;
  GtkGrid  *grid;
  GtkLabel *note_label;
};

G_DEFINE_FINAL_TYPE (KpComparisonPanel, kp_comparison_panel, ADW_TYPE_BIN)

/* Rows made at once. A longer comparison (a national territory has 206 ORP, 14 kraje) gets
 * the rest a chunk at a time while the main loop is idle, after the first frame. */
#define ROWS_AT_ONCE 10

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  COLUMN_LEVEL,
  COLUMN_NAME,
  COLUMN_OBCE,
  COLUMN_FIRST_INDICATOR,
};

/* The indicators compared, one column each after the name and the number of obce. */
static const KpIndicator columns[] = {
  KP_INDICATOR_POPULATION,
  KP_INDICATOR_AGE_0_14,
  KP_INDICATOR_AGE_15_64,
  KP_INDICATOR_AGE_65_PLUS,
  KP_INDICATOR_AGE_80_PLUS,
  KP_INDICATOR_SHARE_65_PLUS,
  KP_INDICATOR_AGEING_INDEX,
  KP_INDICATOR_OLD_AGE_DEPENDENCY,
};

static GtkWidget *
add_cell (KpComparisonPanel *self,
          const char        *text,
          int                column,
          int                row,
          gboolean           numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->grid, label, column, row, 1, 1);
  return label;
}

static void
add_heading (KpComparisonPanel *self,
             const char        *text,
             const char        *tooltip,
             int                column,
             gboolean           numeric)
{
  GtkWidget *label = add_cell (self, text, column, 0, numeric);

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (label, tooltip);
}

static void
add_header (KpComparisonPanel *self)
{
  add_heading (self, _ ("Area"), NULL, COLUMN_NAME, FALSE);
  add_heading (self, _ ("Obce"), NULL, COLUMN_OBCE, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", kp_indicator_get_name (columns[i]),
                                                  kp_indicator_get_formula (columns[i]));

      add_heading (self, kp_indicator_get_short_name (columns[i]), tooltip,
                   COLUMN_FIRST_INDICATOR + (int) i, TRUE);
    }
}

static void
add_number_cell (KpComparisonPanel *self,
                 char              *text,
                 int                column,
                 int                row,
                 gboolean           emphasis)
{
  GtkWidget *label = add_cell (self, text, column, row, TRUE);

  if (emphasis)
    gtk_widget_add_css_class (label, "comparison-territory");
  g_free (text);
}

static void
add_area_row (KpComparisonPanel *self,
              KpArea            *area,
              int                row)
{
  KpAreaLevel level = kp_area_get_level (area);
  gboolean    emphasis = level == KP_AREA_LEVEL_TERRITORY;
  GtkWidget  *label;

  label = add_cell (self, kp_area_level_get_label (level), COLUMN_LEVEL, row, FALSE);
  gtk_widget_add_css_class (label, "dim-label");
  label = add_cell (self, kp_area_get_nazev (area), COLUMN_NAME, row, FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_widget_set_tooltip_text (label, kp_area_get_nazev (area));
  if (emphasis)
    gtk_widget_add_css_class (label, "comparison-territory");

  add_number_cell (self, kp_czech_format_int (kp_area_get_obce (area)), COLUMN_OBCE, row, emphasis);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    add_number_cell (self,
                     kp_indicator_format_number (columns[i],
                                                 kp_indicator_compute_for_area (columns[i], area)),
                     COLUMN_FIRST_INDICATOR + (int) i, row, emphasis);
}

static guint
n_areas (KpComparisonPanel *self)
{
  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static void
add_rows (KpComparisonPanel *self,
          guint              count)
{
  guint n_items = n_areas (self);

  for (; self->next_row < n_items && count > 0; self->next_row++, count--)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (self->model, self->next_row);

      add_area_row (self, area, (int) self->next_row + 1);
    }
}

static gboolean
on_fill_idle_cb (gpointer user_data)
{
  KpComparisonPanel *self = user_data;

  add_rows (self, ROWS_AT_ONCE);
  if (self->next_row < n_areas (self))
    return G_SOURCE_CONTINUE;
  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild (KpComparisonPanel *self)
{
  GtkWidget  *child;
  const char *ref_date = NULL;
  guint       n_items = n_areas (self);
  guint       n_orp = 0;
  guint       n_kraje = 0;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  add_header (self);
  self->next_row = 0;
  add_rows (self, ROWS_AT_ONCE);
  if (self->next_row < n_items)
    self->fill_id = g_idle_add_full (G_PRIORITY_LOW, on_fill_idle_cb, self, NULL);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (KpArea) area = g_list_model_get_item (self->model, i);

      if (ref_date == NULL)
        ref_date = kp_area_get_ref_date (area);
      if (kp_area_get_level (area) == KP_AREA_LEVEL_ORP)
        n_orp++;
      else if (kp_area_get_level (area) == KP_AREA_LEVEL_KRAJ)
        n_kraje++;
    }

  if (ref_date != NULL && *ref_date != '\0')
    {
      g_autofree char *date = kp_czech_format_date (ref_date);
      g_autofree char *text = g_strdup_printf (_ ("Population at %s"), date);

      gtk_label_set_text (self->date_label, text);
    }
  else
    gtk_label_set_text (self->date_label, "");

  gtk_label_set_text (self->note_label,
                      _ ("The territory spans several ORP or kraje. Each of them is compared "
                         "with all its obce, not only those in the territory."));
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), n_orp > 1 || n_kraje > 1);
}

static void
kp_comparison_panel_dispose (GObject *object)
{
  KpComparisonPanel *self = KP_COMPARISON_PANEL (object);

  g_clear_handle_id (&self->fill_id, g_source_remove);
  if (self->model_signals != NULL)
    g_signal_group_set_target (self->model_signals, NULL);
  g_clear_object (&self->model_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_COMPARISON_PANEL);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (kp_comparison_panel_parent_class)->dispose (object);
}

static void
kp_comparison_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KpComparisonPanel *self = KP_COMPARISON_PANEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_comparison_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KpComparisonPanel *self = KP_COMPARISON_PANEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      kp_comparison_panel_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_comparison_panel_class_init (KpComparisonPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_comparison_panel_dispose;
  object_class->get_property = kp_comparison_panel_get_property;
  object_class->set_property = kp_comparison_panel_set_property;

  properties[PROP_MODEL] =
      g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/territory/kp-comparison-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpComparisonPanel, date_label);
  gtk_widget_class_bind_template_child (widget_class, KpComparisonPanel, grid);
  gtk_widget_class_bind_template_child (widget_class, KpComparisonPanel, note_label);
}

static void
kp_comparison_panel_init (KpComparisonPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->model_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->model_signals, "items-changed", G_CALLBACK (rebuild),
                                  self);
  rebuild (self);
}

GtkWidget *
kp_comparison_panel_new (void)
{
  return g_object_new (KP_TYPE_COMPARISON_PANEL, NULL);
}

/**
 * kp_comparison_panel_get_model:
 *
 * Returns: (transfer none) (nullable): the GListModel of KpArea shown
 */
GListModel *
kp_comparison_panel_get_model (KpComparisonPanel *self)
{
  g_return_val_if_fail (KP_IS_COMPARISON_PANEL (self), NULL);
  return self->model;
}

/**
 * kp_comparison_panel_set_model:
 * @model: (nullable): a GListModel of KpArea: the territory, its ORP, kraje, then ČR
 */
void
kp_comparison_panel_set_model (KpComparisonPanel *self,
                               GListModel        *model)
{
  g_return_if_fail (KP_IS_COMPARISON_PANEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;
  g_signal_group_set_target (self->model_signals, model);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
