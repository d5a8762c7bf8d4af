/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kp-benchmark-dialog.h"
#include "kp-finding-editor.h"
#include "kp-needs-page.h"
#include "kp-needs.h"
#include "kp-project.h"
#include "kp-survey-editor.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The Potřeby view on the sample project, as the user sees it: the profile's rows and
 * dates, a benchmark set from its dialog (and undone), the obce table, coverage, a chart,
 * the sample survey's questions, frequencies, cross-tab and open answers with a tag, the
 * import of a Windows-1250 CSV into a new survey, the findings with their filters and a
 * new finding, and the SWOT per scope. With KP_SCREENSHOT_DIR each panel is saved. */

typedef struct
{
  char        *dir;
  KpProject   *project;
  GtkWidget   *window;
  KpNeedsPage *page;
  GPtrArray   *toasts;
} Fixture;

static void
on_toast_cb (KpNeedsPage *page,
             const char  *message,
             Fixture     *fixture)
{
  g_ptr_array_add (fixture->toasts, g_strdup (message));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  fixture->page = KP_NEEDS_PAGE (kp_needs_page_new (fixture->project, NULL));
  g_signal_connect (fixture->page, "toast", G_CALLBACK (on_toast_cb), fixture);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->project);
  g_ptr_array_unref (fixture->toasts);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Every label's text under @root, one a line, as the user reads them. */
