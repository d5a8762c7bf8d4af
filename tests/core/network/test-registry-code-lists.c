/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-missing-code-lists.h"
#include "kp-service-network.h"
#include "kp-target-group.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* The synthetic registry of tests/bench/gen-rpss (KP_GEN_RPSS), placed in the obce of ORP
 * Havlíčkův Brod, imported alone as MPSV publishes rpss.json and with the code lists
 * gen-rpss --code-lists writes (issue 11.3). Alone, no name the user sees is a raw code: a
 * target group without a name is "unknown target group (code 16)", and the network says
 * which code lists are missing; with them, every group has its name. */

typedef struct
{
  char      *dir;
  char      *codes_dir;
  char      *rpss;
  KpLibrary *library;
  KpProject *project;
} Fixture;

static gboolean
generate (Fixture *fixture)
{
  const char      *generator = g_getenv ("KP_GEN_RPSS");
  g_autofree char *obce = NULL;
  g_autofree char *codes_arg = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (generator == NULL)
    return FALSE;
  obce = kp_test_write_file (fixture->dir, "obce.txt", "568414\n569704\n568406\n568350\n", -1);
  codes_arg = g_strconcat ("--code-lists=", fixture->codes_dir, NULL);
  {
    const char *argv[] = { generator, "--services=80", "--seed=7", "--obce", obce, codes_arg,
                           fixture->rpss, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                  NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *library_path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->codes_dir = g_build_filename (fixture->dir, "ciselniky", NULL);
  fixture->rpss = g_build_filename (fixture->dir, "rpss.json", NULL);
  library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->library = kp_test_registry_library (library_path);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->codes_dir);
  g_free (fixture->rpss);
}

static void
make_project (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.komplan", NULL);

  fixture->project = kp_test_registry_project (fixture->library, path);
  g_assert_cmpuint (g_list_model_get_n_items (
                        kp_service_network_get_services (kp_service_network_get (fixture->project))),
                    >, 20);
}

/* How many shown target and age groups are marked unknown; asserts none is a raw code. */
static guint
count_unknown_names (KpProject *project)
{
  GListModel *services = kp_service_network_get_services (kp_service_network_get (project));
  const char *marked = "unknown target group (code ";
  guint       n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      g_auto (GStrv) targets = kp_service_dup_target_group_names (service);
      g_auto (GStrv) ages = kp_service_dup_age_group_names (service);

      for (guint k = 0; targets[k] != NULL; k++)
        {
          g_assert_null (strstr (targets[k], KP_TARGET_GROUP_PREFIX));
          if (g_str_has_prefix (targets[k], marked))
            n++;
        }
      for (guint k = 0; ages[k] != NULL; k++)
        g_assert_null (strstr (ages[k], KP_AGE_GROUP_PREFIX));
    }
  return n;
}

static void
test_registry_alone (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) missing = NULL;
  const KpMissingCodeList *targets;

  if (!generate (fixture))
    {
      g_test_skip ("KP_GEN_RPSS is not set");
      return;
    }
  records = kp_test_registry_import (fixture->library, fixture->rpss, NULL);
  make_project (fixture);
  g_assert_cmpuint (count_unknown_names (fixture->project), >, 0);

  missing = kp_service_network_list_missing_code_lists (kp_service_network_get (fixture->project));
  g_assert_cmpuint (missing->len, ==, 2);
  targets = g_ptr_array_index (missing, 0);
  g_assert_cmpint (targets->source->kind, ==, KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS);
  g_assert_cmpstr (targets->source->files, ==, "cilove-skupiny-osoby.json");
  g_assert_nonnull (strstr (targets->source->url, "data.mpsv.cz"));
  g_assert_false (targets->imported);
  g_assert_cmpuint (targets->n_services, >, 0);
  g_assert_cmpint (((const KpMissingCodeList *) g_ptr_array_index (missing, 1))->source->kind, ==,
                   KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS);
}

static void
test_with_code_lists (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) missing = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *ages = NULL;
  g_autofree char *types = NULL;
  g_autofree char *forms = NULL;
  g_autofree char *units = NULL;

  if (!generate (fixture))
    {
      g_test_skip ("KP_GEN_RPSS is not set");
      return;
    }
  targets = g_build_filename (fixture->codes_dir, "cilove-skupiny-osoby.json", NULL);
  ages = g_build_filename (fixture->codes_dir, "vekove-skupiny-osoby.json", NULL);
  types = g_build_filename (fixture->codes_dir, "druhy-socialni-sluzby.json", NULL);
  forms = g_build_filename (fixture->codes_dir, "formy-soc-sluzby.json", NULL);
  units = g_build_filename (fixture->codes_dir, "typy-kapacity-socialni-sluzby.json", NULL);
  records = kp_test_registry_import (fixture->library, types, forms, units, targets, ages,
                                     fixture->rpss, NULL);
  g_assert_cmpuint (records->len, ==, 6);
  make_project (fixture);
  g_assert_cmpuint (count_unknown_names (fixture->project), ==, 0);

  missing = kp_service_network_list_missing_code_lists (kp_service_network_get (fixture->project));
  g_assert_cmpuint (missing->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/registry-code-lists/registry-alone", Fixture, NULL, fixture_setup,
              test_registry_alone, fixture_teardown);
  g_test_add ("/kp/registry-code-lists/with-code-lists", Fixture, NULL, fixture_setup,
              test_with_code_lists, fixture_teardown);
  return g_test_run ();
}
