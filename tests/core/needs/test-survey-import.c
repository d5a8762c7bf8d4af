/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-needs.h"
#include "kp-survey-results.h"
#include "kp-test-reference.h"
#include "kp-test-utils.h"

#include <string.h>

/* Importing survey responses: files as online form tools and Czech Excel write them, and
 * the files that must be refused, with the file, row, column and reason, leaving the
 * project as it was. */

/* An online form tool's export: UTF-8, ",", a time stamp column, a multiple choice
 * separated by ", ", open answers with commas, missing answers. */
static const char google_csv[] =
    "Časová značka,Kde bydlíte?,Věk,Jak jste spokojeni se sociálními službami?,Které služby "
    "využíváte?,Pečujete o blízkého?,Kolik hodin týdně pečujete?,Co byste zlepšili?\r\n"
    "2025/03/01 10:00:01,Lesná,18–29,4,\"Pečovatelská služba, Poradna\",ano,10,\"Víc spojů, "
    "lepší chodníky\"\r\n"
    "2025/03/01 10:05:11,lesná,30–44,5,Poradna,ne,,\r\n"
    "2025/03/01 11:00:00,Dubovice,65 a více,3,\"Pečovatelská služba, Osobní asistence, "
    "Poradna\",ano,25,Denní stacionář v Dubovicích\r\n"
    "2025/03/02 09:00:00,Skalná,45–64,2,,ne,,\"Informace o službách, víc\"\r\n"
    "2025/03/02 09:30:00,Lesná,65 a více,4,\"Osobní asistence, Pečovatelská služba\",ano,40,\r\n"
    "2025/03/02 10:00:00,Praha,18–29,,Poradna,ne,,Nic\r\n"
    "2025/03/03 08:00:00,Dubovice,45–64,5,Pečovatelská služba,ano,5,Odlehčovací služba\r\n";

/* Czech Excel's "CSV (oddělený středníkem)": Windows-1250, ";", an ID column. */
static const char excel_csv[] = "ID;Obec bydliště;Věková skupina;Jste spokojen/a?;Známé služby\r\n"
                                "1;Lesná;do 17 let;ano;\"Poradna; Azylový dům\"\r\n"
                                "2;Čeňkov;80 a více;ne;Poradna\r\n"
                                "3;Žďárec;18–29 let;ano;\r\n";

typedef struct
{
  char      *dir;
  KpProject *project;
  KpNeeds   *needs;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  fixture->needs = kp_needs_get (fixture->project);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KpSurveyImport *
read_ok (Fixture    *fixture,
         const char *path,
         GPtrArray  *questionnaire)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) obce = kp_needs_dup_obce_names (fixture->needs);
  KpSurveyImport *import = kp_survey_import_read (path, questionnaire, (const char *const *) obce,
                                                  NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
read_fails (Fixture    *fixture,
            const char *path,
            GPtrArray  *questionnaire,
            const char *expected,
            const char *also)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpSurveyImport) import = kp_survey_import_read (path, questionnaire, NULL, NULL,
                                                             &error);

  g_assert_null (import);
  g_assert_nonnull (error);
  g_assert_true (error->domain == KP_IMPORT_ERROR);
  g_test_message ("refused as expected: %s", error->message);
  g_assert_nonnull (strstr (error->message, expected));
  if (also != NULL)
    g_assert_nonnull (strstr (error->message, also));
}

static const KpSurveyQuestion *
question_at (KpSurvey *survey,
             guint     index)
{
  return g_ptr_array_index (kp_survey_get_questions (survey), index);
}

