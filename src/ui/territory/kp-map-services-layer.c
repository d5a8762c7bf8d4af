/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-map-services-layer.h"
#include "kp-map-builder.h"
#include "kp-service-network.h"

/* The symbols follow the toggle (kp_map_builder_set_services() and a redraw); the area of
 * a service is a layer whose parts change, so the painter's index is made anew — and the
 * canvas keeps its view and selection (kp_map_canvas_replace_painter()). The symbols and
 * the chooser follow the network's list of services; the area follows the shown service
 * itself (a signal group on it), so an edit or undo of its scope redraws it. */

struct _KpMapServicesLayer
{
  GObject parent_instance;

  KpProject           *project;
  KpMapCanvas         *canvas;
  GtkToggleButton     *toggle;
  GtkDropDown         *chooser;
  KpMapServicesLegend *legend;

  KpMapSnapshot *snapshot;
  GPtrArray     *choices; /* KpService, the chooser's items after "none" */
  KpService     *shown_service;
  GSignalGroup  *shown_signals; /* on shown_service */
};

G_DEFINE_FINAL_TYPE (KpMapServicesLayer, kp_map_services_layer, G_TYPE_OBJECT)

/* The project's network of services (created on first use). */
static KpServiceNetwork *
get_network (KpMapServicesLayer *self)
{
  return kp_service_network_get (self->project);
}

static gboolean
has_map (KpMapServicesLayer *self)
{
  return self->snapshot != NULL && self->snapshot->features->len > 0;
}

static int
compare_services (gconstpointer a,
                  gconstpointer b)
{
  return kp_service_compare_by_name (*(KpService *const *) a, *(KpService *const *) b);
}

/* The services with an area, by name, after "No service area". */
static void
fill_chooser (KpMapServicesLayer *self)
{
  GListModel *services = kp_service_network_get_services (get_network (self));
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->choices, 0);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *const *obce = kp_service_get_obce (service);

      if ((obce != NULL && obce[0] != NULL) || kp_service_get_scope (service)->len > 0)
        g_ptr_array_add (self->choices, g_object_ref (service));
    }
  g_ptr_array_sort (self->choices, compare_services);
  gtk_string_list_append (names, _ ("No service area"));
  for (guint i = 0; i < self->choices->len; i++)
    gtk_string_list_append (names, kp_service_get_name (self->choices->pdata[i]));
  gtk_drop_down_set_model (self->chooser, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->chooser, 0);
}

static KpService *
chosen_service (KpMapServicesLayer *self)
{
  guint position = gtk_drop_down_get_selected (self->chooser);

  return position >= 1 && position <= self->choices->len ? self->choices->pdata[position - 1]
                                                         : NULL;
}

/* Highlights the area of @service (none for %NULL), keeping the view. */
static void
show_coverage (KpMapServicesLayer *self,
               KpService          *service)
{
  g_autoptr (KpMapPainter) painter = NULL;

  if (!has_map (self))
    return;
  if (g_set_object (&self->shown_service, service))
    g_signal_group_set_target (self->shown_signals, service);
  kp_map_services_legend_set_show_area (self->legend,
                                        kp_map_builder_set_coverage (self->snapshot, service));
  painter = kp_map_painter_new (self->snapshot);
  kp_map_canvas_replace_painter (self->canvas, painter);
}

static void
on_chooser_selected_cb (KpMapServicesLayer *self)
{
  KpService *service = chosen_service (self);

  if (service != self->shown_service)
    show_coverage (self, service);
}

/* Selects @service in the chooser without showing anything. Returns: (nullable): the
 * chooser's object of that service, %NULL when it has no area (or is gone) */
static KpService *
select_in_chooser (KpMapServicesLayer *self,
                   KpService          *service)
{
  guint position = 0;

  for (guint i = 0; service != NULL && i < self->choices->len; i++)
    if (kp_service_get_id (self->choices->pdata[i]) == kp_service_get_id (service))
      position = i + 1;
  g_signal_handlers_block_by_func (self->chooser, on_chooser_selected_cb, self);
  gtk_drop_down_set_selected (self->chooser, position);
  g_signal_handlers_unblock_by_func (self->chooser, on_chooser_selected_cb, self);
  return position != 0 ? self->choices->pdata[position - 1] : NULL;
}

/* Selects @service in the chooser and shows its area. */
static void
choose_service (KpMapServicesLayer *self,
                KpService          *service)
{
  KpService *chosen = select_in_chooser (self, service);

  show_coverage (self, chosen != NULL ? chosen : service);
}

/* The shown service changed (its scope, its facilities): its area follows. */
static void
on_shown_service_notify_cb (KpMapServicesLayer *self)
{
  show_coverage (self, self->shown_service);
}

static void
on_toggle_toggled_cb (KpMapServicesLayer *self)
{
  gboolean show = gtk_toggle_button_get_active (self->toggle);

  gtk_widget_set_visible (GTK_WIDGET (self->legend), show);
  if (!has_map (self))
    return;
  kp_map_builder_set_services (self->snapshot, self->project, show);
  kp_map_canvas_refresh (self->canvas);
}

