/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "kp-czech.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"
#include "kp-welcome-page.h"

#define KP_SETTINGS_SCHEMA "cz.komplan.Komplan"

typedef struct
{
  char      *tmpdir;
  GSettings *settings;
  KpLibrary *library;
  GtkWindow *window;
} Fixture;

/* The small reference fixtures shared with the CLI tests: 3 ORP, 8 obce with population. */
static const char *const reference_files[] = {
  "kraje.csv",
  "okresy.csv",
  "orp.csv",
  "pou.csv",
  "ciselnik_CSU.csv",
  "UI_OBEC.csv",
  "2020_vek_do_999.xlsx",
  NULL,
};

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *library_path = NULL;

  fixture->tmpdir = kp_test_make_tmpdir ();
  fixture->settings = g_settings_new (KP_SETTINGS_SCHEMA);
  g_settings_reset (fixture->settings, "recent-projects");
  library_path = g_build_filename (fixture->tmpdir, "reference.sqlite", NULL);
  fixture->library = kp_library_open (library_path, &error);
  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->library);
  g_clear_object (&fixture->settings);
  kp_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static void
import_reference (Fixture *fixture)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; reference_files[i] != NULL; i++)
    {
      g_autofree char *name = g_build_filename ("cli", reference_files[i], NULL);

      g_ptr_array_add (paths, kp_test_data_path (name));
    }
  g_ptr_array_add (paths, NULL);
  records = kp_library_import_files (fixture->library, (const char *const *) paths->pdata, NULL,
                                     NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (records);
  g_assert_true (kp_library_is_ready (fixture->library));
}

static KpWelcomePage *
show_page (Fixture   *fixture,
           KpLibrary *library)
{
  GtkWidget *page = kp_welcome_page_new (library, fixture->settings);

  gtk_window_set_child (fixture->window, page);
  gtk_window_present (fixture->window);
  kp_test_flush (page);
  return KP_WELCOME_PAGE (page);
}

static GPtrArray *
list_recent_rows (KpWelcomePage *page)
{
  GtkWidget *group = kp_test_find_widget (GTK_WIDGET (page), "recent-group");

  g_assert_nonnull (group);
  return kp_test_list_action_rows (group);
}

static void
test_welcome_recent (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *a = kp_test_write_file (fixture->tmpdir, "Podlesí.komplan", "x", -1);
  g_autofree char *b = kp_test_write_file (fixture->tmpdir, "a&b <2026>.komplan", "x", -1);
  g_autofree char *missing = g_build_filename (fixture->tmpdir, "gone.komplan", NULL);
  g_autofree char *folder = g_path_get_dirname (a);
  const char      *recent[] = { a, missing, b, NULL };
  KpWelcomePage   *page;
  g_autoptr (GPtrArray) rows = NULL;
  GtkWidget *group;

  /* Nothing recent: no list. */
  page = show_page (fixture, fixture->library);
  group = kp_test_find_widget (GTK_WIDGET (page), "recent-group");
  g_assert_false (gtk_widget_get_visible (group));

  /* The list follows the setting, newest first, and leaves out missing files. */
  g_settings_set_strv (fixture->settings, "recent-projects", recent);
  kp_test_flush (GTK_WIDGET (page));
  g_assert_true (gtk_widget_get_visible (group));
  rows = list_recent_rows (page);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, "Podlesí.komplan");
  g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[0]), ==, folder);
  g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[1]), ==, "a&b <2026>.komplan");
  g_assert_false (adw_preferences_row_get_use_markup (rows->pdata[1]));
}

static void
test_welcome_not_ready (Fixture      *fixture,
                        gconstpointer data)
{
  KpWelcomePage *page = show_page (fixture, fixture->library);
  GtkWidget     *row = kp_test_find_widget (GTK_WIDGET (page), "reference-row");

  g_assert_false (kp_library_is_ready (fixture->library));
  g_assert_false (kp_welcome_page_get_can_create_project (page));
  g_assert_false (gtk_widget_get_sensitive (kp_test_find_widget (GTK_WIDGET (page), "new-project-button")));
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (page), "not-ready-label")));
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (page), "import-button")));
  g_assert_true (gtk_widget_get_sensitive (kp_test_find_widget (GTK_WIDGET (page), "open-button")));
  g_assert_true (gtk_widget_get_sensitive (kp_test_find_widget (GTK_WIDGET (page), "sample-button")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "No reference data imported yet");

  /* Without any library (it could not be opened) nothing can be created either. */
  kp_welcome_page_set_library (page, NULL);
  g_assert_false (kp_welcome_page_get_can_create_project (page));
  g_assert_false (gtk_widget_get_sensitive (kp_test_find_widget (GTK_WIDGET (page), "new-project-button")));
}

static void
test_welcome_ready (Fixture      *fixture,
                    gconstpointer data)
{
  KpWelcomePage  *page = show_page (fixture, fixture->library);
  GtkWidget      *row = kp_test_find_widget (GTK_WIDGET (page), "reference-row");
  KpLibraryCounts counts = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *obce = NULL;
  g_autofree char *date = NULL;
  g_autofree char *expected = NULL;

  g_assert_false (kp_welcome_page_get_can_create_project (page));
  import_reference (fixture);
  kp_welcome_page_reload (page);
  kp_test_flush (GTK_WIDGET (page));

  g_assert_true (kp_welcome_page_get_can_create_project (page));
  g_assert_true (gtk_widget_get_sensitive (kp_test_find_widget (GTK_WIDGET (page), "new-project-button")));
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (page), "not-ready-label")));
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (page), "import-button")));

  kp_library_get_counts (fixture->library, &counts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts.population_date);
  obce = kp_czech_format_int (counts.obce);
  date = kp_czech_format_date (counts.population_date);
  expected = g_strdup_printf ("%s %s, population at %s", obce,
                              counts.obce == 1 ? "obec" : "obce", date);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected);
  kp_library_counts_clear (&counts);

  if (g_getenv ("KP_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *recent = kp_test_write_file (fixture->tmpdir, "Podlesí 2026–2028.komplan", "x", -1);
      const char      *paths[] = { recent, NULL };

      g_settings_set_strv (fixture->settings, "recent-projects", paths);
      kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "welcome-ready.png");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Screenshots are taken after transitions, not half way through a crossfade. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* Referencing the bundle links it in; the CSS is what AdwApplication would load. */
  (void) kp_ui_get_resource ();
  gtk_css_provider_load_from_resource (css, "/cz/komplan/Komplan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/kp/ui/welcome-page/recent", Fixture, NULL, fixture_setup, test_welcome_recent,
              fixture_teardown);
  g_test_add ("/kp/ui/welcome-page/not-ready", Fixture, NULL, fixture_setup,
              test_welcome_not_ready, fixture_teardown);
  g_test_add ("/kp/ui/welcome-page/ready", Fixture, NULL, fixture_setup, test_welcome_ready,
              fixture_teardown);
  return g_test_run ();
}
