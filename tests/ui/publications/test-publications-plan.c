/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-database.h"
#include "kp-needs.h"
#include "kp-pdf-preview.h"
#include "kp-project.h"
#include "kp-publications-page.h"
#include "kp-publications.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The plan documents in the Publications view (issue 15): the plan chosen in the options
 * renders in the preview with its title and activity codes; the action plan and the
 * evaluation have a year to choose, the plan does not; a year with no action plan and a
 * project with no plan say so in place of the preview; the plan exported as ODT and PDF
 * from the view; the survey questions checked in the options printed with their answers;
 * the view's PDF the same as komplan-cli's. */

enum
{
  KIND_CATALOGUE,
  KIND_LEAFLET,
  KIND_PLAN,
  KIND_ACTION_PLAN,
  KIND_EVALUATION,
  KIND_COMMENTS,
};

static const char responses[] = "Obec;Spokojenost;Služby\r\n"
                                "Lesná;5;Poradna\r\n"
                                "Lesná;4;\"Poradna; Pečovatelská služba\"\r\n"
                                "Skalná;4;Pečovatelská služba\r\n"
                                "Skalná;2;\r\n"
                                "Dubovice;5;Pečovatelská služba\r\n";

typedef struct
{
  char               *dir;
  char               *path;
  KpProject          *project;
  GtkWidget          *window;
  KpPublicationsPage *page;
  KpPdfPreview       *preview;
  char               *exported;
} Fixture;

static gboolean
settled (Fixture *fixture)
{
  return !kp_publications_page_get_busy (fixture->page);
}

static gboolean
rendered (Fixture *fixture)
{
  return settled (fixture) && kp_pdf_preview_get_n_pages (fixture->preview) > 0 &&
         kp_pdf_preview_get_page_paintable (fixture->preview, 0) != NULL;
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (fixture->window, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
on_exported_cb (KpPublicationsPage *page,
                const char         *path,
                Fixture            *fixture)
{
  g_free (fixture->exported);
  fixture->exported = g_strdup (path);
}

static void
open_page (Fixture *fixture)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 800);
  fixture->page = KP_PUBLICATIONS_PAGE (kp_publications_page_new (fixture->project));
  fixture->preview = kp_publications_page_get_preview (fixture->page);
  g_signal_connect (fixture->page, "exported", G_CALLBACK (on_exported_cb), fixture);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
  KP_TEST_WAIT_UNTIL (settled (fixture));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_create_sample (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->exported);
}

/* Chooses the document in the options, as the user does, and waits for the preview. */
static void
choose_kind (Fixture *fixture,
             guint    kind)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), kind);
  KP_TEST_WAIT_UNTIL (settled (fixture));
}

/* The text of every page, whitespace squeezed to single spaces. */
static char *
squeezed_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);
  g_auto (GStrv) words = NULL;
  GString *out = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage     *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\n", page_text);
      g_object_unref (page);
    }
  words = g_strsplit_set (text->str, " \n\t\f\u00a0", -1);
  g_string_free (text, TRUE);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

static char *
preview_text (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (kp_pdf_preview_get_bytes (fixture->preview),
                                                          NULL, &error);
  char            *text;

  g_assert_no_error (error);
  text = squeezed_text (doc);
  g_object_unref (doc);
  return text;
}

static char *
file_text (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  PopplerDocument *doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  char            *text;

  g_assert_no_error (error);
  text = squeezed_text (doc);
  g_object_unref (doc);
  return text;
}

/* Shown on the screen: visible, and the visible page of its stack. */
static gboolean
visible (Fixture    *fixture,
         const char *name)
{
  return gtk_widget_get_mapped (find (fixture, name));
}

