/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-error.h"
#include "kp-test-utils.h"
#include "test-plan-common.h"

/* The plan file: export → import → export is identical; bad files are refused whole. */

static const char issue_example[] =
    "{\"format\": \"komplan-plan/1\", \"period\": \"2026-2028\",\n"
    " \"levels\": [\"Priorita\", \"Opatření\", \"Aktivita\"], \"vision\": \"Vize\",\n"
    " \"items\": [{\"title\": \"P\", \"children\": [{\"title\": \"O\", \"children\": [\n"
    "   {\"title\": \"A\", \"status\": \"probíhá\", \"start\": \"2026-01\", \"end\": \"2027-12\",\n"
    "    \"target_groups\": [\"senioři\"],\n"
    "    \"costs\": [{\"year\": 2026, \"source\": \"kraj\", \"amount\": 120000},\n"
    "              {\"year\": 2027, \"source\": \"obec\", \"obec\": \"990001\", \"amount\": 5}],\n"
    "    \"indicators\": [{\"name\": \"Klienti\", \"unit\": \"klienti\", \"baseline\": 10, "
    "\"target\": 20.5}]}]}]}]}";

static char *export(KpPlan *plan)
{
  g_autoptr (GError) error = NULL;
  char *json = kp_plan_export_json (plan, 0, &error);

  g_assert_no_error (error);
  return json;
}

static void
test_round_trip (PlanFixture  *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *first = export(f->plan);
  g_autofree char *second = NULL;

  g_assert_nonnull (strstr (first, "\"format\": \"komplan-plan/1\""));
  g_assert_true (kp_plan_import_json (f->plan, first, strlen (first), "plan.json", &error));
  g_assert_no_error (error);
  second = export(f->plan);
  g_assert_cmpstr (first, ==, second);
  /* The same content changed nothing; another file is one step, undone whole. */
  g_assert_false (kp_project_get_can_undo (f->project));
  g_assert_true (kp_plan_import_json (f->plan, issue_example, strlen (issue_example), "x.json",
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_plan_count_items (f->plan), ==, 3);
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_clear_pointer (&second, g_free);
  second = export(f->plan);
  g_assert_cmpstr (first, ==, second);
}

static void
test_issue_example (PlanFixture  *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  KpPlanItem      *a;

  g_assert_true (kp_plan_import_json (f->plan, issue_example, strlen (issue_example), "x.json",
                                      &error));
  g_assert_no_error (error);
  a = plan_fixture_item (f->plan, "1.1.1");
  g_assert_cmpstr (kp_plan_item_get_title (a), ==, "A");
  g_assert_cmpint (kp_plan_item_get_total_costs (a), ==, 120005);
  g_assert_cmpint (kp_plan_item_get_data (a)->status, ==, KP_ACTIVITY_STATUS_IN_PROGRESS);
  first = export(f->plan);
  g_assert_nonnull (strstr (first, "\"status\": \"probíhá\""));
  g_assert_nonnull (strstr (first, "\"target\": 20.5"));
  g_assert_true (kp_plan_import_json (f->plan, first, strlen (first), "x.json", &error));
  g_assert_no_error (error);
  second = export(f->plan);
  g_assert_cmpstr (first, ==, second);
}

static void
expect_refused (PlanFixture *f,
                const char  *from,
                const char  *to,
                const char  *in_message)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *before = export(f->plan);
  g_autofree char *after = NULL;
  const char      *at = strstr (issue_example, from);

  g_assert_nonnull (at);
  bad = g_strdup_printf ("%.*s%s%s", (int) (at - issue_example), issue_example, to,
                         at + strlen (from));
  g_assert_false (kp_plan_import_json (f->plan, bad, strlen (bad), "zly.json", &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == KP_IMPORT_ERROR);
  g_assert_nonnull (strstr (error->message, "zly.json"));
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
  after = export(f->plan);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refused (PlanFixture  *f,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kp_plan_import_json (f->plan, issue_example, strlen (issue_example), "x.json",
                                      &error));
  g_assert_no_error (error);
  expect_refused (f, "probíhá", "hotovo", "item 1.1.1 “A”");
  expect_refused (f, "probíhá", "hotovo", "hotovo");
  expect_refused (f, "\"amount\": 120000", "\"amount\": -3", "-3");
  expect_refused (f, "\"amount\": 120000", "\"amount\": 1.5", "amount");
  expect_refused (f, "\"year\": 2026", "\"year\": 2031", "2031");
  expect_refused (f, "\"source\": \"kraj\"", "\"source\": \"loterie\"", "loterie");
  expect_refused (f, "\"senioři\"", "\"marťané\"", "marťané");
  expect_refused (f, "\"Opatření\", \"Aktivita\"]", "\"Opatření\"]", "item 1.1.1");
  expect_refused (f, "komplan-plan/1", "komplan-plan/9", "format");
  expect_refused (f, "\"Vize\",", "\"Vize\"", "JSON");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/plan/json/round-trip", PlanFixture, NULL, plan_fixture_setup_sample,
              test_round_trip, plan_fixture_teardown);
  g_test_add ("/kp/plan/json/issue-example", PlanFixture, NULL, plan_fixture_setup_empty,
              test_issue_example, plan_fixture_teardown);
  g_test_add ("/kp/plan/json/refused", PlanFixture, NULL, plan_fixture_setup_empty,
              test_refused, plan_fixture_teardown);
  return g_test_run ();
}
