/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-page.h"
#include "kp-czech.h"
#include "kp-indicator.h"
#include "kp-map-builder.h"
#include "kp-map-canvas.h"
#include "kp-map-export-dialog.h"
#include "kp-map-services-layer.h"
#include "kp-map-services-legend.h"
#include "kp-territory-boundaries.h"

#include <math.h>

/* The map half of the Území view: the project's obce coloured by an indicator, a side
 * panel with the figures of the selected obec, and the export. The selection is a KpObec
 * shared with the table ("selected-obec"). The services layer (toggle, chooser, legend)
 * is run by a KpMapServicesLayer. */

struct _KpMapPage
{
  AdwBin parent_instance;

  GtkStack            *stack;
  GtkDropDown         *indicator_dropdown;
  GtkDropDown         *method_dropdown;
  KpMapCanvas         *canvas;
  GtkRevealer         *panel_revealer;
  GtkLabel            *panel_title;
  GtkLabel            *panel_subtitle;
  GtkListBox          *panel_list;
  GtkToggleButton     *services_button;
  GtkDropDown         *service_dropdown;
  KpMapServicesLegend *services_legend;

  KpProject          *project;
  KpMapSnapshot      *snapshot;
  KpMapOptions        options;
  GHashTable         *obce;    /* kód obce → KpObec */
  GArray             *by_name; /* feature indices in Czech order of the names */
  KpObec             *selected_obec;
  KpMapServicesLayer *services_layer;
};

G_DEFINE_FINAL_TYPE (KpMapPage, kp_map_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_OBEC,
  N_PROPS
};

enum
{
  SIGNAL_SHOW_IN_TABLE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static const KpClassMethod methods[] = {
  KP_CLASS_METHOD_QUANTILES,
  KP_CLASS_METHOD_EQUAL_INTERVALS,
  KP_CLASS_METHOD_JENKS,
};

static KpObec *
feature_obec (KpMapPage *self,
              int        feature)
{
  if (self->snapshot == NULL || feature < 0 || (guint) feature >= self->snapshot->features->len)
    return NULL;
  return g_hash_table_lookup (self->obce, kp_map_snapshot_get_feature (self->snapshot, (guint) feature)->code);
}

static int
obec_feature (KpMapPage *self,
              KpObec    *obec)
{
  for (guint i = 0; obec != NULL && self->snapshot != NULL && i < self->snapshot->features->len; i++)
    if (g_strcmp0 (kp_map_snapshot_get_feature (self->snapshot, i)->code, kp_obec_get_kod (obec)) == 0)
      return (int) i;
  return -1;
}

static char *
tooltip_cb (guint    feature,
            gpointer user_data)
{
  KpMapPage          *self = user_data;
  const KpMapFeature *f = kp_map_snapshot_get_feature (self->snapshot, feature);
  g_autofree char    *value = kp_indicator_format_value (self->options.indicator, f->value);

  /* Translators: map tooltip: obec name, then indicator and its value */
  return g_strdup_printf (_ ("%s\n%s: %s"), f->label != NULL ? f->label : f->code,
                          kp_indicator_get_name (self->options.indicator), value);
}

static void
add_panel_row (KpMapPage  *self,
               const char *title,
               char       *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->panel_list, row);
  g_free (value);
}

/* A row of the side panel: the indicator's name and value; shares and densities with
 * their unit, counts and indices as numbers. */
static void
add_indicator_row (KpMapPage  *self,
                   KpIndicator indicator,
                   KpObec     *obec)
{
  double          value = kp_indicator_compute_for_obec (indicator, obec);
  KpIndicatorUnit unit = kp_indicator_get_unit (indicator);
  gboolean        with_unit = !isnan (value) && (unit == KP_INDICATOR_UNIT_PERCENT ||
                                          unit == KP_INDICATOR_UNIT_PER_KM2);

  add_panel_row (self, kp_indicator_get_name (indicator),
                 with_unit ? kp_indicator_format_value (indicator, value)
                           : kp_indicator_format_number (indicator, value));
}

