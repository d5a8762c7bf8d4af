/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-plan-common.h"
#include "kp-database.h"
#include "kp-test-utils.h"

void
plan_fixture_setup_empty (PlanFixture  *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  /* The sample's territory and network, without its plan. */
  g_clear_object (&fixture->project);
  fixture->project = kp_project_create_sample (path, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->project);
  {
    g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);

    g_assert_no_error (error);
    kp_database_exec (db,
                      "DELETE FROM action_plan; UPDATE plan_version SET state = 'draft'; "
                      "DELETE FROM plan_version;",
                      &error);
    g_assert_no_error (error);
  }
  fixture->project = kp_project_open (path, &error);
  g_assert_no_error (error);
  fixture->plan = kp_plan_get (fixture->project);
  g_assert_nonnull (fixture->plan);
  g_assert_false (kp_plan_has_plan (fixture->plan));
}

void
plan_fixture_setup_sample (PlanFixture  *fixture,
                           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "ukazka.komplan", NULL);
  fixture->project = kp_project_create_sample (path, &error);
  g_assert_no_error (error);
  fixture->plan = kp_plan_get (fixture->project);
  g_assert_nonnull (fixture->plan);
}

void
plan_fixture_start (PlanFixture *fixture)
{
  static const char *const levels[] = { "Priorita", "Opatření", "Aktivita", NULL };
  KpPlanTemplate           tmpl = { 2026, 2028, levels, FALSE, FALSE };
  g_autoptr (GError) error = NULL;

  g_assert_true (kp_plan_start (fixture->plan, &tmpl, &error));
  g_assert_no_error (error);
}

void
plan_fixture_teardown (PlanFixture  *fixture,
                       gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
outline (GListModel *items,
         GString    *out)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s=%s", kp_plan_item_get_code (item),
                              kp_plan_item_get_title (item));
      outline (kp_plan_item_get_children (item), out);
    }
}

char *
plan_fixture_outline (KpPlan *plan)
{
  GString *out = g_string_new (NULL);

  outline (kp_plan_get_items (plan), out);
  return g_string_free (out, FALSE);
}

static KpPlanItem *
find (GListModel *items,
      const char *code)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpPlanItem) item = g_list_model_get_item (items, i);
      KpPlanItem *found;

      if (g_strcmp0 (kp_plan_item_get_code (item), code) == 0)
        return item;
      found = find (kp_plan_item_get_children (item), code);
      if (found != NULL)
        return found;
    }
  return NULL;
}

KpPlanItem *
plan_fixture_item (KpPlan     *plan,
                   const char *code)
{
  KpPlanItem *item = find (kp_plan_get_items (plan), code);

  g_assert_nonnull (item);
  return item;
}
