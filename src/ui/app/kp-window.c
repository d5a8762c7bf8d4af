/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-window.h"

#include "kp-needs-page.h"
#include "kp-network-page.h"
#include "kp-project-properties-window.h"
#include "kp-publications-page.h"
#include "kp-territory-page.h"
#include "kp-welcome-page.h"

#define KP_SETTINGS_SCHEMA "cz.komplan.Komplan"

/* The project's top-level views, in switcher and Alt+N order. Later views (Síť služeb,
 * Potřeby, Plán, Publikace) are added here as they are written. */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (KpProject *project);
} KpViewInfo;

static const KpViewInfo views[] = {
  { "territory", N_ ("Territory"), "view-list-symbolic", kp_territory_page_new },
  { "network", N_ ("Network"), "network-workgroup-symbolic", kp_network_page_new },
  { "needs", N_ ("Needs"), "view-grid-symbolic", kp_needs_page_new },
  { "publications", N_ ("Publications"), "x-office-document-symbolic", kp_publications_page_new },
};

struct _KpWindow
{
  AdwApplicationWindow parent_instance;

  KpLibrary *library;
  KpProject *project;
  GSettings *settings;

  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *sample_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  KpWelcomePage        *welcome_page;
  AdwViewStack         *view_stack;
};

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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.view", has_project);
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

static void
remove_views (KpWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->view_stack, views[i].name);

      if (child != NULL)
        adw_view_stack_remove (self->view_stack, child);
    }
}

static void
add_views (KpWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget        *page = views[i].create (self->project);
      AdwViewStackPage *stack_page;

      stack_page = adw_view_stack_add_titled (self->view_stack, page, views[i].name,
                                              _ (views[i].title));
      adw_view_stack_page_set_icon_name (stack_page, views[i].icon_name);
      /* Pages report what they did ("Copied 12 obce") through a "toast" signal. */
      if (g_signal_lookup ("toast", G_OBJECT_TYPE (page)) != 0)
        g_signal_connect_object (page, "toast", G_CALLBACK (kp_window_show_toast), self,
                                 G_CONNECT_SWAPPED);
    }
  adw_view_stack_set_visible_child_name (self->view_stack, views[0].name);
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
kp_window_view_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KpWindow *self = KP_WINDOW (widget);
  int       index = g_variant_get_int32 (parameter);

  if (self->project == NULL || index < 1 || index > (int) G_N_ELEMENTS (views))
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, views[index - 1].name);
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
kp_window_constructed (GObject *object)
{
  KpWindow *self = KP_WINDOW (object);

  G_OBJECT_CLASS (kp_window_parent_class)->constructed (object);
  kp_welcome_page_set_library (self->welcome_page, self->library);
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
  object_class->constructed = kp_window_constructed;
  object_class->get_property = kp_window_get_property;
  object_class->set_property = kp_window_set_property;

  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT] =
      g_param_spec_object ("project", NULL, NULL, KP_TYPE_PROJECT,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KP_TYPE_WELCOME_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/cz/komplan/Komplan/ui/app/kp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, sample_bar);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, KpWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, kp_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, kp_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL,
                                   kp_window_properties_action);
  gtk_widget_class_install_action (widget_class, "win.view", "i", kp_window_view_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.view",
                                         "i", (int) i + 1);
}

static void
kp_window_init (KpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  remove_views (self);
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
      add_views (self);
    }
  gtk_stack_set_visible_child_name (self->main_stack, project != NULL ? "project" : "welcome");
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

  kp_welcome_page_reload (self->welcome_page);
}
