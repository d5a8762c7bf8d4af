/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-network-page.h"
#include "kp-error-dialog.h"
#include "kp-file-chooser.h"
#include "kp-network-export.h"
#include "kp-network-page-private.h"
#include "kp-network-row.h"

/* The export of the Síť služeb view as CSV: the services as the list shows them (search and
 * filters applied, in the order of the list), each once, though a grouping by target group
 * lists a service under each of its groups. */

static char *
suggested_file_name (KpNetworkPage *self)
{
  const char      *name = kp_project_get_territory_name (self->project);
  g_autofree char *base = NULL;

  /* Translators: the file name suggested for the exported network, before ".csv";
   * %s is the territory */
  base = name != NULL && *name != '\0' ? g_strdup_printf (_ ("services %s"), name)
                                       : g_strdup (_ ("services"));
  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, ".csv", NULL);
}

/**
 * kp_network_page_dup_shown_services:
 *
 * Returns: (transfer full): a #GListModel of the #KpService the list shows, in its order,
 *   each once
 */
GListModel *
kp_network_page_dup_shown_services (KpNetworkPage *self)
{
  GListStore *services = g_list_store_new (KP_TYPE_SERVICE);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *rows = G_LIST_MODEL (self->model);

  g_return_val_if_fail (KP_IS_NETWORK_PAGE (self), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KpNetworkRow) row = g_list_model_get_item (rows, i);
      KpService *service = kp_network_row_get_service (row);

      if (service != NULL && g_hash_table_add (seen, service))
        g_list_store_append (services, service);
    }
  return G_LIST_MODEL (services);
}

/**
 * kp_network_page_export_to:
 * @path: the CSV file to write
 *
 * Writes the services the list shows as CSV (kp-network-export.h).
 *
 * Returns: %FALSE with @error set when the file could not be written
 */
gboolean
kp_network_page_export_to (KpNetworkPage *self,
                           const char    *path,
                           GError       **error)
{
  g_autoptr (GListModel) services = NULL;

  g_return_val_if_fail (KP_IS_NETWORK_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  services = kp_network_page_dup_shown_services (self);
  return kp_network_export_csv (services, path, error);
}

static void
on_export_file_chosen_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr (KpNetworkPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  /* Nothing chosen, or the page closed meanwhile. */
  if (files == NULL || self->project == NULL || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  if (path == NULL)
    return;
  if (!kp_network_page_export_to (self, path, &error))
    {
      kp_error_dialog_show (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                            _ ("Could Not Export the Services"), error->message);
      return;
    }
  basename = g_file_get_basename (file);
  message = g_strdup_printf (_ ("Exported to “%s”"), basename);
  kp_network_page_toast (self, message);
}

void
kp_network_page_export_csv_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  KpNetworkPage *self = KP_NETWORK_PAGE (widget);
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) csv = NULL;
  g_autofree char *name = suggested_file_name (self);
  const char      *patterns[] = { "*.csv", NULL };

  csv = kp_file_chooser_filter_new (_ ("CSV files"), patterns);
  g_list_store_append (filters, csv);
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_SAVE,
                             _ ("Export Services"), _ ("_Export"), G_LIST_MODEL (filters), name,
                             on_export_file_chosen_cb, g_object_ref (self));
}
