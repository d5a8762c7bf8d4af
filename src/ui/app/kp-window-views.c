/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-window-private.h"

#include "kp-needs-page.h"
#include "kp-network-page.h"
#include "kp-plan-view.h"
#include "kp-publications-page.h"
#include "kp-service-network.h"
#include "kp-territory-page.h"

/* The project's views. The switcher shows each title and icon from the start, but a view
 * is made (with the project's modules it needs) only when it is first shown: opening a
 * project builds its first view and nothing else. Each view gets what it needs from the
 * window when it is made; views go to each other through the window's actions
 * (win.show-obec, win.show-service, win.show-service-on-map, win.show-plan-item), never by
 * searching. */

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (KpWindow *self);
} ViewInfo;

static GtkWidget *
create_territory (KpWindow *self)
{
  return kp_territory_page_new (self->project);
}

static GtkWidget *
create_network (KpWindow *self)
{
  return kp_network_page_new (self->project, self->library);
}

static GtkWidget *
create_needs (KpWindow *self)
{
  return kp_needs_page_new (self->project, self->library);
}

static GtkWidget *
create_plan (KpWindow *self)
{
  return kp_plan_view_new (self->project);
}

static GtkWidget *
create_publications (KpWindow *self)
{
  return kp_publications_page_new (self->project);
}

static const ViewInfo views[KP_WINDOW_N_VIEWS] = {
  [KP_WINDOW_VIEW_TERRITORY] = { "territory", N_ ("Territory"), "view-list-symbolic",
                                 create_territory },
  [KP_WINDOW_VIEW_NETWORK] = { "network", N_ ("Network"), "network-workgroup-symbolic",
                               create_network },
  [KP_WINDOW_VIEW_NEEDS] = { "needs", N_ ("Needs"), "view-grid-symbolic", create_needs },
  [KP_WINDOW_VIEW_PLAN] = { "plan", N_ ("Plan"), "x-office-spreadsheet-symbolic", create_plan },
  [KP_WINDOW_VIEW_PUBLICATIONS] = { "publications", N_ ("Publications"),
                                    "x-office-document-symbolic", create_publications },
};

/* Returns: (transfer none) (nullable): the view, made now if it was not yet */
static GtkWidget *
ensure_view (KpWindow    *self,
             KpWindowView view)
{
  GtkWidget *child;

  if (self->project == NULL || self->views[view] == NULL)
    return NULL;
  child = adw_bin_get_child (self->views[view]);
  if (child == NULL)
    {
      child = views[view].create (self);
      adw_bin_set_child (self->views[view], child);
    }
  return child;
}

void
kp_window_views_on_visible_child_cb (KpWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  for (guint i = 0; i < KP_WINDOW_N_VIEWS; i++)
    if (visible != NULL && visible == GTK_WIDGET (self->views[i]))
      ensure_view (self, i);
}

/* Shows @view, made if needed. Returns: (transfer none) (nullable): the view */
GtkWidget *
kp_window_views_show (KpWindow    *self,
                      KpWindowView view)
{
  GtkWidget *child = ensure_view (self, view);

  if (child != NULL)
    adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (self->views[view]));
  return child;
}

/* A place for each view of the project; the first is shown, and so made, at once. */
void
kp_window_views_add (KpWindow *self)
{
  for (guint i = 0; i < KP_WINDOW_N_VIEWS; i++)
    {
      AdwViewStackPage *page;

      self->views[i] = ADW_BIN (adw_bin_new ());
      page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->views[i]),
                                        views[i].name, _ (views[i].title));
      adw_view_stack_page_set_icon_name (page, views[i].icon_name);
    }
  kp_window_views_show (self, KP_WINDOW_VIEW_TERRITORY);
}

void
kp_window_views_remove (KpWindow *self)
{
  for (guint i = 0; i < KP_WINDOW_N_VIEWS; i++)
    {
      /* Forgotten first: the stack shows another child as each goes. */
      GtkWidget *place = GTK_WIDGET (g_steal_pointer (&self->views[i]));

      if (place != NULL)
        adw_view_stack_remove (self->view_stack, place);
    }
}

static void
kp_window_view_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  int index = g_variant_get_int32 (parameter);

  if (index >= 1 && index <= KP_WINDOW_N_VIEWS)
    kp_window_views_show (KP_WINDOW (widget), index - 1);
}

static void
kp_window_show_obec_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  GtkWidget *page = kp_window_views_show (KP_WINDOW (widget), KP_WINDOW_VIEW_TERRITORY);

  if (page != NULL &&
      !kp_territory_page_show_obec (KP_TERRITORY_PAGE (page), g_variant_get_string (parameter, NULL)))
    kp_window_show_toast (KP_WINDOW (widget), _ ("The obec is not in the project’s territory"));
}

/* Shows the service @parameter names (its id) in @view: selected in Síť služeb, or its
 * area on the map of Území. One that is no longer in the network is said so. */
static void
show_service (KpWindow    *self,
              GVariant    *parameter,
              KpWindowView view)
{
  KpService *service = NULL;
  GtkWidget *page;

  if (self->project != NULL)
    service = kp_service_network_find_service (kp_service_network_get (self->project),
                                               g_variant_get_int64 (parameter));
  if (service == NULL)
    {
      kp_window_show_toast (self, _ ("The service is not in the project’s network"));
      return;
    }
  page = kp_window_views_show (self, view);
  if (view == KP_WINDOW_VIEW_NETWORK)
    kp_network_page_set_selected_service (KP_NETWORK_PAGE (page), service);
  else
    kp_territory_page_show_service_area (KP_TERRITORY_PAGE (page), service);
}

static void
kp_window_show_service_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  show_service (KP_WINDOW (widget), parameter, KP_WINDOW_VIEW_NETWORK);
}

static void
kp_window_show_service_on_map_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  show_service (KP_WINDOW (widget), parameter, KP_WINDOW_VIEW_TERRITORY);
}

/* Selects the item of the plan @parameter names (its uid) in Plán and shows its detail. */
static void
kp_window_show_plan_item_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  GtkWidget *page = kp_window_views_show (KP_WINDOW (widget), KP_WINDOW_VIEW_PLAN);

  if (page != NULL &&
      !kp_plan_view_show_item (KP_PLAN_VIEW (page), g_variant_get_string (parameter, NULL)))
    kp_window_show_toast (KP_WINDOW (widget), _ ("The item is not in the current plan"));
}

void
kp_window_views_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.view", "i", kp_window_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-obec", "s",
                                   kp_window_show_obec_action);
  gtk_widget_class_install_action (widget_class, "win.show-service", "x",
                                   kp_window_show_service_action);
  gtk_widget_class_install_action (widget_class, "win.show-service-on-map", "x",
                                   kp_window_show_service_on_map_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan-item", "s",
                                   kp_window_show_plan_item_action);
  for (guint i = 0; i < KP_WINDOW_N_VIEWS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.view",
                                         "i", (int) i + 1);
}

/**
 * kp_window_get_view:
 * @name: "territory", "network" or "publications"
 *
 * Returns: (transfer none) (nullable): the view, or %NULL while it has not been shown
 */
GtkWidget *
kp_window_get_view (KpWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (KP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < KP_WINDOW_N_VIEWS; i++)
    if (g_str_equal (views[i].name, name) && self->views[i] != NULL)
      return adw_bin_get_child (self->views[i]);
  return NULL;
}
