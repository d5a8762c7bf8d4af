/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-document.h"
#include "kp-document-builder.h"
#include "kp-leaflet-document.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* The one function that makes any document of a project from its settings, for the
 * Publications view and komplan-cli alike: a text never set has its default, a text set
 * empty leaves its part out (not the title), the choices and logos are the settings', and
 * the services are those the settings select. On the sample project: 11 registered services
 * provided today, 4 local ones (one of them a crisis line). */

typedef struct
{
  char      *dir;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KpDocumentSettings *
catalogue (Fixture *fixture)
{
  return KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (kp_project_get_publications (fixture->project)));
}

static void
test_defaults (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpCatalogueOptions) defaults = kp_catalogue_builder_default_options (fixture->project);
  g_autoptr (KpDocument) document = kp_document_builder_build (fixture->project, catalogue (fixture));
  g_autofree char           *title = kp_document_builder_dup_default_text (fixture->project, catalogue (fixture),
                                                                           KP_DOCUMENT_TEXT_TITLE);
  g_autofree char           *intro = kp_document_builder_dup_default_text (fixture->project, catalogue (fixture),
                                                                           KP_DOCUMENT_TEXT_INTRODUCTION);
  const KpCatalogueSnapshot *snapshot;
  const KpCatalogueOptions  *o;

  g_assert_true (KP_IS_CATALOGUE_DOCUMENT (document));
  o = kp_catalogue_document_get_options (KP_CATALOGUE_DOCUMENT (document));
  g_assert_cmpstr (o->title, ==, defaults->title);
  g_assert_cmpstr (o->title, ==, title);
  g_assert_cmpstr (kp_document_get_title (document), ==, title);
  g_assert_cmpstr (o->subtitle, ==, kp_project_get_territory_name (fixture->project));
  g_assert_cmpstr (o->issuer, ==, defaults->issuer);
  g_assert_null (o->introduction);
  g_assert_cmpstr (intro, ==, "");
  g_assert_cmpint (o->year, ==, kp_document_builder_get_default_year ());
  g_assert_cmpint (o->structure, ==, KP_CATALOGUE_BY_TARGET_GROUP);
  g_assert_cmpint (o->paper_size, ==, KP_PAGE_SIZE_A4);
  g_assert_cmpuint (o->logos->len, ==, 0);
  g_assert_false (o->print.for_print);
  g_assert_false (o->print.large_print);
  g_assert_false (kp_document_get_for_print (document));
  /* the 14 services: the doctor and the social department in their own chapters */
  snapshot = kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document));
  g_assert_cmpuint (snapshot->entries->len, ==, 12);
  g_assert_nonnull (snapshot->parts);
  g_assert_cmpint (snapshot->parts->asked, ==, KP_CATALOGUE_PART_ALL);
  g_assert_cmpuint (snapshot->parts->health->len, ==, 1);
  g_assert_cmpuint (snapshot->parts->social->len, ==, 1);
}

/* How a document is printed goes from its settings to the document: for print to the
 * writer, large print to the type. */
static void
test_print_settings (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPublications     *publications = kp_project_get_publications (fixture->project);
  KpDocumentSettings *seniors = KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (publications,
                                                                                   "seniors"));
  g_autoptr (KpDocument) catalogue_document = NULL;
  g_autoptr (KpDocument) leaflet_document = NULL;
  const KpLeafletOptions *lo;

  g_assert_true (kp_document_settings_set_for_print (catalogue (fixture), TRUE, &error));
  g_assert_true (kp_document_settings_set_large_print (seniors, TRUE, &error));
  g_assert_no_error (error);
  catalogue_document = kp_document_builder_build (fixture->project, catalogue (fixture));
  leaflet_document = kp_document_builder_build (fixture->project, seniors);
  g_assert_true (kp_document_get_for_print (catalogue_document));
  g_assert_true (kp_catalogue_document_get_options (KP_CATALOGUE_DOCUMENT (catalogue_document))->print.for_print);
  g_assert_false (kp_catalogue_document_get_options (KP_CATALOGUE_DOCUMENT (catalogue_document))->print.large_print);
  lo = kp_leaflet_document_get_options (KP_LEAFLET_DOCUMENT (leaflet_document));
  g_assert_true (lo->print.large_print);
  g_assert_false (lo->print.for_print);
  g_assert_false (kp_document_get_for_print (leaflet_document));
}

