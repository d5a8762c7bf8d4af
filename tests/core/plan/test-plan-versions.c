/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-database.h"
#include "kp-error.h"
#include "kp-test-utils.h"
#include "test-plan-common.h"

/* Versions, freezing, comparison, comments, action plans, evaluation and carry-over, on
 * the sample project's plan. */

static KpPlanVersionData *
version_data (KpPlan *plan,
              int     number)
{
  g_autoptr (GError) error = NULL;
  KpPlanVersionData *v = kp_plan_dup_version_data (plan, number, &error);

  g_assert_no_error (error);
  return v;
}

static gboolean
count_activity (const KpPlanItemData *item,
                const char           *code,
                int                   depth,
                const KpPlanItemData *parent,
                gpointer              user_data)
{
  if (depth == 3)
    (*(guint *) user_data)++;
  return TRUE;
}

static void
test_sample_plan (PlanFixture  *f,
                  gconstpointer data)
{
  g_autoptr (KpPlanVersionData) v1 = version_data (f->plan, 1);
  g_autoptr (KpPlanVersion) first = NULL;
  KpPlanVersion *current = kp_plan_get_current_version (f->plan);
  guint          activities = 0;

  g_assert_cmpuint (g_list_model_get_n_items (kp_plan_get_versions (f->plan)), ==, 2);
  first = g_list_model_get_item (kp_plan_get_versions (f->plan), 0);
  g_assert_cmpint (kp_plan_version_get_data (first)->state, ==, KP_PLAN_STATE_APPROVED);
  g_assert_cmpstr (kp_plan_version_get_data (first)->resolution, ==, "ZM/14/2025/7");
  g_assert_cmpint (kp_plan_version_get_data (current)->number, ==, 2);
  g_assert_cmpint (kp_plan_version_get_data (current)->state, ==, KP_PLAN_STATE_DRAFT);
  g_assert_true (kp_plan_is_editable (f->plan));

  g_assert_cmpuint (v1->items->len, ==, 4);
  kp_plan_version_data_walk (v1, count_activity, &activities);
  g_assert_cmpuint (activities, ==, 30);
  g_assert_cmpuint (v1->comments->len, ==, 3);
  g_assert_nonnull (strstr (v1->vision, "Ukázková data"));
  g_assert_cmpuint (g_list_model_get_n_items (kp_plan_get_action_plans (f->plan)), ==, 1);
  g_assert_nonnull (kp_plan_find_action_plan (f->plan, 2026));
  g_assert_cmpstr (kp_plan_item_get_title (plan_fixture_item (f->plan, "1.1.1")), ==,
                   "Spolufinancování registrovaných služeb z rozpočtů obcí mikroregionu");
}