static void
collect_text (GtkWidget *root,
              GString   *out)
{
  if (!gtk_widget_get_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  else if (GTK_IS_EDITABLE (root) && !GTK_IS_TEXT (root))
    g_string_append_printf (out, "%s\n", gtk_editable_get_text (GTK_EDITABLE (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
text_of (Fixture    *fixture,
         const char *name)
{
  GtkWidget *widget = kp_test_find_widget (fixture->window, name);
  GString   *out = g_string_new (NULL);

  g_assert_nonnull (widget);
  collect_text (widget, out);
  return g_string_free (out, FALSE);
}

static guint
count_class (GtkWidget  *root,
             const char *css_class)
{
  guint n = gtk_widget_has_css_class (root, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_class (child, css_class);
  return n;
}

static void
show_panel (Fixture    *fixture,
            const char *name)
{
  g_autofree char *shot = g_strconcat ("needs-", name, ".png", NULL);

  kp_needs_page_show_panel (fixture->page, name);
  kp_test_flush (fixture->window);
  kp_test_screenshot_if_asked (fixture->window, shot);
}

static void
test_profile (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (KpNeedsProfile) profile = kp_needs_compute_profile (kp_needs_get (fixture->project));
  g_autofree char *dates = NULL;
  g_autofree char *grid = NULL;
  GtkWidget       *grid_widget;

  show_panel (fixture, "profile");
  dates = text_of (fixture, "profile-dates");
  g_assert_nonnull (strstr (dates, "31.\u00a012.\u00a02020"));
  grid_widget = kp_test_find_widget (fixture->window, "profile-grid");
  grid = text_of (fixture, "profile-grid");
  /* a button per indicator, named as the registry names it */
  g_assert_cmpuint (count_class (grid_widget, "kp-indicator-button"), ==, profile->rows->len);
  g_assert_nonnull (strstr (grid, kp_indicator_get_name (KP_INDICATOR_AGEING_INDEX)));
  g_assert_nonnull (strstr (grid, kp_indicator_get_name (KP_INDICATOR_SHARE_65_PLUS)));
  /* the sample's values are compared: some coloured */
  g_assert_cmpuint (count_class (grid_widget, "kp-rag"), >, 0);
}

static GtkWidget *
find_indicator_button (GtkWidget  *root,
                       const char *name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "kp-indicator-button") &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_indicator_button (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_benchmark (Fixture      *fixture,
                gconstpointer data)
{
  const char      *name = kp_indicator_get_name (KP_INDICATOR_AGEING_INDEX);
  GtkWidget       *button;
  GtkWindow       *dialog;
  g_autofree char *grid = NULL;
  g_autoptr (GError) error = NULL;

  show_panel (fixture, "profile");
  button = find_indicator_button (fixture->window, name);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  kp_test_flush (fixture->window);
  dialog = kp_test_find_toplevel (KP_TYPE_BENCHMARK_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (GTK_WIDGET (dialog), "benchmark-value")),
                         "123,4");
  gtk_editable_set_text (GTK_EDITABLE (kp_test_find_widget (GTK_WIDGET (dialog), "benchmark-source")),
                         "Krajský plán <2025> & spol.");
  g_signal_emit_by_name (kp_test_find_widget (GTK_WIDGET (dialog), "benchmark-save"), "clicked");
  kp_test_flush (fixture->window);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_BENCHMARK_DIALOG));
  g_assert_nonnull (kp_needs_get_benchmark (kp_needs_get (fixture->project), "ageing_index"));
  grid = text_of (fixture, "profile-grid");
  g_assert_nonnull (strstr (grid, "123,4"));

  /* one undo step takes it away, and the profile shows so */
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  kp_test_flush (fixture->window);
  g_clear_pointer (&grid, g_free);
  grid = text_of (fixture, "profile-grid");
  g_assert_null (strstr (grid, "123,4"));
}

static void
test_obce_and_coverage (Fixture      *fixture,
                        gconstpointer data)
{
  GtkColumnView   *obce;
  g_autofree char *coverage = NULL;

  show_panel (fixture, "obce");
  obce = GTK_COLUMN_VIEW (kp_test_find_widget (fixture->window, "obce-column-view"));
  g_assert_nonnull (obce);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (obce))), ==,
                    14);

  show_panel (fixture, "coverage");
  coverage = text_of (fixture, "coverage-grid");
  /* the sample's home care, per 1 000 of its target population */
  g_assert_nonnull (strstr (coverage, "pečovatelská služba") != NULL
                        ? strstr (coverage, "pečovatelská služba")
                        : strstr (coverage, "Pečovatelská služba"));
}

static void
test_charts (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget    *chart;
  GdkPaintable *paintable;
  int           width, height;

  show_panel (fixture, "charts");
  chart = kp_test_find_widget (fixture->window, "needs-chart");
  g_assert_nonnull (chart);
  width = gtk_widget_get_width (chart);
  height = gtk_widget_get_height (chart);
  g_assert_cmpint (width, >, 300);
  g_assert_cmpint (height, >, 200);
  /* something is drawn: the pyramid's bars are not all background */
  paintable = gtk_widget_paintable_new (chart);
  {
    GtkSnapshot   *snapshot = gtk_snapshot_new ();
    GskRenderNode *node;

    gdk_paintable_snapshot (paintable, snapshot, width, height);
    node = gtk_snapshot_free_to_node (snapshot);
    g_assert_nonnull (node);
    gsk_render_node_unref (node);
  }
  g_object_unref (paintable);
}

static GtkListBoxRow *
question_row (Fixture *fixture,
              int      index)
{
  GtkListBox *list = GTK_LIST_BOX (kp_test_find_widget (fixture->window, "survey-questions"));

  g_assert_nonnull (list);
  return gtk_list_box_get_row_at_index (list, index);
}

static void
test_survey_results (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *info = NULL;
  g_autofree char *table = NULL;
  g_autofree char *cross = NULL;
  GtkDropDown     *by;
  GtkWidget       *tags;
  KpSurvey        *survey;

  show_panel (fixture, "surveys");
  info = text_of (fixture, "survey-info");
  g_assert_nonnull (strstr (info, "150"));
  g_assert_nonnull (strstr (info, "Windows-1250"));
  g_assert_nonnull (question_row (fixture, 6));
  g_assert_null (question_row (fixture, 7));

  /* the first question: the obce, with their counts and n */
  table = text_of (fixture, "survey-frequencies");
  g_assert_nonnull (strstr (table, "Lesná"));
  g_assert_nonnull (strstr (table, "150"));

  /* the scale broken down by age band */
  gtk_list_box_select_row (GTK_LIST_BOX (kp_test_find_widget (fixture->window, "survey-questions")),
                           question_row (fixture, 2));
  kp_test_flush (fixture->window);
  by = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "survey-cross-by"));
  g_assert_cmpuint (gtk_drop_down_get_selected (by), ==, 0);
  gtk_drop_down_set_selected (by, 2); /* after "nothing" and the obec: the age band */
  kp_test_flush (fixture->window);
  cross = text_of (fixture, "survey-cross-tab");
  g_assert_nonnull (strstr (cross, "65–79"));
  g_assert_nonnull (strstr (cross, "80 a více"));
  kp_test_screenshot_if_asked (fixture->window, "needs-survey-cross-tab.png");

  /* the open question: its answers, tagged by the user */
  gtk_list_box_select_row (GTK_LIST_BOX (kp_test_find_widget (fixture->window, "survey-questions")),
                           question_row (fixture, 6));
  kp_test_flush (fixture->window);
  tags = kp_test_find_widget (fixture->window, "survey-open-tags");
  g_assert_nonnull (tags);
  gtk_editable_set_text (GTK_EDITABLE (tags), "informace, doprava");
  g_signal_emit_by_name (tags, "activate");
  kp_test_flush (fixture->window);
  survey = kp_needs_find_survey_by_id (kp_needs_get (fixture->project), 1);
  {
    g_auto (GStrv) used = kp_survey_list_tags (survey, 7);

    /* a new category as typed, a known one as it was spelt before */
    g_assert_true (g_strv_contains ((const char *const *) used, "informace"));
    g_assert_true (g_strv_contains ((const char *const *) used, "Doprava"));
    g_assert_false (g_strv_contains ((const char *const *) used, "doprava"));
  }
  g_clear_pointer (&table, g_free);
  table = text_of (fixture, "survey-frequencies");
  g_assert_nonnull (strstr (table, "informace"));
  /* the list kept its place: the entry still shows what was typed */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                       kp_test_find_widget (fixture->window, "survey-open-tags"))),
                   ==, "informace, doprava");
  kp_test_screenshot_if_asked (fixture->window, "needs-survey-open.png");
}