static void
test_catalogue_settings (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *svg = g_test_build_filename (G_TEST_DIST, "data", "publications", "logo.svg", NULL);
  g_autoptr (GFile) logo = g_file_new_for_path (svg);
  g_autoptr (KpDocument) document = NULL;
  KpDocumentSettings       *s = catalogue (fixture);
  KpCatalogueSettings      *c = KP_CATALOGUE_SETTINGS (s);
  const KpCatalogueOptions *o;
  const KpDocumentLogo     *image;

  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, "  Průvodce  ", &error));
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_SUBTITLE, "   ", &error));
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_INTRODUCTION, "Úvod.", &error));
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_PUBLICITY, "EU", &error));
  g_assert_true (kp_document_settings_set_year (s, 2029, &error));
  g_assert_true (kp_document_settings_add_logo_file (s, logo, NULL, &error));
  g_assert_true (kp_catalogue_settings_set_structure (c, KP_CATALOGUE_BY_PROVIDER, &error));
  g_assert_true (kp_catalogue_settings_set_paper (c, KP_PAGE_SIZE_A5, &error));
  g_assert_true (kp_catalogue_settings_set_local (c, FALSE, &error));
  g_assert_no_error (error);

  document = kp_document_builder_build (fixture->project, s);
  o = kp_catalogue_document_get_options (KP_CATALOGUE_DOCUMENT (document));
  g_assert_cmpstr (o->title, ==, "Průvodce");
  g_assert_null (o->subtitle); /* set empty: no subtitle */
  g_assert_cmpstr (o->introduction, ==, "Úvod.");
  g_assert_cmpstr (o->publicity_text, ==, "EU");
  g_assert_cmpint (o->year, ==, 2029);
  g_assert_cmpint (o->structure, ==, KP_CATALOGUE_BY_PROVIDER);
  g_assert_cmpint (o->paper_size, ==, KP_PAGE_SIZE_A5);
  g_assert_cmpuint (o->logos->len, ==, 1);
  image = g_ptr_array_index (o->logos, 0);
  g_assert_cmpstr (image->name, ==, "logo.svg");
  g_assert_cmpstr (image->media_type, ==, KP_DOCUMENT_LOGO_SVG);
  /* registered services only */
  g_assert_cmpuint (kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document))->entries->len,
                    ==, 11);
  g_clear_object (&document);

  /* an empty title has its default */
  g_assert_true (kp_document_settings_set_text (s, KP_DOCUMENT_TEXT_TITLE, "", &error));
  document = kp_document_builder_build (fixture->project, s);
  g_assert_cmpstr (kp_document_get_title (document), ==,
                   kp_catalogue_document_get_options (KP_CATALOGUE_DOCUMENT (document))->title);
  g_assert_cmpstr (kp_document_get_title (document), !=, "");
  g_clear_object (&document);

  /* a type that no service of the project has any more: the view shows "all", and so is it */
  g_assert_true (kp_catalogue_settings_set_type_code (c, "DruhSocialniSluzby/999", &error));
  g_assert_no_error (error);
  document = kp_document_builder_build (fixture->project, s);
  g_assert_cmpuint (kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document))->entries->len,
                    ==, 11);
  g_clear_object (&document);
  g_assert_true (kp_catalogue_settings_set_form (c, KP_SERVICE_FORM_RESIDENTIAL, &error));
  g_assert_no_error (error);
  document = kp_document_builder_build (fixture->project, s);
  g_assert_cmpuint (kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document))->entries->len,
                    <, 11);
}

static void
test_leaflet (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPublications     *p = kp_project_get_publications (fixture->project);
  KpDocumentSettings *seniors = KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (p, "seniors"));
  g_autoptr (KpDocument) document = kp_document_builder_build (fixture->project, seniors);
  g_autoptr (KpDocument) changed = NULL;
  g_autoptr (KpDocument) copied = NULL;
  g_autoptr (KpDocumentSettings) copy = NULL;
  g_autofree char        *intro = kp_document_builder_dup_default_text (fixture->project, seniors,
                                                                        KP_DOCUMENT_TEXT_INTRODUCTION);
  const KpLeafletOptions *o;
  double                  width, height;

  g_assert_true (KP_IS_LEAFLET_DOCUMENT (document));
  o = kp_leaflet_document_get_options (KP_LEAFLET_DOCUMENT (document));
  g_assert_cmpstr (o->introduction, ==, intro);
  g_assert_cmpstr (intro, !=, "");
  g_assert_cmpint (o->format, ==, KP_LEAFLET_A4_TRIFOLD);
  kp_document_get_page_size (document, &width, &height);
  g_assert_cmpfloat (width, >, height);

  g_assert_true (kp_document_settings_set_text (seniors, KP_DOCUMENT_TEXT_INTRODUCTION, "", &error));
  g_assert_true (kp_document_settings_set_text (seniors, KP_DOCUMENT_TEXT_ISSUER, "Obec Lesná", &error));
  g_assert_true (kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (seniors),
                                                 KP_LEAFLET_A5_TWO_SIDED, &error));
  g_assert_no_error (error);
  changed = kp_document_builder_build (fixture->project, seniors);
  o = kp_leaflet_document_get_options (KP_LEAFLET_DOCUMENT (changed));
  g_assert_null (o->introduction);
  g_assert_cmpstr (o->issuer, ==, "Obec Lesná");
  g_assert_cmpint (o->format, ==, KP_LEAFLET_A5_TWO_SIDED);
  kp_document_get_page_size (changed, &width, &height);
  g_assert_cmpfloat (width, <, height);

  /* a copy changed for one run makes its own document */
  copy = kp_document_settings_copy (seniors);
  g_assert_true (kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (copy), KP_LEAFLET_A4_TRIFOLD,
                                                 &error));
  copied = kp_document_builder_build (fixture->project, copy);
  g_assert_cmpint (kp_leaflet_document_get_options (KP_LEAFLET_DOCUMENT (copied))->format, ==,
                   KP_LEAFLET_A4_TRIFOLD);
  g_assert_cmpstr (kp_leaflet_document_get_options (KP_LEAFLET_DOCUMENT (copied))->issuer, ==,
                   "Obec Lesná");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
#define ADD(name, func) g_test_add ("/kp/document-builder/" name, Fixture, NULL, fixture_setup, func, \
                                    fixture_teardown)
  ADD ("defaults", test_defaults);
  ADD ("catalogue-settings", test_catalogue_settings);
  ADD ("leaflet", test_leaflet);
  ADD ("print-settings", test_print_settings);
#undef ADD
  return g_test_run ();
}
