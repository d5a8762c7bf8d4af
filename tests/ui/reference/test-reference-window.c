/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kp-reference-window.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

#define NBSP "\302\240"

typedef struct
{
  char              *tmpdir;
  KpLibrary         *library;
  KpReferenceWindow *window;
  guint              n_changed;
} Fixture;

/* The small reference fixtures shared with the CLI tests. */
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
on_library_changed_cb (KpReferenceWindow *window,
                       Fixture           *fixture)
{
  fixture->n_changed++;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *library_path = NULL;

  fixture->tmpdir = kp_test_make_tmpdir ();
  library_path = g_build_filename (fixture->tmpdir, "reference.sqlite", NULL);
  fixture->library = kp_library_open (library_path, &error);
  g_assert_no_error (error);
  fixture->window = g_object_ref (kp_reference_window_new (NULL, fixture->library));
  g_signal_connect (fixture->window, "library-changed", G_CALLBACK (on_library_changed_cb),
                    fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (GTK_WIDGET (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->library);
  kp_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static GStrv
fixture_paths (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; reference_files[i] != NULL; i++)
    {
      g_autofree char *name = g_build_filename ("cli", reference_files[i], NULL);
      g_autofree char *path = kp_test_data_path (name);

      g_strv_builder_add (builder, path);
    }
  return g_strv_builder_end (builder);
}

static void
wait_until_idle (Fixture *fixture)
{
  KP_TEST_WAIT_UNTIL (!kp_reference_window_get_busy (fixture->window));
  kp_test_flush (GTK_WIDGET (fixture->window));
}

static const char *
visible_page (Fixture *fixture)
{
  GtkWidget *stack = kp_test_find_widget (GTK_WIDGET (fixture->window), "reference-stack");

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static guint
count_rows (Fixture    *fixture,
            const char *group_name)
{
  GtkWidget *group = kp_test_find_widget (GTK_WIDGET (fixture->window), group_name);
  g_autoptr (GPtrArray) rows = NULL;

  g_assert_nonnull (group);
  rows = kp_test_list_action_rows (group);
  return rows->len;
}

static guint
count_imports (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) imports = kp_library_list_imports (fixture->library, &error);

  g_assert_no_error (error);
  return imports->len;
}

static void
test_reference_empty (Fixture      *fixture,
                      gconstpointer data)
{
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
  g_assert_false (kp_reference_window_get_busy (fixture->window));
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (fixture->window),
                                                               "header-import-button")));
  g_assert_true (gtk_widget_is_sensitive (kp_test_find_widget (GTK_WIDGET (fixture->window),
                                                               "empty-import-button")));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "reference-empty.png");
}

static void
test_reference_import (Fixture      *fixture,
                       gconstpointer data)
{
  g_auto (GStrv) paths = fixture_paths ();
  guint n_files = g_strv_length (paths);

  kp_reference_window_import (fixture->window, (const char *const *) paths);
  g_assert_true (kp_reference_window_get_busy (fixture->window));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (
      kp_test_find_widget (GTK_WIDGET (fixture->window), "progress-revealer"))));
  wait_until_idle (fixture);

  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpstr (visible_page (fixture), ==, "data");
  g_assert_true (kp_library_is_ready (fixture->library));
  g_assert_cmpuint (count_rows (fixture, "imports-group"), ==, count_imports (fixture));
  g_assert_cmpuint (count_rows (fixture, "imports-group"), ==, n_files);
  g_assert_cmpuint (count_rows (fixture, "result-group"), ==, n_files);
  g_assert_cmpuint (count_rows (fixture, "counts-group"), >=, 6);
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (GTK_WIDGET (fixture->window),
                                                              "result-group")));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (
      kp_test_find_widget (GTK_WIDGET (fixture->window), "progress-revealer"))));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "reference-imported.png");

  /* The same files again change nothing, and the list stays as it was. */
  kp_reference_window_import (fixture->window, (const char *const *) paths);
  wait_until_idle (fixture);
  g_assert_cmpuint (count_rows (fixture, "imports-group"), ==, n_files);
  g_assert_cmpuint (count_rows (fixture, "result-group"), ==, n_files);
}

