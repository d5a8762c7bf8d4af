/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-action-plan-data.h"
#include "kp-error.h"
#include "kp-needs.h"
#include "test-plan-common.h"

#include <locale.h>
#include <string.h>

/* An activity's lists set one at a time (types of service, linked services, territory,
 * capacity, findings): each one undo step, values given twice and obce outside the
 * territory refused with nothing changed; the findings named by the needs analysis; the
 * budget per source names each obec. The sample's territory is Mikroregion Podlesí. */

static KpPlanItem *
first_activity (PlanFixture *f)
{
  return plan_fixture_item (f->plan, "1.1.1");
}

static void
test_service_kinds (PlanFixture  *f,
                    gconstpointer data)
{
  KpPlanItem *item = first_activity (f);
  g_autoptr (GPtrArray) kinds = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_service_kind_free);
  KpPlanServiceKind ds = { "DruhSocialniSluzby/13", "pob" };
  KpPlanServiceKind ps = { "DruhSocialniSluzby/4", "ter" };
  KpPlanServiceKind ps_amb = { "DruhSocialniSluzby/4", "amb" };
  KpPlanServiceKind ds_ter = { "DruhSocialniSluzby/13", "ter" };
  guint             before = kp_plan_item_get_data (item)->service_kinds->len;
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (kinds, kp_plan_service_kind_copy (&ds));
  g_ptr_array_add (kinds, kp_plan_service_kind_copy (&ps));
  g_ptr_array_add (kinds, kp_plan_service_kind_copy (&ps_amb));
  g_assert_true (kp_plan_set_item_service_kinds (f->plan, item, kinds, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_plan_item_get_data (item)->service_kinds->len, ==, 3);
  g_assert_cmpstr (((KpPlanServiceKind *) g_ptr_array_index (kp_plan_item_get_data (item)->service_kinds, 2))->form,
                   ==, "amb");

  /* The same type in the same form twice; a form the law does not allow. */
  g_ptr_array_add (kinds, kp_plan_service_kind_copy (&ps));
  g_assert_false (kp_plan_set_item_service_kinds (f->plan, item, kinds, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1.1.1"));
  g_clear_error (&error);
  g_ptr_array_remove_index (kinds, 3);
  g_ptr_array_add (kinds, kp_plan_service_kind_copy (&ds_ter));
  g_assert_false (kp_plan_set_item_service_kinds (f->plan, item, kinds, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (kp_plan_item_get_data (item)->service_kinds->len, ==, 3);

  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_cmpuint (kp_plan_item_get_data (item)->service_kinds->len, ==, before);
}

static void
test_services_and_obce (PlanFixture  *f,
                        gconstpointer data)
{
  KpPlanItem       *item = first_activity (f);
  const char *const services[] = { "U990002", "local:1", NULL };
  const char *const twice[] = { "U990002", "U990002", NULL };
  g_autoptr (KpObec) first = g_list_model_get_item (kp_project_get_obce (f->project), 0);
  g_autoptr (KpObec) second = g_list_model_get_item (kp_project_get_obce (f->project), 1);
  const char           *obce[] = { kp_obec_get_kod (first), kp_obec_get_kod (second), NULL };
  const char *const     foreign[] = { "554782", NULL }; /* Praha: not in the territory */
  const KpPlanItemData *d;
  g_autoptr (GError) error = NULL;

  g_assert_true (kp_plan_set_item_services (f->plan, item, services, &error));
  g_assert_no_error (error);
  d = kp_plan_item_get_data (item);
  g_assert_cmpuint (d->services->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (d->services, 1), ==, "local:1");
  g_assert_false (kp_plan_set_item_services (f->plan, item, twice, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (kp_plan_item_get_data (item)->services->len, ==, 2);

  g_assert_true (kp_plan_set_item_obce (f->plan, item, obce, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_plan_item_get_data (item)->obce->len, ==, 2);
  g_assert_false (kp_plan_set_item_obce (f->plan, item, foreign, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "554782"));
  g_clear_error (&error);
  /* None: the whole territory again. */
  g_assert_true (kp_plan_set_item_obce (f->plan, item, NULL, &error));
  g_assert_cmpuint (kp_plan_item_get_data (item)->obce->len, ==, 0);

  /* Each was one step. */
  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_cmpuint (kp_plan_item_get_data (item)->obce->len, ==, 2);
  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_cmpuint (kp_plan_item_get_data (item)->obce->len, ==, 0);
  g_assert_cmpuint (kp_plan_item_get_data (item)->services->len, ==, 2);

  /* The obce by name. */
  {
    g_autofree char *label = kp_plan_dup_obec_label (f->plan, kp_obec_get_kod (first));
    g_autofree char *unknown = kp_plan_dup_obec_label (f->plan, "554782");

    g_assert_cmpstr (label, ==, kp_obec_get_nazev (first));
    g_assert_cmpstr (unknown, ==, "554782");
  }
}

static void
test_capacity (PlanFixture  *f,
               gconstpointer data)
{
  KpPlanItem *item = first_activity (f);
  g_autoptr (GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_plan_capacity_free);
  KpPlanCapacity beds = { "luzka", 2 };
  KpPlanCapacity staff = { "uvazky", -0.5 };
  KpPlanCapacity zero = { "klient", 0 };
  KpPlanCapacity bad = { "mista", 3 };
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (changes, kp_plan_capacity_copy (&beds));
  g_ptr_array_add (changes, kp_plan_capacity_copy (&staff));
  g_assert_true (kp_plan_set_item_capacity (f->plan, item, changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kp_plan_item_get_data (item)->capacity->len, ==, 2);
  g_assert_cmpfloat (((KpPlanCapacity *) g_ptr_array_index (kp_plan_item_get_data (item)->capacity, 1))->change,
                     ==, -0.5);

  g_ptr_array_add (changes, kp_plan_capacity_copy (&beds));
  g_assert_false (kp_plan_set_item_capacity (f->plan, item, changes, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_remove_index (changes, 2);
  g_ptr_array_add (changes, kp_plan_capacity_copy (&zero));
  g_assert_false (kp_plan_set_item_capacity (f->plan, item, changes, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_remove_index (changes, 2);
  g_ptr_array_add (changes, kp_plan_capacity_copy (&bad));
  g_assert_false (kp_plan_set_item_capacity (f->plan, item, changes, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (kp_plan_item_get_data (item)->capacity->len, ==, 2);
}

/* The needs analysis answers for its findings by "Z-n"; the plan lists the activities
 * that answer one. */
static void
test_findings (PlanFixture  *f,
               gconstpointer data)
{
  KpPlanItem *item = first_activity (f);
  KpNeeds    *needs = kp_needs_get (f->project);
  g_autoptr (KpFinding) finding = g_list_model_get_item (kp_needs_get_findings (needs), 0);
  g_autofree char *ref = kp_finding_dup_ref (finding);
  g_autofree char *title = NULL;
  const char      *refs[] = { ref, NULL };
  const char      *twice[] = { ref, ref, NULL };
  gint64           id = 0;
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (finding);
  g_assert_true (g_str_has_prefix (ref, "Z-"));
  g_assert_true (kp_finding_parse_ref (ref, &id));
  g_assert_cmpint (id, ==, kp_finding_get_id (finding));
  g_assert_false (kp_finding_parse_ref ("F-1", &id));
  g_assert_false (kp_finding_parse_ref ("Z-", &id));

  g_assert_true (kp_plan_set_item_findings (f->plan, item, refs, &error));
  g_assert_no_error (error);
  title = kp_plan_dup_finding_title (f->plan, ref);
  g_assert_cmpstr (title, ==, kp_finding_get_text (finding));
  g_assert_null (kp_plan_dup_finding_title (f->plan, "Z-99999"));
  {
    g_autoptr (GPtrArray) answering = kp_plan_list_items_for_finding (f->plan, ref);

    g_assert_cmpuint (answering->len, ==, 1);
    g_assert_true (g_ptr_array_index (answering, 0) == item);
  }
  g_assert_false (kp_plan_set_item_findings (f->plan, item, twice, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (kp_project_undo (f->project, NULL));
  g_assert_cmpuint (kp_plan_item_get_data (item)->findings->len, ==, 0);
}

/* Money of two obce and of obce not named: a line each, named, the sum exact. */
static void
test_budget_per_obec (PlanFixture  *f,
                      gconstpointer data)
{
  g_autoptr (KpObec) first = g_list_model_get_item (kp_project_get_obce (f->project), 0);
  g_autoptr (KpObec) second = g_list_model_get_item (kp_project_get_obce (f->project), 1);
  KpPlanItem *item = first_activity (f);
  g_autoptr (KpPlanItemData) d = kp_plan_item_data_copy (kp_plan_item_get_data (item), FALSE);
  g_autoptr (GPtrArray) plain = NULL;
  g_autoptr (GPtrArray) named = NULL;
  g_autoptr (GError) error = NULL;
  KpActionPlan *ap;
  gint64        sum_plain = 0, sum_named = 0;
  guint         obec_lines = 0;
  gboolean      seen_second = FALSE;

  g_ptr_array_set_size (d->costs, 0);
  g_ptr_array_add (d->costs, kp_plan_cost_new (2027, KP_FINANCING_SOURCE_OBEC,
                                               kp_obec_get_kod (first), 10000));
  g_ptr_array_add (d->costs, kp_plan_cost_new (2027, KP_FINANCING_SOURCE_OBEC,
                                               kp_obec_get_kod (second), 2500));
  g_ptr_array_add (d->costs, kp_plan_cost_new (2027, KP_FINANCING_SOURCE_OBEC, NULL, 700));
  g_assert_true (kp_plan_update_item (f->plan, item, d, &error));
  g_assert_no_error (error);
  ap = kp_plan_create_action_plan (f->plan, 2027, 2027, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ap);

  plain = kp_action_plan_budget_by_source (kp_action_plan_get_data (ap));
  named = kp_plan_budget_by_source (f->plan, kp_action_plan_get_data (ap));
  for (guint i = 0; i < plain->len; i++)
    sum_plain += ((KpBudgetLine *) g_ptr_array_index (plain, i))->planned;
  for (guint i = 0; i < named->len; i++)
    {
      KpBudgetLine *line = g_ptr_array_index (named, i);

      sum_named += line->planned;
      if (line->obec_kod != NULL)
        obec_lines++;
      if (g_strcmp0 (line->obec_kod, kp_obec_get_kod (second)) == 0)
        {
          g_autofree char *label = g_strdup_printf ("Obce – %s", kp_obec_get_nazev (second));

          g_assert_cmpstr (line->label, ==, label);
          g_assert_cmpint (line->planned, >=, 2500);
          seen_second = TRUE;
        }
    }
  g_assert_cmpint (sum_named, ==, sum_plain);
  g_assert_cmpuint (obec_lines, >=, 2);
  g_assert_true (seen_second);
  g_assert_cmpuint (named->len, >, plain->len);
}

/* A fraction in an imported plan keeps its decimals whatever the locale: the application
 * runs under a Czech one, whose decimal comma once made 2.5 úvazku into 2. */
static void
test_fraction_in_czech_locale (PlanFixture  *f,
                               gconstpointer data)
{
  static const char json[] =
      "{\"format\": \"komplan-plan/1\", \"period\": \"2026-2028\","
      " \"levels\": [\"Priorita\", \"Aktivita\"],"
      " \"items\": [{\"title\": \"P\", \"children\": [{\"title\": \"A\","
      " \"capacity\": [{\"unit\": \"uvazky\", \"change\": 2.5}],"
      " \"indicators\": [{\"name\": \"I\", \"baseline\": 12.25, \"target\": 20}]}]}]}";
  const KpPlanItemData *d;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (setlocale (LC_NUMERIC, "cs_CZ.UTF-8") == NULL)
    {
      g_test_skip ("no cs_CZ.UTF-8 locale");
      return;
    }
  ok = kp_plan_import_json (f->plan, json, strlen (json), "plan.json", &error);
  setlocale (LC_NUMERIC, "C");
  g_assert_no_error (error);
  g_assert_true (ok);
  d = kp_plan_item_get_data (plan_fixture_item (f->plan, "1.1"));
  g_assert_cmpfloat (((KpPlanCapacity *) g_ptr_array_index (d->capacity, 0))->change, ==, 2.5);
  g_assert_cmpfloat (((KpPlanIndicator *) g_ptr_array_index (d->indicators, 0))->baseline, ==,
                     12.25);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/plan/fields/service-kinds", PlanFixture, NULL, plan_fixture_setup_sample,
              test_service_kinds, plan_fixture_teardown);
  g_test_add ("/kp/plan/fields/services-and-obce", PlanFixture, NULL, plan_fixture_setup_sample,
              test_services_and_obce, plan_fixture_teardown);
  g_test_add ("/kp/plan/fields/capacity", PlanFixture, NULL, plan_fixture_setup_sample,
              test_capacity, plan_fixture_teardown);
  g_test_add ("/kp/plan/fields/findings", PlanFixture, NULL, plan_fixture_setup_sample,
              test_findings, plan_fixture_teardown);
  g_test_add ("/kp/plan/fields/budget-per-obec", PlanFixture, NULL, plan_fixture_setup_sample,
              test_budget_per_obec, plan_fixture_teardown);
  g_test_add ("/kp/plan/fields/fraction-in-czech-locale", PlanFixture, NULL,
              plan_fixture_setup_empty, test_fraction_in_czech_locale, plan_fixture_teardown);
  return g_test_run ();
}
