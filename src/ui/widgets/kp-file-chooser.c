/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-file-chooser.h"

#define KP_SETTINGS_SCHEMA "cz.komplan.Komplan"

typedef struct
{
  GtkNativeDialog *native;
  gulong           response_id;
} ChooserJob;

static void
chooser_job_free (ChooserJob *job)
{
  g_clear_signal_handler (&job->response_id, job->native);
  g_clear_object (&job->native);
  g_free (job);
}

static void
remember_folder (GListModel *files)
{
  g_autoptr (GFile) first = NULL;
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *uri = NULL;

  if (g_list_model_get_n_items (files) == 0)
    return;
  first = g_list_model_get_item (files, 0);
  folder = g_file_get_parent (first);
  if (folder == NULL)
    return;
  uri = g_file_get_uri (folder);
  settings = g_settings_new (KP_SETTINGS_SCHEMA);
  g_settings_set_string (settings, "last-folder", uri);
}

static void
on_native_response_cb (GtkNativeDialog *native,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GListModel) files = NULL;

  gtk_native_dialog_hide (native);
  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "%s", _ ("No file was chosen"));
      return;
    }
  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
  if (files == NULL || g_list_model_get_n_items (files) == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "%s", _ ("No file was chosen"));
      return;
    }
  remember_folder (files);
  g_task_return_pointer (task, g_steal_pointer (&files), g_object_unref);
}

/**
 * kp_file_chooser_filter_new:
 * @name: the filter's label, e.g. _("Komplan projects")
 * @patterns: %NULL-terminated glob patterns, e.g. "*.komplan"
 *
 * Returns: (transfer full): a new filter
 */
GtkFileFilter *
kp_file_chooser_filter_new (const char        *name,
                            const char *const *patterns)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (int i = 0; patterns != NULL && patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  return filter;
}

/**
 * kp_file_chooser_run_async:
 * @parent: (nullable): the window the chooser is modal for
 * @filters: (nullable): a GListModel of GtkFileFilter; the first is selected
 * @initial_name: (nullable): file name offered in %KP_FILE_CHOOSER_SAVE mode
 *
 * Shows the native file chooser. Finish with kp_file_chooser_run_finish().
 */
void
kp_file_chooser_run_async (GtkWindow          *parent,
                           KpFileChooserMode   mode,
                           const char         *title,
                           const char         *accept_label,
                           GListModel         *filters,
                           const char         *initial_name,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, NULL, callback, user_data);
  g_autoptr (GSettings) settings = g_settings_new (KP_SETTINGS_SCHEMA);
  g_autofree char      *last_folder = g_settings_get_string (settings, "last-folder");
  GtkFileChooserNative *native;
  GtkFileChooser       *chooser;
  ChooserJob           *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  native = gtk_file_chooser_native_new (title, parent,
                                        mode == KP_FILE_CHOOSER_SAVE
                                            ? GTK_FILE_CHOOSER_ACTION_SAVE
                                            : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        accept_label, _ ("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (chooser, mode == KP_FILE_CHOOSER_OPEN_MULTIPLE);
  for (guint i = 0; filters != NULL && i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr (GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (chooser, filter);
      if (i == 0)
        gtk_file_chooser_set_filter (chooser, filter);
    }
  if (last_folder[0] != '\0')
    {
      g_autoptr (GFile) folder = g_file_new_for_uri (last_folder);

      if (g_file_query_exists (folder, NULL))
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
  if (mode == KP_FILE_CHOOSER_SAVE && initial_name != NULL)
    gtk_file_chooser_set_current_name (chooser, initial_name);

  job = g_new0 (ChooserJob, 1);
  job->native = GTK_NATIVE_DIALOG (native);
  g_task_set_source_tag (task, kp_file_chooser_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) chooser_job_free);
  job->response_id = g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb),
                                       g_object_ref (task));
  gtk_native_dialog_show (job->native);
}

/**
 * kp_file_chooser_run_finish:
 *
 * Returns: (transfer full) (nullable): a GListModel of the chosen GFile, or %NULL with
 * %G_IO_ERROR_CANCELLED when the user dismissed the chooser
 */
GListModel *
kp_file_chooser_run_finish (GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
