/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-tree-row.h"
#include "kp-plan.h"

static void
update_costs (KpPlanItem *item,
              GParamSpec *pspec,
              GtkLabel   *label)
{
  gint64           total = kp_plan_item_get_total_costs (item);
  g_autofree char *text = total > 0 ? kp_format_money (total) : NULL;

  gtk_label_set_text (label, text != NULL ? text : "");
}

/* Drag and drop: a row carries its item's id; dropping it on another row asks the view
 * ("plan.drop") to put it there. */
static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *expander)
{
  KpPlanItem *item = g_object_get_data (G_OBJECT (expander), "item");

  if (item == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, kp_plan_item_get_id (item));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            GtkWidget     *expander)
{
  KpPlanItem *item = g_object_get_data (G_OBJECT (expander), "item");

  if (item == NULL || !G_VALUE_HOLDS_INT64 (value))
    return FALSE;
  return gtk_widget_activate_action (expander, "plan.drop", "(xx)", g_value_get_int64 (value),
                                     kp_plan_item_get_id (item));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *costs = gtk_label_new (NULL);

  gtk_widget_add_css_class (code, "dim-label");
  gtk_widget_add_css_class (code, "numeric");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (costs, "dim-label");
  gtk_widget_add_css_class (costs, "numeric");
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), costs);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  g_object_set_data (G_OBJECT (expander), "code", code);
  g_object_set_data (G_OBJECT (expander), "title", title);
  g_object_set_data (G_OBJECT (expander), "costs", costs);
  gtk_list_item_set_child (list_item, expander);
  {
    GtkDragSource *source = gtk_drag_source_new ();
    GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

    gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
    g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), expander);
    gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
    g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), expander);
    gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
  }
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget      *expander = gtk_list_item_get_child (list_item);
  KpPlanItem     *item = gtk_tree_list_row_get_item (row);
  GtkLabel       *costs = g_object_get_data (G_OBJECT (expander), "costs");
  GBinding       *code_binding, *title_binding;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  code_binding = g_object_bind_property (item, "code",
                                         g_object_get_data (G_OBJECT (expander), "code"), "label",
                                         G_BINDING_SYNC_CREATE);
  title_binding = g_object_bind_property (item, "title",
                                          g_object_get_data (G_OBJECT (expander), "title"),
                                          "label", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (expander), "code-binding", code_binding);
  g_object_set_data (G_OBJECT (expander), "title-binding", title_binding);
  update_costs (item, NULL, costs);
  g_signal_connect_object (item, "notify::total-costs", G_CALLBACK (update_costs), costs, 0);
  g_object_set_data_full (G_OBJECT (expander), "item", item, g_object_unref);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item)
{
  GtkWidget  *expander = gtk_list_item_get_child (list_item);
  KpPlanItem *item = g_object_get_data (G_OBJECT (expander), "item");

  g_binding_unbind (g_object_get_data (G_OBJECT (expander), "code-binding"));
  g_binding_unbind (g_object_get_data (G_OBJECT (expander), "title-binding"));
  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, update_costs,
                                          g_object_get_data (G_OBJECT (expander), "costs"));
  g_object_set_data (G_OBJECT (expander), "item", NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

GtkListItemFactory *
kp_plan_tree_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  return factory;
}