static void
test_reference_import_error (Fixture      *fixture,
                             gconstpointer data)
{
  g_autofree char *bad = kp_test_write_file (fixture->tmpdir, "UI_OBEC.csv",
                                             "KOD;NAZEV;STATUS_KOD\nnot a code;Lesná;x\n", -1);
  const char      *paths[] = { bad, NULL };
  GtkWindow       *dialog;

  kp_reference_window_import (fixture->window, paths);
  wait_until_idle (fixture);

  dialog = kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Nothing was changed"));
  kp_test_screenshot_if_asked (GTK_WIDGET (dialog), "reference-error.png");
  gtk_window_destroy (dialog);

  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpuint (count_imports (fixture), ==, 0);
  g_assert_cmpstr (visible_page (fixture), ==, "empty");
}

static void
test_reference_cancel (Fixture      *fixture,
                       gconstpointer data)
{
  g_auto (GStrv) paths = fixture_paths ();

  kp_reference_window_import (fixture->window, (const char *const *) paths);
  kp_reference_window_cancel (fixture->window);
  wait_until_idle (fixture);
  g_assert_null (kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The small fixtures may be saved before the cancel reaches the worker; either way the
   * window shows what the library has, and says so only when it changed. */
  if (count_imports (fixture) == 0)
    {
      g_assert_cmpuint (fixture->n_changed, ==, 0);
      g_assert_cmpstr (visible_page (fixture), ==, "empty");
    }
  else
    {
      g_assert_cmpuint (fixture->n_changed, ==, 1);
      g_assert_cmpstr (visible_page (fixture), ==, "data");
      g_assert_cmpuint (count_rows (fixture, "imports-group"), ==, count_imports (fixture));
    }
}

static AdwActionRow *
find_row (Fixture    *fixture,
          const char *group_name,
          const char *title)
{
  GtkWidget *group = kp_test_find_widget (GTK_WIDGET (fixture->window), group_name);
  g_autoptr (GPtrArray) rows = NULL;

  g_assert_nonnull (group);
  rows = kp_test_list_action_rows (group);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  return NULL;
}

/* The subtitle of the first result row (what the import reports). */
static const char *
result_subtitle (Fixture *fixture)
{
  GtkWidget *group = kp_test_find_widget (GTK_WIDGET (fixture->window), "result-group");
  g_autoptr (GPtrArray) rows = NULL;

  g_assert_nonnull (group);
  rows = kp_test_list_action_rows (group);
  g_assert_cmpuint (rows->len, ==, 1);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (rows->pdata[0]));
}

/* Answers the message dialog the window shows, after checking what it says. */
static void
answer_dialog (Fixture    *fixture,
               const char *heading,
               const char *body_part,
               const char *response,
               const char *screenshot)
{
  GtkWindow *dialog = kp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, heading);
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  if (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), body_part) == NULL)
    g_error ("“%s” not in the dialog: %s", body_part,
             adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  kp_test_flush (GTK_WIDGET (dialog));
  if (screenshot != NULL)
    kp_test_screenshot_if_asked (GTK_WIDGET (dialog), screenshot);
  /* as a click on the answer's button: the response, then the dialog closes */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
}

static void
import_one (Fixture    *fixture,
            const char *name)
{
  g_autofree char *file = g_build_filename ("registry", name, NULL);
  g_autofree char *path = kp_test_data_path (file);
  const char      *paths[] = { path, NULL };

  kp_reference_window_import (fixture->window, paths);
  wait_until_idle (fixture);
}

/* The registry of social services: what an import brought and what changed since the
 * previous one, and the count of services. */
