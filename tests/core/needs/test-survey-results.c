/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-needs.h"
#include "kp-survey-results.h"
#include "kp-test-utils.h"

#include <math.h>
#include <string.h>

/* Frequencies, a cross-tabulation, corrections of a question's type, categories of open
 * answers and the CSV of the results, on a survey of ten respondents. */

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
  KpNeeds   *needs;
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

  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->needs = kp_needs_get (fixture->project);
  path = kp_test_write_file (fixture->dir, "anketa.csv", responses, -1);
  obce = kp_needs_dup_obce_names (fixture->needs);
  import = kp_survey_import_read (path, NULL, (const char *const *) obce, NULL, &error);
  g_assert_no_error (error);
  fixture->survey = kp_needs_import_survey (fixture->needs, "Anketa", KP_RESPONDENT_PUBLIC,
                                            import, &error);
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

static const KpAnswerCount *
answer (const KpQuestionResult *result,
        const char             *label)
{
  for (guint i = 0; i < result->answers->len; i++)
    {
      const KpAnswerCount *count = g_ptr_array_index (result->answers, i);

      if (strcmp (count->label, label) == 0)
        return count;
    }
  g_assert_not_reached ();
}

static void
test_frequencies (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (KpSurveyResults) results = kp_survey_compute_results (fixture->survey);
  const KpQuestionResult *scale, *services, *children;

  g_assert_cmpuint (results->respondents, ==, 10);
  /* Scale: 9 answered; 4 was given three times. */
  scale = g_ptr_array_index (results->questions, 2);
  g_assert_cmpint (scale->type, ==, KP_QUESTION_SCALE);
  g_assert_cmpuint (scale->valid, ==, 9);
  g_assert_cmpuint (scale->missing, ==, 1);
  g_assert_cmpuint (scale->answers->len, ==, 5);
  g_assert_cmpuint (answer (scale, "4")->count, ==, 3);
  g_assert_cmpfloat_with_epsilon (answer (scale, "4")->percent, 100.0 * 3 / 9, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale->mean, 33.0 / 9.0, 1e-9);
  g_assert_cmpfloat (scale->median, ==, 4.0);

  /* Multiple choice: 8 answered, each respondent once per service. */
  services = g_ptr_array_index (results->questions, 3);
  g_assert_cmpint (services->type, ==, KP_QUESTION_MULTIPLE);
  g_assert_cmpuint (services->valid, ==, 8);
  g_assert_cmpuint (answer (services, "Poradna")->count, ==, 5);
  g_assert_cmpuint (answer (services, "Pečovatelská služba")->count, ==, 5);
  g_assert_cmpfloat_with_epsilon (answer (services, "Poradna")->percent, 62.5, 1e-9);

  children = g_ptr_array_index (results->questions, 4);
  g_assert_cmpint (children->type, ==, KP_QUESTION_NUMBER);
  g_assert_cmpuint (children->valid, ==, 9);
  g_assert_cmpuint (answer (children, "0")->count, ==, 4);
  g_assert_cmpfloat_with_epsilon (children->mean, 9.0 / 9.0, 1e-9);
}

