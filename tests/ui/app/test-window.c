/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kp-application.h"
#include "kp-new-project-dialog.h"
#include "kp-project-properties-window.h"
#include "kp-reference-window.h"
#include "kp-territory-page.h"
#include "kp-test-utils.h"
#include "kp-window.h"

typedef struct
{
  char          *tmpdir;
  KpApplication *app;
  KpProject     *sample;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->tmpdir = kp_test_make_tmpdir ();
  fixture->app = kp_test_application_new (fixture->tmpdir);
  fixture->sample = kp_test_create_sample (fixture->tmpdir);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));

  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
    }
  /* The Síť služeb view checked the data quality in the background. */
  kp_test_wait_for_jobs (fixture->sample);
  g_assert_finalize_object (fixture->sample);
  g_clear_object (&fixture->app);
  kp_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static KpWindow *
new_window (Fixture *fixture)
{
  KpWindow *window = kp_window_new (fixture->app);

  gtk_window_present (GTK_WINDOW (window));
  kp_test_flush (GTK_WIDGET (window));
  return window;
}

static const char *
visible_page (KpWindow *window)
{
  GtkWidget *stack = kp_test_find_widget (GTK_WIDGET (window), "main-stack");

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
test_window_welcome (Fixture      *fixture,
                     gconstpointer data)
{
  KpWindow *window = new_window (fixture);

  g_object_ref (window);
  g_assert_null (kp_window_get_project (window));
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Komplan");
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (window), "sample-bar")));
  g_assert_false (gtk_widget_is_sensitive (kp_test_find_widget (GTK_WIDGET (window), "new-project-button")));
  kp_test_screenshot_if_asked (GTK_WIDGET (window), "welcome.png");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_project (Fixture      *fixture,
                     gconstpointer data)
{
  KpWindow             *window = new_window (fixture);
  KpProject            *project = fixture->sample;
  AdwViewSwitcherTitle *title;
  AdwViewStack         *views;
  GtkWidget            *territory;
  g_autofree char      *expected = NULL;

  g_object_ref (window);
  kp_window_set_project (window, project);
  kp_test_flush (GTK_WIDGET (window));

  g_assert_true (kp_window_get_project (window) == project);
  g_assert_cmpstr (visible_page (window), ==, "project");
  views = ADW_VIEW_STACK (kp_test_find_widget (GTK_WIDGET (window), "view-stack"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "territory");
  territory = kp_window_get_view (window, "territory");
  g_assert_true (KP_IS_TERRITORY_PAGE (territory));
  g_assert_true (gtk_widget_is_ancestor (territory, adw_view_stack_get_visible_child (views)));
  g_assert_true (kp_territory_page_get_project (KP_TERRITORY_PAGE (territory)) == project);

  title = ADW_VIEW_SWITCHER_TITLE (kp_test_find_widget (GTK_WIDGET (window), "switcher-title"));
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, kp_project_get_name (project));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==,
                   kp_project_get_territory_name (project));
  expected = g_strdup_printf ("%s — %s", kp_project_get_name (project),
                              kp_project_get_territory_name (project));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected);

  /* The sample is marked as such. */
  g_assert_true (kp_project_get_is_sample (project));
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (window), "sample-bar")));
  kp_test_screenshot_if_asked (GTK_WIDGET (window), "sample-project.png");

  /* Alt+1 … switch views; numbers past the last view do nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "i", 6);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "territory");

  /* Back to the welcome page. */
  kp_window_set_project (window, NULL);
  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (window), "sample-bar")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Komplan");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_undo_redo (Fixture      *fixture,
                       gconstpointer data)
{
  KpWindow        *window = new_window (fixture);
  KpProject       *project = fixture->sample;
  g_autofree char *old_name = g_strdup (kp_project_get_name (project));
  g_autoptr (GError) error = NULL;
  AdwViewSwitcherTitle *title;

  kp_window_set_project (window, project);
  /* Nothing to undo yet: the disabled action changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (kp_project_get_name (project), ==, old_name);

  /* A name with markup characters must show as it is. */
  kp_project_set_name (project, "Plán <2026> & spol.", &error);
  g_assert_no_error (error);
  kp_test_flush (GTK_WIDGET (window));
  title = ADW_VIEW_SWITCHER_TITLE (kp_test_find_widget (GTK_WIDGET (window), "switcher-title"));
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Plán <2026> & spol.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (kp_project_get_name (project), ==, old_name);
  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, old_name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (kp_project_get_name (project), ==, "Plán <2026> & spol.");
  kp_test_flush (GTK_WIDGET (window));
}

