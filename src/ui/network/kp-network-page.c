/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-page.h"
#include "kp-network-page-private.h"
#include "kp-network-filter.h"
#include "kp-network-list-factory.h"
#include "kp-network-local-dialog.h"
#include "kp-network-quality-panel.h"
#include "kp-network-refresh.h"
#include "kp-network-row.h"
#include "kp-missing-code-lists.h"
#include "kp-network-summary.h"
#include "kp-search-needle.h"
#include "kp-service-detail.h"
#include "kp-target-group.h"

G_DEFINE_FINAL_TYPE (KpNetworkPage, kp_network_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_LIBRARY,
  PROP_SELECTED_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The project's network of services (created on first use). */
static KpServiceNetwork *
get_network (KpNetworkPage *self)
{
  return kp_service_network_get (self->project);
}

/* The form filter's choices after "all forms", in the order of the blueprint. */
static const char *const filter_forms[] = { "pob", "amb", "ter" };

static void on_filter_changed_cb (KpNetworkPage *self);

void
kp_network_page_toast (KpNetworkPage *self,
                       const char    *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static gboolean
filter_service (gpointer item,
                gpointer user_data)
{
  KpNetworkPage  *self = user_data;
  guint           form = gtk_drop_down_get_selected (self->form_dropdown);
  guint           target = gtk_drop_down_get_selected (self->target_dropdown);
  KpNetworkFilter filter = {
    .state = (KpNetworkState) MIN (gtk_drop_down_get_selected (self->state_dropdown), 2),
    .origin = (KpNetworkOrigin) MIN (gtk_drop_down_get_selected (self->origin_dropdown), 2),
    .needle = self->needle,
  };

  if (form >= 1 && form <= G_N_ELEMENTS (filter_forms))
    filter.form = filter_forms[form - 1];
  if (target >= 1 && self->target_groups != NULL &&
      target <= g_list_model_get_n_items (G_LIST_MODEL (self->target_groups)))
    filter.target_group = gtk_string_list_get_string (self->target_groups, target - 1);
  return kp_network_filter_matches (&filter, item);
}

static void
update_totals (KpNetworkPage *self)
{
  guint            form = gtk_drop_down_get_selected (self->form_dropdown);
  const char      *form_code = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;

  /* With a form chosen, only that form's capacity counts (krizová pomoc's beds are not
   * field capacity). */
  if (form >= 1 && form <= G_N_ELEMENTS (filter_forms))
    form_code = filter_forms[form - 1];
  text = kp_network_format_totals (G_LIST_MODEL (self->filter_model), form_code);
  total = kp_network_format_total (G_LIST_MODEL (self->filter_model), form_code);
  gtk_label_set_text (self->totals_label, text);
  gtk_label_set_text (self->total_label, total);
}

static void
update_status (KpNetworkPage *self)
{
  GListModel      *all = kp_service_network_get_services (get_network (self));
  guint            n_total = g_list_model_get_n_items (all);
  guint            n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (n_shown == n_total)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", n_total),
                             n_total);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u service",
                                          "%u of %u services", n_total),
                             n_shown, n_total);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->content_stack, n_total > 0 ? "network" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, n_shown > 0 ? "list" : "no-match");
  update_totals (self);
}

static void
update_quality_button (KpNetworkPage *self)
{
  GListModel *issues = kp_service_network_get_quality_issues (get_network (self));
  g_autoptr (GPtrArray) missing = kp_service_network_list_missing_code_lists (get_network (self));
  guint            n = g_list_model_get_n_items (issues) + missing->len;
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_ ("Data Quality"));
  else
    /* Translators: the data-quality button with the number of problems */
    label = g_strdup_printf (_ ("Data Quality (%u)"), n);
  adw_button_content_set_label (self->quality_button_content, label);
}

void
kp_network_page_update_actions (KpNetworkPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.refresh",
                                 self->refresh_cancellable == NULL &&
                                     kp_network_refresh_is_possible (self->library));
}

