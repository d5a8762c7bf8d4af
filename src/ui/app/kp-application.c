/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "kp-application.h"

#include "kp-error-dialog.h"
#include "kp-file-chooser.h"
#include "kp-key-names.h"
#include "kp-new-project-dialog.h"
#include "kp-reference-window.h"
#include "kp-ui-resources.h"
#include "kp-window.h"

#define KP_SETTINGS_SCHEMA "cz.komplan.Komplan"

struct _KpApplication
{
  AdwApplication parent_instance;

  KpLibrary         *library;
  GError            *library_error;
  GSettings         *settings;
  KpReferenceWindow *reference_window; /* weak */
};

G_DEFINE_FINAL_TYPE (KpApplication, kp_application, ADW_TYPE_APPLICATION)

static char *
dup_sample_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "komplan", "ukazka.komplan", NULL);
}

static GtkWindow *
get_parent (KpApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
remember_project (KpApplication *self,
                  const char    *path)
{
  g_auto (GStrv) old = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;
  guint n = 0;

  if (path != NULL)
    {
      g_strv_builder_add (builder, path);
      n++;
    }
  for (guint i = 0; old[i] != NULL && n < KP_RECENT_PROJECTS_MAX; i++)
    {
      if (g_strcmp0 (old[i], path) == 0 || !g_file_test (old[i], G_FILE_TEST_IS_REGULAR))
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }
  paths = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-projects", (const char *const *) paths);
}

static KpWindow *
find_window (KpApplication *self,
             const char    *path)
{
  g_autofree char *wanted = g_canonicalize_filename (path, NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      KpProject       *project;
      g_autofree char *open_path = NULL;

      if (!KP_IS_WINDOW (l->data))
        continue;
      project = kp_window_get_project (l->data);
      if (project == NULL)
        continue;
      open_path = g_canonicalize_filename (kp_project_get_path (project), NULL);
      if (g_strcmp0 (open_path, wanted) == 0)
        return l->data;
    }
  return NULL;
}

static KpWindow *
find_welcome_window (KpApplication *self)
{
  GtkWindow *active = get_parent (self);

  if (KP_IS_WINDOW (active) && kp_window_get_project (KP_WINDOW (active)) == NULL)
    return KP_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KP_IS_WINDOW (l->data) && kp_window_get_project (l->data) == NULL)
      return l->data;
  return NULL;
}

static void
open_path_or_explain (KpApplication *self,
                      const char    *path)
{
  g_autoptr (GError) error = NULL;

  GtkWindow *parent;

  if (kp_application_open_path (self, path, &error) != NULL)
    return;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    remember_project (self, NULL); /* drops the missing file from the list */
  /* A window to show the error on (and to open another project from). */
  parent = get_parent (self);
  if (parent == NULL)
    {
      parent = GTK_WINDOW (kp_window_new (self));
      gtk_window_present (parent);
    }
  kp_error_dialog_show (parent, _ ("Cannot Open Project"), error->message);
}

static void
on_library_changed_cb (KpApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KP_IS_WINDOW (l->data))
      kp_window_reload_library (l->data);
}

static void
show_reference_window (KpApplication *self)
{
  if (self->reference_window == NULL)
    {
      self->reference_window = kp_reference_window_new (get_parent (self), self->library);
      g_object_add_weak_pointer (G_OBJECT (self->reference_window),
                                 (gpointer *) &self->reference_window);
      gtk_window_set_application (GTK_WINDOW (self->reference_window), GTK_APPLICATION (self));
      g_signal_connect_object (self->reference_window, "library-changed",
                               G_CALLBACK (on_library_changed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (self->reference_window));
}

static void
on_project_created_cb (KpNewProjectDialog *dialog,
                       KpProject          *project,
                       KpApplication      *self)
{
  kp_application_show_project (self, project);
}

static void
choose_project_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (KpApplication) self = user_data;
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GError) error = NULL;

  files = kp_file_chooser_run_finish (result, &error);
  if (files == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        open_path_or_explain (self, path);
    }
}

static void
on_library_error_response_cb (GtkWindow     *dialog,
                              const char    *response,
                              KpApplication *self)
{
  g_application_quit (G_APPLICATION (self));
}

