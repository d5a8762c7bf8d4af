/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-new-project-dialog.h"
#include "kp-czech.h"
#include "kp-error-dialog.h"
#include "kp-file-chooser.h"
#include "kp-obce-picker.h"

struct _KpNewProjectDialog
{
  AdwWindow parent_instance;

  KpLibrary    *library;
  GCancellable *cancellable;        /* the file chooser; cancelled when the dialog goes */
  GCancellable *create_cancellable; /* while the project is being written */
  KpProgress   *progress;

  GtkStack        *main_stack;
  AdwEntryRow     *name_row;
  GtkSpinButton   *period_from_spin;
  GtkSpinButton   *period_to_spin;
  GtkToggleButton *orp_toggle;
  GtkStack        *kind_stack;
  AdwComboRow     *kraj_row;
  AdwComboRow     *orp_row;
  AdwEntryRow     *territory_name_row;
  KpObcePicker    *obce_picker;
  GtkProgressBar  *progress_bar;
  GtkLabel        *progress_label;
};

G_DEFINE_FINAL_TYPE (KpNewProjectDialog, kp_new_project_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_PROJECT_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
format_area_summary (KpArea *area)
{
  int              obce = kp_area_get_obce (area);
  g_autofree char *population = kp_czech_format_int (kp_area_get_totals (area)->total);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d obec", "%d obce",
                                                         obce),
                                            obce);

  /* Translators: "12 obcí · 45 678 inhabitants"; the plural follows the inhabitants */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s inhabitant", "%s · %s inhabitants",
                                       (gulong) kp_area_get_totals (area)->total),
                          count, population);
}

static char *
get_trimmed_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static gboolean
is_custom (KpNewProjectDialog *self)
{
  return !gtk_toggle_button_get_active (self->orp_toggle);
}

static gboolean
is_valid (KpNewProjectDialog *self)
{
  g_autofree char *name = get_trimmed_text (self->name_row);

  if (self->library == NULL || !kp_library_is_ready (self->library) || *name == '\0')
    return FALSE;
  if (is_custom (self))
    return kp_obce_picker_get_n_selected (self->obce_picker) > 0;
  return adw_combo_row_get_selected_item (self->orp_row) != NULL;
}

static void
update_actions (KpNewProjectDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-project.create",
                                 self->create_cancellable == NULL && is_valid (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-project.cancel",
                                 self->create_cancellable != NULL);
}

static void
ensure_obce (KpNewProjectDialog *self)
{
  g_autoptr (GListModel) obce = NULL;
  g_autoptr (GError) error = NULL;

  if (kp_obce_picker_get_obce (self->obce_picker) != NULL)
    return;
  obce = kp_library_list_obce (self->library, &error);
  if (obce == NULL)
    {
      kp_error_dialog_show (GTK_WINDOW (self), _ ("Could Not Read the Obce"), error->message);
      return;
    }
  kp_obce_picker_set_obce (self->obce_picker, obce);
}

/* Factories */

static void
on_area_factory_setup_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (list_item, box);
}

static void
on_area_factory_bind_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         gpointer                  user_data)
{
  KpArea          *area = gtk_list_item_get_item (list_item);
  GtkWidget       *name = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  g_autofree char *details = format_area_summary (area);

  gtk_label_set_text (GTK_LABEL (name), kp_area_get_nazev (area));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (name)), details);
}

/* Template callbacks */

static void
on_name_row_changed_cb (KpNewProjectDialog *self)
{
  update_actions (self);
}

static void
on_period_spin_value_changed_cb (KpNewProjectDialog *self)
{
  double from = gtk_spin_button_get_value (self->period_from_spin);

  /* The plan ends in or after the year it starts. */
  gtk_adjustment_set_lower (gtk_spin_button_get_adjustment (self->period_to_spin), from);
  if (gtk_spin_button_get_value (self->period_to_spin) < from)
    gtk_spin_button_set_value (self->period_to_spin, from);
}

static void
on_kind_toggle_toggled_cb (KpNewProjectDialog *self)
{
  if (is_custom (self))
    {
      ensure_obce (self);
      gtk_stack_set_visible_child_name (self->kind_stack, "custom");
    }
  else
    gtk_stack_set_visible_child_name (self->kind_stack, "orp");
  update_actions (self);
}