static void
fill_target_groups (KpNetworkPage *self)
{
  GListModel *services = kp_service_network_get_services (get_network (self));
  g_auto (GStrv) names = kp_network_dup_target_groups (services);
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  guint       position = gtk_drop_down_get_selected (self->target_dropdown);
  const char *selected = NULL;
  guint       new_position = 0;

  if (self->target_groups != NULL && position >= 1 &&
      position <= g_list_model_get_n_items (G_LIST_MODEL (self->target_groups)))
    selected = gtk_string_list_get_string (self->target_groups, position - 1);
  gtk_string_list_append (choices, _ ("All target groups"));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *shown = kp_target_group_format_stored (names[i], NULL);

      gtk_string_list_append (choices, shown);
      if (g_strcmp0 (names[i], selected) == 0)
        new_position = i + 1;
    }
  g_clear_object (&self->target_groups);
  self->target_groups = gtk_string_list_new ((const char *const *) names);
  g_signal_handlers_block_by_func (self->target_dropdown, on_filter_changed_cb, self);
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->target_dropdown, new_position);
  g_signal_handlers_unblock_by_func (self->target_dropdown, on_filter_changed_cb, self);
}

static void
select_service (KpNetworkPage *self,
                KpService     *service)
{
  guint position = kp_network_model_find (self->model, service);

  if (service == NULL || position == G_MAXUINT)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      if (g_set_object (&self->selected_service, NULL))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SERVICE]);
      return;
    }
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
on_model_items_changed_cb (KpNetworkPage *self)
{
  KpService *current = NULL;

  /* A new grouping, filter or refresh replaces the rows (a refresh, the services too):
   * keep the service selected. */
  if (self->selected_service != NULL)
    current = kp_service_network_find_service (get_network (self),
                                               kp_service_get_id (self->selected_service));
  select_service (self, current != NULL ? current : self->selected_service);
  update_status (self);
}

static void
on_services_items_changed_cb (KpNetworkPage *self)
{
  fill_target_groups (self);
  update_status (self);
  update_quality_button (self);
}

static void
on_quality_items_changed_cb (KpNetworkPage *self)
{
  update_quality_button (self);
}

static void
on_selection_changed_cb (KpNetworkPage *self)
{
  KpNetworkRow *row = gtk_single_selection_get_selected_item (self->selection);
  KpService    *service = row != NULL ? kp_network_row_get_service (row) : NULL;

  /* Rows are replaced under the selection; the items-changed handler reselects. */
  if (service == NULL || service == self->selected_service)
    return;
  g_set_object (&self->selected_service, service);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SERVICE]);
}

static void
on_grouping_changed_cb (KpNetworkPage *self)
{
  guint grouping = gtk_drop_down_get_selected (self->grouping_dropdown);

  if (self->model != NULL && grouping <= KP_NETWORK_BY_PROVIDER)
    kp_network_model_set_grouping (self->model, grouping);
}