static void
test_reference_registry (Fixture      *fixture,
                         gconstpointer data)
{
  import_one (fixture, "rpss-a.json");
  g_assert_cmpstr (visible_page (fixture), ==, "data");
  g_assert_nonnull (strstr (result_subtitle (fixture), "7 services, 8 facilities (1 without"));
  g_assert_null (strstr (result_subtitle (fixture), "since the previous import"));

  /* rpss-b.json leaves out one of the 7 services: the window asks first. */
  import_one (fixture, "rpss-b.json");
  answer_dialog (fixture, "The Import Would Remove Data",
                 "rpss-b.json would remove 1 of the 7 registered services (e.g. Linka Jihlava).",
                 "import", NULL);
  wait_until_idle (fixture);
  g_assert_nonnull (
      strstr (result_subtitle (fixture), "since the previous import 1 new, 1 changed, 2 ended"));
  g_assert_cmpuint (count_rows (fixture, "imports-group"), ==, count_imports (fixture));

  /* The registry's services are counted, with the date of its data. */
  g_assert_nonnull (find_row (fixture, "counts-group", "Social services"));
  g_assert_true (g_str_has_prefix (
      adw_action_row_get_subtitle (find_row (fixture, "counts-group", "Social services")),
      "MPSV registry"));
}

static gint64
count_obce (Fixture *fixture)
{
  KpLibraryCounts counts = { 0 };
  g_autoptr (GError) error = NULL;
  gint64 obce;

  g_assert_true (kp_library_get_counts (fixture->library, &counts, &error));
  g_assert_no_error (error);
  obce = counts.obce;
  kp_library_counts_clear (&counts);
  return obce;
}

/* A cut UI_OBEC.csv would remove most obce: the window asks, Cancel keeps the data, the
 * answer "Import Anyway" imports it, and "Undo Last Import" takes it back. */
static void
test_reference_guard_and_undo (Fixture      *fixture,
                               gconstpointer data)
{
  g_auto (GStrv) paths = fixture_paths ();
  g_autofree char *source = kp_test_data_path ("cli/UI_OBEC.csv");
  g_autofree char *contents = NULL;
  g_autofree char *cut = NULL;
  const char      *cut_paths[] = { NULL, NULL };
  GtkWidget       *undo_button;
  char            *end;

  kp_reference_window_import (fixture->window, (const char *const *) paths);
  wait_until_idle (fixture);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  end = strchr (strchr (strchr (contents, '\n') + 1, '\n') + 1, '\n') + 1; /* 2 obce */
  cut = kp_test_write_file (fixture->tmpdir, "UI_OBEC.csv", contents, end - contents);
  cut_paths[0] = cut;

  kp_reference_window_import (fixture->window, cut_paths);
  wait_until_idle (fixture);
  answer_dialog (fixture, "The Import Would Remove Data",
                 "UI_OBEC.csv would remove 5 of the 7 obce (e.g. ", "cancel",
                 "reference-shrink.png");
  wait_until_idle (fixture);
  g_assert_cmpint (count_obce (fixture), ==, 7);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  kp_reference_window_import (fixture->window, cut_paths);
  wait_until_idle (fixture);
  answer_dialog (fixture, "The Import Would Remove Data", "Import anyway?", "import", NULL);
  wait_until_idle (fixture);
  g_assert_cmpint (count_obce (fixture), ==, 2);
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  undo_button = kp_test_find_widget (GTK_WIDGET (fixture->window), "undo-button");
  g_assert_true (gtk_widget_get_visible (undo_button));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "reference-after-force.png");
  kp_reference_window_undo (fixture->window);
  answer_dialog (fixture, "Undo the Last Import?", "before the import of UI_OBEC.csv on ",
                 "undo", "reference-undo.png");
  wait_until_idle (fixture);
  g_assert_cmpint (count_obce (fixture), ==, 7);
  g_assert_cmpuint (fixture->n_changed, ==, 3);
  /* one level: nothing more to undo */
  g_assert_false (gtk_widget_get_visible (undo_button));
}

/* The row of a kind of file on the page shown. */
static AdwExpanderRow *
source_row (Fixture    *fixture,
            const char *id)
{
  GtkWidget       *stack = kp_test_find_widget (GTK_WIDGET (fixture->window), "reference-stack");
  g_autofree char *name = g_strconcat ("source-", id, NULL);
  GtkWidget       *row = kp_test_find_widget (gtk_stack_get_visible_child (GTK_STACK (stack)),
                                              name);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return ADW_EXPANDER_ROW (row);
}

