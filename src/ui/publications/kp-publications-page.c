/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-page.h"
#include "kp-publications-page-private.h"
#include "kp-czech.h"
#include "kp-helplines-window.h"
#include "kp-publications-export.h"
#include "kp-service-network.h"

/* The position of the Plan view for win.view (kp-window-views.c: Alt+4). */
#define KP_PLAN_VIEW_INDEX 4

/* The preview follows the options: 300 ms after the last change the document is rendered
 * again in a worker (a rendering still running is cancelled), and the preview shows it,
 * keeping its page in view. */

#define RENDER_DELAY_MS 300

G_DEFINE_FINAL_TYPE (KpPublicationsPage, kp_publications_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum
{
  SIGNAL_PREVIEW_UPDATED,
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

KpPublicationsPending *
kp_publications_pending_new (KpPublicationsPage *self,
                             GFile              *file)
{
  KpPublicationsPending *pending = g_new0 (KpPublicationsPending, 1);

  g_weak_ref_init (&pending->page, self);
  pending->file = file != NULL ? g_object_ref (file) : NULL;
  return pending;
}

void
kp_publications_pending_free (KpPublicationsPending *pending)
{
  g_weak_ref_clear (&pending->page);
  g_clear_object (&pending->file);
  g_free (pending->document);
  g_free (pending);
}

void
kp_publications_page_emit_exported (KpPublicationsPage *self,
                                    const char         *path)
{
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, path);
}

static void
show_note (KpPublicationsPage *self,
           const char         *text)
{
  gtk_label_set_text (self->note_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), text != NULL && text[0] != '\0');
}

static gboolean
shows_plan_document (KpPublicationsPage *self)
{
  return KP_IS_PLAN_DOCUMENT_SETTINGS (kp_publications_options_get_settings (self->options));
}

void
kp_publications_page_update_actions (KpPublicationsPage *self)
{
  gboolean exporting = self->export_cancellable != NULL;
  gboolean plan = self->options != NULL && shows_plan_document (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publications.export",
                                 !exporting && !self->empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publications.export-odt",
                                 !exporting && !self->empty && plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publications.cancel-export", exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publications.print",
                                 kp_pdf_preview_get_bytes (self->preview) != NULL && !self->empty);
  gtk_widget_set_visible (self->export_odt_button, plan);
}

/* In place of the preview: why the document cannot be made, and the way to the Plan view. */
static void
show_empty (KpPublicationsPage *self,
            const GError       *error)
{
  KpDocumentKind kind = kp_document_settings_get_kind (kp_publications_options_get_settings (self->options));
  const char    *title = NULL;
  const char    *description = NULL;

  self->empty = TRUE;
  g_clear_pointer (&self->shown_document, g_free);
  kp_publications_export_describe_empty (self->project, kind, error, &title, &description);
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->preview_stack, "empty");
  gtk_label_set_text (self->info_label, "");
  show_note (self, NULL);
  kp_publications_page_update_actions (self);
  g_signal_emit (self, signals[SIGNAL_PREVIEW_UPDATED], 0);
}

/* What the document holds and how many pages, and its notes. */
static void
show_result (KpPublicationsPage *self,
             KpDocument         *document)
{
  int              n_pages = kp_document_get_n_pages (document);
  const char      *summary = kp_document_get_summary (document);
  g_autofree char *pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages",
                                                         (gulong) n_pages),
                                            n_pages);
  g_autofree char *info = NULL;
  g_autofree char *notes = kp_document_dup_notes_text (document);

  /* Translators: under the preview, "14 services · 12 pages" */
  info = summary != NULL ? g_strdup_printf (_ ("%s · %s"), summary, pages) : g_strdup (pages);
  gtk_label_set_text (self->info_label, info);
  show_note (self, notes);
}

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KpDocument *document = KP_DOCUMENT (source);
  g_autoptr (KpPublicationsPending) pending = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = kp_document_write_bytes_finish (document, result, &error);
  g_autoptr (KpPublicationsPage) self = g_weak_ref_get (&pending->page);

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->render_cancellable);
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  if (bytes == NULL)
    {
      /* Translators: the preview could not be made; %s says why (e.g. a logo is unreadable) */
      g_autofree char *note = g_strdup_printf (_ ("The preview could not be made: %s"),
                                               error->message);

      show_note (self, note);
      return;
    }
  if (!kp_pdf_preview_set_bytes (self->preview, bytes, &error))
    {
      show_note (self, error->message);
      return;
    }
  /* Another document (the catalogue after a leaflet, another leaflet) starts at the top of
   * its first page; the same one after a change keeps the page in view. */
  if (g_strcmp0 (pending->document, self->shown_document) != 0)
    {
      kp_pdf_preview_show_start (self->preview);
      g_free (self->shown_document);
      self->shown_document = g_strdup (pending->document);
    }
  show_result (self, document);
  kp_publications_page_update_actions (self);
  g_signal_emit (self, signals[SIGNAL_PREVIEW_UPDATED], 0);
}