static void
on_filter_changed_cb (KpNetworkPage *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (KpNetworkPage *self)
{
  GtkFilterChange change;

  if (kp_search_needle_update (&self->needle,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                               &change) &&
      self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_search_stop_cb (KpNetworkPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_detail_remove_cb (KpNetworkPage *self,
                     KpService     *service)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast        *undo_toast;

  title = g_strdup_printf (_ ("Removed “%s”"), kp_service_get_name (service));
  if (!kp_service_network_remove_local_service (get_network (self), service, &error))
    {
      kp_network_page_toast (self, error->message);
      return;
    }
  escaped = g_markup_escape_text (title, -1);
  undo_toast = adw_toast_new (escaped);
  adw_toast_set_button_label (undo_toast, _ ("_Undo"));
  adw_toast_set_action_name (undo_toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, undo_toast);
}

/* The data-quality panel takes the place of the list; the detail stays beside it, so the
 * problems can be fixed one after another. */
static void
on_quality_toggled_cb (KpNetworkPage *self)
{
  gtk_stack_set_visible_child_name (self->left_stack,
                                    gtk_toggle_button_get_active (self->quality_button)
                                        ? "quality"
                                        : "services");
}

static void
on_quality_go_to_cb (KpNetworkPage *self,
                     KpService     *service)
{
  kp_network_page_set_selected_service (self, service);
}

static void
on_local_added_cb (KpNetworkLocalDialog *dialog,
                   KpService            *service,
                   KpNetworkPage        *self)
{
  g_autofree char *message = g_strdup_printf (_ ("Added “%s”"), kp_service_get_name (service));

  kp_network_page_set_selected_service (self, service);
  kp_network_page_toast (self, message);
}

/* The library may have had the registry imported since: asked again each time. */
static void
on_map_cb (KpNetworkPage *self)
{
  kp_network_page_update_actions (self);
}

static void
kp_network_page_add_local_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  KpNetworkPage        *self = KP_NETWORK_PAGE (widget);
  GtkRoot              *root = gtk_widget_get_root (widget);
  KpNetworkLocalDialog *dialog;

  dialog = kp_network_local_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        self->project);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_local_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kp_network_page_search_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
kp_network_page_constructed (GObject *object)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (object);
  GListModel    *services;
  g_autoptr (GtkListItemFactory) factory = NULL;

  G_OBJECT_CLASS (kp_network_page_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (self->project));
  services = kp_service_network_get_services (get_network (self));

  fill_target_groups (self);
  self->filter = gtk_custom_filter_new (filter_service, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (services),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->model = kp_network_model_new (G_LIST_MODEL (self->filter_model));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_model_items_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (services, "items-changed", G_CALLBACK (on_services_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kp_service_network_get_quality_issues (get_network (self)),
                           "items-changed", G_CALLBACK (on_quality_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  factory = kp_network_list_factory_new ();
  gtk_list_view_set_factory (self->list_view, factory);

  self->detail = KP_SERVICE_DETAIL (kp_service_detail_new (self->project));
  adw_bin_set_child (self->detail_bin, GTK_WIDGET (self->detail));
  g_object_bind_property (self, "selected-service", self->detail, "service",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->detail, "remove", G_CALLBACK (on_detail_remove_cb), self,
                           G_CONNECT_SWAPPED);
  self->quality_panel = KP_NETWORK_QUALITY_PANEL (kp_network_quality_panel_new (self->project));
  adw_bin_set_child (self->quality_bin, GTK_WIDGET (self->quality_panel));
  g_signal_connect_object (self->quality_panel, "go-to", G_CALLBACK (on_quality_go_to_cb), self,
                           G_CONNECT_SWAPPED);
  update_quality_button (self);
  update_status (self);
  kp_network_page_update_actions (self);
}

static void
kp_network_page_dispose (GObject *object)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (object);

  if (self->refresh_cancellable != NULL)
    g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  if (self->refresh_dialog != NULL)
    gtk_window_destroy (self->refresh_dialog);
  g_clear_object (&self->refresh_dialog);
  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NETWORK_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->target_groups);
  g_clear_object (&self->selected_service);
  g_clear_object (&self->library);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_network_page_parent_class)->dispose (object);
}

static void
kp_network_page_finalize (GObject *object)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (object);

  g_free (self->needle);
  G_OBJECT_CLASS (kp_network_page_parent_class)->finalize (object);
}

static void
kp_network_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_SELECTED_SERVICE:
      g_value_set_object (value, self->selected_service);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    case PROP_LIBRARY:
      kp_network_page_set_library (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_SERVICE:
      kp_network_page_set_selected_service (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_network_page_class_init (KpNetworkPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_network_page_constructed;
  object_class->dispose = kp_network_page_dispose;
  object_class->finalize = kp_network_page_finalize;
  object_class->get_property = kp_network_page_get_property;
  object_class->set_property = kp_network_page_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_SERVICE] =
      g_param_spec_object ("selected-service", NULL, NULL, KP_TYPE_SERVICE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/network/kp-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, grouping_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, form_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, origin_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, left_stack);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, selection);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, totals_label);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, paned);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, detail_bin);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, quality_button);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, quality_button_content);
  gtk_widget_class_bind_template_child (widget_class, KpNetworkPage, quality_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_grouping_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quality_toggled_cb);

  gtk_widget_class_install_action (widget_class, "network.search", NULL,
                                   kp_network_page_search_action);
  gtk_widget_class_install_action (widget_class, "network.add-local", NULL,
                                   kp_network_page_add_local_action);
  gtk_widget_class_install_action (widget_class, "network.refresh", NULL,
                                   kp_network_page_refresh_action);
  gtk_widget_class_install_action (widget_class, "network.export-csv", NULL,
                                   kp_network_page_export_csv_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "network.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "network.export-csv", NULL);
}