static void
on_kraj_row_selected_item_cb (KpNewProjectDialog *self)
{
  KpArea *kraj = adw_combo_row_get_selected_item (self->kraj_row);
  g_autoptr (GListModel) orp = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = kraj != NULL ? format_area_summary (kraj) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kraj_row), summary != NULL ? summary : "");
  if (kraj != NULL)
    {
      orp = kp_library_list_orp (self->library, kp_area_get_kod (kraj), &error);
      if (orp == NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->orp_row), error->message);
    }
  adw_combo_row_set_model (self->orp_row, orp);
  update_actions (self);
}

static void
on_orp_row_selected_item_cb (KpNewProjectDialog *self)
{
  KpArea          *orp = adw_combo_row_get_selected_item (self->orp_row);
  g_autofree char *summary = orp != NULL ? format_area_summary (orp) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->orp_row), summary != NULL ? summary : "");
  update_actions (self);
}

static void
on_obce_picker_n_selected_cb (KpNewProjectDialog *self)
{
  update_actions (self);
}

static void
on_import_button_clicked_cb (KpNewProjectDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.reference", NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_project_file_chosen_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr (KpNewProjectDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (files == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  file = g_list_model_get_item (files, 0);
  path = g_file_get_path (file);
  if (path == NULL)
    return;
  if (!g_str_has_suffix (path, ".komplan"))
    {
      char *with_suffix = g_strconcat (path, ".komplan", NULL);

      g_free (path);
      path = with_suffix;
    }
  kp_new_project_dialog_create_at (self, path);
}

/* Actions */

static void
kp_new_project_dialog_cancel_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (widget);

  if (self->create_cancellable != NULL)
    g_cancellable_cancel (self->create_cancellable);
}

static void
kp_new_project_dialog_create_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (widget);
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *name = get_trimmed_text (self->name_row);
  g_autofree char *file_name = NULL;
  const char      *patterns[] = { "*.komplan", NULL };

  if (!is_valid (self))
    return;
  g_strdelimit (name, "/\\:", '-');
  file_name = g_strconcat (name, ".komplan", NULL);
  filter = kp_file_chooser_filter_new (_ ("Komplan projects"), patterns);
  g_list_store_append (filters, filter);
  kp_file_chooser_run_async (GTK_WINDOW (self), KP_FILE_CHOOSER_SAVE, _ ("Save New Project"),
                             _ ("_Create"), G_LIST_MODEL (filters), file_name,
                             on_project_file_chosen_cb, g_object_ref (self));
}

/* GObject */

static void
kp_new_project_dialog_constructed (GObject *object)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (object);
  g_autoptr (GListModel) kraje = NULL;

  G_OBJECT_CLASS (kp_new_project_dialog_parent_class)->constructed (object);

  if (self->library != NULL && kp_library_is_ready (self->library))
    kraje = kp_library_list_kraje (self->library, NULL);
  if (kraje == NULL || g_list_model_get_n_items (kraje) == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else
    adw_combo_row_set_model (self->kraj_row, kraje);
  update_actions (self);
}

static void
kp_new_project_dialog_dispose (GObject *object)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->create_cancellable != NULL)
    g_cancellable_cancel (self->create_cancellable);
  g_clear_object (&self->create_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEW_PROJECT_DIALOG);
  g_clear_object (&self->progress);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (kp_new_project_dialog_parent_class)->dispose (object);
}

static void
kp_new_project_dialog_finalize (GObject *object)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (kp_new_project_dialog_parent_class)->finalize (object);
}