static void
test_window_properties (Fixture      *fixture,
                        gconstpointer data)
{
  KpWindow                  *window = new_window (fixture);
  KpProject                 *project = fixture->sample;
  KpProjectPropertiesWindow *properties;
  GtkWidget                 *name_row;
  GtkWidget                 *to_spin;
  GtkWidget                 *period_error;
  int                        from = kp_project_get_period_from (project);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_PROJECT_PROPERTIES_WINDOW));
  kp_window_set_project (window, project);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  properties = (KpProjectPropertiesWindow *) kp_test_find_toplevel (
      KP_TYPE_PROJECT_PROPERTIES_WINDOW);
  g_assert_nonnull (properties);
  g_assert_true (kp_project_properties_window_get_project (properties) == project);
  kp_test_flush (GTK_WIDGET (properties));
  kp_test_screenshot_if_asked (GTK_WIDGET (properties), "project-properties.png");

  /* A name is committed when applied, and is one undo step. */
  name_row = kp_test_find_widget (GTK_WIDGET (properties), "name-row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, kp_project_get_name (project));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Komunitní plán Lesná");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (kp_project_get_name (project), ==, "Komunitní plán Lesná");
  g_assert_true (kp_project_get_can_undo (project));

  /* A period that ends before it starts is refused inline; the project keeps its period. */
  to_spin = kp_test_find_widget (GTK_WIDGET (properties), "to-spin");
  period_error = kp_test_find_widget (GTK_WIDGET (properties), "period-error-label");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (to_spin), from - 1);
  g_assert_cmpint (kp_project_get_period_to (project), >=, from);
  g_assert_true (gtk_widget_get_visible (period_error));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (to_spin), from + 4);
  g_assert_cmpint (kp_project_get_period_to (project), ==, from + 4);
  g_assert_false (gtk_widget_get_visible (period_error));

  /* Undo in the window shows in the open dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (to_spin)), ==,
                   kp_project_get_period_to (project));

  gtk_window_destroy (GTK_WINDOW (properties));
  kp_test_flush (GTK_WIDGET (window));
}

static void
test_application_open_errors (Fixture      *fixture,
                              gconstpointer data)
{
  static const char not_ours[] = "KOD;NAZEV\n990001;Lesná\n";
  g_autofree char  *path = kp_test_write_file (fixture->tmpdir, "lesna.komplan", not_ours, -1);
  g_autofree char  *missing = g_build_filename (fixture->tmpdir, "missing.komplan", NULL);
  g_autofree char  *after = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow *window;

  /* Not a Komplan file: an error, and the file is left as it was. */
  g_assert_null (kp_application_open_path (fixture->app, path, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_file_get_contents (path, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, not_ours);

  g_assert_null (kp_application_open_path (fixture->app, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* One window per project: opening it again presents the same window. */
  window = kp_application_open_path (fixture->app, kp_project_get_path (fixture->sample), &error);
  g_assert_no_error (error);
  g_assert_nonnull (window);
  g_assert_true (kp_application_open_path (fixture->app, kp_project_get_path (fixture->sample),
                                           &error) == window);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))),
                    ==, 1);
}

static KpProject *
create_project (Fixture    *fixture,
                const char *name)
{
  static const char *const files[] = { "kraje.csv", "okresy.csv", "orp.csv", "pou.csv",
                                       "ciselnik_CSU.csv", "UI_OBEC.csv",
                                       "2020_vek_do_999.xlsx", NULL };
  KpLibrary               *library = kp_application_get_library (fixture->app);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);
  KpProjectSpec    spec = { .name = "Komunitní plán Lesná",
                            .kind = KP_TERRITORY_ORP,
                            .orp_kod = "9101",
                            .period_from = 2026,
                            .period_to = 2028 };
  KpProject       *project;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *relative = g_build_filename ("cli", files[i], NULL);
      g_autofree char *file = kp_test_data_path (relative);

      g_strv_builder_add (builder, file);
    }
  paths = g_strv_builder_end (builder);
  if (!kp_library_is_ready (library))
    {
      records = kp_library_import_files (library, (const char *const *) paths, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  project = kp_project_create (library, path, &spec, &error);
  g_assert_no_error (error);
  return project;
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      found = find_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_application_recent (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new ("cz.komplan.Komplan");
  g_autoptr (KpProject) first = create_project (fixture, "první.komplan");
  g_autoptr (KpProject) second = create_project (fixture, "druhý.komplan");
  g_autofree char *missing = g_build_filename (fixture->tmpdir, "gone.komplan", NULL);
  const char      *old[] = { kp_project_get_path (first), missing, NULL };
  g_auto (GStrv) recent = NULL;
  KpWindow  *welcome;
  GtkWidget *row;

  g_settings_set_strv (settings, "recent-projects", old);

  /* A recent project opens from the welcome page, in the welcome window. */
  welcome = new_window (fixture);
  row = find_row (GTK_WIDGET (welcome), "první.komplan");
  g_assert_nonnull (row);
  g_assert_null (find_row (GTK_WIDGET (welcome), "gone.komplan"));
  g_signal_emit_by_name (row, "activated");
  g_assert_nonnull (kp_window_get_project (welcome));
  g_assert_cmpstr (kp_project_get_path (kp_window_get_project (welcome)), ==,
                   kp_project_get_path (first));
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (welcome), "sample-bar")));

  /* Another project gets its own window and goes first in the list; missing files go. */
  kp_application_show_project (fixture->app, second);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 2);
  recent = g_settings_get_strv (settings, "recent-projects");
  g_assert_cmpuint (g_strv_length (recent), ==, 2);
  g_assert_cmpstr (recent[0], ==, kp_project_get_path (second));
  g_assert_cmpstr (recent[1], ==, kp_project_get_path (first));
  g_clear_pointer (&recent, g_strfreev);

  /* The sample is offered on its own, not among the recent projects. */
  kp_application_show_project (fixture->app, fixture->sample);
  recent = g_settings_get_strv (settings, "recent-projects");
  g_assert_cmpuint (g_strv_length (recent), ==, 2);
  g_settings_reset (settings, "recent-projects");
}