static void
on_services_changed_cb (KpMapServicesLayer *self)
{
  KpService *chosen = chosen_service (self);
  g_autoptr (KpService) shown = chosen != NULL ? g_object_ref (chosen) : NULL;

  if (!has_map (self))
    return;
  /* A refresh or an undo changes the services: symbols and choices follow; the area
   * follows the shown service by itself, unless it went. */
  fill_chooser (self);
  if (shown != NULL && select_in_chooser (self, shown) == NULL)
    show_coverage (self, NULL);
  kp_map_builder_set_services (self->snapshot, self->project,
                               gtk_toggle_button_get_active (self->toggle));
  kp_map_canvas_refresh (self->canvas);
}

static void
kp_map_services_layer_dispose (GObject *object)
{
  KpMapServicesLayer *self = KP_MAP_SERVICES_LAYER (object);

  if (self->toggle != NULL)
    g_signal_handlers_disconnect_by_data (self->toggle, self);
  if (self->chooser != NULL)
    g_signal_handlers_disconnect_by_data (self->chooser, self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (kp_service_network_get_services (get_network (self)),
                                          self);
  g_clear_object (&self->toggle);
  g_clear_object (&self->chooser);
  g_clear_object (&self->legend);
  g_clear_object (&self->canvas);
  g_clear_object (&self->project);
  if (self->shown_signals != NULL)
    g_signal_group_set_target (self->shown_signals, NULL);
  g_clear_object (&self->shown_signals);
  g_clear_object (&self->shown_service);
  g_clear_pointer (&self->snapshot, kp_map_snapshot_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  G_OBJECT_CLASS (kp_map_services_layer_parent_class)->dispose (object);
}

static void
kp_map_services_layer_class_init (KpMapServicesLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kp_map_services_layer_dispose;
}

static void
kp_map_services_layer_init (KpMapServicesLayer *self)
{
  self->choices = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown_signals = g_signal_group_new (KP_TYPE_SERVICE);
  g_signal_group_connect_swapped (self->shown_signals, "notify::scope",
                                  G_CALLBACK (on_shown_service_notify_cb), self);
  g_signal_group_connect_swapped (self->shown_signals, "notify::obce",
                                  G_CALLBACK (on_shown_service_notify_cb), self);
}

/**
 * kp_map_services_layer_new:
 *
 * Returns: (transfer full): the services layer over the given widgets of the map page
 */
KpMapServicesLayer *
kp_map_services_layer_new (KpProject           *project,
                           KpMapCanvas         *canvas,
                           GtkToggleButton     *toggle,
                           GtkDropDown         *chooser,
                           KpMapServicesLegend *legend)
{
  KpMapServicesLayer *self;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_MAP_CANVAS (canvas), NULL);
  g_return_val_if_fail (GTK_IS_TOGGLE_BUTTON (toggle), NULL);
  g_return_val_if_fail (GTK_IS_DROP_DOWN (chooser), NULL);
  g_return_val_if_fail (KP_IS_MAP_SERVICES_LEGEND (legend), NULL);

  self = g_object_new (KP_TYPE_MAP_SERVICES_LAYER, NULL);
  self->project = g_object_ref (project);
  self->canvas = g_object_ref (canvas);
  self->toggle = g_object_ref (toggle);
  self->chooser = g_object_ref (chooser);
  self->legend = g_object_ref (legend);
  g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (on_toggle_toggled_cb), self);
  g_signal_connect_swapped (chooser, "notify::selected", G_CALLBACK (on_chooser_selected_cb), self);
  g_signal_connect_swapped (kp_service_network_get_services (get_network (self)), "items-changed",
                            G_CALLBACK (on_services_changed_cb), self);
  return self;
}

/* The map's snapshot, once it is built: fills the chooser. */
void
kp_map_services_layer_set_snapshot (KpMapServicesLayer *self,
                                    KpMapSnapshot      *snapshot)
{
  g_return_if_fail (KP_IS_MAP_SERVICES_LAYER (self));

  g_clear_pointer (&self->snapshot, kp_map_snapshot_unref);
  if (snapshot != NULL)
    self->snapshot = kp_map_snapshot_ref (snapshot);
  if (has_map (self))
    fill_chooser (self);
}

/**
 * kp_map_services_layer_show_service:
 * @service: (nullable): a service of the project, or %NULL for none
 *
 * Highlights the obce @service works in and, for a service, turns the layer on.
 */
void
kp_map_services_layer_show_service (KpMapServicesLayer *self,
                                    KpService          *service)
{
  g_return_if_fail (KP_IS_MAP_SERVICES_LAYER (self));
  g_return_if_fail (service == NULL || KP_IS_SERVICE (service));

  if (service != NULL)
    gtk_toggle_button_set_active (self->toggle, TRUE);
  choose_service (self, service);
}

/* Returns: (transfer none) (nullable): the service whose area is highlighted */
KpService *
kp_map_services_layer_get_shown_service (KpMapServicesLayer *self)
{
  g_return_val_if_fail (KP_IS_MAP_SERVICES_LAYER (self), NULL);
  return self->shown_service;
}