/* Fills the side panel with the figures of the selected obec. */
static void
update_panel (KpMapPage *self)
{
  static const KpIndicator shown[] = {
    KP_INDICATOR_POPULATION,
    KP_INDICATOR_AGE_0_14,
    KP_INDICATOR_AGE_15_64,
    KP_INDICATOR_AGE_65_PLUS,
    KP_INDICATOR_AGE_80_PLUS,
    KP_INDICATOR_SHARE_65_PLUS,
    KP_INDICATOR_SHARE_80_PLUS,
    KP_INDICATOR_AGEING_INDEX,
    KP_INDICATOR_OLD_AGE_DEPENDENCY,
  };
  KpObec          *obec = self->selected_obec;
  GtkWidget       *child;
  g_autofree char *subtitle = NULL;
  double           area;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->panel_list))) != NULL)
    gtk_list_box_remove (self->panel_list, child);
  if (obec == NULL)
    {
      gtk_revealer_set_reveal_child (self->panel_revealer, FALSE);
      return;
    }
  gtk_label_set_text (self->panel_title, kp_obec_get_nazev (obec));
  /* Translators: status of an obec, its code and ORP, e.g. "město · 568414 · ORP Havlíčkův Brod" */
  subtitle = g_strdup_printf (_ ("%s · %s · ORP %s"), kp_obec_get_status_label (obec),
                              kp_obec_get_kod (obec), kp_obec_get_orp_nazev (obec));
  gtk_label_set_text (self->panel_subtitle, subtitle);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    add_indicator_row (self, shown[i], obec);
  area = kp_obec_get_area_km2 (obec);
  add_panel_row (self, _ ("Area (km²)"), kp_czech_format_double (area, 1));
  add_indicator_row (self, KP_INDICATOR_DENSITY, obec);
}

static void
set_selected_obec (KpMapPage *self,
                   KpObec    *obec)
{
  if (!g_set_object (&self->selected_obec, obec))
    return;
  kp_map_canvas_set_selected (self->canvas, obec_feature (self, obec));
  update_panel (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_OBEC]);
}

static void
on_canvas_selected_cb (KpMapPage *self)
{
  set_selected_obec (self, feature_obec (self, kp_map_canvas_get_selected (self->canvas)));
}

static void
on_canvas_activate_feature_cb (KpMapPage *self,
                               int        feature)
{
  if (self->selected_obec != NULL)
    gtk_revealer_set_reveal_child (self->panel_revealer, TRUE);
}

static void
on_panel_close_clicked_cb (KpMapPage *self)
{
  gtk_revealer_set_reveal_child (self->panel_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
on_show_in_table_clicked_cb (KpMapPage *self)
{
  g_signal_emit (self, signals[SIGNAL_SHOW_IN_TABLE], 0);
}

/* Population is classed by the size groups of obce: the method does not apply to it. */
static void
update_method_dropdown (KpMapPage *self)
{
  gboolean banded = kp_indicator_has_population_bands (self->options.indicator);

  gtk_widget_set_sensitive (GTK_WIDGET (self->method_dropdown), !banded);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->method_dropdown),
                               banded ? _ ("Population is shown in the size groups of obce")
                                      : _ ("How the classes of the legend are made"));
}

static void
on_options_changed_cb (KpMapPage *self)
{
  guint indicator = gtk_drop_down_get_selected (self->indicator_dropdown);
  guint method = gtk_drop_down_get_selected (self->method_dropdown);

  if (self->snapshot == NULL || indicator >= KP_N_INDICATORS || method >= G_N_ELEMENTS (methods))
    return;
  self->options.indicator = (KpIndicator) indicator;
  update_method_dropdown (self);
  self->options.method = methods[method];
  kp_map_builder_set_values (self->snapshot, self->project, &self->options);
  kp_map_canvas_refresh (self->canvas);
}

static void
on_exported_cb (KpMapExportDialog *dialog,
                const char        *basename,
                KpMapPage         *self)
{
  g_autofree char *message = g_strdup_printf (_ ("Map exported to “%s”"), basename);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static void
kp_map_page_export_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KpMapPage         *self = KP_MAP_PAGE (widget);
  KpMapPainter      *painter = kp_map_canvas_get_painter (self->canvas);
  KpMapExportDialog *dialog;
  g_autofree char   *name = NULL;

  if (painter == NULL || self->snapshot->features->len == 0)
    return;
  /* Translators: suggested file name of an exported map, e.g. "ORP Havlíčkův Brod – mapa" */
  name = g_strdup_printf (_ ("%s – map"), kp_project_get_territory_name (self->project));
  g_strdelimit (name, "/\\:", '-');
  dialog = kp_map_export_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), painter,
                                     kp_map_canvas_get_view (self->canvas), name);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kp_map_page_zoom_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KpMapPage *self = KP_MAP_PAGE (widget);

  if (g_str_equal (action_name, "map.zoom-in"))
    kp_map_canvas_zoom (self->canvas, 1.25);
  else if (g_str_equal (action_name, "map.zoom-out"))
    kp_map_canvas_zoom (self->canvas, 0.8);
  else
    kp_map_canvas_fit (self->canvas);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  KpMapSnapshot *s = user_data;

  return kp_czech_compare (kp_map_snapshot_get_feature (s, *(const guint *) a)->label,
                           kp_map_snapshot_get_feature (s, *(const guint *) b)->label);
}

