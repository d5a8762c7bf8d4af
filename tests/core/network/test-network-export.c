/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-network-export.h"
#include "kp-service-network.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* The network of ORP Havlíčkův Brod from rpss-a.json exported as CSV (issue 11.8): 9000001
 * (odlehčovací služby: 10 lůžek pobytová, 15 klientů terénní), 9000002, 9000004, 9000006
 * and 9000007 (raná péče: terénní 10 klientů and 200 kontaktů, pobytová 2 lůžka), and a
 * related service with local data. The tests run in the C locale: English titles. */

typedef struct
{
  char      *dir;
  KpLibrary *library;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *library_path = NULL;
  g_autofree char *project_path = NULL;
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  library_path = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  project_path = g_build_filename (fixture->dir, "plan.komplan", NULL);
  fixture->library = kp_test_registry_library (library_path);
  records = kp_test_registry_import (fixture->library, "rpss-a.json", NULL);
  fixture->project = kp_test_registry_project (fixture->library, project_path);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->library);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The CSV's rows split into fields (quoted fields unquoted), the BOM checked and dropped. */
static GPtrArray *
read_csv (const char *path)
{
  g_autofree char *text = NULL;
  GPtrArray       *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray       *row = NULL;
  GString         *field = g_string_new (NULL);
  gboolean         quoted = FALSE;
  const char      *p;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\357\273\277"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  for (p = text + 3; *p != '\0'; p++)
    {
      if (row == NULL)
        row = g_ptr_array_new_with_free_func (g_free);
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ';')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, g_steal_pointer (&row));
          p++;
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_null (row);
  g_string_free (field, TRUE);
  return rows;
}

static int
column (GPtrArray  *rows,
        const char *title)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);

  for (guint i = 0; i < header->len; i++)
    if (g_strcmp0 (g_ptr_array_index (header, i), title) == 0)
      return i;
  g_error ("no column “%s”", title);
  return -1;
}

static const char *
cell (GPtrArray  *rows,
      guint       index,
      const char *title)
{
  GPtrArray *row = g_ptr_array_index (rows, index);

  return g_ptr_array_index (row, column (rows, title));
}

/* The rows of the service @identifikator. */
static GArray *
rows_of (GPtrArray  *rows,
         const char *identifikator)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 1; i < rows->len; i++)
    if (g_strcmp0 (cell (rows, i, "Registry ID"), identifikator) == 0)
      g_array_append_val (found, i);
  return found;
}

static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  KpServiceNetwork *network = kp_service_network_get (fixture->project);
  GListModel       *services = kp_service_network_get_services (network);
  g_autofree char  *path = g_build_filename (fixture->dir, "síť.csv", NULL);
  g_autofree char  *part = g_strconcat (path, ".part", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GArray) rana = NULL;
  g_autoptr (GArray) odlehceni = NULL;
  KpService *local;
  guint      width;
  gint64     beds = 0, clients = 0;

  local = kp_service_network_add_local_service (network, "Klub \"Pohoda\"; senioři",
                                                KP_SERVICE_LOCAL_COMMUNITY, &error);
  g_assert_no_error (error);
  kp_service_network_set_text (network, local, KP_SERVICE_TEXT_HOURS, "St 14–17 h", &error);
  g_assert_no_error (error);
  kp_service_network_set_scope (network, local, "569704", 50, &error);
  g_assert_no_error (error);

  g_assert_true (kp_network_export_csv (services, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  rows = read_csv (path);

  /* 9000001 in 2 rows, 9000007 in 3, 9000002, 9000004, 9000006 and the club in 1 each */
  g_assert_cmpuint (rows->len, ==, 1 + 2 + 3 + 3 + 1);
  width = ((GPtrArray *) g_ptr_array_index (rows, 0))->len;
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, i))->len, ==, width);

  rana = rows_of (rows, "9000007");
  g_assert_cmpuint (rana->len, ==, 3);
  for (guint i = 0; i < rana->len; i++)
    {
      guint r = g_array_index (rana, guint, i);

      g_assert_cmpstr (cell (rows, r, "Type"), ==, "raná péče");
      g_assert_cmpstr (cell (rows, r, "Paragraph"), ==, "§ 54");
      g_assert_cmpstr (cell (rows, r, "Provider"), ==, "Raná péče Příklad, z. ú.");
      g_assert_cmpstr (cell (rows, r, "Origin"), ==, "registered social service");
    }
  g_assert_cmpstr (cell (rows, g_array_index (rana, guint, 0), "Form"), ==, "field");
  g_assert_cmpstr (cell (rows, g_array_index (rana, guint, 0), "Capacity"), ==, "10");
  g_assert_cmpstr (cell (rows, g_array_index (rana, guint, 0), "Unit"), ==, "clients");
  g_assert_cmpstr (cell (rows, g_array_index (rana, guint, 1), "Capacity"), ==, "200");
  g_assert_cmpstr (cell (rows, g_array_index (rana, guint, 1), "Unit"), ==, "contacts");
  g_assert_cmpstr (cell (rows, g_array_index (rana, guint, 2), "Form"), ==, "residential");

  /* Capacity adds up by unit: each form's once. */
  for (guint i = 1; i < rows->len; i++)
    {
      gint64 n = g_ascii_strtoll (cell (rows, i, "Capacity"), NULL, 10);

      if (g_strcmp0 (cell (rows, i, "Unit"), "beds") == 0)
        beds += n;
      else if (g_strcmp0 (cell (rows, i, "Unit"), "clients") == 0)
        clients += n;
    }
  g_assert_cmpint (beds, ==, 10 + 2);
  g_assert_cmpint (clients, ==, 15 + 40 + 5 + 10);

  odlehceni = rows_of (rows, "9000001");
  g_assert_cmpstr (cell (rows, g_array_index (odlehceni, guint, 0), "Phones"), ==, "+420 000 000 002");
  g_assert_cmpstr (cell (rows, g_array_index (odlehceni, guint, 0), "Target groups"), ==,
                   "osoby žijící s demencí, senioři");
  g_assert_cmpstr (cell (rows, g_array_index (odlehceni, guint, 0), "Age groups"), ==,
                   "unknown age group (code 8)");

  /* The related service: its name quoted, local data, no form. */
  {
    g_autoptr (GArray) locals = rows_of (rows, "");
    guint r;

    g_assert_cmpuint (locals->len, ==, 1);
    r = g_array_index (locals, guint, 0);
    g_assert_cmpstr (cell (rows, r, "Service"), ==, "Klub \"Pohoda\"; senioři");
    g_assert_cmpstr (cell (rows, r, "Origin"), ==, kp_service_local_kind_get_label (KP_SERVICE_LOCAL_COMMUNITY));
    g_assert_cmpstr (cell (rows, r, "Form"), ==, "");
    g_assert_cmpstr (cell (rows, r, "Opening hours"), ==, "St 14–17 h");
    g_assert_cmpstr (cell (rows, r, "Obce of its scope"), ==, "569704 (50,0 %)");
    g_assert_cmpstr (cell (rows, r, "State"), ==, "active");
  }
}

/* A file that cannot be written is an error naming it, and leaves nothing behind. */
static void
test_export_error (Fixture      *fixture,
                   gconstpointer data)
{
  GListModel      *services = kp_service_network_get_services (kp_service_network_get (fixture->project));
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-dir", "síť.csv", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (kp_network_export_csv (services, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "síť.csv"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/network-export/csv", Fixture, NULL, fixture_setup, test_export,
              fixture_teardown);
  g_test_add ("/kp/network-export/error", Fixture, NULL, fixture_setup, test_export_error,
              fixture_teardown);
  return g_test_run ();
}