static void
on_done_cb (KpSurveyEditor *editor,
            KpSurvey       *survey,
            const char     *message,
            char          **out_message)
{
  *out_message = g_strdup (message);
}

static void
test_survey_import (Fixture      *fixture,
                    gconstpointer data)
{
  /* "Obec;Věk;Spokojenost" and two respondents, as Czech Excel saves it */
  static const char csv_1250[] = "Obec;V\xec"
                                 "k;Spokojenost\r\nLesn\xe1;65\xe2\x80\x93"
                                 "79;4\r\nRadkovice;18\xe2\x80\x93"
                                 "29;2\r\n";
  g_autofree char  *path = g_build_filename (fixture->dir, "anketa-2026.csv", NULL);
  g_autofree char  *info = NULL;
  GtkWidget        *editor;
  KpNeeds          *needs = kp_needs_get (fixture->project);
  g_autoptr (GString) csv = g_string_new (NULL);
  g_autofree char *message = NULL;

  /* an en dash is not in the file: Windows-1250 writes it as 0x96 */
  for (const char *p = csv_1250; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, "\xe2\x80\x93"))
        {
          g_string_append_c (csv, '\x96');
          p += 2;
        }
      else
        g_string_append_c (csv, *p);
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  show_panel (fixture, "surveys");
  editor = kp_survey_editor_import (GTK_WINDOW (fixture->window), needs, path, NULL);
  g_signal_connect (editor, "done", G_CALLBACK (on_done_cb), &message);
  gtk_window_present (GTK_WINDOW (editor));
  kp_test_flush (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kp_test_find_widget (editor, "survey-name"))),
                   ==, "anketa-2026");
  g_signal_emit_by_name (kp_test_find_widget (editor, "survey-save"), "clicked");
  KP_TEST_WAIT_UNTIL (kp_needs_find_survey (needs, "anketa-2026") != NULL);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (kp_survey_get_n_respondents (kp_needs_find_survey (needs, "anketa-2026")), ==,
                    2);
  g_assert_null (kp_test_find_toplevel (KP_TYPE_SURVEY_EDITOR));
  /* the panel shows the new survey and says how the file was read */
  info = text_of (fixture, "survey-info");
  g_assert_nonnull (strstr (info, "anketa-2026.csv"));
  g_assert_nonnull (strstr (info, "Windows-1250"));
  /* and what the dialog tells the window to say */
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "anketa-2026.csv"));
  g_assert_nonnull (strstr (message, "Windows-1250"));
}