/* The list pane takes a share of the width, whatever the width the view opens with or is
 * resized to; the user's dragging of the divider sets the share. */
static int
paned_max_position (KpNetworkPage *self)
{
  int max = 0;

  g_object_get (self->paned, "max-position", &max, NULL);
  return max;
}

static void
on_paned_max_position_cb (KpNetworkPage *self)
{
  int max = paned_max_position (self);

  if (max <= 0 || max == self->placed_max)
    return;
  self->placed_max = max;
  self->placing = TRUE;
  /* GtkPaned keeps it within the panes' minimum widths. */
  gtk_paned_set_position (self->paned,
                          (int) (gtk_widget_get_width (GTK_WIDGET (self->paned)) *
                                     self->list_share +
                                 0.5));
  self->placing = FALSE;
}

static void
on_paned_position_cb (KpNetworkPage *self)
{
  int max = paned_max_position (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  /* A move with the width unchanged is the user's. */
  if (self->placing || max <= 0 || max != self->placed_max || width <= 0)
    return;
  self->list_share = CLAMP ((double) gtk_paned_get_position (self->paned) / width, 0.2, 0.8);
}

static void
kp_network_page_init (KpNetworkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->list_share = 0.36;
  g_signal_connect_swapped (self->paned, "notify::max-position",
                            G_CALLBACK (on_paned_max_position_cb), self);
  g_signal_connect_swapped (self->paned, "notify::position", G_CALLBACK (on_paned_position_cb),
                            self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/**
 * kp_network_page_new:
 * @library: (nullable): the reference library, whose registry the refresh reads
 *
 * Returns: (transfer floating): the Síť služeb view of @project
 */
GtkWidget *
kp_network_page_new (KpProject *project,
                     KpLibrary *library)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (library == NULL || KP_IS_LIBRARY (library), NULL);
  return g_object_new (KP_TYPE_NETWORK_PAGE, "project", project, "library", library, NULL);
}

KpProject *
kp_network_page_get_project (KpNetworkPage *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_PAGE (self), NULL);
  return self->project;
}

void
kp_network_page_set_library (KpNetworkPage *self,
                             KpLibrary     *library)
{
  g_return_if_fail (KP_IS_NETWORK_PAGE (self));
  g_return_if_fail (library == NULL || KP_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;
  kp_network_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

/* Returns: (transfer none) (nullable) */
KpService *
kp_network_page_get_selected_service (KpNetworkPage *self)
{
  g_return_val_if_fail (KP_IS_NETWORK_PAGE (self), NULL);
  return self->selected_service;
}

void
kp_network_page_set_selected_service (KpNetworkPage *self,
                                      KpService     *service)
{
  g_return_if_fail (KP_IS_NETWORK_PAGE (self));
  g_return_if_fail (service == NULL || KP_IS_SERVICE (service));

  if (service != NULL && kp_network_model_find (self->model, service) == G_MAXUINT)
    {
      /* Hidden by the search or a filter: show everything. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      on_search_changed_cb (self);
      gtk_drop_down_set_selected (self->form_dropdown, 0);
      gtk_drop_down_set_selected (self->target_dropdown, 0);
      gtk_drop_down_set_selected (self->state_dropdown, 0);
      gtk_drop_down_set_selected (self->origin_dropdown, 0);
    }
  if (service != NULL && g_set_object (&self->selected_service, service))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SERVICE]);
  select_service (self, service);
}
