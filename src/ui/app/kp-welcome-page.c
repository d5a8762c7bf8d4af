/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-welcome-page.h"

#include "kp-czech.h"

struct _KpWelcomePage
{
  AdwBin parent_instance;

  KpLibrary *library;
  GSettings *settings;
  GPtrArray *recent_rows; /* AdwActionRow, owned by recent_group */
  gboolean   can_create_project;

  GtkImage            *app_icon;
  GtkButton           *new_project_button;
  GtkLabel            *not_ready_label;
  GtkButton           *import_button;
  AdwPreferencesGroup *recent_group;
  AdwActionRow        *reference_row;
};

G_DEFINE_FINAL_TYPE (KpWelcomePage, kp_welcome_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_LIBRARY,
  PROP_SETTINGS,
  PROP_CAN_CREATE_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_counts (const KpLibraryCounts *counts)
{
  g_autofree char *obce = NULL;
  g_autofree char *date = NULL;

  if (counts->obce == 0)
    return g_strdup (_ ("No reference data imported yet"));
  obce = kp_czech_format_int (counts->obce);
  if (counts->population_date == NULL)
    /* Translators: %s is a number of obce (municipalities), e.g. "6 258" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s obec, no population data yet",
                                         "%s obce, no population data yet", counts->obce),
                            obce);
  date = kp_czech_format_date (counts->population_date);
  /* Translators: "6 258 obce, population at 31. 12. 2020" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s obec, population at %s",
                                       "%s obce, population at %s", counts->obce),
                          obce, date);
}

static char *
describe_library (KpLibrary *library,
                  gboolean  *out_ready)
{
  KpLibraryCounts counts = { 0 };
  g_autoptr (GError) error = NULL;
  char *text;

  *out_ready = FALSE;
  if (library == NULL)
    return g_strdup (_ ("The reference data cannot be read."));
  if (!kp_library_get_counts (library, &counts, &error))
    return g_strdup (error->message);
  *out_ready = kp_library_is_ready (library);
  text = describe_counts (&counts);
  kp_library_counts_clear (&counts);
  return text;
}

static void
update_library_state (KpWelcomePage *self)
{
  gboolean         ready = FALSE;
  g_autofree char *status = describe_library (self->library, &ready);

  adw_action_row_set_subtitle (self->reference_row, status);
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_project_button), ready);
  gtk_widget_set_visible (GTK_WIDGET (self->not_ready_label), !ready);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), !ready && self->library != NULL);
  if (ready)
    gtk_widget_add_css_class (GTK_WIDGET (self->new_project_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->new_project_button), "suggested-action");

  if (self->can_create_project != ready)
    {
      self->can_create_project = ready;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_CREATE_PROJECT]);
    }
}

static char *
display_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *display = g_filename_display_name (dir);
  const char      *home = g_get_home_dir ();
  gsize            home_len = strlen (home);

  if (home_len > 1 && g_str_has_prefix (display, home) && (display[home_len] == '\0' || display[home_len] == G_DIR_SEPARATOR))
    return g_strconcat ("~", display + home_len, NULL);
  return g_steal_pointer (&display);
}

static void
on_recent_row_activated_cb (AdwActionRow  *row,
                            KpWelcomePage *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "kp-path");

  gtk_widget_activate_action (GTK_WIDGET (self), "app.open-file", "s", path);
}

static void
update_recent (KpWelcomePage *self)
{
  g_auto (GStrv) paths = g_settings_get_strv (self->settings, "recent-projects");
  guint n_shown = 0;

  for (guint i = 0; i < self->recent_rows->len; i++)
    adw_preferences_group_remove (self->recent_group, g_ptr_array_index (self->recent_rows, i));
  g_ptr_array_set_size (self->recent_rows, 0);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *basename = NULL;
      g_autofree char *name = NULL;
      g_autofree char *folder = NULL;
      GtkWidget       *row;

      if (!g_file_test (paths[i], G_FILE_TEST_IS_REGULAR))
        continue;
      basename = g_path_get_basename (paths[i]);
      name = g_filename_display_name (basename);
      folder = display_folder (paths[i]);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, paths[i]);
      g_object_set_data_full (G_OBJECT (row), "kp-path", g_strdup (paths[i]), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_recent_row_activated_cb), self, 0);
      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->recent_rows, row);
      n_shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), n_shown > 0);
}

static void
on_settings_changed_cb (GSettings     *settings,
                        const char    *key,
                        KpWelcomePage *self)
{
  update_recent (self);
}

static void
on_new_project_button_clicked_cb (KpWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.new-project", NULL);
}

static void
on_open_button_clicked_cb (KpWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.open", NULL);
}

static void
on_sample_button_clicked_cb (KpWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.open-sample", NULL);
}

static void
on_reference_button_clicked_cb (KpWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "app.reference", NULL);
}

static void
kp_welcome_page_constructed (GObject *object)
{
  KpWelcomePage *self = KP_WELCOME_PAGE (object);

  G_OBJECT_CLASS (kp_welcome_page_parent_class)->constructed (object);
  g_assert (G_IS_SETTINGS (self->settings));
  g_signal_connect (self->settings, "changed::recent-projects",
                    G_CALLBACK (on_settings_changed_cb), self);
  update_recent (self);
}

static void
kp_welcome_page_dispose (GObject *object)
{
  KpWelcomePage *self = KP_WELCOME_PAGE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_pointer (&self->recent_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (kp_welcome_page_parent_class)->dispose (object);
}

static void
kp_welcome_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KpWelcomePage *self = KP_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CAN_CREATE_PROJECT:
      g_value_set_boolean (value, self->can_create_project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_welcome_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KpWelcomePage *self = KP_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      kp_welcome_page_set_library (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kp_welcome_page_class_init (KpWelcomePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kp_welcome_page_constructed;
  object_class->dispose = kp_welcome_page_dispose;
  object_class->get_property = kp_welcome_page_get_property;
  object_class->set_property = kp_welcome_page_set_property;

  properties[PROP_LIBRARY] =
      g_param_spec_object ("library", NULL, NULL, KP_TYPE_LIBRARY,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
      g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_CREATE_PROJECT] =
      g_param_spec_boolean ("can-create-project", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/app/kp-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, app_icon);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, new_project_button);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, not_ready_label);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, import_button);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, KpWelcomePage, reference_row);
  gtk_widget_class_bind_template_callback (widget_class, on_new_project_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sample_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reference_button_clicked_cb);
}

static void
kp_welcome_page_init (KpWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_image_set_from_icon_name (self->app_icon, APP_ID);

  self->recent_rows = g_ptr_array_new ();
  update_library_state (self);
}

/**
 * kp_welcome_page_new:
 * @library: (nullable): the reference library
 * @settings: the application's settings, which keep the recent projects
 */
GtkWidget *
kp_welcome_page_new (KpLibrary *library,
                     GSettings *settings)
{
  g_return_val_if_fail (library == NULL || KP_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (KP_TYPE_WELCOME_PAGE, "library", library, "settings", settings, NULL);
}

KpLibrary *
kp_welcome_page_get_library (KpWelcomePage *self)
{
  g_return_val_if_fail (KP_IS_WELCOME_PAGE (self), NULL);

  return self->library;
}

void
kp_welcome_page_set_library (KpWelcomePage *self,
                             KpLibrary     *library)
{
  g_return_if_fail (KP_IS_WELCOME_PAGE (self));
  g_return_if_fail (library == NULL || KP_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;
  update_library_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

gboolean
kp_welcome_page_get_can_create_project (KpWelcomePage *self)
{
  g_return_val_if_fail (KP_IS_WELCOME_PAGE (self), FALSE);

  return self->can_create_project;
}

void
kp_welcome_page_reload (KpWelcomePage *self)
{
  g_return_if_fail (KP_IS_WELCOME_PAGE (self));

  update_library_state (self);
  update_recent (self);
}
