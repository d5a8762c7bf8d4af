/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-data-quality.h"
#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* The network as a module of its project: created on first use, never when the project
 * opens; its list re-read row by row after every change; the registry refresh as a job in
 * a worker thread (recorded, undoable, cancellable), the creation of a project and the
 * data-quality check in the background. A project of ORP Havlíčkův Brod from rpss-a.json
 * (five services), refreshed from rpss-b.json (9000008 new, 9000001 changed, 9000002 and
 * 9000006 ended). */

typedef struct
{
  char      *dir;
  char      *library_path;
  char      *project_path;
  KpLibrary *library;
  KpProject *project;
  GPtrArray *changes; /* KpChanges, as "changed" announced them */
} Fixture;

static void
on_changed_cb (KpProject *project,
               KpChanges *changes,
               Fixture   *fixture)
{
  g_ptr_array_add (fixture->changes, kp_changes_ref (changes));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  fixture->library = kp_test_registry_library (fixture->library_path);
  records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  fixture->project = kp_test_registry_project (fixture->library, fixture->project_path);
  fixture->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_changes_unref);
  g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  g_clear_pointer (&fixture->changes, g_ptr_array_unref);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->library_path);
  g_free (fixture->project_path);
}

static KpServiceNetwork *
network (Fixture *fixture)
{
  return kp_service_network_get (fixture->project);
}

static KpService *
find (Fixture    *fixture,
      const char *identifikator)
{
  return kp_service_network_find_service_by_identifikator (network (fixture), identifikator);
}

static gint64
count_services (Fixture *fixture)
{
  return kp_test_query_int (fixture->project_path, TRUE,
                            "SELECT count (*) FROM service WHERE removed = 0");
}

static void
test_created_on_first_use (void)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) sample = kp_test_create_sample (dir);
  g_autofree char *path = g_strdup (kp_project_get_path (sample));
  g_autoptr (KpProject) project = NULL;
  KpServiceNetwork *first;

  g_clear_object (&sample);
  project = kp_project_open (path, &error);
  g_assert_no_error (error);

  /* Open, with its territory for the first view, but no network yet. */
  g_assert_cmpuint (g_list_model_get_n_items (kp_project_get_obce (project)), >, 0);
  g_assert_nonnull (kp_project_get_totals (project));
  g_assert_null (kp_project_peek_module (project, KP_TYPE_SERVICE_NETWORK));
  /* Editing the project's own row does not need it either. */
  g_assert_true (kp_project_set_name (project, "Ukázka", &error));
  g_assert_true (kp_project_undo (project, &error));
  g_assert_no_error (error);
  g_assert_null (kp_project_peek_module (project, KP_TYPE_SERVICE_NETWORK));

  first = kp_service_network_get (project);
  g_assert_nonnull (first);
  g_assert_true (kp_project_peek_module (project, KP_TYPE_SERVICE_NETWORK) == first);
  g_assert_true (kp_service_network_get (project) == first);
  g_assert_true (kp_project_module_get_project (KP_PROJECT_MODULE (first)) == project);
  g_assert_cmpuint (g_list_model_get_n_items (kp_service_network_get_services (first)), ==, 16);
  g_clear_object (&project);
  kp_test_remove_tree (dir);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint times;
} ItemsChanged;

static void
on_items_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     ItemsChanged *seen)
{
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->times++;
}

static guint
position_of (GListModel *model,
             KpService  *service)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KpService) item = g_list_model_get_item (model, i);

      if (item == service)
        return i;
    }
  g_assert_not_reached ();
}

/* The list says which row changed, for an edit, its undo and its redo. */
static void
test_items_changed (Fixture      *fixture,
                    gconstpointer data)
{
  GListModel  *services = kp_service_network_get_services (network (fixture));
  KpService   *service = find (fixture, "9000007");
  guint        position = position_of (services, service);
  ItemsChanged seen = { 0 };
  g_autoptr (GError) error = NULL;

  g_signal_connect (services, "items-changed", G_CALLBACK (on_items_changed_cb), &seen);
  g_assert_true (kp_service_network_set_text (network (fixture), service,
                                              KP_SERVICE_TEXT_DESCRIPTION, "Raná péče doma.",
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.times, ==, 1);
  g_assert_cmpuint (seen.position, ==, position);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);
  g_assert_true (g_list_model_get_item (services, position) == (gpointer) service);
  g_object_unref (service); /* the reference g_list_model_get_item gave */

  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_cmpuint (seen.times, ==, 2);
  g_assert_cmpuint (seen.position, ==, position);
  g_assert_null (kp_service_get_description (service));
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.times, ==, 3);
  g_assert_cmpstr (kp_service_get_description (service), ==, "Raná péče doma.");

  /* A local service comes and goes at its place in the Czech order. */
  service = kp_service_network_add_local_service (network (fixture), "Azylový dům",
                                                  KP_SERVICE_LOCAL_OTHER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen.times, ==, 4);
  g_assert_cmpuint (seen.position, ==, position_of (services, service));
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 1);
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_cmpuint (seen.times, ==, 5);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 5);
  g_signal_handlers_disconnect_by_data (services, &seen);
}

