/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* The settings of the plan documents (kp-plan-document-settings.h): one object per kind, its
 * texts, year and chosen survey questions there again after the project file is reopened, in
 * the order they were chosen; a question taken out goes; a copy writes nothing; not on the
 * undo stack. */

typedef struct
{
  char      *dir;
  char      *path;
  KpProject *project;
} Fixture;

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
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_finalize_object (g_steal_pointer (&fixture->project));
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
}

static KpPlanDocumentSettings *
settings_of (Fixture       *fixture,
             KpDocumentKind kind)
{
  return kp_publications_get_plan_document (kp_project_get_publications (fixture->project), kind);
}

static void
on_changed_cb (int *changes)
{
  (*changes)++;
}

static char *
dup_questions (KpPlanDocumentSettings *settings)
{
  GArray  *questions = kp_plan_document_settings_get_questions (settings);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const KpQuestionChoice *choice = &g_array_index (questions, KpQuestionChoice, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%d", i > 0 ? "," : "",
                              choice->survey_id, choice->qid);
    }
  return g_string_free (text, FALSE);
}

static void
test_round_trip (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPlanDocumentSettings *plan = settings_of (fixture, KP_DOCUMENT_KIND_PLAN);
  KpPlanDocumentSettings *action_plan = settings_of (fixture, KP_DOCUMENT_KIND_ACTION_PLAN);
  KpPlanDocumentSettings *evaluation = settings_of (fixture, KP_DOCUMENT_KIND_EVALUATION);
  g_autofree char        *questions = NULL;
  int                     changes = 0;

  g_assert_true (KP_IS_PLAN_DOCUMENT_SETTINGS (plan));
  g_assert_true (kp_publications_get_document (kp_project_get_publications (fixture->project),
                                               KP_DOCUMENT_KIND_PLAN, NULL) ==
                 KP_DOCUMENT_SETTINGS (plan));
  g_assert_true (action_plan != plan);
  g_assert_cmpuint (kp_plan_document_settings_get_questions (plan)->len, ==, 0);
  g_assert_cmpint (kp_document_settings_get_year (KP_DOCUMENT_SETTINGS (evaluation)), ==, 0);

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_changed_cb), &changes);
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (plan), KP_DOCUMENT_TEXT_TITLE,
                                                "Komunitní plán Podlesí", &error));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (plan),
                                                KP_DOCUMENT_TEXT_ISSUER, "Obec Lesná", &error));
  g_assert_true (kp_plan_document_settings_set_question (plan, 7, 3, TRUE, &error));
  g_assert_true (kp_plan_document_settings_set_question (plan, 7, 1, TRUE, &error));
  g_assert_true (kp_plan_document_settings_set_question (plan, 9, 2, TRUE, &error));
  /* chosen again: nothing changes */
  g_assert_true (kp_plan_document_settings_set_question (plan, 7, 3, TRUE, &error));
  g_assert_true (kp_document_settings_set_year (KP_DOCUMENT_SETTINGS (action_plan), 2027, &error));
  g_assert_no_error (error);
  g_assert_cmpint (changes, ==, 5);
  g_assert_true (kp_plan_document_settings_has_question (plan, 7, 1));
  g_assert_false (kp_plan_document_settings_has_question (plan, 7, 2));
  g_assert_false (kp_project_get_can_undo (fixture->project));

  reopen (fixture);
  plan = settings_of (fixture, KP_DOCUMENT_KIND_PLAN);
  questions = dup_questions (plan);
  g_assert_cmpstr (questions, ==, "7:3,7:1,9:2");
  g_assert_cmpstr (kp_document_settings_get_text (KP_DOCUMENT_SETTINGS (plan), KP_DOCUMENT_TEXT_TITLE),
                   ==, "Komunitní plán Podlesí");
  g_assert_cmpstr (kp_document_settings_get_text (KP_DOCUMENT_SETTINGS (plan), KP_DOCUMENT_TEXT_ISSUER),
                   ==, "Obec Lesná");
  g_assert_cmpint (kp_document_settings_get_year (
                       KP_DOCUMENT_SETTINGS (settings_of (fixture, KP_DOCUMENT_KIND_ACTION_PLAN))),
                   ==, 2027);
  g_assert_cmpuint (kp_plan_document_settings_get_questions (
                        settings_of (fixture, KP_DOCUMENT_KIND_EVALUATION))
                        ->len,
                    ==, 0);

  /* taken out, the others keep their order */
  g_assert_true (kp_plan_document_settings_set_question (plan, 7, 3, FALSE, &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_free (questions);
  questions = dup_questions (settings_of (fixture, KP_DOCUMENT_KIND_PLAN));
  g_assert_cmpstr (questions, ==, "7:1,9:2");
}

static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPlanDocumentSettings *plan = settings_of (fixture, KP_DOCUMENT_KIND_PLAN);
  g_autoptr (KpDocumentSettings) copy = NULL;
  g_autofree char *questions = NULL;

  g_assert_true (kp_plan_document_settings_set_question (plan, 4, 2, TRUE, &error));
  g_assert_no_error (error);
  copy = kp_document_settings_copy (KP_DOCUMENT_SETTINGS (plan));
  g_assert_false (kp_document_settings_get_is_stored (copy));
  g_assert_true (kp_plan_document_settings_has_question (KP_PLAN_DOCUMENT_SETTINGS (copy), 4, 2));
  g_assert_true (kp_plan_document_settings_set_question (KP_PLAN_DOCUMENT_SETTINGS (copy), 4, 5,
                                                         TRUE, &error));
  g_assert_no_error (error);
  reopen (fixture);
  questions = dup_questions (settings_of (fixture, KP_DOCUMENT_KIND_PLAN));
  g_assert_cmpstr (questions, ==, "4:2");
}

static void
test_memory_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpPlanDocumentSettings) settings = kp_plan_document_settings_new (KP_DOCUMENT_KIND_COMMENTS);

  g_assert_cmpint (kp_document_settings_get_kind (KP_DOCUMENT_SETTINGS (settings)), ==,
                   KP_DOCUMENT_KIND_COMMENTS);
  g_assert_cmpstr (kp_document_settings_get_variant (KP_DOCUMENT_SETTINGS (settings)), ==, "");
  g_assert_true (kp_plan_document_settings_set_question (settings, 1, 1, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (kp_document_kind_is_plan (KP_DOCUMENT_KIND_EVALUATION));
  g_assert_false (kp_document_kind_is_plan (KP_DOCUMENT_KIND_LEAFLET));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/publications/plan-document-settings/round-trip", Fixture, NULL, fixture_setup,
              test_round_trip, fixture_teardown);
  g_test_add ("/kp/publications/plan-document-settings/copy", Fixture, NULL, fixture_setup,
              test_copy, fixture_teardown);
  g_test_add_func ("/kp/publications/plan-document-settings/memory-only", test_memory_only);
  return g_test_run ();
}