static gboolean
render_now (gpointer user_data)
{
  KpPublicationsPage *self = user_data;
  g_autoptr (KpDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  KpDocumentSettings    *settings = kp_publications_options_get_settings (self->options);
  KpPublicationsPending *pending;
  const char            *variant = kp_document_settings_get_variant (settings);

  self->render_id = 0;
  if (self->render_cancellable != NULL)
    g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  document = kp_publications_options_build_document (self->options, &error);
  if (document == NULL)
    {
      gtk_spinner_stop (self->spinner);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
      show_empty (self, error);
      return G_SOURCE_REMOVE;
    }
  self->empty = FALSE;
  gtk_stack_set_visible_child_name (self->preview_stack, "preview");
  kp_publications_page_update_actions (self);
  pending = kp_publications_pending_new (self, NULL);
  pending->document = g_strdup_printf ("%d:%s", (int) kp_document_settings_get_kind (settings),
                                       variant != NULL ? variant : "");
  self->render_cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  kp_document_write_bytes_async (document, KP_DOCUMENT_FORMAT_PDF, NULL, self->render_cancellable,
                                 on_rendered_cb, pending);
  return G_SOURCE_REMOVE;
}

static void
schedule_render (KpPublicationsPage *self)
{
  g_clear_handle_id (&self->render_id, g_source_remove);
  self->render_id = g_timeout_add (RENDER_DELAY_MS, render_now, self);
}

static void
on_options_changed_cb (KpPublicationsPage *self)
{
  schedule_render (self);
}

/* The plan documents follow the plan and the surveys; the help lines are printed in every
 * document (kp-helplines-window.h). */
static void
on_project_changed_cb (KpPublicationsPage *self,
                       KpChanges          *changes)
{
  if (shows_plan_document (self) &&
      (kp_changes_has_module (changes, "plan") || kp_changes_has_module (changes, "needs")))
    {
      kp_publications_options_update_plan (self->options);
      schedule_render (self);
    }
  else if (kp_changes_has_table (changes, "helpline"))
    schedule_render (self);
}

static void
on_services_changed_cb (KpPublicationsPage *self)
{
  kp_publications_options_update_filters (self->options);
  schedule_render (self);
}

static void
publications_edit_helplines_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (widget);

  gtk_window_present (GTK_WINDOW (kp_helplines_window_new (
      self->project, GTK_WINDOW (gtk_widget_get_root (widget)))));
}

static void
kp_publications_page_constructed (GObject *object)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (object);

  G_OBJECT_CLASS (kp_publications_page_parent_class)->constructed (object);
  self->options = KP_PUBLICATIONS_OPTIONS (kp_publications_options_new (self->project));
  gtk_scrolled_window_set_child (self->options_scrolled, GTK_WIDGET (self->options));
  g_signal_connect_object (self->options, "changed", G_CALLBACK (on_options_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (kp_service_network_get_services (kp_service_network_get (self->project)), "items-changed",
                           G_CALLBACK (on_services_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "changed", G_CALLBACK (on_project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->go_to_plan_button), "i",
                                    (int) KP_PLAN_VIEW_INDEX);
  kp_publications_page_update_actions (self);
  /* The first rendering starts at once, not after the delay. */
  self->render_id = g_idle_add (render_now, self);
}

static void
kp_publications_page_dispose (GObject *object)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (object);

  g_clear_handle_id (&self->render_id, g_source_remove);
  if (self->render_cancellable != NULL)
    g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  g_clear_pointer (&self->shown_document, g_free);
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_clear_object (&self->progress);
  g_clear_object (&self->print_operation);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PUBLICATIONS_PAGE);
  G_OBJECT_CLASS (kp_publications_page_parent_class)->dispose (object);
}

static void
kp_publications_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_publications_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_publications_page_class_init (KpPublicationsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_publications_page_constructed;
  object_class->dispose = kp_publications_page_dispose;
  object_class->get_property = kp_publications_page_get_property;
  object_class->set_property = kp_publications_page_set_property;

  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                      G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[SIGNAL_PREVIEW_UPDATED] = g_signal_new ("preview-updated", G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                  G_TYPE_NONE, 0);
  signals[SIGNAL_EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (KP_TYPE_PDF_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/publications/kp-publications-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, options_scrolled);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, preview);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, go_to_plan_button);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, export_odt_button);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, info_label);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, KpPublicationsPage, progress_bar);

  kp_publications_page_class_add_export_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "publications.edit-helplines", NULL,
                                   publications_edit_helplines_action);
}

static gboolean
turn_page (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  KpPublicationsPage *self = KP_PUBLICATIONS_PAGE (widget);

  return gtk_widget_activate_action (GTK_WIDGET (self->preview), user_data, NULL);
}

/* Page Up and Page Down turn the preview's pages wherever the focus is in the view: in
 * the capture phase, before an entry or a spin button of the options takes them. */
static void
add_page_keys (KpPublicationsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct
  {
    guint       keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_Page_Down, "preview.next-page" },
    { GDK_KEY_KP_Page_Down, "preview.next-page" },
    { GDK_KEY_Page_Up, "preview.previous-page" },
    { GDK_KEY_KP_Page_Up, "preview.previous-page" },
  };

  gtk_event_controller_set_name (controller, "publications-page-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (controller),
        gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                          gtk_callback_action_new (turn_page, (gpointer) keys[i].action, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
kp_publications_page_init (KpPublicationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_page_keys (self);
}

GtkWidget *
kp_publications_page_new (KpProject *project)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  return g_object_new (KP_TYPE_PUBLICATIONS_PAGE, "project", project, NULL);
}

KpPdfPreview *
kp_publications_page_get_preview (KpPublicationsPage *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS_PAGE (self), NULL);
  return self->preview;
}

KpPublicationsOptions *
kp_publications_page_get_options (KpPublicationsPage *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS_PAGE (self), NULL);
  return self->options;
}

gboolean
kp_publications_page_get_busy (KpPublicationsPage *self)
{
  g_return_val_if_fail (KP_IS_PUBLICATIONS_PAGE (self), FALSE);
  return self->export_cancellable != NULL || self->render_cancellable != NULL ||
         self->render_id != 0;
}
