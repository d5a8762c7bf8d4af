/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"
#include "kp-project-private.h"
#include "kp-project-repository.h"
#include "kp-publications.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* The one edit path and the generic undo history (SQLite changesets) across modules: a
 * project of ORP Havlíčkův Brod with the registry of rpss-a.json, edited in its network and
 * in its own row; every commit, undo and redo announced once by "changed" with the
 * modules, tables and rows it touched. */

/* The name kp_test_registry_project() gives. */
#define ORIGINAL_NAME "Plán 2026"

typedef struct
{
  KpChangeKind kind;
  GStrv        modules;
  GStrv        tables;
  GArray      *service_ids; /* gint64 */
  gint64       project_id;  /* the project row's key, 0 when untouched */
} Seen;

typedef struct
{
  char      *dir;
  char      *project_path;
  KpLibrary *library;
  KpProject *project;
  GPtrArray *seen; /* Seen */
} Fixture;

static void
seen_free (gpointer data)
{
  Seen *seen = data;

  g_strfreev (seen->modules);
  g_strfreev (seen->tables);
  g_array_unref (seen->service_ids);
  g_free (seen);
}

static void
on_changed_cb (KpProject *project,
               KpChanges *changes,
               Fixture   *fixture)
{
  static const char *const service_tables[] = { "service", "service_scope", "service_network",
                                                NULL };
  Seen                    *seen = g_new0 (Seen, 1);
  guint                    n = 0;
  const gint64            *ids = kp_changes_get_ids (changes, "project", &n);

  seen->kind = kp_changes_get_kind (changes);
  seen->modules = g_strdupv ((char **) kp_changes_get_modules (changes));
  seen->tables = g_strdupv ((char **) kp_changes_get_tables (changes));
  seen->service_ids = kp_changes_dup_ids (changes, service_tables);
  seen->project_id = n == 1 ? ids[0] : 0;
  g_ptr_array_add (fixture->seen, seen);
}

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
  fixture->seen = g_ptr_array_new_with_free_func (seen_free);
  g_signal_connect (fixture->project, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  g_clear_pointer (&fixture->seen, g_ptr_array_unref);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
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
  KpService *service = kp_service_network_find_service_by_identifikator (network (fixture),
                                                                         identifikator);

  g_assert_nonnull (service);
  return service;
}

/* The announcement number @i: its kind, the one module it names and the service it names
 * (0 for none). */
static void
assert_seen (Fixture     *fixture,
             guint        i,
             KpChangeKind kind,
             const char  *module,
             gint64       service_id)
{
  Seen *seen;

  g_assert_cmpuint (fixture->seen->len, >, i);
  seen = g_ptr_array_index (fixture->seen, i);
  g_assert_cmpint (seen->kind, ==, kind);
  g_assert_cmpstrv (seen->modules, ((const char *const[]){ module, NULL }));
  if (service_id == 0)
    g_assert_cmpuint (seen->service_ids->len, ==, 0);
  else
    {
      g_assert_cmpuint (seen->service_ids->len, ==, 1);
      g_assert_cmpint (g_array_index (seen->service_ids, gint64, 0), ==, service_id);
    }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 int        *count)
{
  (*count)++;
}

