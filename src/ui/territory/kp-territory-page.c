/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-territory-page.h"
#include "kp-comparison-panel.h"
#include "kp-czech.h"
#include "kp-error-dialog.h"
#include "kp-file-chooser.h"
#include "kp-map-page.h"
#include "kp-obec-columns.h"
#include "kp-search-needle.h"
#include "kp-territory-export.h"

struct _KpTerritoryPage
{
  AdwBin parent_instance;

  KpProject       *project;
  KpObec          *selected_obec;
  GtkCustomFilter *filter;
  char            *needle; /* folded search text */
  GCancellable    *cancellable;
  guint            grow_id; /* shows more rows of the table */

  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkButton           *export_button;
  GtkStack            *mode_stack;
  AdwBin              *map_bin;
  KpMapPage           *map_page;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSliceListModel   *slice_model;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  AdwStatusPage       *empty_page;
  KpComparisonPanel   *comparison_panel;
  GtkColumnViewColumn *nazev_column;
};

G_DEFINE_FINAL_TYPE (KpTerritoryPage, kp_territory_page, ADW_TYPE_BIN)

/* GTK 4.8's list keeps widgets for up to 200 rows, and a row has 12 cells: for a national
 * table, making them was most of the time to the first frame. The table gets its rows
 * (a slice of the sorted model) this many at a time: the first at once, the others while
 * the main loop is idle after the first frame. */
#define ROWS_AT_ONCE 20

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_SELECTED_OBEC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_table_whole (KpTerritoryPage *self)
{
  return gtk_slice_list_model_get_size (self->slice_model) == G_MAXUINT;
}

static void
show_whole_table (KpTerritoryPage *self)
{
  g_clear_handle_id (&self->grow_id, g_source_remove);
  gtk_slice_list_model_set_size (self->slice_model, G_MAXUINT);
}

static gboolean
grow_table (gpointer user_data)
{
  KpTerritoryPage *self = user_data;
  guint            size = gtk_slice_list_model_get_size (self->slice_model);

  if (size + ROWS_AT_ONCE < g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)))
    {
      gtk_slice_list_model_set_size (self->slice_model, size + ROWS_AT_ONCE);
      return G_SOURCE_CONTINUE;
    }
  self->grow_id = 0;
  show_whole_table (self);
  return G_SOURCE_REMOVE;
}

static void
on_after_first_paint_cb (GdkFrameClock   *clock,
                         KpTerritoryPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_first_paint_cb, self);
  if (self->grow_id == 0 && !is_table_whole (self))
    self->grow_id = g_idle_add_full (G_PRIORITY_LOW, grow_table, self, NULL);
}

static void
on_map_cb (KpTerritoryPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock != NULL && !is_table_whole (self))
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_first_paint_cb), self, 0);
}

static gboolean
filter_obec (gpointer item,
             gpointer user_data)
{
  KpTerritoryPage *self = user_data;

  return kp_czech_matches (kp_obec_get_search_key (item), self->needle);
}

static void
update_actions (KpTerritoryPage *self)
{
  gboolean has_rows = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territory.copy", has_rows);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "territory.export-csv", has_rows);
}

static void
update_status (KpTerritoryPage *self)
{
  GListModel      *all = gtk_filter_list_model_get_model (self->filter_model);
  guint            n_total = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint            n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (self->needle == NULL || *self->needle == '\0')
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u obec", "%u obce", n_total),
                             n_total);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u obec", "%u of %u obce",
                                          n_total),
                             n_shown, n_total);
  gtk_label_set_text (self->count_label, count);

  if (n_shown == 0 && n_total > 0)
    {
      const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      g_autofree char *title = g_strdup_printf (_ ("No obec matches “%s”"), text);

      adw_status_page_set_title (self->empty_page, title);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, "table");
  update_actions (self);
}