typedef struct
{
  gboolean           done;
  KpServicesRefresh *refresh;
  GError            *error;
} Wait;

static void
on_refresh_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Wait *wait = user_data;

  wait->refresh = kp_service_network_refresh_finish (KP_SERVICE_NETWORK (source), result,
                                                     &wait->error);
  wait->done = TRUE;
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
test_refresh_job (Fixture      *fixture,
                  gconstpointer data)
{
  GListModel *services = kp_service_network_get_services (network (fixture));
  g_autoptr (KpProgress) progress = kp_progress_new ();
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = NULL;
  Wait                     wait = { 0 };
  KpService               *home = find (fixture, "9000001");
  KpService               *added;
  KpChanges               *changes;
  static const char *const service_tables[] = { "service", NULL };

  records = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  kp_service_network_refresh_async (network (fixture), fixture->library, progress, NULL,
                                    on_refresh_done_cb, &wait);
  /* While the worker writes, the main thread may read but not edit. */
  g_assert_false (kp_project_set_name (fixture->project, "Jinak", &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_BUSY);
  g_clear_error (&error);
  KP_TEST_WAIT_UNTIL (wait.done);
  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.refresh);
  g_assert_cmpuint (wait.refresh->new_services, ==, 1);
  g_assert_cmpuint (wait.refresh->changed_services, ==, 1);
  g_assert_cmpuint (wait.refresh->ended_services, ==, 2);
  g_assert_cmpfloat (kp_progress_get_fraction (progress), >, 0.0);

  /* Recorded: one announcement, a job, of the network, naming the new and changed rows. */
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  changes = g_ptr_array_index (fixture->changes, 0);
  g_assert_cmpint (kp_changes_get_kind (changes), ==, KP_CHANGE_JOB);
  g_assert_cmpstr (kp_changes_get_label (changes), ==, "Refresh from the registry");
  g_assert_true (kp_changes_has_module (changes, "network"));
  added = find (fixture, "9000008");
  g_assert_nonnull (added);
  ids = kp_changes_dup_ids (changes, service_tables);
  g_assert_true (contains_id (ids, kp_service_get_id (added)));
  g_assert_true (contains_id (ids, kp_service_get_id (home)));
  g_assert_false (contains_id (ids, kp_service_get_id (find (fixture, "9000007"))));
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 6);
  g_assert_true (find (fixture, "9000001") == home); /* updated in place */
  g_assert_cmpint (((KpServiceForm *) kp_service_get_forms (home)->pdata[0])->capacity, ==, 12);
  g_assert_cmpint (count_services (fixture), ==, 6);

  /* Undoable like an edit, and redoable. */
  g_assert_true (kp_project_get_can_undo (fixture->project));
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kp_changes_get_kind (g_ptr_array_index (fixture->changes, 1)), ==,
                   KP_CHANGE_UNDO);
  g_assert_null (find (fixture, "9000008"));
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 5);
  g_assert_cmpint (((KpServiceForm *) kp_service_get_forms (home)->pdata[0])->capacity, ==, 10);
  g_assert_true (kp_service_get_in_registry (find (fixture, "9000006")));
  g_assert_cmpint (count_services (fixture), ==, 5);
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find (fixture, "9000008"));
  g_assert_false (kp_service_get_in_registry (find (fixture, "9000006")));
  g_assert_cmpint (count_services (fixture), ==, 6);
  g_clear_pointer (&wait.refresh, kp_services_refresh_free);
}