static void
test_survey_import_refused (Fixture      *fixture,
                            gconstpointer data)
{
  static const char csv[] = "ID;Obec\r\nA1;Lesná\r\nA1;Radkovice\r\n";
  g_autofree char  *path = g_build_filename (fixture->dir, "dvakrat.csv", NULL);
  KpNeeds          *needs = kp_needs_get (fixture->project);
  GtkWidget        *editor;
  GtkWidget        *error_label;
  guint             before = g_list_model_get_n_items (kp_needs_get_surveys (needs));

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  editor = kp_survey_editor_import (GTK_WINDOW (fixture->window), needs, path, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  error_label = kp_test_find_widget (editor, "survey-error");
  g_signal_emit_by_name (kp_test_find_widget (editor, "survey-save"), "clicked");
  KP_TEST_WAIT_UNTIL (gtk_widget_get_visible (error_label));
  /* the file, the row and the reason; nothing stored */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "dvakrat.csv"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "A1"));
  g_assert_cmpuint (g_list_model_get_n_items (kp_needs_get_surveys (needs)), ==, before);
  kp_test_screenshot_if_asked (editor, "needs-survey-import-refused.png");
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_survey_remove (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget       *info;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  show_panel (fixture, "surveys");
  info = kp_test_find_widget (fixture->window, "survey-info");
  g_assert_true (gtk_widget_activate_action (info, "needs.remove-survey", NULL));
  kp_test_flush (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (kp_needs_get_surveys (kp_needs_get (fixture->project))),
                    ==, 0);
  /* told, and shown the way to start again */
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->toasts, 0), "Ctrl+Z"));
  g_assert_false (gtk_widget_get_mapped (kp_test_find_widget (fixture->window, "survey-questions")));
  kp_test_screenshot_if_asked (fixture->window, "needs-surveys-empty.png");

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  kp_test_flush (fixture->window);
  text = text_of (fixture, "survey-info");
  g_assert_nonnull (strstr (text, "150"));
  g_assert_true (gtk_widget_get_mapped (kp_test_find_widget (fixture->window, "survey-questions")));
}

static void
test_findings (Fixture      *fixture,
               gconstpointer data)
{
  GtkColumnView   *view;
  GtkDropDown     *group;
  GtkWidget       *editor;
  GtkTextBuffer   *buffer;
  g_autofree char *count = NULL;

  show_panel (fixture, "findings");
  view = GTK_COLUMN_VIEW (kp_test_find_widget (fixture->window, "findings-column-view"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    6);
  group = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "findings-group"));
  gtk_drop_down_set_selected (group, KP_PLANNING_GROUP_FAMILIES + 1);
  kp_test_flush (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    2);
  count = text_of (fixture, "findings-count");
  g_assert_nonnull (strstr (count, "2"));
  g_assert_nonnull (strstr (count, "6"));
  gtk_drop_down_set_selected (group, 0);

  editor = kp_finding_editor_new (GTK_WINDOW (fixture->window), kp_needs_get (fixture->project),
                                  NULL);
  gtk_window_present (GTK_WINDOW (editor));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kp_test_find_widget (editor, "finding-text")));
  gtk_text_buffer_set_text (buffer, "Chybí <b>azylový</b> dům & noclehárna.", -1);
  g_signal_emit_by_name (kp_test_find_widget (editor, "finding-save"), "clicked");
  kp_test_flush (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                    7);
}

static void
test_swot (Fixture      *fixture,
           gconstpointer data)
{
  GtkDropDown *scope;
  GtkListBox  *strengths;

  show_panel (fixture, "swot");
  strengths = GTK_LIST_BOX (kp_test_find_widget (fixture->window, "strengths"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (strengths, 1));
  g_assert_null (gtk_list_box_get_row_at_index (strengths, 2));
  scope = GTK_DROP_DOWN (kp_test_find_widget (fixture->window, "swot-scope"));
  gtk_drop_down_set_selected (scope, KP_PLANNING_GROUP_SENIORS + 1);
  kp_test_flush (fixture->window);
  g_assert_nonnull (gtk_list_box_get_row_at_index (strengths, 0));
  g_assert_null (gtk_list_box_get_row_at_index (strengths, 1));
  kp_test_screenshot_if_asked (fixture->window, "needs-swot-seniors.png");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  /* the screenshots show the panel chosen, not a crossfade */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/cz/komplan/Komplan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/needs/profile", test_profile);
  ADD ("/ui/needs/benchmark", test_benchmark);
  ADD ("/ui/needs/obce-and-coverage", test_obce_and_coverage);
  ADD ("/ui/needs/charts", test_charts);
  ADD ("/ui/needs/survey-results", test_survey_results);
  ADD ("/ui/needs/survey-import", test_survey_import);
  ADD ("/ui/needs/survey-import-refused", test_survey_import_refused);
  ADD ("/ui/needs/survey-remove", test_survey_remove);
  ADD ("/ui/needs/findings", test_findings);
  ADD ("/ui/needs/swot", test_swot);
#undef ADD
  return g_test_run ();
}