static void
test_across_modules (Fixture      *fixture,
                     gconstpointer data)
{
  KpService *service = find (fixture, "9000002");
  gint64     id = kp_service_get_id (service);
  g_autoptr (GError) error = NULL;
  int   hours_notified = 0;
  Seen *seen;

  g_signal_connect (service, "notify::hours", G_CALLBACK (count_notify_cb), &hours_notified);

  /* An edit in the network. */
  g_assert_true (kp_service_network_set_text (network (fixture), service, KP_SERVICE_TEXT_HOURS,
                                              "po–pá 7–15 h", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  assert_seen (fixture, 0, KP_CHANGE_EDIT, "network", id);
  seen = g_ptr_array_index (fixture->seen, 0);
  g_assert_cmpstrv (seen->tables, ((const char *const[]){ "service", NULL }));
  g_assert_cmpint (hours_notified, ==, 1);
  g_assert_cmpstr (kp_service_get_hours (service), ==, "po–pá 7–15 h");

  /* A field of the project in between: its own module and row. */
  g_assert_true (kp_project_set_name (fixture->project, "Plán 2026, upravený", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  assert_seen (fixture, 1, KP_CHANGE_EDIT, "project", 0);
  g_assert_cmpint (((Seen *) g_ptr_array_index (fixture->seen, 1))->project_id, ==, 1);

  /* A second network edit, of the scope (another table, the same service). */
  g_assert_true (kp_service_network_set_scope (network (fixture), service, "569704", 40, &error));
  g_assert_no_error (error);
  assert_seen (fixture, 2, KP_CHANGE_EDIT, "network", id);
  g_assert_cmpstrv (((Seen *) g_ptr_array_index (fixture->seen, 2))->tables,
                    ((const char *const[]){ "service_scope", NULL }));

  /* Undo goes back through both modules, one step at a time. */
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  assert_seen (fixture, 3, KP_CHANGE_UNDO, "network", id);
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 0);
  g_assert_true (kp_project_undo (fixture->project, &error));
  assert_seen (fixture, 4, KP_CHANGE_UNDO, "project", 0);
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, ORIGINAL_NAME);
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  assert_seen (fixture, 5, KP_CHANGE_UNDO, "network", id);
  g_assert_null (kp_service_get_hours (service));
  g_assert_cmpint (hours_notified, ==, 2);
  g_assert_false (kp_project_get_can_undo (fixture->project));
  /* The same object throughout: the module re-read its rows. */
  g_assert_true (find (fixture, "9000002") == service);

  /* Redo, in the order of the edits. */
  g_assert_true (kp_project_redo (fixture->project, &error));
  assert_seen (fixture, 6, KP_CHANGE_REDO, "network", id);
  g_assert_cmpstr (kp_service_get_hours (service), ==, "po–pá 7–15 h");
  g_assert_true (kp_project_redo (fixture->project, &error));
  assert_seen (fixture, 7, KP_CHANGE_REDO, "project", 0);
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, "Plán 2026, upravený");
  g_assert_true (kp_project_redo (fixture->project, &error));
  g_assert_no_error (error);
  assert_seen (fixture, 8, KP_CHANGE_REDO, "network", id);
  g_assert_cmpuint (kp_service_get_scope (service)->len, ==, 1);
  g_assert_false (kp_project_get_can_redo (fixture->project));
  g_assert_cmpuint (fixture->seen->len, ==, 9);

  /* All of it is in the file. */
  g_assert_cmpint (kp_test_query_int (fixture->project_path, TRUE,
                                      "SELECT count (*) FROM service_scope"),
                   ==, 1);
}

/* Writes a name, then a period that ends before it begins: the CHECK constraint fails. */
static gboolean
write_name_then_bad_period (KpDatabase *db,
                            gpointer    data,
                            GError    **error)
{
  return kp_project_repository_update_name (db, "Nikdy uložené jméno", error) &&
         kp_project_repository_update_period (db, 2030, 2020, error);
}

static void
test_failed_edit (Fixture      *fixture,
                  gconstpointer data)
{
  KpService *service = find (fixture, "9000001");
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  int              notified = 0;

  g_assert_true (kp_service_network_set_text (network (fixture), service, KP_SERVICE_TEXT_FEES,
                                              "zdarma", &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (fixture->seen, 0);
  g_signal_connect (fixture->project, "notify", G_CALLBACK (count_notify_cb), &notified);

  g_assert_false (kp_project_edit (fixture->project, "Chybná úprava", write_name_then_bad_period,
                                   NULL, &error));
  g_assert_error (error, KP_DATABASE_ERROR, KP_DATABASE_ERROR_CONSTRAINT);

  /* No step (undo still reaches the edit before), no signal, no notification, and
   * neither the object nor the file kept the name written before the failure. */
  g_assert_cmpuint (fixture->seen->len, ==, 0);
  g_assert_cmpint (notified, ==, 0);
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, ORIGINAL_NAME);
  name = kp_test_query_text (fixture->project_path, TRUE, "SELECT name FROM project");
  g_assert_cmpstr (name, ==, ORIGINAL_NAME);
  g_assert_true (kp_project_get_can_undo (fixture->project));
  g_clear_error (&error);
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_null (kp_service_get_fees (service));
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

/* Changes the name through a connection of its own, behind the project's back. */
static void
rename_elsewhere (Fixture    *fixture,
                  const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = kp_database_open (fixture->project_path, KP_DATABASE_KIND_PROJECT,
                                                KP_DATABASE_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_true (kp_project_repository_update_name (db, name, &error));
  g_assert_no_error (error);
}

static void
test_conflict (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_true (kp_project_set_name (fixture->project, "První", &error));
  rename_elsewhere (fixture, "Cizí");
  g_ptr_array_set_size (fixture->seen, 0);

  /* The undo would overwrite what somebody else wrote: it is refused, nothing changes, and
   * the step stays where it was. */
  g_assert_false (kp_project_undo (fixture->project, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_CONFLICT);
  g_assert_cmpuint (fixture->seen->len, ==, 0);
  g_assert_true (kp_project_get_can_undo (fixture->project));
  g_assert_false (kp_project_get_can_redo (fixture->project));
  name = kp_test_query_text (fixture->project_path, TRUE, "SELECT name FROM project");
  g_assert_cmpstr (name, ==, "Cizí");
  g_clear_error (&error);

  /* Put back as the history expects it, the undo goes through. */
  rename_elsewhere (fixture, "První");
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, ORIGINAL_NAME);
}

static gboolean
write_setting_and_name (KpDatabase *db,
                        gpointer    data,
                        GError    **error)
{
  KpDocumentSettings *catalogue = KP_DOCUMENT_SETTINGS (
      kp_publications_get_catalogue (kp_project_get_publications (data)));

  return kp_document_settings_set_text (catalogue, KP_DOCUMENT_TEXT_TITLE, "Katalog 2026",
                                        error) &&
         kp_project_repository_update_name (db, "Katalogový projekt", error);
}

/* The settings of the documents are not edits of the plan: the table filter leaves them
 * out of the changeset, so undo does not touch them. */
static void
test_settings_not_recorded (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  Seen            *seen;

  g_assert_true (kp_project_edit (fixture->project, "Nastavení a jméno", write_setting_and_name,
                                  fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  seen = g_ptr_array_index (fixture->seen, 0);
  g_assert_cmpstrv (seen->tables, ((const char *const[]){ "project", NULL }));
  g_assert_true (kp_project_undo (fixture->project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, ORIGINAL_NAME);
  title = kp_test_query_text (fixture->project_path, TRUE,
                              "SELECT title FROM document WHERE kind = 'catalogue'");
  g_assert_cmpstr (title, ==, "Katalog 2026");
}

static gboolean
write_nothing (KpDatabase *db,
               gpointer    data,
               GError    **error)
{
  return TRUE;
}

static void
test_reopen_empty (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  /* An edit that changes nothing is no step. */
  g_assert_true (kp_project_edit (fixture->project, "Nic", write_nothing, NULL, &error));
  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_assert_cmpuint (fixture->seen->len, ==, 0);

  g_assert_true (kp_project_set_period (fixture->project, 2027, 2029, &error));
  g_assert_true (kp_service_network_set_kraj_entry (network (fixture), find (fixture, "9000001"),
                                                    2027, TRUE, 4, "uvazky", &error));
  g_assert_no_error (error);
  g_assert_true (kp_project_get_can_undo (fixture->project));

  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->project_path, &error);
  g_assert_no_error (error);
  g_assert_false (kp_project_get_can_undo (fixture->project));
  g_assert_false (kp_project_get_can_redo (fixture->project));
  g_assert_false (kp_project_undo (fixture->project, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOTHING_TO_UNDO);
  g_assert_cmpint (kp_project_get_period_from (fixture->project), ==, 2027);
  g_assert_nonnull (kp_service_get_kraj_entry (find (fixture, "9000001"), 2027));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/kp/history/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("across-modules", test_across_modules);
  ADD ("failed-edit", test_failed_edit);
  ADD ("conflict", test_conflict);
  ADD ("settings-not-recorded", test_settings_not_recorded);
  ADD ("reopen-empty", test_reopen_empty);
#undef ADD
  return g_test_run ();
}
