/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "kp-needs.h"
#include "kp-plan-document-builder.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* The survey results the user chose for the plan (kp-plan-document-survey.c), in the PDF of
 * the sample plan: each chosen question's answers with their counts and Czech shares, its
 * chart, before the chapter with the SWOT (the sample plan has no "surveys" block); a
 * choice whose survey is gone is left out; no choice, no section. */

static const char responses[] = "Obec;Věková skupina;Spokojenost;Služby;Počet dětí;Poznámka\r\n"
                                "Lesná;18–29;5;Poradna;0;Víc laviček\r\n"
                                "Lesná;30–44;4;\"Poradna; Pečovatelská služba\";2;\r\n"
                                "Lesná;65 a více;4;Pečovatelská služba;1;Doprava k lékaři\r\n"
                                "Skalná;18–29;2;;3;Bezbariérový úřad\r\n"
                                "Skalná;65 a více;3;Pečovatelská služba;;Doprava k lékaři\r\n"
                                "Dubovice;30–44;;Poradna;2;\r\n"
                                "Dubovice;65 a více;5;\"Pečovatelská služba; Poradna\";0;Nic\r\n"
                                "Lesná;30–44;4;Poradna;1;\r\n"
                                "Čeňkov;18–29;1;;0;Doprava do práce\r\n"
                                "Lesná;65 a více;5;Pečovatelská služba;0;\r\n";

typedef struct
{
  char      *dir;
  KpProject *project;
  KpSurvey  *survey;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (KpSurveyImport) import = NULL;
  g_auto (GStrv) obce = NULL;
  KpNeeds *needs;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  needs = kp_needs_get (fixture->project);
  path = kp_test_write_file (fixture->dir, "anketa.csv", responses, -1);
  obce = kp_needs_dup_obce_names (needs);
  import = kp_survey_import_read (path, NULL, (const char *const *) obce, NULL, &error);
  g_assert_no_error (error);
  fixture->survey = kp_needs_import_survey (needs, "Anketa 2025", KP_RESPONDENT_PUBLIC, import,
                                            &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The plan as PDF, its text with every run of whitespace as one space. */
static char *
plan_text (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocument) document = kp_plan_document_build (fixture->project, KP_DOCUMENT_KIND_PLAN,
                                                            0, &error);
  g_autoptr (GBytes) bytes = NULL;
  PopplerDocument *doc;
  GString         *text = g_string_new (NULL);
  g_auto (GStrv) words = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage     *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\n", page_text);
      g_object_unref (page);
    }
  g_object_unref (doc);
  words = g_strsplit_set (text->str, " \n\t\f\u00a0", -1);
  g_string_free (text, TRUE);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

static int
qid_at (Fixture *fixture,
        guint    index)
{
  return ((KpSurveyQuestion *) g_ptr_array_index (kp_survey_get_questions (fixture->survey), index))
      ->qid;
}

static void
test_chosen_questions (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPlanDocumentSettings *settings = kp_publications_get_plan_document (
      kp_project_get_publications (fixture->project), KP_DOCUMENT_KIND_PLAN);
  gint64           survey_id = kp_survey_get_id (fixture->survey);
  g_autofree char *text = NULL;
  const char      *services;
  const char      *satisfaction;
  const char      *swot;

  /* a survey removed since is left out; then the services, then the satisfaction */
  g_assert_true (kp_plan_document_settings_set_question (settings, survey_id + 100, 1, TRUE, &error));
  g_assert_true (kp_plan_document_settings_set_question (settings, survey_id, qid_at (fixture, 3),
                                                         TRUE, &error));
  g_assert_true (kp_plan_document_settings_set_question (settings, survey_id, qid_at (fixture, 2),
                                                         TRUE, &error));
  g_assert_no_error (error);
  text = plan_text (fixture);

  g_assert_nonnull (strstr (text, "Výsledky dotazníkových šetření"));
  g_assert_nonnull (strstr (text, "Anketa 2025 (10 respondentů)"));
  /* the services: 5 of the 8 who answered, a multiple choice (Poppler runs the cells of a
   * table row together) */
  services = strstr (text, "Pečovatelská služba562,5 %");
  g_assert_nonnull (services);
  g_assert_nonnull (strstr (text, "Platné odpovědi (n)8"));
  g_assert_nonnull (strstr (text, "více než 100 %"));
  /* the chart of the answers */
  g_assert_nonnull (strstr (text, "Pečovatelská služba5 (62,5 %)"));
  g_assert_nonnull (strstr (text, "Platné odpovědi: n = 8"));
  /* the satisfaction after it: 3 of 9 gave 5, its mean and median */
  satisfaction = strstr (text, "5333,3 %");
  g_assert_nonnull (satisfaction);
  g_assert_true (satisfaction > services);
  g_assert_nonnull (strstr (text, "Průměr 3,7, medián 4,0."));
  /* before the SWOT chapter, whose heading is last in the body */
  swot = g_strrstr (text, "SWOT analýza");
  g_assert_nonnull (swot);
  g_assert_true (satisfaction < swot);
}

static void
test_none_chosen (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *text = plan_text (fixture);

  g_assert_null (strstr (text, "Výsledky dotazníkových šetření"));
  g_assert_null (strstr (text, "Pečovatelská služba562,5 %"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/publications/plan-document-survey/chosen", Fixture, NULL, fixture_setup,
              test_chosen_questions, fixture_teardown);
  g_test_add ("/kp/publications/plan-document-survey/none", Fixture, NULL, fixture_setup,
              test_none_chosen, fixture_teardown);
  return g_test_run ();
}