static void
show_library_error (KpApplication *self)
{
  g_autofree char *body = NULL;
  GtkWindow       *parent;
  GtkWindow       *dialog;

  /* Translators: %s explains why the reference library could not be opened */
  body = g_strdup_printf (_ ("Komplan keeps the national reference data in one file and could "
                             "not open it.\n\n%s"),
                          self->library_error->message);
  /* The welcome window (which shows that the reference data cannot be read) is the
   * dialog's parent; closing the dialog quits. */
  parent = get_parent (self);
  if (parent == NULL)
    {
      parent = GTK_WINDOW (kp_window_new (self));
      gtk_window_present (parent);
    }
  dialog = kp_error_dialog_show (parent, _ ("Cannot Open Reference Data"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_library_error_response_cb), self,
                           0);
}

static void
kp_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  KpApplication *self = user_data;
  const char    *developers[] = { _ ("Komplan developers"), NULL };

  adw_show_about_window (get_parent (self),
                         "application-name", _ ("Komplan"),
                         "application-icon", APP_ID,
                         "developer-name", _ ("Komplan developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _ ("Community planning of social services"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _ ("translator-credits"),
                         NULL);
}

static void
kp_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
kp_application_new_project_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  KpApplication      *self = user_data;
  KpNewProjectDialog *dialog;

  if (self->library == NULL)
    return;
  if (!kp_library_is_ready (self->library))
    {
      /* A project is made from the reference data: import them first. */
      show_reference_window (self);
      return;
    }
  dialog = kp_new_project_dialog_new (get_parent (self), self->library);
  g_signal_connect_object (dialog, "project-created", G_CALLBACK (on_project_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kp_application_open_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  static const char *const patterns[] = { "*.komplan", NULL };
  KpApplication           *self = user_data;
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = kp_file_chooser_filter_new (_ ("Komplan projects"), patterns);

  gtk_file_filter_add_mime_type (filter, "application/x-komplan");
  g_list_store_append (filters, filter);
  kp_file_chooser_run_async (get_parent (self), KP_FILE_CHOOSER_OPEN, _ ("Open Project"),
                             _ ("_Open"), G_LIST_MODEL (filters), NULL, choose_project_cb,
                             g_object_ref (self));
}

static void
kp_application_open_file_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  open_path_or_explain (user_data, g_variant_get_string (parameter, NULL));
}

static void
kp_application_open_sample_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  KpApplication   *self = user_data;
  g_autofree char *path = dup_sample_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (KpProject) project = NULL;
  g_autoptr (GError) error = NULL;
  KpWindow *window;

  /* The sample is made afresh each time, but never under a window that has it open. */
  window = find_window (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
    }
  else
    project = kp_project_create_sample (path, &error);
  if (project == NULL)
    {
      kp_error_dialog_show (get_parent (self), _ ("Cannot Create Sample Project"), error->message);
      return;
    }
  kp_application_show_project (self, project);
}

static void
kp_application_reference_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  KpApplication *self = user_data;

  if (self->library != NULL)
    show_reference_window (self);
}

static void
kp_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GtkWindow *window = get_parent (user_data);

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "about", kp_application_about_action },
  { "quit", kp_application_quit_action },
  { "new-project", kp_application_new_project_action },
  { "open", kp_application_open_action },
  { "open-file", kp_application_open_file_action, "s" },
  { "open-sample", kp_application_open_sample_action },
  { "reference", kp_application_reference_action },
  { "shortcuts", kp_application_shortcuts_action },
};

static void
open_library (KpApplication *self)
{
  const char      *env = g_getenv ("KOMPLAN_REFERENCE");
  g_autofree char *path = env != NULL && env[0] != '\0' ? g_strdup (env)
                                                        : kp_library_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (&self->library_error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return;
    }
  self->library = kp_library_open (path, &self->library_error);
}

