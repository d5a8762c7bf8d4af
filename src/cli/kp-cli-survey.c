/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-cli-private.h"
#include "kp-czech.h"
#include "kp-needs.h"
#include "kp-survey-results.h"

#include <math.h>

/* komplan-cli survey import | results */

static gboolean
parse_group (const char        *text,
             KpRespondentGroup *out_group,
             GError           **error)
{
  if (text == NULL)
    {
      *out_group = KP_RESPONDENT_PUBLIC;
      return TRUE;
    }
  if (kp_respondent_group_from_string (text, out_group))
    return TRUE;
  g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
               _ ("Unknown --group “%s”; use public, users, commissioners or providers"), text);
  return FALSE;
}

static void
print_import (KpSurvey       *survey,
              KpSurveyImport *import)
{
  guint            n = kp_survey_get_n_respondents (survey);
  guint            q = kp_survey_get_questions (survey)->len;
  g_autofree char *respondents = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u respondent", "%u respondents", n), n);
  g_autofree char *questions = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions", q), q);

  /* Translators: the survey's name, how many respondents and questions it has */
  g_print (_ ("%s: %s, %s\n"), kp_survey_get_name (survey), respondents, questions);
  g_print ("  %s: %s\n", import->display_name, import->note);
  if (import->inferred)
    g_print ("  %s\n", _ ("The questionnaire was made from the file: check the types of its "
                          "questions in the Potřeby view."));
  if (import->skipped->len > 0)
    {
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; i < import->skipped->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (import->skipped, i));
      /* Translators: the columns of a form tool's file that are no question */
      g_print (_ ("  Left out: %s\n"), names->str);
    }
}

/**
 * kp_cli_survey_import:
 *
 * komplan-cli survey import FILE.komplan --name NAME [--group GROUP] RESPONSES.csv|.xlsx
 */
gboolean
kp_cli_survey_import (const KpCliOptions *options,
                      GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpSurveyImport) import = NULL;
  g_auto (GStrv) obce = NULL;
  KpRespondentGroup group;
  KpNeeds          *needs;
  KpSurvey         *survey;
  GPtrArray        *questionnaire = NULL;

  if (options->args == NULL || g_strv_length (options->args) != 2 || options->name == NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“survey import” needs FILE.komplan, --name and the file of responses "
                      "(see “komplan-cli survey import --help”)"));
      return FALSE;
    }
  if (!parse_group (options->group, &group, error) || !kp_cli_check_files (options->args, error))
    return FALSE;
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;
  needs = kp_needs_get (project);
  survey = kp_needs_find_survey (needs, options->name);
  if (survey != NULL)
    {
      questionnaire = kp_survey_get_questions (survey);
      group = kp_survey_get_respondent_group (survey);
    }
  obce = kp_needs_dup_obce_names (needs);
  import = kp_survey_import_read (options->args[1], questionnaire, (const char *const *) obce,
                                  NULL, error);
  if (import == NULL)
    return FALSE;
  survey = kp_needs_import_survey (needs, options->name, group, import, error);
  if (survey == NULL)
    return FALSE;
  print_import (survey, import);
  return TRUE;
}

static void
json_result (KpCliJson              *json,
             const KpQuestionResult *result)
{
  kp_cli_json_begin_object (json);
  kp_cli_json_key (json, "text");
  kp_cli_json_string (json, result->text);
  kp_cli_json_key (json, "type");
  kp_cli_json_string (json, kp_question_type_to_string (result->type));
  kp_cli_json_key (json, "valid");
  kp_cli_json_int (json, result->valid);
  kp_cli_json_key (json, "answers");
  kp_cli_json_begin_array (json);
  for (guint i = 0; i < result->answers->len; i++)
    {
      const KpAnswerCount *count = g_ptr_array_index (result->answers, i);

      kp_cli_json_begin_object (json);
      kp_cli_json_key (json, "label");
      kp_cli_json_string (json, count->label);
      kp_cli_json_key (json, "count");
      kp_cli_json_int (json, count->count);
      kp_cli_json_key (json, "percent");
      kp_cli_json_double (json, count->percent);
      kp_cli_json_end_object (json);
    }
  kp_cli_json_end_array (json);
  kp_cli_json_end_object (json);
}

static void
print_results (const KpSurveyResults *results)
{
  g_autofree char *respondents = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u respondent", "%u respondents", results->respondents),
      results->respondents);

  g_print ("%s (%s, %s)\n", results->name, kp_respondent_group_get_label (results->group),
           respondents);
  for (guint q = 0; q < results->questions->len; q++)
    {
      const KpQuestionResult *result = g_ptr_array_index (results->questions, q);

      /* Translators: a question and how many answered it, "Věk (n = 148)" */
      g_print (_ ("\n%s (n = %u)\n"), result->text, result->valid);
      for (guint i = 0; i < result->answers->len; i++)
        {
          const KpAnswerCount *count = g_ptr_array_index (result->answers, i);
          g_autofree char     *percent = kp_czech_format_percent (count->percent, 1);
          g_autofree char     *label = kp_cli_pad (count->label, 40, FALSE);

          g_print ("  %s %6u  %s\n", label, count->count, percent);
        }
      if (!isnan (result->mean))
        {
          g_autofree char *mean = kp_czech_format_double (result->mean, 2);

          g_print (_ ("  mean %s\n"), mean);
        }
    }
}

/**
 * kp_cli_survey_results:
 *
 * komplan-cli survey results [--json] FILE.komplan NAME
 */
gboolean
kp_cli_survey_results (const KpCliOptions *options,
                       GError            **error)
{
  g_autoptr (KpProject) project = NULL;
  g_autoptr (KpSurveyResults) results = NULL;
  KpSurvey *survey;

  if (options->args == NULL || g_strv_length (options->args) != 2)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_USAGE,
                   _ ("“survey results” needs FILE.komplan and the survey’s name (see "
                      "“komplan-cli survey results --help”)"));
      return FALSE;
    }
  project = kp_project_open (options->args[0], error);
  if (project == NULL)
    return FALSE;
  survey = kp_needs_find_survey (kp_needs_get (project), options->args[1]);
  if (survey == NULL)
    {
      g_set_error (error, KP_CLI_ERROR, KP_CLI_ERROR_FAILED,
                   _ ("The project has no survey named “%s”"), options->args[1]);
      return FALSE;
    }
  results = kp_survey_compute_results (survey);
  if (options->json)
    {
      g_autoptr (KpCliJson) json = kp_cli_json_new ();

      kp_cli_json_begin_object (json);
      kp_cli_json_key (json, "respondents");
      kp_cli_json_int (json, results->respondents);
      kp_cli_json_key (json, "questions");
      kp_cli_json_begin_array (json);
      for (guint q = 0; q < results->questions->len; q++)
        json_result (json, g_ptr_array_index (results->questions, q));
      kp_cli_json_end_array (json);
      kp_cli_json_end_object (json);
      return kp_cli_json_print (json, error);
    }
  print_results (results);
  return TRUE;
}