static void
test_cross_tab (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpCrossTab) table = NULL;
  const GPtrArray *questions = kp_survey_get_questions (fixture->survey);
  int              obec = ((KpSurveyQuestion *) g_ptr_array_index (questions, 0))->qid;
  int              band = ((KpSurveyQuestion *) g_ptr_array_index (questions, 1))->qid;
  int              services = ((KpSurveyQuestion *) g_ptr_array_index (questions, 3))->qid;
  int              note = ((KpSurveyQuestion *) g_ptr_array_index (questions, 5))->qid;
  guint            lesna = 0, old = 0;

  /* Services by age band: each respondent once per row item. */
  table = kp_survey_cross_tab (fixture->survey, services, band, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->n_rows, ==, 2);
  g_assert_cmpuint (table->n_columns, ==, 3);
  g_assert_cmpuint (table->total, ==, 8);
  for (guint c = 0; c < table->n_columns; c++)
    if (strcmp (table->columns[c], "65 a více") == 0)
      old = c;
  for (guint r = 0; r < table->n_rows; r++)
    if (strcmp (table->rows[r], "Pečovatelská služba") == 0)
      lesna = r;
  /* All four seniors named pečovatelská služba. */
  g_assert_cmpuint (table->column_totals[old], ==, 4);
  g_assert_cmpuint (table->counts[lesna * table->n_columns + old], ==, 4);
  g_assert_cmpfloat (kp_cross_tab_column_percent (table, lesna, old), ==, 100.0);
  g_clear_pointer (&table, kp_cross_tab_free);

  table = kp_survey_cross_tab (fixture->survey, band, obec, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->total, ==, 10);
  g_assert_cmpuint (table->n_columns, ==, 4); /* Lesná, Skalná, Dubovice, Čeňkov */

  /* An open question has no choices to count by. */
  g_assert_null (kp_survey_cross_tab (fixture->survey, note, obec, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
}

static void
test_corrections (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpSurveyResults) results = NULL;
  static const char *const transport[] = { "Doprava", NULL };
  /* typed again in lower case, twice, with a new category */
  static const char *const again[] = { "doprava ", "DOPRAVA", "Lavičky", NULL };
  const KpSurveyQuestion  *question;
  int                      note, children;

  question = g_ptr_array_index (kp_survey_get_questions (fixture->survey), 5);
  note = question->qid;
  g_assert_cmpint (question->type, ==, KP_QUESTION_TEXT);
  children = ((KpSurveyQuestion *) g_ptr_array_index (kp_survey_get_questions (fixture->survey), 4))->qid;

  /* Categories of open answers become its frequency table. */
  g_assert_true (kp_needs_set_answer_tags (fixture->needs, fixture->survey, note, 2, transport,
                                           &error));
  g_assert_true (kp_needs_set_answer_tags (fixture->needs, fixture->survey, note, 4, again,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) kp_survey_get_tags (fixture->survey, note, 4)), ==, 2);
  results = kp_survey_compute_results (fixture->survey);
  g_assert_cmpuint (answer (kp_survey_results_find (results, note), "Doprava")->count, ==, 2);
  g_assert_cmpuint (answer (kp_survey_results_find (results, note), "Lavičky")->count, ==, 1);
  g_assert_cmpuint (kp_survey_results_find (results, note)->valid, ==, 6);
  g_clear_pointer (&results, kp_survey_results_free);

  /* The number of children read as a single choice: a choice of each distinct answer. */
  g_assert_true (kp_needs_set_question (fixture->needs, fixture->survey, children, "Počet dětí",
                                        KP_QUESTION_SINGLE, NULL, &error));
  g_assert_no_error (error);
  question = kp_survey_find_question (fixture->survey, children, NULL);
  g_assert_cmpint (question->type, ==, KP_QUESTION_SINGLE);
  g_assert_cmpuint (g_strv_length (question->choices), ==, 4);

  /* An open question read as a scale fails, naming the respondent; nothing changes. */
  g_assert_false (kp_needs_set_question (fixture->needs, fixture->survey, note, "Poznámka",
                                         KP_QUESTION_SCALE, NULL, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1"));
  g_clear_error (&error);
  g_assert_cmpint (kp_survey_find_question (fixture->survey, note, NULL)->type, ==,
                   KP_QUESTION_TEXT);

  /* A question moved keeps its answers. */
  g_assert_true (kp_needs_move_question (fixture->needs, fixture->survey, note, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_survey_get_answer (fixture->survey, 0, 0), ==, "Víc laviček");
  g_assert_cmpstr (kp_survey_get_answer (fixture->survey, 0, 1), ==, "Lesná");
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_cmpstr (kp_survey_get_answer (fixture->survey, 0, 0), ==, "Lesná");
}

static void
test_csv (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr (KpSurveyResults) results = kp_survey_compute_results (fixture->survey);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "vysledky.csv", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (kp_survey_results_write_csv (results, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  /* Scale 4: 3 of 9, 33,3 % (decimal comma), n = 9. */
  g_assert_nonnull (strstr (contents, "Spokojenost;4;3;33,3;9\r\n"));
  g_assert_nonnull (strstr (contents, "Služby;Poradna;5;62,5;8\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/survey-results/frequencies", Fixture, NULL, fixture_setup, test_frequencies,
              fixture_teardown);
  g_test_add ("/kp/survey-results/cross-tab", Fixture, NULL, fixture_setup, test_cross_tab,
              fixture_teardown);
  g_test_add ("/kp/survey-results/corrections", Fixture, NULL, fixture_setup, test_corrections,
              fixture_teardown);
  g_test_add ("/kp/survey-results/csv", Fixture, NULL, fixture_setup, test_csv,
              fixture_teardown);
  return g_test_run ();
}
