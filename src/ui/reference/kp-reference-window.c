/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-reference-window.h"
#include "kp-reference-window-private.h"

#include "kp-error-dialog.h"
#include "kp-error.h"
#include "kp-file-chooser.h"
#include "kp-reference-source-list.h"

G_DEFINE_FINAL_TYPE (KpReferenceWindow, kp_reference_window, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_LIBRARY,
  PROP_BUSY,
  N_PROPS
};

enum
{
  LIBRARY_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* kp-reference-window-private.h: a toast of plain text (not markup). */
void
kp_reference_window_toast (KpReferenceWindow *self,
                           const char        *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
kp_reference_window_emit_changed (KpReferenceWindow *self)
{
  g_signal_emit (self, signals[LIBRARY_CHANGED], 0);
}

/* What is imported now, to tell after a cancellation whether the import had committed
 * before the cancel reached it. */
static char *
dup_imports_fingerprint (KpReferenceWindow *self)
{
  g_autoptr (GPtrArray) imports = kp_library_list_imports (self->library, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; imports != NULL && i < imports->len; i++)
    {
      const KpImportRecord *record = g_ptr_array_index (imports, i);

      g_string_append_printf (out, "%d %s %s\n", record->kind, record->sha256, record->imported_at);
    }
  return g_string_free (out, FALSE);
}

void
kp_reference_window_set_busy (KpReferenceWindow *self,
                              gboolean           busy)
{
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->header_import_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->empty_import_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->undo_button), !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void start_import (KpReferenceWindow *self,
                          const char *const *paths,
                          KpImportFlags      flags);

static void
on_shrink_dialog_response_cb (AdwMessageDialog  *dialog,
                              const char        *response,
                              KpReferenceWindow *self)
{
  g_auto (GStrv) paths = g_steal_pointer (&self->paths);

  if (g_strcmp0 (response, "import") == 0 && paths != NULL && !self->disposed)
    start_import (self, (const char *const *) paths, KP_IMPORT_FLAGS_FORCE);
}

/* The import would remove much of what the library holds: the user decides. */
static void
ask_to_force (KpReferenceWindow *self,
              const GError      *error)
{
  g_autofree char *body = NULL;
  GtkWindow       *dialog;

  /* Translators: %s says what the import would remove, e.g. "Import souboru UI_OBEC.csv by
   * odebral 3 849 obcí z 6 258 (např. …)." */
  body = g_strdup_printf (_ ("%s\n\nNothing has been changed yet. Import anyway? “Undo Last "
                             "Import” can take it back afterwards."),
                          error->message);
  dialog = kp_confirm_dialog_show (GTK_WINDOW (self), _ ("The Import Would Remove Data"), body,
                                   "import", _ ("_Import Anyway"), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_shrink_dialog_response_cb), self,
                           0);
}

static void
import_files_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (KpReferenceWindow) self = user_data;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *body = NULL;

  records = kp_library_import_files_finish (KP_LIBRARY (object), result, &error);
  if (self->disposed)
    return;
  g_clear_object (&self->cancellable);
  g_clear_object (&self->progress);
  kp_reference_window_set_busy (self, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *imports_after = dup_imports_fingerprint (self);

      if (g_strcmp0 (imports_after, self->imports_before) == 0)
        {
          adw_toast_overlay_add_toast (self->toast_overlay,
                                       adw_toast_new (_ ("Import cancelled, nothing was changed")));
          return;
        }
      /* The import was saved before the cancel reached it. */
      kp_reference_window_reload (self);
      gtk_widget_set_visible (GTK_WIDGET (self->result_group), FALSE);
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_ ("The import had finished before it could be cancelled")));
      kp_reference_window_emit_changed (self);
      return;
    }
  if (g_error_matches (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_CHANGED))
    {
      ask_to_force (self, error);
      return;
    }
  g_clear_pointer (&self->paths, g_strfreev);
  if (records == NULL)
    {
      /* Translators: %s is the importer's message naming the file, the row and the reason */
      body = g_strdup_printf (_ ("%s\n\nNothing was changed: the reference data are as they were "
                                 "before the import."),
                              error->message);
      kp_error_dialog_show (GTK_WINDOW (self), _ ("Import Failed"), body);
      return;
    }

  kp_reference_window_reload (self);
  kp_reference_window_show_result (self, records);
  kp_reference_window_emit_changed (self);
}

static void
choose_files_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (KpReferenceWindow) self = user_data;
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) paths = NULL;
  g_autoptr (GError) error = NULL;

  files = kp_file_chooser_run_finish (result, &error);
  if (files == NULL || self->disposed)
    return;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  if (paths[0] != NULL)
    kp_reference_window_import (self, (const char *const *) paths);
}