static void
test_plan_preview (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *text = NULL;
  AdwComboRow     *year;
  GListModel      *years;

  open_page (fixture);
  choose_kind (fixture, KIND_PLAN);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  text = preview_text (fixture);
  g_assert_nonnull (strstr (text, "Střednědobý plán rozvoje sociálních služeb"));
  g_assert_nonnull (strstr (text, "1.1.1"));
  g_assert_true (visible (fixture, "publications-preview"));
  g_assert_false (visible (fixture, "publications-empty"));
  /* the options fit the plan: no year, no catalogue choices; surveys to choose */
  g_assert_false (visible (fixture, "publications-plan-year"));
  g_assert_false (visible (fixture, "publications-year"));
  g_assert_false (visible (fixture, "publications-structure"));
  g_assert_true (visible (fixture, "publications-surveys"));
  g_assert_true (visible (fixture, "publications-title"));
  g_assert_true (visible (fixture, "publications-export-odt"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (fixture, "publications-title"))), ==,
                   "Střednědobý plán rozvoje sociálních služeb");
  kp_test_screenshot_if_asked (fixture->window, "publications-plan.png");

  /* the action plan has the years of the plan's period, its own year chosen */
  choose_kind (fixture, KIND_ACTION_PLAN);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_assert_true (visible (fixture, "publications-plan-year"));
  g_assert_false (visible (fixture, "publications-surveys"));
  year = ADW_COMBO_ROW (find (fixture, "publications-plan-year"));
  years = adw_combo_row_get_model (year);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 0), ==, "2026");
  g_assert_cmpuint (adw_combo_row_get_selected (year), ==, 0);
  g_free (text);
  text = preview_text (fixture);
  g_assert_nonnull (strstr (text, "Akční plán"));
  g_assert_nonnull (strstr (text, "2026"));

  /* 2027 has no action plan: said in place of the preview, nothing to export */
  adw_combo_row_set_selected (year, 1);
  KP_TEST_WAIT_UNTIL (settled (fixture));
  KP_TEST_WAIT_UNTIL (visible (fixture, "publications-empty"));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (find (fixture, "publications-empty"))),
                   ==, "No Action Plan for This Year");
  g_assert_false (gtk_widget_is_sensitive (find (fixture, "publications-export")));
  g_assert_cmpint (kp_document_settings_get_year (kp_publications_options_get_settings (
                       kp_publications_page_get_options (fixture->page))),
                   ==, 2027);

  /* the evaluation: the whole period first */
  choose_kind (fixture, KIND_EVALUATION);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_assert_false (visible (fixture, "publications-empty"));
  years = adw_combo_row_get_model (year);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 0), ==, "Whole period");
  g_assert_cmpuint (adw_combo_row_get_selected (year), ==, 0);

  /* back to the catalogue: its own options again */
  choose_kind (fixture, KIND_CATALOGUE);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_assert_true (visible (fixture, "publications-year"));
  g_assert_true (visible (fixture, "publications-structure"));
  g_assert_false (visible (fixture, "publications-plan-year"));
  g_assert_false (visible (fixture, "publications-export-odt"));
}

static gboolean
exported (Fixture *fixture)
{
  return fixture->exported != NULL && settled (fixture);
}

/* No file of the folder ends in ".part". */
static void
assert_no_part_file (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));
}

