/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-error.h"
#include "kp-test-utils.h"
#include "test-plan-common.h"

/* The strategy tree: adding, moving, indenting, deleting, renumbering, undo; templates. */

static void
build_small (PlanFixture *f)
{
  g_autoptr (GError) error = NULL;
  KpPlanItem *p1, *p2, *m11;

  p1 = kp_plan_add_item (f->plan, NULL, -1, "Senioři", &error);
  g_assert_no_error (error);
  p2 = kp_plan_add_item (f->plan, NULL, -1, "Rodiny", &error);
  g_assert_no_error (error);
  m11 = kp_plan_add_item (f->plan, p1, -1, "Péče doma", &error);
  g_assert_no_error (error);
  kp_plan_add_item (f->plan, m11, -1, "Pečovatelská služba", &error);
  g_assert_no_error (error);
  kp_plan_add_item (f->plan, m11, -1, "Osobní asistence", &error);
  g_assert_no_error (error);
  kp_plan_add_item (f->plan, p2, -1, "Prevence", &error);
  g_assert_no_error (error);
}

static void
test_add_and_codes (PlanFixture  *f,
                    gconstpointer data)
{
  g_autofree char *outline = NULL;

  plan_fixture_start (f);
  build_small (f);
  outline = plan_fixture_outline (f->plan);
  g_assert_cmpstr (outline, ==,
                   "1=Senioři 1.1=Péče doma 1.1.1=Pečovatelská služba 1.1.2=Osobní asistence "
                   "2=Rodiny 2.1=Prevence");
  g_assert_cmpuint (kp_plan_count_items (f->plan), ==, 6);
  g_assert_true (kp_plan_item_is_activity (f->plan, plan_fixture_item (f->plan, "1.1.2")));
  g_assert_false (kp_plan_item_is_activity (f->plan, plan_fixture_item (f->plan, "1.1")));
}