static void
load_map (KpMapPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProjectBoundaries) boundaries = kp_project_load_boundaries (self->project, &error);
  g_autoptr (KpMapPainter) painter = NULL;
  GListModel *obce = kp_project_get_obce (self->project);

  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      KpObec *obec = g_list_model_get_item (obce, i);

      g_hash_table_insert (self->obce, (gpointer) kp_obec_get_kod (obec), obec);
    }
  if (boundaries == NULL)
    {
      g_warning ("Cannot read the project's boundaries: %s", error->message);
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "empty")),
                                       error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->snapshot = kp_map_builder_build (self->project, boundaries, &self->options);
  if (self->snapshot->features->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  for (guint i = 0; i < self->snapshot->features->len; i++)
    g_array_append_val (self->by_name, i);
  g_array_sort_with_data (self->by_name, compare_by_name, self->snapshot);
  kp_map_services_layer_set_snapshot (self->services_layer, self->snapshot);
  painter = kp_map_painter_new (self->snapshot);
  kp_map_canvas_set_painter (self->canvas, painter);
  kp_map_canvas_set_order (self->canvas, self->by_name);
  kp_map_canvas_set_tooltip_func (self->canvas, tooltip_cb, self);
  gtk_stack_set_visible_child_name (self->stack, "map");
}

static void
fill_dropdowns (KpMapPage *self)
{
  g_autoptr (GtkStringList) indicators = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) classes = gtk_string_list_new (NULL);
  KpIndicator initial = self->options.indicator;

  /* Every indicator of the registry that obce have, in its order (they come first): the
   * position is the indicator. */
  for (guint i = 0; i < KP_N_INDICATORS && kp_indicator_has_obec_values ((KpIndicator) i); i++)
    gtk_string_list_append (indicators, kp_indicator_get_name ((KpIndicator) i));
  gtk_string_list_append (classes, _ ("Quantiles"));
  gtk_string_list_append (classes, _ ("Equal intervals"));
  gtk_string_list_append (classes, _ ("Natural breaks"));
  gtk_drop_down_set_model (self->indicator_dropdown, G_LIST_MODEL (indicators));
  gtk_drop_down_set_model (self->method_dropdown, G_LIST_MODEL (classes));
  gtk_drop_down_set_selected (self->indicator_dropdown, initial);
  gtk_drop_down_set_selected (self->method_dropdown, 0);
  update_method_dropdown (self);
}

static void
kp_map_page_constructed (GObject *object)
{
  KpMapPage *self = KP_MAP_PAGE (object);

  G_OBJECT_CLASS (kp_map_page_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (self->project));
  self->services_layer = kp_map_services_layer_new (self->project, self->canvas, self->services_button,
                                                    self->service_dropdown, self->services_legend);
  self->options.show_services = TRUE;
  load_map (self);
  fill_dropdowns (self);
  gtk_toggle_button_set_active (self->services_button, TRUE);
}

static void
kp_map_page_dispose (GObject *object)
{
  KpMapPage *self = KP_MAP_PAGE (object);

  g_clear_object (&self->services_layer);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_MAP_PAGE);
  g_clear_object (&self->project);
  g_clear_object (&self->selected_obec);
  g_clear_pointer (&self->snapshot, kp_map_snapshot_unref);
  g_clear_pointer (&self->obce, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_array_unref);
  G_OBJECT_CLASS (kp_map_page_parent_class)->dispose (object);
}