/* Whether @needle is in the first @length bytes of @data, which may hold NUL bytes. */
static gboolean
has_bytes (const char *data,
           gsize       length,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *odt = g_build_filename (fixture->dir, "plan.odt", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autoptr (GFile) odt_file = g_file_new_for_path (odt);
  g_autoptr (GFile) pdf_file = g_file_new_for_path (pdf);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize            length = 0;

  open_page (fixture);
  choose_kind (fixture, KIND_PLAN);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_assert_true (gtk_widget_is_sensitive (find (fixture, "publications-export-odt")));

  kp_publications_page_export (fixture->page, odt_file);
  KP_TEST_WAIT_UNTIL (exported (fixture));
  g_assert_cmpstr (fixture->exported, ==, odt);
  g_assert_true (g_file_get_contents (odt, &contents, &length, NULL));
  /* a zip whose first part is the stored mimetype */
  g_assert_cmpuint (length, >, 100);
  g_assert_true (memcmp (contents, "PK", 2) == 0);
  g_assert_true (has_bytes (contents, 100, "application/vnd.oasis.opendocument.text"));

  g_clear_pointer (&fixture->exported, g_free);
  kp_publications_page_export (fixture->page, pdf_file);
  KP_TEST_WAIT_UNTIL (exported (fixture));
  text = file_text (pdf);
  g_assert_nonnull (strstr (text, "Střednědobý plán rozvoje sociálních služeb"));
  g_assert_nonnull (strstr (text, "1.1.1"));
  assert_no_part_file (fixture->dir);
}

/* The sample's territory with no plan: the view says so and leads to the Plan view. */
static void
test_no_plan (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&fixture->project);
  {
    g_autoptr (KpDatabase) db = kp_database_open (fixture->path, KP_DATABASE_KIND_PROJECT, 0,
                                                  &error);

    g_assert_no_error (error);
    kp_database_exec (db,
                      "DELETE FROM action_plan; UPDATE plan_version SET state = 'draft'; "
                      "DELETE FROM plan_version;",
                      &error);
    g_assert_no_error (error);
  }
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (kp_publications_set_shown_kind (kp_project_get_publications (fixture->project),
                                                 KP_DOCUMENT_KIND_PLAN, &error));
  g_assert_no_error (error);

  open_page (fixture);
  KP_TEST_WAIT_UNTIL (visible (fixture, "publications-empty"));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (find (fixture, "publications-empty"))),
                   ==, "No Plan Yet");
  g_assert_true (visible (fixture, "publications-go-to-plan"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (find (fixture, "publications-go-to-plan"))),
                   ==, "win.view");
  /* the Plan view is the fourth (Alt+4) */
  g_assert_cmpint (g_variant_get_int32 (gtk_actionable_get_action_target_value (
                       GTK_ACTIONABLE (find (fixture, "publications-go-to-plan")))),
                   ==, 4);
  g_assert_false (visible (fixture, "publications-preview"));
  g_assert_false (gtk_widget_is_sensitive (find (fixture, "publications-export")));
  g_assert_false (gtk_widget_is_sensitive (find (fixture, "publications-export-odt")));
  kp_test_screenshot_if_asked (fixture->window, "publications-no-plan.png");

  /* the catalogue is still there */
  choose_kind (fixture, KIND_CATALOGUE);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_assert_false (visible (fixture, "publications-empty"));
  g_assert_true (gtk_widget_is_sensitive (find (fixture, "publications-export")));
}

static KpSurvey *
import_survey (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = kp_test_write_file (fixture->dir, "anketa.csv", responses, -1);
  KpNeeds         *needs = kp_needs_get (fixture->project);
  g_auto (GStrv) obce = kp_needs_dup_obce_names (needs);
  g_autoptr (KpSurveyImport) import = kp_survey_import_read (path, NULL, (const char *const *) obce,
                                                             NULL, &error);
  KpSurvey *survey;

  g_assert_no_error (error);
  survey = kp_needs_import_survey (needs, "Anketa občanů", KP_RESPONDENT_PUBLIC, import, &error);
  g_assert_no_error (error);
  return survey;
}

/* A question checked in the options is in the plan with its answers. */
static void
test_choose_question (Fixture      *fixture,
                      gconstpointer data)
{
  KpSurvey               *survey = import_survey (fixture);
  const KpSurveyQuestion *question = g_ptr_array_index (kp_survey_get_questions (survey), 2);
  g_autofree char        *name = g_strdup_printf ("publications-question-%" G_GINT64_FORMAT "-%d",
                                                  kp_survey_get_id (survey), question->qid);
  g_autofree char        *text = NULL;
  GtkWidget              *check;
  KpPlanDocumentSettings *settings;

  open_page (fixture);
  choose_kind (fixture, KIND_PLAN);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  text = preview_text (fixture);
  g_assert_null (strstr (text, "Výsledky dotazníkových šetření"));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find (fixture, "publications-survey-1")), TRUE);
  check = find (fixture, name);
  gtk_widget_activate (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  settings = kp_publications_get_plan_document (kp_project_get_publications (fixture->project),
                                                KP_DOCUMENT_KIND_PLAN);
  g_assert_true (kp_plan_document_settings_has_question (settings, kp_survey_get_id (survey),
                                                         question->qid));
  KP_TEST_WAIT_UNTIL (settled (fixture));
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_free (text);
  text = preview_text (fixture);
  g_assert_nonnull (strstr (text, "Výsledky dotazníkových šetření"));
  /* "Služby": 3 of the 4 who answered chose the care service (the cells of a table row run
   * together in Poppler's text) */
  g_assert_nonnull (strstr (text, "Pečovatelská služba375,0 %"));
  kp_test_screenshot_if_asked (fixture->window, "publications-plan-surveys.png");
}