static void
kp_new_project_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_new_project_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KpNewProjectDialog *self = KP_NEW_PROJECT_DIALOG (object);

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
kp_new_project_dialog_class_init (KpNewProjectDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_new_project_dialog_constructed;
  object_class->dispose = kp_new_project_dialog_dispose;
  object_class->finalize = kp_new_project_dialog_finalize;
  object_class->get_property = kp_new_project_dialog_get_property;
  object_class->set_property = kp_new_project_dialog_set_property;

  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KpNewProjectDialog::project-created:
   * @project: the new project, open
   *
   * Emitted once the project file is written, just before the dialog closes.
   */
  signals[SIGNAL_PROJECT_CREATED] =
      g_signal_new ("project-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                    NULL, NULL, G_TYPE_NONE, 1, KP_TYPE_PROJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/project/kp-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, period_from_spin);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, period_to_spin);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, orp_toggle);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, kind_stack);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, kraj_row);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, orp_row);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, territory_name_row);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, obce_picker);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KpNewProjectDialog, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_spin_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_toggle_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kraj_row_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_orp_row_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_obce_picker_n_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_button_clicked_cb);

  g_type_ensure (KP_TYPE_OBCE_PICKER);

  gtk_widget_class_install_action (widget_class, "new-project.create", NULL,
                                   kp_new_project_dialog_create_action);
  gtk_widget_class_install_action (widget_class, "new-project.cancel", NULL,
                                   kp_new_project_dialog_cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_new_project_dialog_init (KpNewProjectDialog *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GtkListItemFactory) area_factory = gtk_signal_list_item_factory_new ();
  int year = g_date_time_get_year (now);

  self->cancellable = g_cancellable_new ();
  self->progress = kp_progress_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_bind_property (self->progress, "fraction", self->progress_bar, "fraction",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->progress, "message", self->progress_label, "label",
                          G_BINDING_SYNC_CREATE);

  gtk_spin_button_set_value (self->period_from_spin, year);
  gtk_spin_button_set_value (self->period_to_spin, year + 2);

  adw_combo_row_set_expression (self->kraj_row,
                                gtk_property_expression_new (KP_TYPE_AREA, NULL, "nazev"));
  adw_combo_row_set_expression (self->orp_row,
                                gtk_property_expression_new (KP_TYPE_AREA, NULL, "nazev"));
  g_signal_connect (area_factory, "setup", G_CALLBACK (on_area_factory_setup_cb), NULL);
  g_signal_connect (area_factory, "bind", G_CALLBACK (on_area_factory_bind_cb), NULL);
  adw_combo_row_set_list_factory (self->kraj_row, area_factory);
  adw_combo_row_set_list_factory (self->orp_row, area_factory);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

/**
 * kp_new_project_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @library: the reference library the project copies its data from
 *
 * Returns: (transfer none): a new dialog; present it with gtk_window_present()
 */
KpNewProjectDialog *
kp_new_project_dialog_new (GtkWindow *parent,
                           KpLibrary *library)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KP_IS_LIBRARY (library), NULL);

  return g_object_new (KP_TYPE_NEW_PROJECT_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "library", library,
                       NULL);
}

static void
on_project_created_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (KpNewProjectDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_create_finish (KP_LIBRARY (source), result, &error);

  if (self->create_cancellable == NULL)
    return; /* the dialog went away (and cancelled it, unless it was done already) */
  g_clear_object (&self->create_cancellable);
  update_actions (self);
  if (project == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "form");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kp_error_dialog_show (GTK_WINDOW (self), _ ("Could Not Create the Project"),
                              error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_PROJECT_CREATED], 0, project);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * kp_new_project_dialog_create_at:
 * @path: the project file to write
 *
 * Builds the project at @path from the current choices in a worker thread, showing how far
 * it is and offering Cancel; then emits "project-created" and closes the dialog. A failure
 * is shown in a message dialog and the choices stay.
 */
void
kp_new_project_dialog_create_at (KpNewProjectDialog *self,
                                 const char         *path)
{
  g_autofree char *name = NULL;
  g_autofree char *territory_name = NULL;
  g_auto (GStrv) codes = NULL;
  KpProjectSpec spec = { 0 };

  g_return_if_fail (KP_IS_NEW_PROJECT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (self->create_cancellable != NULL)
    return;
  name = get_trimmed_text (self->name_row);
  territory_name = get_trimmed_text (self->territory_name_row);
  spec.name = name;
  spec.period_from = gtk_spin_button_get_value_as_int (self->period_from_spin);
  spec.period_to = gtk_spin_button_get_value_as_int (self->period_to_spin);
  if (is_custom (self))
    {
      codes = kp_obce_picker_dup_selected (self->obce_picker);
      spec.kind = KP_TERRITORY_CUSTOM;
      spec.obce = (const char *const *) codes;
      spec.territory_name = *territory_name != '\0' ? territory_name : NULL;
    }
  else
    {
      KpArea *orp = adw_combo_row_get_selected_item (self->orp_row);

      spec.kind = KP_TERRITORY_ORP;
      spec.orp_kod = orp != NULL ? kp_area_get_kod (orp) : NULL;
    }

  self->create_cancellable = g_cancellable_new ();
  kp_progress_set (self->progress, 0.0, _ ("Preparing the new project…"));
  gtk_stack_set_visible_child_name (self->main_stack, "creating");
  update_actions (self);
  kp_project_create_async (self->library, path, &spec, self->progress, self->create_cancellable,
                           on_project_created_cb, g_object_ref (self));
}