static void
kp_map_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KpMapPage *self = KP_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_SELECTED_OBEC:
      g_value_set_object (value, self->selected_obec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_map_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KpMapPage *self = KP_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_SELECTED_OBEC:
      kp_map_page_set_selected_obec (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_map_page_class_init (KpMapPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_map_page_constructed;
  object_class->dispose = kp_map_page_dispose;
  object_class->get_property = kp_map_page_get_property;
  object_class->set_property = kp_map_page_set_property;

  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                      G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_OBEC] =
      g_param_spec_object ("selected-obec", NULL, NULL, KP_TYPE_OBEC,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_SHOW_IN_TABLE] = g_signal_new ("show-in-table", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 0);

  g_type_ensure (KP_TYPE_MAP_CANVAS);
  g_type_ensure (KP_TYPE_MAP_SERVICES_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, "/cz/komplan/Komplan/ui/territory/kp-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, method_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, canvas);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, panel_revealer);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, panel_title);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, panel_subtitle);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, panel_list);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, services_button);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, service_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpMapPage, services_legend);
  gtk_widget_class_bind_template_callback (widget_class, on_options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_activate_feature_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_panel_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_in_table_clicked_cb);

  gtk_widget_class_install_action (widget_class, "map.export", NULL, kp_map_page_export_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, kp_map_page_zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, kp_map_page_zoom_action);
  gtk_widget_class_install_action (widget_class, "map.fit", NULL, kp_map_page_zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "map.export", NULL);
}

static void
kp_map_page_init (KpMapPage *self)
{
  kp_map_options_init (&self->options);
  self->obce = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->by_name = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_map_page_new (KpProject *project)
{
  return g_object_new (KP_TYPE_MAP_PAGE, "project", project, NULL);
}

KpObec *
kp_map_page_get_selected_obec (KpMapPage *self)
{
  g_return_val_if_fail (KP_IS_MAP_PAGE (self), NULL);
  return self->selected_obec;
}

/* Selects the obec on the map (or nothing for %NULL), and centres the map on it. */
void
kp_map_page_set_selected_obec (KpMapPage *self,
                               KpObec    *obec)
{
  int feature;

  g_return_if_fail (KP_IS_MAP_PAGE (self));
  set_selected_obec (self, obec);
  feature = obec_feature (self, obec);
  if (feature >= 0)
    kp_map_canvas_show_feature (self->canvas, (guint) feature);
}

/* Opens the side panel of the selected obec. */
void
kp_map_page_open_selected (KpMapPage *self)
{
  g_return_if_fail (KP_IS_MAP_PAGE (self));
  on_canvas_activate_feature_cb (self, kp_map_canvas_get_selected (self->canvas));
}

/* Search and jump: selects the first obec, in Czech order, whose name matches the folded
 * @needle, and centres the map on it. Returns: whether one matched */
gboolean
kp_map_page_find (KpMapPage  *self,
                  const char *needle)
{
  g_return_val_if_fail (KP_IS_MAP_PAGE (self), FALSE);
  if (needle == NULL || *needle == '\0' || self->snapshot == NULL)
    return FALSE;
  for (guint i = 0; i < self->by_name->len; i++)
    {
      guint   feature = g_array_index (self->by_name, guint, i);
      KpObec *obec = feature_obec (self, (int) feature);

      if (obec != NULL && kp_czech_matches (kp_obec_get_search_key (obec), needle))
        {
          kp_map_page_set_selected_obec (self, obec);
          return TRUE;
        }
    }
  return FALSE;
}

void
kp_map_page_focus_map (KpMapPage *self)
{
  g_return_if_fail (KP_IS_MAP_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/**
 * kp_map_page_show_service:
 * @service: (nullable): a service of the project, or %NULL for none
 *
 * Highlights the obce @service works in (its facilities' obce and its territorial scope)
 * and turns the services layer on.
 */
void
kp_map_page_show_service (KpMapPage *self,
                          KpService *service)
{
  g_return_if_fail (KP_IS_MAP_PAGE (self));
  g_return_if_fail (service == NULL || KP_IS_SERVICE (service));

  kp_map_services_layer_show_service (self->services_layer, service);
}

/**
 * kp_map_page_get_shown_service:
 *
 * Returns: (transfer none) (nullable): the service whose area is highlighted
 */
KpService *
kp_map_page_get_shown_service (KpMapPage *self)
{
  g_return_val_if_fail (KP_IS_MAP_PAGE (self), NULL);
  return self->services_layer != NULL
             ? kp_map_services_layer_get_shown_service (self->services_layer)
             : NULL;
}

/* Returns: (transfer none) (nullable): the map's snapshot, for tests */
KpMapSnapshot *
kp_map_page_get_snapshot (KpMapPage *self)
{
  g_return_val_if_fail (KP_IS_MAP_PAGE (self), NULL);
  return self->snapshot;
}