static guint
find_position (KpTerritoryPage *self,
               KpObec          *obec)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint       n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (KpObec) item = g_list_model_get_item (model, i);

      if (item == obec || g_strcmp0 (kp_obec_get_kod (item), kp_obec_get_kod (obec)) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
toast (KpTerritoryPage *self,
       const char      *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static char *
suggested_file_name (KpTerritoryPage *self)
{
  const char      *name = kp_project_get_territory_name (self->project);
  g_autofree char *base = g_strdup (name != NULL && *name != '\0' ? name : _ ("territory"));

  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, ".csv", NULL);
}

static gboolean
is_map_mode (KpTerritoryPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "map") == 0;
}

static void
on_map_show_in_table_cb (KpMapPage       *page,
                         KpTerritoryPage *self)
{
  gtk_stack_set_visible_child_name (self->mode_stack, "table");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The map (its boundaries, the services layer) is made when it is first shown. */
static KpMapPage *
ensure_map (KpTerritoryPage *self)
{
  if (self->map_page != NULL)
    return self->map_page;
  self->map_page = KP_MAP_PAGE (kp_map_page_new (self->project));
  adw_bin_set_child (self->map_bin, GTK_WIDGET (self->map_page));
  g_object_bind_property (self, "selected-obec", self->map_page, "selected-obec",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->map_page, "show-in-table", G_CALLBACK (on_map_show_in_table_cb),
                           self, 0);
  return self->map_page;
}

/* After the territory changed (or the change was undone) the map is made again from the
 * project's new boundaries. */
static void
on_project_changed_cb (KpTerritoryPage *self,
                       KpChanges       *changes)
{
  if (self->map_page == NULL ||
      !(kp_changes_has_table (changes, "obec") || kp_changes_has_table (changes, "boundary")))
    return;
  adw_bin_set_child (self->map_bin, NULL);
  self->map_page = NULL;
  if (is_map_mode (self))
    ensure_map (self);
}

static void
on_search_entry_search_changed_cb (KpTerritoryPage *self)
{
  const char     *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkFilterChange change;

  /* On the map the search finds an obec and jumps to it; the table stays whole. */
  if (is_map_mode (self))
    {
      g_autofree char *needle = g_strstrip (kp_czech_fold (text));

      if (*needle != '\0')
        kp_map_page_find (ensure_map (self), needle);
      text = "";
    }
  if (!kp_search_needle_update (&self->needle, text, &change))
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_status (self);
}

static void
on_search_entry_activate_cb (KpTerritoryPage *self)
{
  if (!is_map_mode (self))
    return;
  kp_map_page_open_selected (ensure_map (self));
  kp_map_page_focus_map (self->map_page);
}

static void
on_mode_stack_changed_cb (KpTerritoryPage *self)
{
  gboolean map = is_map_mode (self);

  if (self->project == NULL)
    return; /* the template is still being built */
  if (map)
    ensure_map (self);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), !map);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), !map);
  g_object_set (self->search_entry, "placeholder-text",
                map ? _ ("Find an obec on the map") : _ ("Search obce by name or code"), NULL);
  on_search_entry_search_changed_cb (self);
}

static void
on_search_entry_stop_search_cb (KpTerritoryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_model_items_changed_cb (KpTerritoryPage *self)
{
  update_status (self);
}

static void
on_selection_notify_selected_item_cb (KpTerritoryPage *self)
{
  KpObec *obec = gtk_single_selection_get_selected_item (self->selection);

  if (g_set_object (&self->selected_obec, obec))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_OBEC]);
}