static void
test_form_tool_csv (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *path = kp_test_write_file (fixture->dir, "odpovedi.csv", google_csv, -1);
  g_autoptr (KpSurveyImport) import = read_ok (fixture, path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpSurveyResults) results = NULL;
  const KpQuestionResult *services;
  const KpSurveyQuestion *q;
  KpSurvey               *survey;

  g_assert_true (import->inferred);
  g_assert_cmpuint (import->rows->len, ==, 7);
  g_assert_cmpuint (import->skipped->len, ==, 1); /* the time stamp */
  g_assert_nonnull (strstr (import->note, "UTF-8"));
  g_assert_cmpuint (import->questions->len, ==, 7);

  survey = kp_needs_import_survey (fixture->needs, "Anketa 2025", KP_RESPONDENT_PUBLIC, import,
                                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (survey);
  g_assert_cmpuint (kp_survey_get_n_respondents (survey), ==, 7);

  /* The questionnaire made from the file. */
  g_assert_cmpint (question_at (survey, 0)->type, ==, KP_QUESTION_OBEC);
  g_assert_cmpint (question_at (survey, 1)->type, ==, KP_QUESTION_AGE_BAND);
  g_assert_cmpstr (question_at (survey, 1)->choices[0], ==, "18–29");
  g_assert_cmpstr (question_at (survey, 1)->choices[3], ==, "65 a více");
  g_assert_cmpint (question_at (survey, 2)->type, ==, KP_QUESTION_SCALE);
  q = question_at (survey, 3);
  g_assert_cmpint (q->type, ==, KP_QUESTION_MULTIPLE);
  g_assert_cmpuint (g_strv_length (q->choices), ==, 3);
  g_assert_cmpint (question_at (survey, 4)->type, ==, KP_QUESTION_YES_NO);
  g_assert_cmpint (question_at (survey, 5)->type, ==, KP_QUESTION_NUMBER);
  g_assert_cmpint (question_at (survey, 6)->type, ==, KP_QUESTION_TEXT);
  /* An obec of the territory is written as the project writes it; others stay. */
  g_assert_cmpstr (kp_survey_get_answer (survey, 1, 0), ==, "Lesná");
  g_assert_cmpstr (kp_survey_get_answer (survey, 5, 0), ==, "Praha");
  /* A missing answer is no answer. */
  g_assert_cmpstr (kp_survey_get_answer (survey, 5, 2), ==, "");

  results = kp_survey_compute_results (survey);
  g_assert_cmpuint (results->respondents, ==, 7);
  services = g_ptr_array_index (results->questions, 3);
  g_assert_cmpuint (services->valid, ==, 6);
  g_assert_cmpuint (services->missing, ==, 1);
  {
    const KpAnswerCount *first = g_ptr_array_index (services->answers, 0);

    g_assert_cmpstr (first->label, ==, "Pečovatelská služba");
    g_assert_cmpuint (first->count, ==, 4);
    g_assert_cmpfloat_with_epsilon (first->percent, 400.0 / 6.0, 1e-9);
  }

  /* One undo step takes it all away. */
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_null (kp_needs_find_survey (fixture->needs, "Anketa 2025"));
}

static void
test_excel_windows_1250 (Fixture      *fixture,
                         gconstpointer data)
{
  g_autofree char *converted = g_convert (excel_csv, -1, "WINDOWS-1250", "UTF-8", NULL, NULL, NULL);
  g_autofree char *path = kp_test_write_file (fixture->dir, "anketa.csv", converted, -1);
  g_autoptr (KpSurveyImport) import = read_ok (fixture, path, NULL);
  g_autoptr (GError) error = NULL;
  KpSurvey *survey;

  g_assert_nonnull (strstr (import->note, "Windows-1250"));
  g_assert_nonnull (strstr (import->note, ";"));
  g_assert_cmpuint (import->questions->len, ==, 4); /* ID is the respondent, not a question */
  g_assert_cmpstr (g_ptr_array_index (import->respondents, 1), ==, "2");
  survey = kp_needs_import_survey (fixture->needs, "Excel", KP_RESPONDENT_USERS, import, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (question_at (survey, 0)->text, ==, "Obec bydliště");
  g_assert_cmpstr (kp_survey_get_answer (survey, 1, 0), ==, "Čeňkov");
  g_assert_cmpint (question_at (survey, 1)->type, ==, KP_QUESTION_AGE_BAND);
  g_assert_cmpstr (question_at (survey, 1)->choices[0], ==, "do 17 let");
  g_assert_cmpint (question_at (survey, 2)->type, ==, KP_QUESTION_YES_NO);
  g_assert_cmpint (question_at (survey, 3)->type, ==, KP_QUESTION_MULTIPLE);
  g_assert_cmpstr (kp_survey_get_respondent_id (survey, 2), ==, "3");
}

static void
test_xlsx (Fixture      *fixture,
           gconstpointer data)
{
  static const char strings[] = "<si><t>Respondent</t></si><si><t>Obec</t></si>"
                                "<si><t>Spokojenost</t></si><si><t>Lesná</t></si>"
                                "<si><t>Skalná</t></si>";
  static const char rows[] =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>101</v></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
      "<c r=\"C2\"><v>5</v></c></row>"
      "<row r=\"4\"><c r=\"A4\"><v>102</v></c><c r=\"B4\" t=\"s\"><v>4</v></c></row>";
  g_autofree char *path = kp_test_write_xlsx (fixture->dir, "odpovedi.xlsx", rows, strings, NULL);
  g_autoptr (KpSurveyImport) import = read_ok (fixture, path, NULL);

  g_assert_cmpuint (import->rows->len, ==, 2);
  g_assert_cmpuint (import->questions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (import->respondents, 0), ==, "101");
  g_assert_nonnull (strstr (import->note, "List1"));
}

/* With a questionnaire the answers must fit it. */
static void
test_questionnaire (Fixture      *fixture,
                    gconstpointer data)
{
  static const char *const choices[] = { "Ano, často", "Občas", "Nikdy", NULL };
  static const char        good[] = "Jak často využíváte služby?;Věk\r\nano, ČASTO;30\r\nNikdy;\r\n";
  static const char        bad[] = "Jak často využíváte služby?;Věk\r\nNikdy;40\r\nKaždý den;50\r\n";
  static const char        unknown[] = "Jak často využíváte služby?;Bydliště\r\nNikdy;Lesná\r\n";
  g_autofree char         *good_path = kp_test_write_file (fixture->dir, "good.csv", good, -1);
  g_autofree char         *bad_path = kp_test_write_file (fixture->dir, "bad.csv", bad, -1);
  g_autofree char         *unknown_path = kp_test_write_file (fixture->dir, "unknown.csv", unknown, -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpSurveyImport) import = NULL;
  KpSurvey *survey;
  int       often, age;

  survey = kp_needs_add_survey (fixture->needs, "Uživatelé", KP_RESPONDENT_USERS, &error);
  g_assert_no_error (error);
  often = kp_needs_add_question (fixture->needs, survey, "Jak často využíváte služby?",
                                 KP_QUESTION_SINGLE, choices, &error);
  g_assert_no_error (error);
  age = kp_needs_add_question (fixture->needs, survey, "Věk", KP_QUESTION_NUMBER, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (often, ==, 1);
  g_assert_cmpint (age, ==, 2);

  import = read_ok (fixture, good_path, kp_survey_get_questions (survey));
  g_assert_false (import->inferred);
  g_assert_nonnull (kp_needs_import_survey (fixture->needs, "Uživatelé", KP_RESPONDENT_USERS,
                                            import, &error));
  g_assert_no_error (error);
  /* The choice as the questionnaire spells it. */
  g_assert_cmpstr (kp_survey_get_answer (survey, 0, 0), ==, "Ano, často");
  g_assert_cmpstr (kp_survey_get_answer (survey, 0, 1), ==, "30");

  read_fails (fixture, bad_path, kp_survey_get_questions (survey), "bad.csv, row 3, column 1",
              "Každý den");
  read_fails (fixture, unknown_path, kp_survey_get_questions (survey), "unknown.csv, row 1",
              "Bydliště");
  /* The refused files changed nothing. */
  g_assert_cmpuint (kp_survey_get_n_respondents (survey), ==, 2);
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  static const char broken[] = "Obec;Věk\r\nLesná;30\r\nSkalná;40;navíc\r\n";
  static const char twice[] = "ID;Obec\r\n7;Lesná\r\n8;Skalná\r\n7;Dubovice\r\n";
  static const char header_only[] = "Obec;Věk\r\n";
  static const char utf16[] = "\xff\xfeO\0b\0e\0c\0";
  static const char undefined[] = "Obec;V\x98k\r\nLesn\xe1;30\r\n";
  g_autofree char  *broken_path = kp_test_write_file (fixture->dir, "broken.csv", broken, -1);
  g_autofree char  *twice_path = kp_test_write_file (fixture->dir, "twice.csv", twice, -1);
  g_autofree char  *empty_path = kp_test_write_file (fixture->dir, "empty.csv", "", 0);
  g_autofree char  *header_path = kp_test_write_file (fixture->dir, "header.csv", header_only, -1);
  g_autofree char  *utf16_path = kp_test_write_file (fixture->dir, "utf16.csv", utf16,
                                                     sizeof utf16 - 1);
  g_autofree char  *undefined_path = kp_test_write_file (fixture->dir, "mixed.csv", undefined, -1);
  guint             before = g_list_model_get_n_items (kp_needs_get_surveys (fixture->needs));

  read_fails (fixture, broken_path, NULL, "broken.csv, row 3", "3");
  read_fails (fixture, twice_path, NULL, "twice.csv, row 4, column 1", "row 2");
  read_fails (fixture, empty_path, NULL, "empty.csv", NULL);
  read_fails (fixture, header_path, NULL, "header.csv", NULL);
  read_fails (fixture, utf16_path, NULL, "utf16.csv", "UTF-16");
  read_fails (fixture, undefined_path, NULL, "mixed.csv", "Windows-1250");
  g_assert_cmpuint (g_list_model_get_n_items (kp_needs_get_surveys (fixture->needs)), ==, before);
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/survey-import/form-tool-csv", Fixture, NULL, fixture_setup,
              test_form_tool_csv, fixture_teardown);
  g_test_add ("/kp/survey-import/excel-windows-1250", Fixture, NULL, fixture_setup,
              test_excel_windows_1250, fixture_teardown);
  g_test_add ("/kp/survey-import/xlsx", Fixture, NULL, fixture_setup, test_xlsx,
              fixture_teardown);
  g_test_add ("/kp/survey-import/questionnaire", Fixture, NULL, fixture_setup,
              test_questionnaire, fixture_teardown);
  g_test_add ("/kp/survey-import/refused", Fixture, NULL, fixture_setup, test_refused,
              fixture_teardown);
  return g_test_run ();
}