static const char *
source_details (Fixture    *fixture,
                const char *id)
{
  GtkWidget *label = kp_test_find_widget (GTK_WIDGET (source_row (fixture, id)), "source-details");

  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
assert_subtitle (Fixture    *fixture,
                 const char *id,
                 const char *expected_part)
{
  const char *subtitle = adw_expander_row_get_subtitle (source_row (fixture, id));

  if (strstr (subtitle, expected_part) == NULL)
    g_error ("%s: “%s” is not in “%s”", id, expected_part, subtitle);
}

/* Every kind of file, imported or missing, with where it is published as text to copy. */
static void
test_reference_sources (Fixture      *fixture,
                        gconstpointer data)
{
  g_auto (GStrv) paths = fixture_paths ();
  static const char *const ids[] = {
    "ui_obec",
    "kraje",
    "okresy",
    "orp",
    "pou",
    "ciselnik_csu",
    "csu_vek",
    "orp_ukazatele",
    "geo_obce",
    "geo_orp",
    "geo_kraje",
    "rpss",
    "rpss_druhy",
    "rpss_formy",
    "rpss_kapacity",
    "rpss_cilove_skupiny",
    "rpss_vekove_skupiny",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_nonnull (source_row (fixture, ids[i]));
  assert_subtitle (fixture, "ui_obec", "Missing; projects cannot be made without it");
  g_assert_true (adw_expander_row_get_expanded (source_row (fixture, "ui_obec")));
  g_assert_nonnull (strstr (source_details (fixture, "ui_obec"), "https://vdp.cuzk.cz/"));
  assert_subtitle (fixture, "orp_ukazatele", "Not imported");
  g_assert_nonnull (strstr (source_details (fixture, "rpss"),
                            "https://data.mpsv.cz/od/soubory/rpss/rpss.json"));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "reference-sources-empty.png");

  kp_reference_window_import (fixture->window, (const char *const *) paths);
  wait_until_idle (fixture);
  assert_subtitle (fixture, "ui_obec", "UI_OBEC.csv · data of 1." NBSP "1." NBSP "2024");
  g_assert_false (adw_expander_row_get_expanded (source_row (fixture, "ui_obec")));
  assert_subtitle (fixture, "kraje", "kraje.csv · imported");
  /* the fixtures have only the workbook of the small obce */
  assert_subtitle (fixture, "csu_vek", "1 of 2 files imported (2020_vek_do_999.xlsx)");
  assert_subtitle (fixture, "rpss", "Not imported");
  g_assert_nonnull (strstr (source_details (fixture, "rpss_cilove_skupiny"),
                            "cilove-skupiny-osoby.json"));
  adw_expander_row_set_expanded (source_row (fixture, "rpss"), TRUE);
  kp_test_flush (GTK_WIDGET (fixture->window));
  kp_test_screenshot_if_asked (GTK_WIDGET (fixture->window), "reference-sources.png");
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

  g_test_add ("/kp/ui/reference-window/empty", Fixture, NULL, fixture_setup,
              test_reference_empty, fixture_teardown);
  g_test_add ("/kp/ui/reference-window/import", Fixture, NULL, fixture_setup,
              test_reference_import, fixture_teardown);
  g_test_add ("/kp/ui/reference-window/import-error", Fixture, NULL, fixture_setup,
              test_reference_import_error, fixture_teardown);
  g_test_add ("/kp/ui/reference-window/cancel", Fixture, NULL, fixture_setup,
              test_reference_cancel, fixture_teardown);
  g_test_add ("/kp/ui/reference-window/registry", Fixture, NULL, fixture_setup,
              test_reference_registry, fixture_teardown);
  g_test_add ("/kp/ui/reference-window/guard-and-undo", Fixture, NULL, fixture_setup,
              test_reference_guard_and_undo, fixture_teardown);
  g_test_add ("/kp/ui/reference-window/sources", Fixture, NULL, fixture_setup,
              test_reference_sources, fixture_teardown);
  return g_test_run ();
}
