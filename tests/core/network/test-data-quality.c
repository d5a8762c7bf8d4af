/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-data-quality.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Data-quality checks of a project's network (ORP Havlíčkův Brod from rpss-a.json):
 * 9000001 lists its facility twice; 9000002's second facility has no address point;
 * 9000007 (raná péče) has a pobytová form the law does not allow, capacity of one form in
 * two units and no contact at all; 9000004 has ended. */

typedef struct
{
  char      *dir;
  char      *project_path;
  KpLibrary *library;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *library_path = NULL;
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  fixture->library = kp_test_registry_library (library_path);
  records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  fixture->project = kp_test_registry_project (fixture->library, fixture->project_path);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project_path);
}

static KpServiceNetwork *
network (Fixture *fixture)
{
  return kp_service_network_get (fixture->project);
}

/* The issue of @kind for the service @identifikator in @model, or NULL. */
static KpDataQualityIssue *
find_issue (GListModel       *model,
            KpDataQualityKind kind,
            const char       *identifikator)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KpDataQualityIssue) issue = g_list_model_get_item (model, i);

      if (kp_data_quality_issue_get_kind (issue) == kind &&
          g_strcmp0 (kp_service_get_identifikator (kp_data_quality_issue_get_service (issue)),
                     identifikator) == 0)
        return issue; /* the model keeps it */
    }
  return NULL;
}

static void
test_kinds (Fixture      *fixture,
            gconstpointer data)
{
  GListModel         *issues = kp_test_quality_issues (fixture->project);
  KpDataQualityIssue *issue;
  KpService          *ended;
  g_autoptr (GError) error = NULL;

  issue = find_issue (issues, KP_DATA_QUALITY_NO_ADDRESS_POINT, "9000002");
  g_assert_nonnull (issue);
  g_assert_nonnull (strstr (kp_data_quality_issue_get_message (issue),
                            "Pečovatelská služba Věžnice"));
  g_assert_cmpstr (kp_data_quality_issue_get_key (issue), ==, "no_address_point:9000002:1");
  g_assert_false (kp_data_quality_issue_get_dismissed (issue));

  issue = find_issue (issues, KP_DATA_QUALITY_REPEATED_FACILITY, "9000001");
  g_assert_nonnull (issue);
  g_assert_nonnull (strstr (kp_data_quality_issue_get_message (issue), "Domov Příklad"));

  issue = find_issue (issues, KP_DATA_QUALITY_FORM_NOT_ALLOWED, "9000007");
  g_assert_nonnull (issue);
  g_assert_nonnull (strstr (kp_data_quality_issue_get_message (issue), "raná péče"));
  g_assert_nonnull (strstr (kp_data_quality_issue_get_message (issue), "§ 54"));

  issue = find_issue (issues, KP_DATA_QUALITY_MIXED_UNITS, "9000007");
  g_assert_nonnull (issue);
  g_assert_nonnull (strstr (kp_data_quality_issue_get_message (issue), "klient, kontakt"));

  g_assert_nonnull (find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000007"));
  /* The provider's contacts are enough. */
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000002"));
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_FORM_NOT_ALLOWED, "9000001"));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 5);

  /* An ended service is a problem once the plan still uses it. */
  ended = kp_service_network_find_service_by_identifikator (network (fixture), "9000004");
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_ENDED_IN_USE, "9000004"));
  g_assert_true (kp_service_network_set_kraj_entry (network (fixture), ended, 2026, TRUE, 1.5,
                                                    "uvazky", &error));
  g_assert_no_error (error);
  issue = find_issue (issues, KP_DATA_QUALITY_ENDED_IN_USE, "9000004");
  g_assert_nonnull (issue);
  g_assert_nonnull (strstr (kp_data_quality_issue_get_message (issue), "30.\302\2406.\302\2402024"));
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_ENDED_IN_USE, "9000004"));
}

static void
test_dismiss (Fixture      *fixture,
              gconstpointer data)
{
  GListModel         *issues = kp_test_quality_issues (fixture->project);
  KpDataQualityIssue *issue = find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000007");
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GError) error = NULL;
  gboolean found = FALSE;

  g_assert_nonnull (issue);
  g_assert_true (kp_service_network_set_issue_dismissed (network (fixture), issue, TRUE, &error));
  g_assert_no_error (error);
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000007"));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 4);

  all = kp_service_network_check_quality (network (fixture), TRUE);
  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    if (kp_data_quality_issue_get_kind (all->pdata[i]) == KP_DATA_QUALITY_NO_CONTACT)
      {
        g_assert_true (kp_data_quality_issue_get_dismissed (all->pdata[i]));
        found = TRUE;
      }
  g_assert_true (found);

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_nonnull (find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000007"));
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000007"));

  /* The dismissal is stored in the project. */
  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  issues = kp_test_quality_issues (fixture->project);
  g_assert_null (find_issue (issues, KP_DATA_QUALITY_NO_CONTACT, "9000007"));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 4);
}

static void
test_sample (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "ukazka.komplan", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_create_sample (path, &error);
  GListModel *issues;

  g_assert_no_error (error);
  issues = kp_test_quality_issues (project);
  /* The ended youth club is still in the network; the shelter's address is hidden. */
  g_assert_nonnull (find_issue (issues, KP_DATA_QUALITY_ENDED_IN_USE, "U990012"));
  g_assert_nonnull (find_issue (issues, KP_DATA_QUALITY_NO_ADDRESS_POINT, "U990004"));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 2);
  g_clear_object (&project);
  kp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/data-quality/kinds", Fixture, NULL, fixture_setup, test_kinds,
              fixture_teardown);
  g_test_add ("/kp/data-quality/dismiss", Fixture, NULL, fixture_setup, test_dismiss,
              fixture_teardown);
  g_test_add_func ("/kp/data-quality/sample", test_sample);
  return g_test_run ();
}
