/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kp-database.h"
#include "kp-service-network.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* Projects written before the settings were typed (version 5, text keys; version 4, no
 * settings at all) open with their settings intact: a backup is made, every value lands in
 * its document, the logo files the project named are brought into it (those that are gone,
 * or are no logo, are named in a note), and everything else of the project stays. */

typedef struct
{
  char      *dir;
  char      *path;
  KpProject *project;
  guint      n_services;
  char      *name;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  project = kp_project_create_sample (fixture->path, &error);
  g_assert_no_error (error);
  fixture->n_services = g_list_model_get_n_items (kp_service_network_get_services (kp_service_network_get (project)));
  fixture->name = g_strdup (kp_project_get_name (project));
  g_assert_cmpuint (fixture->n_services, >, 0);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->name);
}

static void
open_project (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_project_get_name (fixture->project), ==, fixture->name);
  g_assert_cmpuint (g_list_model_get_n_items (kp_service_network_get_services (kp_service_network_get (fixture->project))), ==,
                    fixture->n_services);
}

static void
reopen (Fixture *fixture)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->project));
  open_project (fixture);
}

static char *
copy_fixture (Fixture    *fixture,
              const char *name,
              const char *as)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "publications", name, NULL);
  g_autofree char *contents = NULL;
  gsize            length = 0;
  char            *path = g_build_filename (fixture->dir, as, NULL);

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

static char *
logo_names (KpDocumentSettings *settings)
{
  GListModel *logos = kp_document_settings_get_logos (settings);
  GString    *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (logos); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (logos, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", kp_logo_get_file_name (logo));
    }
  return g_string_free (names, FALSE);
}

static const char *
text (KpDocumentSettings *settings,
      KpDocumentText      field)
{
  return kp_document_settings_get_text (settings, field);
}

/* Every key the Publications view of version 5 wrote. */
static void
test_version_5 (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *png = copy_fixture (fixture, "logo.png", "eu.png");
  g_autofree char *svg = copy_fixture (fixture, "logo.svg", "erb.svg");
  g_autofree char *gone = g_build_filename (fixture->dir, "smazane-logo.png", NULL);
  g_autofree char *text_file = g_build_filename (fixture->dir, "poznamky.png", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.v5.bak", fixture->path);
  g_autofree char *logos = NULL;
  const char      *settings[] = {
         "publication.kind",
         "leaflet",
         "publication.publicity",
         "Spolufinancováno Evropskou unií",
         "publication.logos",
         NULL,
         "catalogue.title",
         "Služby Podlesí",
         "catalogue.subtitle",
         "",
         "catalogue.issuer",
         "Mikroregion Podlesí",
         "catalogue.year",
         "2027",
         "catalogue.introduction",
         "Milí občané,\n\nzde najdete pomoc.",
         "catalogue.structure",
         "provider",
         "catalogue.paper",
         "a5",
         "catalogue.registered",
         "true",
         "catalogue.local",
         "false",
         "catalogue.type",
         "DruhSocialniSluzby/13",
         "catalogue.target-group",
         "senioři",
         "catalogue.form",
         "field",
         "leaflet.group",
         "crisis",
         "leaflet.format",
         "a5-two-sided",
         "leaflet.crisis.issuer",
         "Obec Lesná",
         "leaflet.crisis.year",
         "20x7",
         "leaflet.seniors.title",
         "Senioři a pečující",
         NULL,
  };
  KpPublications     *p;
  KpDocumentSettings *c;
  KpDocumentSettings *crisis;
  KpDocumentSettings *seniors;
  const char         *note;

  g_assert_true (g_file_set_contents (text_file, "poznámky, ne obrázek", -1, NULL));
  /* a relative path is read from the project's folder */
  logos = g_strdup_printf ("%s\n%s\n\n%s\n%s\n", png, gone, "erb.svg", text_file);
  settings[5] = logos;
  kp_test_make_version_5 (fixture->path, settings);

  open_project (fixture);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  p = kp_project_get_publications (fixture->project);
  c = KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (p));
  crisis = KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (p, "crisis"));
  seniors = KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (p, "seniors"));

  g_assert_cmpint (kp_publications_get_shown_kind (p), ==, KP_DOCUMENT_KIND_LEAFLET);
  g_assert_cmpstr (kp_publications_get_shown_leaflet (p), ==, "crisis");

  g_assert_cmpstr (text (c, KP_DOCUMENT_TEXT_TITLE), ==, "Služby Podlesí");
  g_assert_cmpstr (text (c, KP_DOCUMENT_TEXT_SUBTITLE), ==, "");
  g_assert_cmpstr (text (c, KP_DOCUMENT_TEXT_ISSUER), ==, "Mikroregion Podlesí");
  g_assert_cmpstr (text (c, KP_DOCUMENT_TEXT_INTRODUCTION), ==, "Milí občané,\n\nzde najdete pomoc.");
  g_assert_cmpstr (text (c, KP_DOCUMENT_TEXT_PUBLICITY), ==, "Spolufinancováno Evropskou unií");
  g_assert_cmpint (kp_document_settings_get_year (c), ==, 2027);
  g_assert_cmpint (kp_catalogue_settings_get_structure (KP_CATALOGUE_SETTINGS (c)), ==,
                   KP_CATALOGUE_BY_PROVIDER);
  g_assert_cmpint (kp_catalogue_settings_get_paper (KP_CATALOGUE_SETTINGS (c)), ==, KP_PAGE_SIZE_A5);
  g_assert_true (kp_catalogue_settings_get_registered (KP_CATALOGUE_SETTINGS (c)));
  g_assert_false (kp_catalogue_settings_get_local (KP_CATALOGUE_SETTINGS (c)));
  g_assert_cmpstr (kp_catalogue_settings_get_type_code (KP_CATALOGUE_SETTINGS (c)), ==,
                   "DruhSocialniSluzby/13");
  g_assert_cmpstr (kp_catalogue_settings_get_target_group (KP_CATALOGUE_SETTINGS (c)), ==,
                   "senioři");
  g_assert_cmpint (kp_catalogue_settings_get_form (KP_CATALOGUE_SETTINGS (c)), ==,
                   KP_SERVICE_FORM_FIELD);

  /* each leaflet has its texts; the shared publicity text and format are now each one's */
  g_assert_cmpstr (text (crisis, KP_DOCUMENT_TEXT_ISSUER), ==, "Obec Lesná");
  g_assert_null (text (crisis, KP_DOCUMENT_TEXT_TITLE));
  g_assert_cmpint (kp_document_settings_get_year (crisis), ==, 0); /* "20x7" was no year */
  g_assert_cmpstr (text (seniors, KP_DOCUMENT_TEXT_TITLE), ==, "Senioři a pečující");
  g_assert_null (text (seniors, KP_DOCUMENT_TEXT_ISSUER));
  g_assert_cmpstr (text (seniors, KP_DOCUMENT_TEXT_PUBLICITY), ==, "Spolufinancováno Evropskou unií");
  g_assert_cmpint (kp_leaflet_settings_get_format (KP_LEAFLET_SETTINGS (crisis)), ==,
                   KP_LEAFLET_A5_TWO_SIDED);
  g_assert_cmpint (kp_leaflet_settings_get_format (KP_LEAFLET_SETTINGS (seniors)), ==,
                   KP_LEAFLET_A5_TWO_SIDED);

  /* the logos that were there, in every document; the others named */
  g_free (logos);
  logos = logo_names (c);
  g_assert_cmpstr (logos, ==, "eu.png,erb.svg");
  g_free (logos);
  logos = logo_names (crisis);
  g_assert_cmpstr (logos, ==, "eu.png,erb.svg");
  note = kp_publications_get_import_note (p);
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "smazane-logo.png"));
  g_assert_nonnull (strstr (note, "poznamky.png"));
  g_assert_null (strstr (note, "eu.png"));

  /* the project no longer needs the files; nothing is brought in twice */
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (svg), ==, 0);
  reopen (fixture);
  p = kp_project_get_publications (fixture->project);
  g_assert_null (kp_publications_get_import_note (p));
  g_free (logos);
  logos = logo_names (KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (p)));
  g_assert_cmpstr (logos, ==, "eu.png,erb.svg");
  g_assert_cmpstr (text (KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (p)),
                         KP_DOCUMENT_TEXT_TITLE),
                   ==, "Služby Podlesí");
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

