/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-list-factory.h"
#include "kp-network-row.h"

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_add_css_class (badge, "kp-badge");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (top), title);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), subtitle);
  g_object_set_data (G_OBJECT (list_item), "title", title);
  g_object_set_data (G_OBJECT (list_item), "badge", badge);
  g_object_set_data (G_OBJECT (list_item), "subtitle", subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  KpNetworkRow *row = gtk_list_item_get_item (list_item);
  KpService    *service = kp_network_row_get_service (row);
  GtkWidget    *box = gtk_list_item_get_child (list_item);
  GtkLabel     *title = g_object_get_data (G_OBJECT (list_item), "title");
  GtkLabel     *badge = g_object_get_data (G_OBJECT (list_item), "badge");
  GtkLabel     *subtitle = g_object_get_data (G_OBJECT (list_item), "subtitle");

  gtk_list_item_set_selectable (list_item, service != NULL);
  gtk_list_item_set_activatable (list_item, service != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (badge), "kp-badge-ended");
  gtk_widget_remove_css_class (GTK_WIDGET (badge), "kp-badge-local");
  if (service == NULL)
    {
      g_autofree char *count = g_strdup_printf ("%u", kp_network_row_get_count (row));

      gtk_widget_add_css_class (box, "kp-network-header");
      gtk_widget_add_css_class (GTK_WIDGET (title), "kp-network-header-title");
      gtk_label_set_text (title, kp_network_row_get_title (row));
      gtk_label_set_text (badge, count);
      gtk_widget_set_visible (GTK_WIDGET (badge), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (subtitle), FALSE);
      return;
    }
  gtk_widget_remove_css_class (box, "kp-network-header");
  gtk_widget_remove_css_class (GTK_WIDGET (title), "kp-network-header-title");
  g_object_set_data (G_OBJECT (list_item), "binding",
                     g_object_bind_property (service, "name", title, "label", G_BINDING_SYNC_CREATE));
  if (kp_service_get_is_local (service))
    {
      gtk_label_set_text (subtitle, kp_service_get_provider_name (service) != NULL
                                        ? kp_service_get_provider_name (service)
                                        : kp_service_local_kind_get_label (
                                              kp_service_get_local_kind (service)));
      /* Translators: short badge of a related (non-registered) service in the list */
      gtk_label_set_text (badge, _ ("related"));
      gtk_widget_add_css_class (GTK_WIDGET (badge), "kp-badge-local");
    }
  else
    {
      g_autofree char *forms = kp_service_dup_forms_text (service);
      g_autofree char *text = g_strdup_printf ("%s · %s", kp_service_get_provider_name (service),
                                               forms != NULL ? forms : "");

      gtk_label_set_text (subtitle, text);
      gtk_label_set_text (badge, kp_service_get_is_active (service) ? "" : _ ("ended"));
      gtk_widget_add_css_class (GTK_WIDGET (badge), "kp-badge-ended");
    }
  gtk_widget_set_visible (GTK_WIDGET (subtitle), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (badge), *gtk_label_get_text (badge) != '\0');
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (list_item), "binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/**
 * kp_network_list_factory_new:
 *
 * Returns: (transfer full): the factory of the Síť služeb list's rows
 */
GtkListItemFactory *
kp_network_list_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), NULL);
  return factory;
}