static void
test_frozen (PlanFixture  *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (kp_project_get_path (f->project));
  KpPlanItem      *item;

  /* Approve the draft (version 2): version 1 becomes superseded. */
  g_assert_true (kp_plan_approve (f->plan, KP_APPROVAL_BODY_RADA, "RM/3/2027", "2027-02-01",
                                  &error));
  g_assert_no_error (error);
  g_assert_false (kp_plan_is_editable (f->plan));
  {
    g_autoptr (KpPlanVersion) first = g_list_model_get_item (kp_plan_get_versions (f->plan), 0);

    g_assert_cmpint (kp_plan_version_get_data (first)->state, ==, KP_PLAN_STATE_SUPERSEDED);
  }
  item = plan_fixture_item (f->plan, "1.1.1");
  g_assert_false (kp_plan_rename_item (f->plan, item, "Jinak", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kp_plan_add_item (f->plan, NULL, -1, "Nová", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kp_plan_set_vision (f->plan, "Jiná vize", &error));
  g_clear_error (&error);

  /* The file itself refuses it too. */
  {
    g_autoptr (KpDatabase) db = kp_database_open (path, KP_DATABASE_KIND_PROJECT, 0, &error);

    g_assert_no_error (error);
    g_assert_false (kp_database_exec (db, "UPDATE plan_item SET title = 'x'", &error));
    g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_false (kp_database_exec (db, "DELETE FROM plan_cost", &error));
    g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_false (kp_database_exec (db, "UPDATE plan_version SET vision = 'x'", &error));
    g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }

  /* The approval undoes as one step, and the draft can change again. */
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_true (kp_plan_is_editable (f->plan));
  g_assert_true (kp_plan_rename_item (f->plan, item, "Jinak", &error));
  g_assert_no_error (error);
}

static void
test_revision_and_compare (PlanFixture  *f,
                           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) diff = NULL;
  KpPlanItem *item;
  gboolean    added = FALSE, renamed = FALSE, removed = FALSE;

  item = plan_fixture_item (f->plan, "4.1.1");
  g_assert_true (kp_plan_rename_item (f->plan, item, "Krizová lůžka (rozšířeno)", &error));
  g_assert_no_error (error);
  g_assert_true (kp_plan_delete_item (f->plan, plan_fixture_item (f->plan, "4.4.2"), &error));
  g_assert_no_error (error);
  diff = kp_plan_compare (f->plan, 1, 2, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < diff->len; i++)
    {
      KpPlanDifference *d = g_ptr_array_index (diff, i);

      if (d->kind == KP_PLAN_DIFFERENCE_ADDED && g_str_has_prefix (d->title, "Sdílené"))
        added = TRUE;
      if (d->kind == KP_PLAN_DIFFERENCE_CHANGED && g_strcmp0 (d->code, "4.1.1") == 0)
        {
          renamed = TRUE;
          g_assert_cmpstr (g_ptr_array_index (d->fields, 0), ==, "title");
        }
      if (d->kind == KP_PLAN_DIFFERENCE_REMOVED && g_strcmp0 (d->code, "4.4.2") == 0)
        removed = TRUE;
    }
  g_assert_true (added);
  g_assert_true (renamed);
  g_assert_true (removed);
  g_assert_cmpuint (diff->len, ==, 3);

  /* A revision copies an approved version: first approve version 2. */
  g_assert_false (kp_plan_start_revision (f->plan, &error));
  g_clear_error (&error);
  g_assert_true (kp_plan_approve (f->plan, KP_APPROVAL_BODY_ZASTUPITELSTVO, "ZM/2/2027",
                                  "2027-03-01", &error));
  g_assert_true (kp_plan_start_revision (f->plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_plan_version_get_data (kp_plan_get_current_version (f->plan))->number, ==,
                   3);
  g_assert_cmpint (kp_plan_version_get_data (kp_plan_get_current_version (f->plan))->based_on,
                   ==, 2);
  g_assert_cmpstr (kp_plan_item_get_title (plan_fixture_item (f->plan, "4.1.1")), ==,
                   "Krizová lůžka (rozšířeno)");
  g_clear_pointer (&diff, g_ptr_array_unref);
  diff = kp_plan_compare (f->plan, 2, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diff->len, ==, 0);
}

static void
test_comments (PlanFixture  *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpPlanCommentData) c = kp_plan_comment_data_new ();
  g_autoptr (KpPlanComment) saved = NULL;
  GListModel *comments = kp_plan_get_comments (f->plan);

  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);
  g_assert_true (kp_plan_open_for_comments (f->plan, "2027-04-01", "2027-04-20", &error));
  g_assert_no_error (error);
  c->from_public = TRUE;
  c->author = g_strdup ("Jan Novák");
  c->received_on = g_strdup ("2027-04-03");
  c->text = g_strdup ("Chybí služby pro lidi s autismem.");
  g_assert_true (kp_plan_save_comment (f->plan, NULL, c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 1);
  saved = g_list_model_get_item (comments, 0);
  /* No private person's name is kept. */
  g_assert_null (kp_plan_comment_get_data (saved)->author);
  g_clear_pointer (&c, kp_plan_comment_data_free);
  c = kp_plan_comment_data_copy (kp_plan_comment_get_data (saved));
  c->settled = TRUE;
  c->settlement = KP_SETTLEMENT_NOTED;
  c->reason = g_strdup ("Řeší krajská síť.");
  g_assert_true (kp_plan_save_comment (f->plan, saved, c, &error));
  g_assert_no_error (error);
  g_assert_true (kp_plan_comment_get_data (saved)->settled);
  g_assert_cmpint (kp_plan_comment_get_data (saved)->settlement, ==, KP_SETTLEMENT_NOTED);
  /* Bad comments are refused. */
  g_free (c->received_on);
  c->received_on = g_strdup ("3. 4. 2027");
  g_assert_false (kp_plan_save_comment (f->plan, NULL, c, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
}

static KpEvaluationLine *
total_line (GPtrArray *lines)
{
  return g_ptr_array_index (lines, lines->len - 1);
}

static void
test_evaluation (PlanFixture  *f,
                 gconstpointer data)
{
  g_autoptr (GPtrArray) lines = kp_plan_evaluate (f->plan, 2026, 2026);
  KpActionPlan     *ap = kp_plan_find_action_plan (f->plan, 2026);
  KpEvaluationLine *total = total_line (lines);
  gint64            planned = 0, spent = 0;
  guint             activities = 0;
  g_autoptr (GPtrArray) by_source = NULL;
  g_autoptr (GPtrArray) by_priority = NULL;
  gint64 sum_source = 0, sum_priority = 0;

  g_assert_cmpuint (lines->len, ==, 5); /* four priorities and the total */
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      KpEvaluationLine *l = g_ptr_array_index (lines, i);

      planned += l->planned;
      spent += l->spent;
      activities += l->activities;
    }
  g_assert_cmpint (planned, ==, total->planned);
  g_assert_cmpint (spent, ==, total->spent);
  g_assert_cmpuint (activities, ==, total->activities);
  g_assert_cmpuint (total->activities, ==, kp_action_plan_get_data (ap)->entries->len);
  g_assert_cmpuint (total->by_status[KP_ACTIVITY_STATUS_NOT_DONE], ==, 1);
  g_assert_cmpuint (total->by_status[KP_ACTIVITY_STATUS_MOVED], ==, 2);
  g_assert_cmpuint (total->targets_met, >, 0);
  g_assert_cmpuint (total->targets_met, <=, total->indicators);

  by_source = kp_action_plan_budget_by_source (kp_action_plan_get_data (ap));
  by_priority = kp_action_plan_budget_by_priority (kp_action_plan_get_data (ap));
  for (guint i = 0; i < by_source->len; i++)
    sum_source += ((KpBudgetLine *) g_ptr_array_index (by_source, i))->planned;
  for (guint i = 0; i < by_priority->len; i++)
    sum_priority += ((KpBudgetLine *) g_ptr_array_index (by_priority, i))->planned;
  g_assert_cmpint (sum_source, ==, total->planned);
  g_assert_cmpint (sum_priority, ==, total->planned);
  g_assert_cmpuint (by_priority->len, ==, 4);
}

static void
test_action_plan_and_carry_over (PlanFixture  *f,
                                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpActionPlan           *ap2026 = kp_plan_find_action_plan (f->plan, 2026);
  KpActionPlan           *ap2027;
  guint                   moved = 0, unfinished = 0;
  const KpActionPlanData *d;

  /* An overlapping one is refused; 2027 is made from the draft. */
  g_assert_null (kp_plan_create_action_plan (f->plan, 2026, 2026, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kp_plan_create_action_plan (f->plan, 2029, 2029, &error));
  g_clear_error (&error);

  d = kp_action_plan_get_data (ap2026);
  for (guint i = 0; i < d->entries->len; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (d->entries, i);

      if (!e->has_status || kp_activity_status_is_unfinished (e->status))
        unfinished++;
    }
  ap2027 = kp_plan_carry_over (f->plan, ap2026, &moved, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ap2027);
  g_assert_cmpuint (moved, ==, unfinished);
  g_assert_cmpuint (kp_action_plan_get_data (ap2027)->entries->len, ==, unfinished);
  /* What was not started in 2026 is marked moved there. */
  d = kp_action_plan_get_data (ap2026);
  for (guint i = 0; i < d->entries->len; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (kp_action_plan_get_data (ap2026)->entries, i);

      if (g_strcmp0 (e->item_uid, "a432") == 0)
        g_assert_cmpint (e->status, ==, KP_ACTIVITY_STATUS_MOVED);
    }
  /* One step. */
  g_assert_true (kp_project_undo (f->project, &error));
  g_assert_no_error (error);
  g_assert_null (kp_plan_find_action_plan (f->plan, 2027));

  /* An action plan from the plan: activities running in 2027 with 2027's money. */
  ap2027 = kp_plan_create_action_plan (f->plan, 2027, 2027, &error);
  g_assert_no_error (error);
  d = kp_action_plan_get_data (ap2027);
  g_assert_cmpuint (d->entries->len, >, 20);
  for (guint i = 0; i < d->entries->len; i++)
    {
      KpActionPlanEntry *e = g_ptr_array_index (d->entries, i);

      for (guint j = 0; j < e->amounts->len; j++)
        g_assert_cmpint (((KpActionPlanAmount *) g_ptr_array_index (e->amounts, j))->year, ==,
                         2027);
      g_assert_nonnull (e->priority_code);
    }
  /* Monitoring of one entry. */
  {
    g_autoptr (KpActionPlanEntry) e = kp_action_plan_entry_copy (g_ptr_array_index (d->entries, 0));
    KpActionPlanAmount *a = g_ptr_array_index (e->amounts, 0);

    e->has_status = TRUE;
    e->status = KP_ACTIVITY_STATUS_DONE;
    a->has_spent = TRUE;
    a->spent = a->planned - 1;
    g_assert_true (kp_plan_update_action_plan_entry (f->plan, ap2027, e, &error));
    g_assert_no_error (error);
    g_assert_cmpint (kp_action_plan_entry_spent (g_ptr_array_index (
                         kp_action_plan_get_data (ap2027)->entries, 0)),
                     ==, a->planned - 1);
    a->spent = -1;
    g_assert_false (kp_plan_update_action_plan_entry (f->plan, ap2027, e, &error));
    g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, PlanFixture, NULL, plan_fixture_setup_sample, func, plan_fixture_teardown)
  ADD ("/kp/plan/versions/sample", test_sample_plan);
  ADD ("/kp/plan/versions/frozen", test_frozen);
  ADD ("/kp/plan/versions/revision-and-compare", test_revision_and_compare);
  ADD ("/kp/plan/versions/comments", test_comments);
  ADD ("/kp/plan/action/evaluation", test_evaluation);
  ADD ("/kp/plan/action/carry-over", test_action_plan_and_carry_over);
#undef ADD
  return g_test_run ();
}