static void
on_export_file_chosen_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr (KpTerritoryPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (files == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  if (path == NULL)
    return;
  if (!kp_territory_page_export_to (self, path, &error))
    {
      kp_error_dialog_show (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                            _ ("Could Not Export the Table"), error->message);
      return;
    }
  basename = g_file_get_basename (file);
  message = g_strdup_printf (_ ("Exported to “%s”"), basename);
  toast (self, message);
}

static void
kp_territory_page_search_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
kp_territory_page_copy_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (widget);
  GListModel      *model = G_LIST_MODEL (self->sort_model);
  guint            n_items = g_list_model_get_n_items (model);
  g_autofree char *tsv = NULL;
  g_autofree char *message = NULL;

  if (n_items == 0)
    return;
  tsv = kp_territory_export_tsv (model);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), tsv);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Copied %u obec", "Copied %u obce",
                                          n_items),
                             n_items);
  toast (self, message);
}

static void
kp_territory_page_export_csv_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (widget);
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) csv = NULL;
  g_autofree char *name = suggested_file_name (self);
  const char      *patterns[] = { "*.csv", NULL };

  csv = kp_file_chooser_filter_new (_ ("CSV files"), patterns);
  g_list_store_append (filters, csv);
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_SAVE,
                             _ ("Export Territory Table"), _ ("_Export"), G_LIST_MODEL (filters),
                             name, on_export_file_chosen_cb, g_object_ref (self));
}

static void
kp_territory_page_constructed (GObject *object)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (object);

  G_OBJECT_CLASS (kp_territory_page_parent_class)->constructed (object);

  g_assert (KP_IS_PROJECT (self->project));
  gtk_filter_list_model_set_model (self->filter_model, kp_project_get_obce (self->project));
  kp_obec_columns_fit (self->column_view, kp_project_get_obce (self->project));
  kp_comparison_panel_set_model (self->comparison_panel,
                                 kp_project_get_comparison (self->project));
  gtk_column_view_sort_by_column (self->column_view, self->nazev_column, GTK_SORT_ASCENDING);
  update_status (self);
}

static void
kp_territory_page_dispose (GObject *object)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_TERRITORY_PAGE);
  g_clear_object (&self->filter);
  g_clear_object (&self->selected_obec);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_territory_page_parent_class)->dispose (object);
}

static void
kp_territory_page_finalize (GObject *object)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->needle);
  G_OBJECT_CLASS (kp_territory_page_parent_class)->finalize (object);
}

static void
kp_territory_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (object);

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
kp_territory_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KpTerritoryPage *self = KP_TERRITORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed_cb), self,
                               G_CONNECT_SWAPPED);
      break;
    case PROP_SELECTED_OBEC:
      kp_territory_page_set_selected_obec (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_territory_page_class_init (KpTerritoryPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_territory_page_constructed;
  object_class->dispose = kp_territory_page_dispose;
  object_class->finalize = kp_territory_page_finalize;
  object_class->get_property = kp_territory_page_get_property;
  object_class->set_property = kp_territory_page_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_OBEC] =
      g_param_spec_object ("selected-obec", NULL, NULL, KP_TYPE_OBEC,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KP_TYPE_COMPARISON_PANEL);
  g_type_ensure (KP_TYPE_OBEC);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/territory/kp-territory-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, map_bin);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, selection);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, slice_model);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, comparison_panel);
  gtk_widget_class_bind_template_child (widget_class, KpTerritoryPage, nazev_column);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_stack_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_model_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_notify_selected_item_cb);

  gtk_widget_class_install_action (widget_class, "territory.search", NULL,
                                   kp_territory_page_search_action);
  gtk_widget_class_install_action (widget_class, "territory.copy", NULL,
                                   kp_territory_page_copy_action);
  gtk_widget_class_install_action (widget_class, "territory.export-csv", NULL,
                                   kp_territory_page_export_csv_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "territory.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "territory.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "territory.export-csv", NULL);
}

static void
kp_territory_page_init (KpTerritoryPage *self)
{
  self->needle = g_strdup ("");
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_slice_list_model_set_size (self->slice_model, ROWS_AT_ONCE);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);

  self->filter = gtk_custom_filter_new (filter_obec, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));

  kp_obec_columns_setup (self->column_view);
}

/**
 * kp_territory_page_new:
 *
 * Returns: (transfer floating): the Území view of @project
 */