static void
test_move_renumbers (PlanFixture  *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *after_move = NULL;
  g_autofree char *after_indent = NULL;
  g_autofree char *after_undo = NULL;
  KpPlanItem      *item;

  plan_fixture_start (f);
  build_small (f);
  item = plan_fixture_item (f->plan, "1.1.2");
  g_assert_true (kp_plan_move_item_by (f->plan, item, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_plan_item_get_code (item), ==, "1.1.1");
  after_move = plan_fixture_outline (f->plan);
  g_assert_cmpstr (after_move, ==,
                   "1=Senioři 1.1=Péče doma 1.1.1=Osobní asistence 1.1.2=Pečovatelská služba "
                   "2=Rodiny 2.1=Prevence");

  /* A priority moves down with everything below it. */
  g_assert_true (kp_plan_move_item_by (f->plan, plan_fixture_item (f->plan, "1"), 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_plan_item_get_code (item), ==, "2.1.1");

  /* Out and in again. */
  g_assert_true (kp_plan_outdent_item (f->plan, item, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_plan_item_get_code (item), ==, "2.2");
  g_assert_true (kp_plan_indent_item (f->plan, item, &error));
  g_assert_no_error (error);
  after_indent = plan_fixture_outline (f->plan);
  g_assert_cmpstr (after_indent, ==,
                   "1=Rodiny 1.1=Prevence 2=Senioři 2.1=Péče doma 2.1.1=Pečovatelská služba "
                   "2.1.2=Osobní asistence");

  /* Too deep and below itself are refused. */
  g_assert_false (kp_plan_indent_item (f->plan, item, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_plan_move_item (f->plan, plan_fixture_item (f->plan, "2"),
                                     plan_fixture_item (f->plan, "2.1"), 0, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);

  /* Each step undoes alone. */
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_no_error (error);
  after_undo = plan_fixture_outline (f->plan);
  g_assert_cmpstr (after_undo, ==,
                   "1=Senioři 1.1=Péče doma 1.1.1=Pečovatelská služba 1.1.2=Osobní asistence "
                   "2=Rodiny 2.1=Prevence");
}

static void
test_delete_and_undo (PlanFixture  *f,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *restored = NULL;

  plan_fixture_start (f);
  build_small (f);
  before = plan_fixture_outline (f->plan);
  g_assert_true (kp_plan_delete_item (f->plan, plan_fixture_item (f->plan, "1"), &error));
  g_assert_no_error (error);
  deleted = plan_fixture_outline (f->plan);
  g_assert_cmpstr (deleted, ==, "1=Rodiny 1.1=Prevence");
  g_assert_cmpuint (kp_plan_count_items (f->plan), ==, 2);
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_no_error (error);
  restored = plan_fixture_outline (f->plan);
  g_assert_cmpstr (restored, ==, before);
  g_assert_cmpuint (kp_plan_count_items (f->plan), ==, 6);
}

static void
test_item_fields (PlanFixture  *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpPlanItemData) d = NULL;
  KpPlanItem *item;

  plan_fixture_start (f);
  build_small (f);
  item = plan_fixture_item (f->plan, "1.1.1");
  d = kp_plan_item_data_copy (kp_plan_item_get_data (item), FALSE);
  d->has_status = TRUE;
  d->status = KP_ACTIVITY_STATUS_IN_PROGRESS;
  g_ptr_array_add (d->target_groups, g_strdup ("Senioři"));
  g_ptr_array_add (d->findings, g_strdup ("zjisteni-senioři-7"));
  g_ptr_array_add (d->costs, kp_plan_cost_new (2027, KP_FINANCING_SOURCE_KRAJ, NULL, 120000));
  g_ptr_array_add (d->costs, kp_plan_cost_new (2026, KP_FINANCING_SOURCE_OBEC, "990001", 35000));
  g_assert_true (kp_plan_update_item (f->plan, item, d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_plan_item_get_total_costs (item), ==, 155000);
  /* The registry's spelling, costs in year order. */
  g_assert_cmpstr (g_ptr_array_index (kp_plan_item_get_data (item)->target_groups, 0), ==,
                   "senioři");
  g_assert_cmpint (((KpPlanCost *) g_ptr_array_index (kp_plan_item_get_data (item)->costs, 0))->year,
                   ==, 2026);

  /* Linked to a finding by its id, whether or not the needs analysis has it: the plan names
   * it only when a module holding findings answers for it. */
  {
    g_autoptr (GPtrArray) answering = kp_plan_list_items_for_finding (f->plan, "zjisteni-senioři-7");

    g_assert_cmpuint (answering->len, ==, 1);
    g_assert_true (g_ptr_array_index (answering, 0) == item);
    g_assert_null (kp_plan_dup_finding_title (f->plan, "zjisteni-senioři-7"));
  }

  /* Refused: a year outside the period, a negative amount, an unknown target group. */
  g_ptr_array_add (d->costs, kp_plan_cost_new (2030, KP_FINANCING_SOURCE_KRAJ, NULL, 1));
  g_assert_false (kp_plan_update_item (f->plan, item, d, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2030"));
  g_clear_error (&error);
  ((KpPlanCost *) g_ptr_array_index (d->costs, 2))->year = 2028;
  ((KpPlanCost *) g_ptr_array_index (d->costs, 2))->amount = -5;
  g_assert_false (kp_plan_update_item (f->plan, item, d, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_set_size (d->costs, 2);
  g_ptr_array_add (d->target_groups, g_strdup ("marťané"));
  g_assert_false (kp_plan_update_item (f->plan, item, d, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (kp_plan_item_get_total_costs (item), ==, 155000);
}

static void
test_template (PlanFixture  *f,
               gconstpointer data)
{
  static const char *const levels[] = { "Cíl", "Opatření", NULL };
  static const char *const too_many[] = { "A", "B", "C", "D", "E", NULL };
  KpPlanTemplate           tmpl = { 2026, 2028, levels, TRUE, TRUE };
  g_autoptr (GError) error = NULL;
  g_autoptr (KpPlanChapter) first = NULL;
  GListModel *chapters;

  tmpl.levels = too_many;
  g_assert_false (kp_plan_start (f->plan, &tmpl, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  tmpl.levels = levels;
  g_assert_true (kp_plan_start (f->plan, &tmpl, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_plan_get_n_levels (f->plan), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (kp_plan_get_items (f->plan)), ==, 5);
  g_assert_cmpstr (kp_plan_item_get_title (plan_fixture_item (f->plan, "3")), ==,
                   "Rozvoj sociálních služeb");
  chapters = kp_plan_get_chapters (f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (chapters), >=, 5);
  first = g_list_model_get_item (chapters, 0);
  g_assert_cmpstr (kp_plan_chapter_get_title (first), ==, "Úvod");
  /* The whole start is one step. */
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_false (kp_plan_has_plan (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (kp_plan_get_items (f->plan)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, PlanFixture, NULL, plan_fixture_setup_empty, func, plan_fixture_teardown)
  ADD ("/kp/plan/tree/add-and-codes", test_add_and_codes);
  ADD ("/kp/plan/tree/move-renumbers", test_move_renumbers);
  ADD ("/kp/plan/tree/delete-and-undo", test_delete_and_undo);
  ADD ("/kp/plan/tree/item-fields", test_item_fields);
  ADD ("/kp/plan/tree/template", test_template);
#undef ADD
  return g_test_run ();
}
