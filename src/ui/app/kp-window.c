/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-window.h"
#include "kp-window-private.h"

#include "kp-project-properties-window.h"
#include "kp-territory-editor.h"
#include "kp-welcome-page.h"

#define KP_SETTINGS_SCHEMA "cz.komplan.Komplan"

/* The application window: the welcome page, or a project's views (kp-window-views.c). It
 * tells each view what it needs (the project, the reference library, the settings) and
 * carries the actions the views use to talk to the rest: undo and redo, toasts, and going
 * to an obec or a service. */

G_DEFINE_FINAL_TYPE (KpWindow, kp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_LIBRARY,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (KpWindow *self)
{
  gboolean has_project = self->project != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_project && kp_project_get_can_undo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_project && kp_project_get_can_redo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.properties", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-territory",
                                 has_project && self->library != NULL &&
                                     kp_library_is_ready (self->library) &&
                                     !kp_project_get_is_sample (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-obec", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-service", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-service-on-map", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plan-item", has_project);
}

static void
update_title (KpWindow *self)
{
  g_autofree char *title = NULL;

  if (self->project == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, _ ("Komplan"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _ ("Komplan"));
      return;
    }
  adw_view_switcher_title_set_title (self->switcher_title, kp_project_get_name (self->project));
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        kp_project_get_territory_name (self->project));
  /* Translators: the window title, "project name — territory name" */
  title = g_strdup_printf (_ ("%s — %s"), kp_project_get_name (self->project),
                           kp_project_get_territory_name (self->project));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The welcome page, or the project's views. The welcome page is made only when shown:
 * `komplan FILE.komplan` never reads the state of the reference data it would show. */
static void
show_main_page (KpWindow *self)
{
  if (self->project != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "project");
      return;
    }
  if (self->welcome_page == NULL)
    {
      /* Told what it shows: the library and the settings with the recent projects. */
      self->welcome_page = kp_welcome_page_new (self->library, self->settings);
      gtk_stack_add_named (self->main_stack, self->welcome_page, "welcome");
    }
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

static void
on_map_cb (KpWindow *self)
{
  show_main_page (self);
}

static void
on_project_title_notify_cb (KpWindow *self)
{
  update_title (self);
}

static void
on_project_history_notify_cb (KpWindow *self)
{
  update_actions (self);
}

static void
kp_window_undo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KpWindow *self = KP_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (self->project == NULL)
    return;
  if (!kp_project_undo (self->project, &error))
    {
      kp_window_show_toast (self, error->message);
      return;
    }
  toast = adw_toast_new (_ ("Change undone"));
  adw_toast_set_button_label (toast, _ ("_Redo"));
  adw_toast_set_action_name (toast, "win.redo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
kp_window_redo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KpWindow *self = KP_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (self->project == NULL)
    return;
  if (!kp_project_redo (self->project, &error))
    {
      kp_window_show_toast (self, error->message);
      return;
    }
  kp_window_show_toast (self, _ ("Change redone"));
}

static void
kp_window_properties_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  KpWindow *self = KP_WINDOW (widget);

  if (self->project == NULL)
    return;
  gtk_window_present (
      GTK_WINDOW (kp_project_properties_window_new (GTK_WINDOW (self), self->project)));
}

static void
kp_window_edit_territory_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  KpWindow *self = KP_WINDOW (widget);

  if (self->project == NULL || self->library == NULL)
    return;
  gtk_window_present (kp_territory_editor_new (GTK_WINDOW (self), self->project, self->library));
}

static void
kp_window_toast_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  kp_window_show_toast (KP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
kp_window_dispose (GObject *object)
{
  KpWindow *self = KP_WINDOW (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_WINDOW);
  G_OBJECT_CLASS (kp_window_parent_class)->dispose (object);
}

static void
kp_window_finalize (GObject *object)
{
  KpWindow *self = KP_WINDOW (object);

  g_clear_object (&self->library);
  G_OBJECT_CLASS (kp_window_parent_class)->finalize (object);
}

static void
kp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KpWindow *self = KP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KpWindow *self = KP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_PROJECT:
      kp_window_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_window_class_init (KpWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_window_dispose;
  object_class->finalize = kp_window_finalize;
  object_class->get_property = kp_window_get_property;
  object_class->set_property = kp_window_set_property;

  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cz/komplan/Komplan/ui/app/kp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, sample_bar);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, kp_window_views_on_visible_child_cb);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, kp_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, kp_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL,
                                   kp_window_properties_action);
  gtk_widget_class_install_action (widget_class, "win.edit-territory", NULL,
                                   kp_window_edit_territory_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", kp_window_toast_action);
  kp_window_views_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}

static void
kp_window_init (KpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* Read the saved size once, then store every change. */
  self->settings = g_settings_new (KP_SETTINGS_SCHEMA);
  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);

  update_actions (self);
  update_title (self);
}

KpWindow *
kp_window_new (KpApplication *application)
{
  g_return_val_if_fail (KP_IS_APPLICATION (application), NULL);

  return g_object_new (KP_TYPE_WINDOW, "application", application, "library",
                       kp_application_get_library (application), NULL);
}

KpProject *
kp_window_get_project (KpWindow *self)
{
  g_return_val_if_fail (KP_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * kp_window_set_project:
 * @project: (nullable): the project to show, or %NULL for the welcome page
 */
void
kp_window_set_project (KpWindow  *self,
                       KpProject *project)
{
  static const char *const title_props[] = { "notify::name", "notify::territory-name" };
  static const char *const history_props[] = { "notify::can-undo", "notify::can-redo" };

  g_return_if_fail (KP_IS_WINDOW (self));
  g_return_if_fail (project == NULL || KP_IS_PROJECT (project));

  if (self->project == project)
    return;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  kp_window_views_remove (self);
  g_set_object (&self->project, project);

  if (project != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (title_props); i++)
        g_signal_connect_object (project, title_props[i], G_CALLBACK (on_project_title_notify_cb),
                                 self, G_CONNECT_SWAPPED);
      for (guint i = 0; i < G_N_ELEMENTS (history_props); i++)
        g_signal_connect_object (project, history_props[i],
                                 G_CALLBACK (on_project_history_notify_cb), self,
                                 G_CONNECT_SWAPPED);
      kp_window_views_add (self);
    }
  if (project != NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_main_page (self);
  gtk_widget_set_visible (self->sample_bar, project != NULL && kp_project_get_is_sample (project));
  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kp_window_show_toast:
 * @title: plain text (not markup)
 */
void
kp_window_show_toast (KpWindow   *self,
                      const char *title)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (KP_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  escaped = g_markup_escape_text (title, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
kp_window_reload_library (KpWindow *self)
{
  g_return_if_fail (KP_IS_WINDOW (self));

  if (self->welcome_page != NULL)
    kp_welcome_page_reload (KP_WELCOME_PAGE (self->welcome_page));
}