GtkWidget *
kp_territory_page_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_TERRITORY_PAGE, "project", project, NULL);
}

KpProject *
kp_territory_page_get_project (KpTerritoryPage *self)
{
  g_return_val_if_fail (KP_IS_TERRITORY_PAGE (self), NULL);
  return self->project;
}

/**
 * kp_territory_page_get_selected_obec:
 *
 * Returns: (transfer none) (nullable): the obec selected in the table
 */
KpObec *
kp_territory_page_get_selected_obec (KpTerritoryPage *self)
{
  g_return_val_if_fail (KP_IS_TERRITORY_PAGE (self), NULL);
  return self->selected_obec;
}

/**
 * kp_territory_page_set_selected_obec:
 * @obec: (nullable): an obec of the project (matched by code), or %NULL to unselect
 *
 * Selects @obec in the table; a search that hides it is cleared first.
 */
void
kp_territory_page_set_selected_obec (KpTerritoryPage *self,
                                     KpObec          *obec)
{
  guint position;

  g_return_if_fail (KP_IS_TERRITORY_PAGE (self));
  g_return_if_fail (obec == NULL || KP_IS_OBEC (obec));

  if (obec == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }
  show_whole_table (self); /* positions are those of the sorted model */
  if (self->selected_obec != NULL &&
      g_strcmp0 (kp_obec_get_kod (self->selected_obec), kp_obec_get_kod (obec)) == 0)
    return;

  position = find_position (self, obec);
  if (position == GTK_INVALID_LIST_POSITION && *self->needle != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      on_search_entry_search_changed_cb (self);
      position = find_position (self, obec);
    }
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
}

/**
 * kp_territory_page_show_obec:
 * @kod: the kód obce
 *
 * Selects the obec in the table and on the map, whichever is shown.
 *
 * Returns: whether the obec is in the project's territory
 */
gboolean
kp_territory_page_show_obec (KpTerritoryPage *self,
                             const char      *kod)
{
  GListModel *obce;

  g_return_val_if_fail (KP_IS_TERRITORY_PAGE (self), FALSE);
  g_return_val_if_fail (kod != NULL, FALSE);

  obce = kp_project_get_obce (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      if (g_strcmp0 (kp_obec_get_kod (obec), kod) == 0)
        {
          kp_territory_page_set_selected_obec (self, obec);
          if (self->map_page != NULL)
            kp_map_page_set_selected_obec (self->map_page, obec); /* and centres it */
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * kp_territory_page_show_service_area:
 * @service: (nullable): a service of the project, or %NULL for none
 *
 * Shows the map with the obce @service works in highlighted.
 */
void
kp_territory_page_show_service_area (KpTerritoryPage *self,
                                     KpService       *service)
{
  g_return_if_fail (KP_IS_TERRITORY_PAGE (self));
  g_return_if_fail (service == NULL || KP_IS_SERVICE (service));

  gtk_stack_set_visible_child_name (self->mode_stack, "map");
  kp_map_page_show_service (ensure_map (self), service);
}

/**
 * kp_territory_page_get_map_page:
 *
 * Returns: (transfer none) (nullable): the map, or %NULL until it has been shown
 */
KpMapPage *
kp_territory_page_get_map_page (KpTerritoryPage *self)
{
  g_return_val_if_fail (KP_IS_TERRITORY_PAGE (self), NULL);
  return self->map_page;
}

/**
 * kp_territory_page_export_to:
 * @path: the CSV file to write
 *
 * Writes the table as the user sees it (search and sort applied) as CSV.
 *
 * Returns: %TRUE on success
 */
gboolean
kp_territory_page_export_to (KpTerritoryPage *self,
                             const char      *path,
                             GError         **error)
{
  g_return_val_if_fail (KP_IS_TERRITORY_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return kp_territory_export_csv (G_LIST_MODEL (self->sort_model), path, error);
}