static void
kp_application_startup (GApplication *app)
{
  static const struct
  {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-project", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
  };
  KpApplication *self = KP_APPLICATION (app);

  G_APPLICATION_CLASS (kp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
  self->settings = g_settings_new (KP_SETTINGS_SCHEMA);
  open_library (self);
}

static void
kp_application_activate (GApplication *app)
{
  KpApplication *self = KP_APPLICATION (app);
  GtkWindow     *window = get_parent (self);

  if (self->library_error != NULL)
    {
      show_library_error (self);
      return;
    }
  if (window == NULL)
    window = GTK_WINDOW (kp_window_new (self));
  gtk_window_present (window);
}

static void
kp_application_open (GApplication *app,
                     GFile       **files,
                     int           n_files,
                     const char   *hint)
{
  KpApplication *self = KP_APPLICATION (app);

  if (self->library_error != NULL)
    {
      show_library_error (self);
      return;
    }
  /* Each project gets its window once it is open, so the first frame shows it; a file
   * that cannot be opened gets a window to say so. */
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL)
        open_path_or_explain (self, path);
    }
  if (get_parent (self) == NULL) /* nothing was a local file */
    gtk_window_present (GTK_WINDOW (kp_window_new (self)));
}

static int
kp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autoptr (GError) error = NULL;

  if (!g_variant_dict_contains (options, "sample"))
    return -1;
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* Runs here in the first instance, or in the running one; then "activate" presents it. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample", NULL);
  return -1;
}

static void
kp_application_shutdown (GApplication *app)
{
  KpApplication *self = KP_APPLICATION (app);

  G_APPLICATION_CLASS (kp_application_parent_class)->shutdown (app);
  g_clear_object (&self->library);
}

static void
kp_application_finalize (GObject *object)
{
  KpApplication *self = KP_APPLICATION (object);

  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_error (&self->library_error);
  G_OBJECT_CLASS (kp_application_parent_class)->finalize (object);
}

/* GtkApplication gives each window the shortcuts window of gtk/help-overlay.ui; its key
 * caps then name the keys as Komplan does elsewhere ("PgDn", not GTK's "Page Down"). */
static void
kp_application_window_added (GtkApplication *application,
                             GtkWindow      *window)
{
  GtkShortcutsWindow *overlay;

  GTK_APPLICATION_CLASS (kp_application_parent_class)->window_added (application, window);
  if (!GTK_IS_APPLICATION_WINDOW (window))
    return;
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  if (overlay != NULL)
    kp_key_names_apply (GTK_WIDGET (overlay));
}

static void
kp_application_class_init (KpApplicationClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass   *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = kp_application_finalize;
  app_class->startup = kp_application_startup;
  app_class->activate = kp_application_activate;
  app_class->open = kp_application_open;
  app_class->handle_local_options = kp_application_handle_local_options;
  app_class->shutdown = kp_application_shutdown;
  gtk_app_class->window_added = kp_application_window_added;

  /* Referencing the bundle links its object file, whose constructor registers it. */
  (void) kp_ui_get_resource ();
}

static void
kp_application_init (KpApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "sample", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE, _ ("Open the sample project"), NULL);
}

KpApplication *
kp_application_new (const char       *application_id,
                    GApplicationFlags flags)
{
  return g_object_new (KP_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", "/cz/komplan/Komplan",
                       NULL);
}

KpLibrary *
kp_application_get_library (KpApplication *self)
{
  g_return_val_if_fail (KP_IS_APPLICATION (self), NULL);

  return self->library;
}

GtkWindow *
kp_application_show_project (KpApplication *self,
                             KpProject     *project)
{
  KpWindow *window;

  g_return_val_if_fail (KP_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);

  window = find_welcome_window (self);
  if (window == NULL)
    window = kp_window_new (self);
  kp_window_set_project (window, project);
  gtk_window_present (GTK_WINDOW (window));
  if (!kp_project_get_is_sample (project))
    remember_project (self, kp_project_get_path (project));
  return GTK_WINDOW (window);
}

GtkWindow *
kp_application_open_path (KpApplication *self,
                          const char    *path,
                          GError       **error)
{
  g_autoptr (KpProject) project = NULL;
  KpWindow *window;

  g_return_val_if_fail (KP_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  window = find_window (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return GTK_WINDOW (window);
    }
  project = kp_project_open (path, error);
  if (project == NULL)
    return NULL;
  return kp_application_show_project (self, project);
}