static void
assert_same_as_cli (Fixture           *fixture,
                    const char        *name,
                    const char *const *command)
{
  g_autofree char *app = g_strdup_printf ("%s/%s-app.pdf", fixture->dir, name);
  g_autofree char *cli = g_strdup_printf ("%s/%s-cli.pdf", fixture->dir, name);
  g_autoptr (GFile) file = g_file_new_for_path (app);
  g_autoptr (KpTestCliResult) result = NULL;
  g_autofree char *app_text = NULL;
  g_autofree char *cli_text = NULL;
  const char      *args[8] = { NULL };
  guint            n = 0;

  g_clear_pointer (&fixture->exported, g_free);
  kp_publications_page_export (fixture->page, file);
  KP_TEST_WAIT_UNTIL (exported (fixture));
  for (; command[n] != NULL; n++)
    args[n] = command[n];
  args[n++] = fixture->path;
  args[n++] = cli;
  result = kp_test_run_cli_env (NULL, args);
  g_assert_cmpint (result->status, ==, 0);
  app_text = file_text (app);
  cli_text = file_text (cli);
  g_assert_cmpstr (app_text, ==, cli_text);
}

/* What the user set up in the view is what komplan-cli prints: the title, the issuer, the
 * survey questions of the plan, the year of the action plan. */
static void
test_same_as_cli (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpSurvey               *survey = import_survey (fixture);
  KpPublications         *p = kp_project_get_publications (fixture->project);
  KpPlanDocumentSettings *plan = kp_publications_get_plan_document (p, KP_DOCUMENT_KIND_PLAN);
  g_autofree char        *path = NULL;
  g_autofree char        *text = NULL;

  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (plan), KP_DOCUMENT_TEXT_TITLE,
                                                "Komunitní plán Podlesí", &error));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (plan),
                                                KP_DOCUMENT_TEXT_ISSUER, "Obec Lesná", &error));
  g_assert_true (kp_plan_document_settings_set_question (
      plan, kp_survey_get_id (survey),
      ((KpSurveyQuestion *) g_ptr_array_index (kp_survey_get_questions (survey), 1))->qid, TRUE,
      &error));
  g_assert_true (kp_publications_set_shown_kind (p, KP_DOCUMENT_KIND_PLAN, &error));
  g_assert_no_error (error);

  open_page (fixture);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  assert_same_as_cli (fixture, "plan", (const char *const[]){ "export", "plan", NULL });
  path = g_strdup_printf ("%s/plan-cli.pdf", fixture->dir);
  text = file_text (path);
  g_assert_nonnull (strstr (text, "Komunitní plán Podlesí"));
  g_assert_nonnull (strstr (text, "Obec Lesná"));
  g_assert_nonnull (strstr (text, "Spokojenost"));

  choose_kind (fixture, KIND_EVALUATION);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-plan-year")), 1);
  KP_TEST_WAIT_UNTIL (settled (fixture));
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  assert_same_as_cli (fixture, "hodnoceni", (const char *const[]){ "export", "evaluation", NULL });
  g_free (path);
  g_free (text);
  path = g_strdup_printf ("%s/hodnoceni-cli.pdf", fixture->dir);
  text = file_text (path);
  g_assert_nonnull (strstr (text, "na rok 2026"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();

#define ADD(path, func) g_test_add ("/kp/ui/publications-plan/" path, Fixture, NULL, \
                                    fixture_setup, func, fixture_teardown)
  ADD ("preview", test_plan_preview);
  ADD ("export", test_export);
  ADD ("no-plan", test_no_plan);
  ADD ("choose-question", test_choose_question);
  ADD ("same-as-cli", test_same_as_cli);
#undef ADD
  return g_test_run ();
}