static void
on_import_button_clicked_cb (KpReferenceWindow *self)
{
  static const char *const data_patterns[] = { "*.csv", "*.CSV", "*.xlsx", "*.XLSX",
                                               "*.json", "*.JSON", "*.geojson", NULL };
  static const char *const all_patterns[] = { "*", NULL };
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) data_filter = NULL;
  g_autoptr (GtkFileFilter) all_filter = NULL;

  data_filter = kp_file_chooser_filter_new (_ ("Reference data (CSV, XLSX, JSON)"), data_patterns);
  all_filter = kp_file_chooser_filter_new (_ ("All files"), all_patterns);
  g_list_store_append (filters, data_filter);
  g_list_store_append (filters, all_filter);
  kp_file_chooser_run_async (GTK_WINDOW (self), KP_FILE_CHOOSER_OPEN_MULTIPLE,
                             _ ("Import Reference Data"), _ ("_Import"), G_LIST_MODEL (filters),
                             NULL, choose_files_cb, g_object_ref (self));
}

static void
on_cancel_button_clicked_cb (KpReferenceWindow *self)
{
  kp_reference_window_cancel (self);
}

static void
kp_reference_window_dispose (GObject *object)
{
  KpReferenceWindow *self = KP_REFERENCE_WINDOW (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->imports_before, g_free);
  g_clear_pointer (&self->paths, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_REFERENCE_WINDOW);
  G_OBJECT_CLASS (kp_reference_window_parent_class)->dispose (object);
}

static void
kp_reference_window_finalize (GObject *object)
{
  KpReferenceWindow *self = KP_REFERENCE_WINDOW (object);

  g_clear_object (&self->library);
  G_OBJECT_CLASS (kp_reference_window_parent_class)->finalize (object);
}

static void
kp_reference_window_constructed (GObject *object)
{
  KpReferenceWindow *self = KP_REFERENCE_WINDOW (object);

  G_OBJECT_CLASS (kp_reference_window_parent_class)->constructed (object);
  g_assert (KP_IS_LIBRARY (self->library));
  kp_reference_window_reload (self);
}

static void
kp_reference_window_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KpReferenceWindow *self = KP_REFERENCE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, kp_reference_window_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_reference_window_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KpReferenceWindow *self = KP_REFERENCE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_reference_window_class_init (KpReferenceWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_reference_window_dispose;
  object_class->finalize = kp_reference_window_finalize;
  object_class->constructed = kp_reference_window_constructed;
  object_class->get_property = kp_reference_window_get_property;
  object_class->set_property = kp_reference_window_set_property;

  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
      g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LIBRARY_CHANGED] =
      g_signal_new ("library-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                    NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/reference/kp-reference-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, header_import_button);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, empty_import_button);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, empty_sources);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, data_sources);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, result_group);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, counts_group);
  gtk_widget_class_bind_template_child (widget_class, KpReferenceWindow, imports_group);
  gtk_widget_class_bind_template_callback (widget_class, on_import_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_undo_button_clicked_cb",
                                                G_CALLBACK (kp_reference_window_on_undo_clicked));

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_reference_window_init (KpReferenceWindow *self)
{
  g_type_ensure (KP_TYPE_REFERENCE_SOURCE_LIST);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kp_reference_window_new:
 * @parent: (nullable): the window to stay on top of
 */
KpReferenceWindow *
kp_reference_window_new (GtkWindow *parent,
                         KpLibrary *library)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);

  return g_object_new (KP_TYPE_REFERENCE_WINDOW, "transient-for", parent, "library", library,
                       NULL);
}

KpLibrary *
kp_reference_window_get_library (KpReferenceWindow *self)
{
  g_return_val_if_fail (KP_IS_REFERENCE_WINDOW (self), NULL);

  return self->library;
}

gboolean
kp_reference_window_get_busy (KpReferenceWindow *self)
{
  g_return_val_if_fail (KP_IS_REFERENCE_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}

static void
start_import (KpReferenceWindow *self,
              const char *const *paths,
              KpImportFlags      flags)
{
  g_strfreev (self->paths);
  self->paths = g_strdupv ((char **) paths);
  g_free (self->imports_before);
  self->imports_before = dup_imports_fingerprint (self);
  self->cancellable = g_cancellable_new ();
  self->progress = kp_progress_new ();
  g_object_bind_property (self->progress, "fraction", self->progress_bar, "fraction",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->progress, "message", self->progress_label, "label",
                          G_BINDING_SYNC_CREATE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_label_set_label (self->progress_label, _ ("Reading the files…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  kp_reference_window_set_busy (self, TRUE);
  kp_library_import_files_async (self->library, paths, flags, self->progress, self->cancellable,
                                 import_files_cb, g_object_ref (self));
}

/**
 * kp_reference_window_import:
 *
 * Starts importing @paths. An import that would remove much of what the library holds
 * asks first (an #AdwMessageDialog; "import" forces it).
 */
void
kp_reference_window_import (KpReferenceWindow *self,
                            const char *const *paths)
{
  g_return_if_fail (KP_IS_REFERENCE_WINDOW (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);

  if (self->cancellable != NULL)
    return;
  start_import (self, paths, KP_IMPORT_FLAGS_NONE);
}

void
kp_reference_window_cancel (KpReferenceWindow *self)
{
  g_return_if_fail (KP_IS_REFERENCE_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
}
