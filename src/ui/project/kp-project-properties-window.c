/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project-properties-window.h"

struct _KpProjectPropertiesWindow
{
  AdwPreferencesWindow parent_instance;

  KpProject *project;
  gboolean   updating; /* TRUE while the widgets are set from the project */

  AdwEntryRow   *name_row;
  AdwEntryRow   *territory_row;
  GtkLabel      *project_error_label;
  GtkSpinButton *from_spin;
  GtkSpinButton *to_spin;
  GtkLabel      *period_error_label;
};

G_DEFINE_FINAL_TYPE (KpProjectPropertiesWindow, kp_project_properties_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  /* Setting the text with the apply button enabled would offer to apply it. */
  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
show_error (GtkLabel     *label,
            GtkWidget    *widget,
            const GError *error)
{
  gtk_label_set_label (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
  if (error != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
update_from_project (KpProjectPropertiesWindow *self)
{
  self->updating = TRUE;
  set_row_text (self->name_row, kp_project_get_name (self->project));
  set_row_text (self->territory_row, kp_project_get_territory_name (self->project));
  gtk_spin_button_set_value (self->from_spin, kp_project_get_period_from (self->project));
  gtk_spin_button_set_value (self->to_spin, kp_project_get_period_to (self->project));
  self->updating = FALSE;
}

static void
on_project_notify_cb (KpProjectPropertiesWindow *self)
{
  update_from_project (self);
}

static void
on_name_row_apply_cb (KpProjectPropertiesWindow *self)
{
  g_autoptr (GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  if (g_strcmp0 (text, kp_project_get_name (self->project)) == 0)
    return;
  kp_project_set_name (self->project, text, &error);
  show_error (self->project_error_label, GTK_WIDGET (self->name_row), error);
  gtk_widget_remove_css_class (GTK_WIDGET (self->territory_row), "error");
}

static void
on_territory_row_apply_cb (KpProjectPropertiesWindow *self)
{
  g_autoptr (GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->territory_row));

  if (g_strcmp0 (text, kp_project_get_territory_name (self->project)) == 0)
    return;
  kp_project_set_territory_name (self->project, text, &error);
  show_error (self->project_error_label, GTK_WIDGET (self->territory_row), error);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
on_period_spin_value_changed_cb (KpProjectPropertiesWindow *self)
{
  g_autoptr (GError) error = NULL;
  int from = gtk_spin_button_get_value_as_int (self->from_spin);
  int to = gtk_spin_button_get_value_as_int (self->to_spin);

  if (self->updating)
    return;
  if (from == kp_project_get_period_from (self->project) && to == kp_project_get_period_to (self->project))
    {
      show_error (self->period_error_label, GTK_WIDGET (self->to_spin), NULL);
      return;
    }
  kp_project_set_period (self->project, from, to, &error);
  show_error (self->period_error_label, GTK_WIDGET (self->to_spin), error);
}

static void
kp_project_properties_window_dispose (GObject *object)
{
  KpProjectPropertiesWindow *self = KP_PROJECT_PROPERTIES_WINDOW (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_PROJECT_PROPERTIES_WINDOW);
  G_OBJECT_CLASS (kp_project_properties_window_parent_class)->dispose (object);
}

static void
kp_project_properties_window_finalize (GObject *object)
{
  KpProjectPropertiesWindow *self = KP_PROJECT_PROPERTIES_WINDOW (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_project_properties_window_parent_class)->finalize (object);
}

static void
kp_project_properties_window_constructed (GObject *object)
{
  KpProjectPropertiesWindow *self = KP_PROJECT_PROPERTIES_WINDOW (object);
  static const char *const   watched[] = { "notify::name", "notify::territory-name",
                                           "notify::period-from", "notify::period-to" };

  G_OBJECT_CLASS (kp_project_properties_window_parent_class)->constructed (object);
  g_assert (KP_IS_PROJECT (self->project));
  update_from_project (self);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_connect_object (self->project, watched[i], G_CALLBACK (on_project_notify_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
kp_project_properties_window_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  KpProjectPropertiesWindow *self = KP_PROJECT_PROPERTIES_WINDOW (object);

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
kp_project_properties_window_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  KpProjectPropertiesWindow *self = KP_PROJECT_PROPERTIES_WINDOW (object);

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
kp_project_properties_window_class_init (KpProjectPropertiesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_project_properties_window_dispose;
  object_class->finalize = kp_project_properties_window_finalize;
  object_class->constructed = kp_project_properties_window_constructed;
  object_class->get_property = kp_project_properties_window_get_property;
  object_class->set_property = kp_project_properties_window_set_property;

  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/project/kp-project-properties-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpProjectPropertiesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, KpProjectPropertiesWindow, territory_row);
  gtk_widget_class_bind_template_child (widget_class, KpProjectPropertiesWindow,
                                        project_error_label);
  gtk_widget_class_bind_template_child (widget_class, KpProjectPropertiesWindow, from_spin);
  gtk_widget_class_bind_template_child (widget_class, KpProjectPropertiesWindow, to_spin);
  gtk_widget_class_bind_template_child (widget_class, KpProjectPropertiesWindow,
                                        period_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_territory_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_spin_value_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kp_project_properties_window_init (KpProjectPropertiesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kp_project_properties_window_new:
 * @parent: (nullable): the project's window
 */
KpProjectPropertiesWindow *
kp_project_properties_window_new (GtkWindow *parent,
                                  KpProject *project)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  return g_object_new (KP_TYPE_PROJECT_PROPERTIES_WINDOW, "transient-for", parent, "project",
                       project, NULL);
}

KpProject *
kp_project_properties_window_get_project (KpProjectPropertiesWindow *self)
{
  g_return_val_if_fail (KP_IS_PROJECT_PROPERTIES_WINDOW (self), NULL);

  return self->project;
}