static void
test_refresh_cancel (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  g_autofree char  *hashes_before = NULL;
  g_autofree char  *hashes_after = NULL;
  Wait              wait = { 0 };
  static const char sql_hashes[] =
      "SELECT group_concat (identifikator || ':' || registry_hash || ':' || in_registry, ' ') "
      "FROM (SELECT * FROM service ORDER BY id)";

  records = kp_test_registry_import (fixture->library, "rpss-b.json", NULL);
  hashes_before = kp_test_query_text (fixture->project_path, TRUE, sql_hashes);
  g_clear_object (&fixture->project); /* closed: its WAL is in the file */
  before = kp_test_file_bytes (fixture->project_path);
  fixture->project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), fixture);

  g_cancellable_cancel (cancellable);
  kp_service_network_refresh_async (network (fixture), fixture->library, NULL, cancellable,
                                    on_refresh_done_cb, &wait);
  KP_TEST_WAIT_UNTIL (wait.done);
  g_assert_null (wait.refresh);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&wait.error);

  /* Nothing recorded, nothing announced, nothing written. */
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_assert_null (find (fixture, "9000008"));
  hashes_after = kp_test_query_text (fixture->project_path, TRUE, sql_hashes);
  g_assert_cmpstr (hashes_after, ==, hashes_before);
  g_clear_object (&fixture->project);
  after = kp_test_file_bytes (fixture->project_path);
  g_assert_true (g_bytes_equal (before, after));

  /* The project can be edited again at once. */
  fixture->project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  g_assert_true (kp_project_set_name (fixture->project, "Po zrušení", &error));
  g_assert_no_error (error);
}

typedef struct
{
  gboolean   done;
  GPtrArray *issues;
  GError    *error;
} CheckWait;

static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  CheckWait *wait = user_data;

  wait->issues = kp_data_quality_check_finish (KP_PROJECT (source), result, &wait->error);
  wait->done = TRUE;
}

/* The check runs on a worker's connection and does not create the module; once the module
 * exists, the issues name its own objects. */
static void
test_quality_in_background (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  CheckWait  wait = { 0 };
  KpService *service;

  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  kp_data_quality_check_async (fixture->project, FALSE, NULL, on_check_done_cb, &wait);
  KP_TEST_WAIT_UNTIL (wait.done);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (wait.issues->len, ==, 5);
  g_assert_null (kp_project_peek_module (fixture->project, KP_TYPE_SERVICE_NETWORK));
  g_clear_pointer (&wait.issues, g_ptr_array_unref);

  wait.done = FALSE;
  kp_data_quality_check_async (fixture->project, TRUE, NULL, on_check_done_cb, &wait);
  service = find (fixture, "9000007");
  KP_TEST_WAIT_UNTIL (wait.done);
  g_assert_no_error (wait.error);
  for (guint i = 0; i < wait.issues->len; i++)
    {
      KpService *named = kp_data_quality_issue_get_service (wait.issues->pdata[i]);

      g_assert_true (find (fixture, kp_service_get_identifikator (named)) == named);
    }
  g_assert_true (kp_service_network_find_service (network (fixture), kp_service_get_id (service)) ==
                 service);
  g_clear_pointer (&wait.issues, g_ptr_array_unref);
}

typedef struct
{
  gboolean   done;
  KpProject *project;
  GError    *error;
} CreateWait;

static void
on_created_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CreateWait *wait = user_data;

  wait->project = kp_project_create_finish (KP_LIBRARY (source), result, &wait->error);
  wait->done = TRUE;
}

static void
test_create_async (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nový.komplan", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KpProgress) progress = kp_progress_new ();
  KpProjectSpec spec = {
    .name = "Nový plán",
    .kind = KP_TERRITORY_ORP,
    .orp_kod = KP_TEST_ORP_HB,
    .period_from = 2026,
    .period_to = 2028,
  };
  CreateWait wait = { 0 };

  /* Cancelled: nothing at either name. */
  g_cancellable_cancel (cancellable);
  kp_project_create_async (fixture->library, path, &spec, progress, cancellable, on_created_cb,
                           &wait);
  KP_TEST_WAIT_UNTIL (wait.done);
  g_assert_null (wait.project);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&wait.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  /* Done: the territory and its registered services, with the progress at its end. */
  wait.done = FALSE;
  kp_project_create_async (fixture->library, path, &spec, progress, NULL, on_created_cb, &wait);
  KP_TEST_WAIT_UNTIL (wait.done);
  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.project);
  g_assert_cmpstr (kp_project_get_name (wait.project), ==, "Nový plán");
  g_assert_cmpuint (g_list_model_get_n_items (kp_project_get_obce (wait.project)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (kp_service_network_get_services (
                        kp_service_network_get (wait.project))),
                    ==, 5);
  g_assert_cmpfloat (kp_progress_get_fraction (progress), ==, 1.0);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_clear_object (&wait.project);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/kp/service-network/created-on-first-use", test_created_on_first_use);
#define ADD(path, func) \
  g_test_add ("/kp/service-network/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("items-changed", test_items_changed);
  ADD ("refresh-job", test_refresh_job);
  ADD ("refresh-cancel", test_refresh_cancel);
  ADD ("quality-in-background", test_quality_in_background);
  ADD ("create-async", test_create_async);
#undef ADD
  return g_test_run ();
}