/* A version-5 file whose view never kept anything has the defaults, and takes settings. */
static void
test_version_5_empty (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPublications     *p;
  KpDocumentSettings *c;

  kp_test_make_version_5 (fixture->path, NULL);
  open_project (fixture);
  p = kp_project_get_publications (fixture->project);
  c = KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (p));
  g_assert_null (kp_publications_get_import_note (p));
  g_assert_cmpint (kp_publications_get_shown_kind (p), ==, KP_DOCUMENT_KIND_CATALOGUE);
  g_assert_null (text (c, KP_DOCUMENT_TEXT_TITLE));
  g_assert_cmpuint (g_list_model_get_n_items (kp_document_settings_get_logos (c)), ==, 0);
  g_assert_true (kp_document_settings_set_text (c, KP_DOCUMENT_TEXT_TITLE, "Katalog", &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_assert_cmpstr (text (KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (kp_project_get_publications (fixture->project))),
                         KP_DOCUMENT_TEXT_TITLE),
                   ==, "Katalog");
}

/* A file written before the settings existed at all (version 4): opening it makes a backup,
 * adds the tables and keeps everything else. */
static void
test_version_4 (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDatabase) db = NULL;
  g_autofree char    *backup = g_strdup_printf ("%s.v4.bak", fixture->path);
  KpDocumentSettings *c;

  db = kp_database_open (fixture->path, KP_DATABASE_KIND_PROJECT, KP_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (kp_database_exec (db,
                                   KP_TEST_DROP_AFTER_VERSION_6
                                       KP_TEST_DROP_PLAN_SQL
                                   "DROP TABLE plan_document_question; "
                                   "DROP TABLE helpline; DROP TABLE document_logo_import; DROP TABLE publications_view; "
                                   "DROP TABLE document_logo; DROP TABLE leaflet_document; "
                                   "DROP TABLE catalogue_document; DROP TABLE document; "
                                   "PRAGMA user_version = 4;",
                                   &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&db));

  open_project (fixture);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  c = KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (kp_project_get_publications (fixture->project)));
  g_assert_null (text (c, KP_DOCUMENT_TEXT_TITLE));
  g_assert_true (kp_document_settings_set_text (c, KP_DOCUMENT_TEXT_TITLE, "Katalog", &error));
  g_assert_no_error (error);
  reopen (fixture);
  c = KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (kp_project_get_publications (fixture->project)));
  g_assert_cmpstr (text (c, KP_DOCUMENT_TEXT_TITLE), ==, "Katalog");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) g_test_add ("/kp/publications-migration/" name, Fixture, NULL, fixture_setup, \
                                    func, fixture_teardown)
  ADD ("version-5", test_version_5);
  ADD ("version-5-empty", test_version_5_empty);
  ADD ("version-4", test_version_4);
#undef ADD
  return g_test_run ();
}
