/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-page-private.h"
#include "kp-document-print.h"
#include "kp-error-dialog.h"
#include "kp-file-chooser.h"
#include "kp-publications-export.h"

/* The Publications view's export and printing: the file chooser, the export in a worker
 * with its progress bar and Cancel, the toast of its result, and the print dialog. */

static void
on_progress_notify_cb (KpPublicationsPage *self)
{
  g_autofree char *message = NULL;

  if (self->progress == NULL)
    return;
  message = kp_progress_dup_message (self->progress);
  gtk_progress_bar_set_fraction (self->progress_bar, kp_progress_get_fraction (self->progress));
  gtk_progress_bar_set_text (self->progress_bar, message);
}

static void
end_export (KpPublicationsPage *self)
{
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_clear_object (&self->progress);
  g_clear_object (&self->export_cancellable);
  gtk_widget_set_visible (self->progress_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->info_label), TRUE);
  kp_publications_page_update_actions (self);
}

/* A toast naming the file and why it was not written. */
static void
show_export_failure (KpPublicationsPage *self,
                     const char         *basename,
                     const GError       *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay,
                               kp_publications_export_failure_toast (basename, error));
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (KpPublicationsPending) pending = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpPublicationsPage) self = g_weak_ref_get (&pending->page);
  GFile           *file = pending->file;
  gboolean         ok = kp_document_write_file_finish (KP_DOCUMENT (source), result, &error);
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  AdwToast        *toast;

  if (self == NULL)
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self->export_cancellable != NULL)
        {
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("Export cancelled")));
          end_export (self);
        }
      return;
    }
  end_export (self);
  basename = g_file_get_basename (file);
  if (!ok)
    {
      show_export_failure (self, basename, error);
      return;
    }
  {
    g_autofree char *display = g_filename_display_name (basename);
    g_autofree char *escaped = g_markup_escape_text (display, -1);

    /* Translators: a toast after an export; %s is the file name */
    title = g_strdup_printf (_ ("Saved “%s”"), escaped);
  }
  uri = g_file_get_uri (file);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _ ("_Open"));
  adw_toast_set_action_name (toast, "publications.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  path = g_file_get_path (file);
  kp_publications_page_emit_exported (self, path);
}

static void
on_export_file_chosen_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr (KpPublicationsPage) self = user_data;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, NULL);
  g_autoptr (GFile) file = NULL;

  if (files == NULL || g_list_model_get_n_items (files) == 0)
    return;
  file = g_list_model_get_item (files, 0);
  kp_publications_page_export (self, file);
}

/* The file chooser for a PDF or an ODT of the document. */
static void
choose_export_file (KpPublicationsPage *self,
                    KpDocumentFormat    format)
{
  g_autofree char *name = kp_publications_options_dup_file_name (self->options, format);

  kp_publications_export_choose_file (GTK_WIDGET (self), format, name, on_export_file_chosen_cb,
                                      g_object_ref (self));
}

static void
publications_export_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  choose_export_file (KP_PUBLICATIONS_PAGE (widget), KP_DOCUMENT_FORMAT_PDF);
}

static void
publications_export_odt_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  choose_export_file (KP_PUBLICATIONS_PAGE (widget), KP_DOCUMENT_FORMAT_ODT);
}

static void
publications_cancel_export_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static void
on_print_done_cb (KpPublicationsPage *self)
{
  g_clear_object (&self->print_operation);
}

static void
publications_print_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (widget);
  GBytes             *pdf = kp_pdf_preview_get_bytes (self->preview);
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  if (pdf == NULL || self->print_operation != NULL || self->empty)
    return;
  name = kp_publications_options_dup_file_name (self->options, KP_DOCUMENT_FORMAT_PDF);
  self->print_operation = kp_document_print (GTK_WINDOW (gtk_widget_get_root (widget)), pdf,
                                             name, &error);
  if (self->print_operation == NULL)
    {
      kp_error_dialog_show (GTK_WINDOW (gtk_widget_get_root (widget)), _ ("Could Not Print"),
                            error->message);
      return;
    }
  g_signal_connect_object (self->print_operation, "done", G_CALLBACK (on_print_done_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
publications_open_file_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), g_variant_get_string (parameter, NULL),
                GDK_CURRENT_TIME);
}

/**
 * kp_publications_page_export:
 *
 * Writes the document to @file in a worker, with a progress bar and Cancel: an ODT when the
 * name ends in ".odt", else a PDF. On success a toast offers to open it and "exported" is
 * emitted; a failure is said in a toast.
 */
void
kp_publications_page_export (KpPublicationsPage *self,
                             GFile              *file)
{
  g_autofree char *path = NULL;
  g_autoptr (KpDocument) document = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KP_IS_PUBLICATIONS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  path = g_file_get_path (file);
  if (self->export_cancellable != NULL || path == NULL)
    return;
  document = kp_publications_options_build_document (self->options, &error);
  if (document == NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      show_export_failure (self, basename, error);
      return;
    }
  self->export_cancellable = g_cancellable_new ();
  self->progress = kp_progress_new ();
  g_signal_connect_object (self->progress, "notify", G_CALLBACK (on_progress_notify_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _ ("Exporting…"));
  gtk_widget_set_visible (self->progress_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->info_label), FALSE);
  kp_publications_page_update_actions (self);
  kp_document_write_file_async (document, path, kp_publications_export_format_of (path),
                                self->progress,
                                self->export_cancellable, on_exported_cb,
                                kp_publications_pending_new (self, file));
}

/* Installs the export and print actions and their keys (Ctrl+E, Ctrl+P). */
void
kp_publications_page_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "publications.export", NULL,
                                   publications_export_action);
  gtk_widget_class_install_action (widget_class, "publications.export-odt", NULL,
                                   publications_export_odt_action);
  gtk_widget_class_install_action (widget_class, "publications.cancel-export", NULL,
                                   publications_cancel_export_action);
  gtk_widget_class_install_action (widget_class, "publications.print", NULL,
                                   publications_print_action);
  gtk_widget_class_install_action (widget_class, "publications.open-file", "s",
                                   publications_open_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "publications.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "publications.print", NULL);
}