static void
test_application_new_project (Fixture      *fixture,
                              gconstpointer data)
{
  KpWindow        *welcome = new_window (fixture);
  GtkWindow       *dialog;
  GtkWidget       *name_row;
  g_autofree char *path = g_build_filename (fixture->tmpdir, "nový.komplan", NULL);
  g_autoptr (KpProject) project = NULL;
  g_autoptr (GError) error = NULL;

  /* Without reference data, New Project leads to importing them. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "new-project", NULL);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_NEW_PROJECT_DIALOG));
  dialog = kp_test_find_toplevel (KP_TYPE_REFERENCE_WINDOW);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);

  /* With them, the dialog's project opens in the welcome window. */
  project = create_project (fixture, "první.komplan");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "new-project", NULL);
  dialog = kp_test_find_toplevel (KP_TYPE_NEW_PROJECT_DIALOG);
  g_assert_nonnull (dialog);
  name_row = kp_test_find_widget (GTK_WIDGET (dialog), "name-row");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "KPSS Lesná");
  /* It is written in a worker thread; the window gets it when it is done. */
  kp_new_project_dialog_create_at (KP_NEW_PROJECT_DIALOG (dialog), path);
  KP_TEST_WAIT_UNTIL (kp_window_get_project (welcome) != NULL);
  kp_test_flush (GTK_WIDGET (welcome));

  g_assert_nonnull (kp_window_get_project (welcome));
  g_assert_cmpstr (kp_project_get_path (kp_window_get_project (welcome)), ==, path);
  g_assert_cmpstr (kp_project_get_name (kp_window_get_project (welcome)), ==, "KPSS Lesná");
  g_assert_cmpstr (visible_page (welcome), ==, "project");
}

static void
test_application_reference (Fixture      *fixture,
                            gconstpointer data)
{
  static const char *const files[] = { "kraje.csv", "okresy.csv", "orp.csv", "pou.csv",
                                       "ciselnik_CSU.csv", "UI_OBEC.csv",
                                       "2020_vek_do_999.xlsx", NULL };
  KpWindow                *welcome = new_window (fixture);
  GtkWidget               *button = kp_test_find_widget (GTK_WIDGET (welcome), "new-project-button");
  KpReferenceWindow       *reference;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) paths = NULL;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *relative = g_build_filename ("cli", files[i], NULL);
      g_autofree char *file = kp_test_data_path (relative);

      g_strv_builder_add (builder, file);
    }
  paths = g_strv_builder_end (builder);

  g_assert_false (gtk_widget_get_sensitive (button));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "reference", NULL);
  reference = KP_REFERENCE_WINDOW (kp_test_find_toplevel (KP_TYPE_REFERENCE_WINDOW));
  g_assert_nonnull (reference);
  g_assert_true (kp_reference_window_get_library (reference) == kp_application_get_library (fixture->app));

  /* Asking again presents the same window. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "reference", NULL);
  g_assert_true (kp_test_find_toplevel (KP_TYPE_REFERENCE_WINDOW) == GTK_WINDOW (reference));

  /* An import makes the welcome page offer New Project. */
  kp_reference_window_import (reference, (const char *const *) paths);
  KP_TEST_WAIT_UNTIL (!kp_reference_window_get_busy (reference));
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_window_destroy (GTK_WINDOW (reference));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Screenshots are taken after transitions, not half way through a crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/kp/ui/window/welcome", Fixture, NULL, fixture_setup, test_window_welcome,
              fixture_teardown);
  g_test_add ("/kp/ui/window/project", Fixture, NULL, fixture_setup, test_window_project,
              fixture_teardown);
  g_test_add ("/kp/ui/window/undo-redo", Fixture, NULL, fixture_setup, test_window_undo_redo,
              fixture_teardown);
  g_test_add ("/kp/ui/window/properties", Fixture, NULL, fixture_setup, test_window_properties,
              fixture_teardown);
  g_test_add ("/kp/ui/application/open-errors", Fixture, NULL, fixture_setup,
              test_application_open_errors, fixture_teardown);
  g_test_add ("/kp/ui/application/recent", Fixture, NULL, fixture_setup, test_application_recent,
              fixture_teardown);
  g_test_add ("/kp/ui/application/new-project", Fixture, NULL, fixture_setup,
              test_application_new_project, fixture_teardown);
  g_test_add ("/kp/ui/application/reference", Fixture, NULL, fixture_setup,
              test_application_reference, fixture_teardown);
  return g_test_run ();
}
