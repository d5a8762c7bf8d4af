/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-document.h"
#include "kp-document-builder.h"
#include "kp-error.h"
#include "kp-leaflet-builder.h"
#include "kp-leaflet-document.h"
#include "kp-preprint-check.h"
#include "kp-library.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"
#include "test-registry-common.h"

/* Catalogues and leaflets from registry records shaped like real ones
 * (tests/data/registry/real/, issue 12): unformatted phones, services without contacts,
 * services registered for several target groups, unknown codes. */

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
  g_autofree char *library = NULL;
  g_autofree char *project = NULL;
  g_autofree char *rpss = kp_test_registry_path ("real/rpss.json");
  g_autofree char *groups = kp_test_registry_path ("real/cilove-skupiny-osoby.json");
  g_autoptr (GPtrArray) records = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  library = g_build_filename (fixture->dir, "library.sqlite", NULL);
  project = g_build_filename (fixture->dir, "real.komplan", NULL);
  fixture->library = kp_test_registry_library (library);
  records = kp_test_registry_import (fixture->library, groups, rpss, NULL);
  fixture->project = kp_test_registry_project (fixture->library, project);
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

static const KpCatalogueEntry *
find_entry (const KpCatalogueSnapshot *snapshot,
            const char                *name)
{
  for (guint i = 0; i < snapshot->entries->len; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries, i);

      if (strcmp (e->name, name) == 0)
        return e;
    }
  return NULL;
}

/* The text of every page of @document written as a PDF. */
static char *
pdf_text (Fixture    *fixture,
          KpDocument *document)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GString         *text = g_string_new (NULL);
  PopplerDocument *pdf;

  kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      char        *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
      g_free (page_text);
      g_object_unref (page);
    }
  g_object_unref (pdf);
  return g_string_free (text, FALSE);
}

static KpDocumentSettings *
catalogue_settings (Fixture *fixture)
{
  return KP_DOCUMENT_SETTINGS (
      kp_publications_get_catalogue (kp_project_get_publications (fixture->project)));
}

/* Issue 12.2: numbers grouped the Czech way, each on its own line; web without a scheme. */
static void
test_contacts (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpDocument) document = kp_document_builder_build (fixture->project,
                                                               catalogue_settings (fixture));
  const KpCatalogueSnapshot *snapshot =
      kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document));
  const KpCatalogueEntry *home_care = find_entry (snapshot, "Pečovatelská služba Havlíčkův Brod");
  const KpCatalogueEntry *charity = find_entry (snapshot, "Charitní pečovatelská služba");
  const KpCatalogueEntry *alarm = find_entry (snapshot, "Tísňová péče Život 90");
  g_autofree char        *text = NULL;

  g_assert_nonnull (home_care);
  g_assert_cmpstr (home_care->phone, ==, "569 429 111\n603 123 456");
  g_assert_cmpstr (home_care->web, ==, "www.socsluzby-hb.example");
  g_assert_cmpstr (charity->phone, ==, "569 421 413"); /* the provider's */
  g_assert_cmpstr (charity->web, ==, "www.charitahb.example");
  g_assert_cmpstr (alarm->phone, ==, "+420 800 157 157");

  text = pdf_text (fixture, document);
  g_assert_nonnull (strstr (text, "569 429 111\n603 123 456"));
  g_assert_nonnull (strstr (text, "+420 800 157 157"));
  g_assert_nonnull (strstr (text, "www.socsluzby-hb.example"));
  g_assert_null (strstr (text, "569429111"));
  g_assert_null (strstr (text, "http://"));
  /* the legal form whole on one line */
  g_assert_nonnull (strstr (text, "o. p. s."));
}

static KpDocumentSettings *
leaflet_settings (Fixture    *fixture,
                  const char *group)
{
  return KP_DOCUMENT_SETTINGS (
      kp_publications_get_leaflet (kp_project_get_publications (fixture->project), group));
}

/* Issue 12.3: a leaflet lists the services registered for its group, whatever their type. */
static void
test_leaflet_selection (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) seniors = kp_leaflet_builder_build (fixture->project,
                                                                      KP_PUBLICATION_GROUP_SENIORS);
  g_autoptr (KpCatalogueSnapshot) disability = kp_leaflet_builder_build (
      fixture->project, KP_PUBLICATION_GROUP_DISABILITY);
  g_autoptr (KpCatalogueSnapshot) families = kp_leaflet_builder_build (fixture->project,
                                                                       KP_PUBLICATION_GROUP_FAMILIES);
  g_autoptr (KpCatalogueSnapshot) crisis = kp_leaflet_builder_build (fixture->project,
                                                                     KP_PUBLICATION_GROUP_CRISIS);
  const char *const seniors_services[] = {
    "Pečovatelská služba Havlíčkův Brod",
    "Charitní pečovatelská služba",
    "Tísňová péče Život 90",
    "Odlehčovací služby Domov Háj",
    "Domov pro seniory Havlíčkův Brod",
    "Domov pro seniory Věžnice",
    "Domov se zvláštním režimem Golčův Jeníkov",
    "Denní stacionář pro seniory Brod",
    "Osobní asistence Vysočina",
    "Poradna pro všechny",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (seniors_services); i++)
    g_assert_nonnull (find_entry (seniors, seniors_services[i]));
  g_assert_cmpuint (seniors->entries->len, ==, G_N_ELEMENTS (seniors_services));

  /* a day-care centre registered for seniors only is no service for people with
   * disabilities, though its type (denní stacionáře) usually is */
  g_assert_null (find_entry (disability, "Denní stacionář pro seniory Brod"));
  g_assert_null (find_entry (disability, "Domov pro seniory Havlíčkův Brod"));
  g_assert_nonnull (find_entry (disability, "Osobní asistence Vysočina"));
  g_assert_nonnull (find_entry (disability, "Chráněné bydlení Borová"));
  g_assert_nonnull (find_entry (disability, "Raná péče Vysočina"));
  g_assert_nonnull (find_entry (disability, "Pečovatelská služba Havlíčkův Brod"));
  /* registered for a group no imported code list names: its type decides */
  g_assert_nonnull (find_entry (disability, "Dílna s neznámou cílovou skupinou"));
  g_assert_null (find_entry (seniors, "Dílna s neznámou cílovou skupinou"));
  g_assert_nonnull (find_entry (families, "Klub Ponorka"));
  g_assert_nonnull (find_entry (families, "Poradna pro všechny"));
  g_assert_nonnull (find_entry (crisis, "Azylový dům Havlíčkův Brod"));
  g_assert_null (find_entry (crisis, "Domov pro seniory Věžnice"));

  /* by form: help at home, day services, homes, advice, crisis */
  for (guint i = 1; i < seniors->entries->len; i++)
    g_assert_cmpint (((KpCatalogueEntry *) g_ptr_array_index (seniors->entries, i - 1))->section,
                     <=,
                     ((KpCatalogueEntry *) g_ptr_array_index (seniors->entries, i))->section);
  g_assert_cmpint (find_entry (seniors, "Tísňová péče Život 90")->section, ==,
                   KP_LEAFLET_SECTION_HOME);
  g_assert_cmpint (find_entry (seniors, "Denní stacionář pro seniory Brod")->section, ==,
                   KP_LEAFLET_SECTION_DAY);
  g_assert_cmpint (find_entry (seniors, "Domov pro seniory Věžnice")->section, ==,
                   KP_LEAFLET_SECTION_HOMES);
  g_assert_cmpint (find_entry (seniors, "Poradna pro všechny")->section, ==,
                   KP_LEAFLET_SECTION_ADVICE);
  g_assert_cmpint (find_entry (crisis, "Krizová pomoc Vysočina")->section, ==,
                   KP_LEAFLET_SECTION_CRISIS);
}

/* Issue 12.3: when room runs out, every form keeps a service and the leaflet says how many
 * more the catalogue has. The A5 leaflet of the seniors has room for a few only. */
static void
test_leaflet_left_out (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocument) document = NULL;
  g_autofree char  *text = NULL;
  KpRenderResult    result = { 0 };
  const char *const one_of_each[][4] = {
    { "Pomoc doma", "Pečovatelská služba Havlíčkův Brod", "Charitní pečovatelská služba",
      "Tísňová péče Život 90" },
    { "Denní a ambulantní služby", "Denní stacionář pro seniory Brod", NULL, NULL },
    { "Domovy a pobytové služby", "Domov pro seniory Havlíčkův Brod", "Domov pro seniory Věžnice",
      "Odlehčovací služby Domov Háj" },
    { "Poradenství", "Poradna pro všechny", NULL, NULL },
  };

  kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (leaflet_settings (fixture, "seniors")),
                                  KP_LEAFLET_A5_TWO_SIDED, &error);
  g_assert_no_error (error);
  document = kp_document_builder_build (fixture->project, leaflet_settings (fixture, "seniors"));
  text = pdf_text (fixture, document);
  kp_leaflet_document_get_result (KP_LEAFLET_DOCUMENT (document), &result);
  g_assert_cmpint (result.n_omitted, >, 0);
  g_assert_cmpint (result.n_entries, >=, (int) G_N_ELEMENTS (one_of_each));
  g_strdelimit (text, "\n", ' ');
  for (gsize i = 0; i < G_N_ELEMENTS (one_of_each); i++)
    {
      gboolean any = FALSE;

      g_assert_nonnull (strstr (text, one_of_each[i][0]));
      for (int j = 1; j < 4 && one_of_each[i][j] != NULL; j++)
        any |= strstr (text, one_of_each[i][j]) != NULL;
      g_assert_true (any);
    }
  g_assert_nonnull (strstr (text, " v katalogu."));
}

static const KpPreprintWarning *
find_warning (GPtrArray     *warnings,
              KpPreprintKind kind)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      const KpPreprintWarning *w = g_ptr_array_index (warnings, i);

      g_test_message ("warning %d: %s", w->kind, w->text);
      if (w->kind == kind)
        return w;
    }
  return NULL;
}

/* Issue 12.4: the check before printing names what the reader would miss. */
static void
test_preprint_check (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KpDocument) catalogue = kp_document_builder_build (fixture->project,
                                                                catalogue_settings (fixture));
  g_autoptr (GPtrArray) warnings = kp_preprint_check_document (catalogue);
  g_autoptr (KpDocument) leaflet = NULL;
  g_autoptr (GPtrArray) leaflet_warnings = NULL;
  g_autoptr (GError) error = NULL;
  const KpPreprintWarning *w;
  g_autofree char         *notes = NULL;
  g_autofree char         *text = NULL;

  g_assert_null (find_warning (warnings, KP_PREPRINT_NO_SERVICES));
  w = find_warning (warnings, KP_PREPRINT_NO_CONTACT);
  g_assert_nonnull (w);
  g_assert_nonnull (strstr (w->text, "Chráněné bydlení Borová"));
  w = find_warning (warnings, KP_PREPRINT_NO_PHONE);
  g_assert_nonnull (w);
  g_assert_nonnull (strstr (w->text, "Krizová pomoc Vysočina"));
  g_assert_null (strstr (w->text, "Chráněné bydlení Borová")); /* said once, above */
  w = find_warning (warnings, KP_PREPRINT_UNKNOWN_CODE);
  g_assert_nonnull (w);
  g_assert_nonnull (strstr (w->text, "Dílna s neznámou cílovou skupinou"));
  g_assert_nonnull (find_warning (warnings, KP_PREPRINT_NO_AUTHORITY));
  g_assert_null (find_warning (warnings, KP_PREPRINT_LEFT_OUT));

  /* the Publications view shows them as the document's notes; the page names the unknown
   * group as such, in Czech whatever the locale, never by its raw code (issue 11.3) */
  text = pdf_text (fixture, catalogue);
  g_assert_nonnull (strstr (text, "neznámá cílová skupina (kód "));
  g_assert_null (strstr (text, "CilovaSkupinaOsoby"));
  g_assert_null (strstr (text, "VekovaSkupinaOsoby"));
  notes = kp_document_dup_notes_text (catalogue);
  g_assert_nonnull (strstr (notes, "Chráněné bydlení Borová"));
  g_assert_nonnull (strstr (notes, "Krizová pomoc Vysočina"));

  /* a leaflet's services left out are known once it is laid out */
  kp_document_settings_set_large_print (leaflet_settings (fixture, "seniors"), TRUE, &error);
  g_assert_no_error (error);
  kp_leaflet_settings_set_format (KP_LEAFLET_SETTINGS (leaflet_settings (fixture, "seniors")),
                                  KP_LEAFLET_A5_TWO_SIDED, &error);
  g_assert_no_error (error);
  leaflet = kp_document_builder_build (fixture->project, leaflet_settings (fixture, "seniors"));
  g_free (pdf_text (fixture, leaflet));
  leaflet_warnings = kp_preprint_check_document (leaflet);
  g_assert_nonnull (find_warning (leaflet_warnings, KP_PREPRINT_LEFT_OUT));
}

/* A leaflet for a group the project has no service for. */
static void
test_preprint_empty (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = kp_catalogue_snapshot_new ();
  g_autoptr (GPtrArray) warnings = kp_preprint_check (snapshot, NULL, NULL);

  g_assert_nonnull (find_warning (warnings, KP_PREPRINT_NO_SERVICES));
  g_assert_nonnull (find_warning (warnings, KP_PREPRINT_NO_AUTHORITY));
}

static gboolean
has_line (const KpCatalogueSnapshot *snapshot,
          const char                *name)
{
  for (guint i = 0; i < snapshot->crisis_lines->len; i++)
    if (g_strcmp0 (((KpCrisisLine *) g_ptr_array_index (snapshot->crisis_lines, i))->name, name) ==
        0)
      return TRUE;
  return FALSE;
}

/* Issue 12.5: each leaflet prints the help lines of its group, from the project's list,
 * which the user may edit. */
static void
test_helplines (Fixture      *fixture,
                gconstpointer data)
{
  KpPublications *publications = kp_project_get_publications (fixture->project);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lines = kp_publications_dup_helplines (publications, &error);
  g_autoptr (GPtrArray) edited = NULL;
  g_autoptr (GPtrArray) bad = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_helpline_free);
  g_autoptr (KpCatalogueSnapshot) seniors = NULL;
  g_autoptr (KpCatalogueSnapshot) families = NULL;
  g_autoptr (KpCatalogueSnapshot) crisis = NULL;
  g_autoptr (KpCatalogueSnapshot) seniors_after = NULL;
  g_autoptr (KpDocument) catalogue = NULL;
  g_autofree char  *text = NULL;
  const char *const seniors_only[] = { "seniors", NULL };

  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, >=, 6);

  seniors = kp_leaflet_builder_build (fixture->project, KP_PUBLICATION_GROUP_SENIORS);
  families = kp_leaflet_builder_build (fixture->project, KP_PUBLICATION_GROUP_FAMILIES);
  crisis = kp_leaflet_builder_build (fixture->project, KP_PUBLICATION_GROUP_CRISIS);
  g_assert_true (has_line (seniors, "Linka seniorů"));
  g_assert_true (has_line (seniors, "Senior telefon"));
  g_assert_false (has_line (seniors, "Linka bezpečí")); /* the children's line */
  g_assert_true (has_line (families, "Linka bezpečí"));
  g_assert_false (has_line (families, "Linka seniorů"));
  g_assert_true (has_line (crisis, "Linka první psychické pomoci"));
  g_assert_true (has_line (crisis, "Linka pomoci obětem kriminality a domácího násilí"));

  /* the user's edit: a regional line for seniors instead of Senior telefon */
  edited = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_helpline_free);
  for (guint i = 0; i < lines->len; i++)
    {
      const KpHelpline *line = g_ptr_array_index (lines, i);

      if (g_strcmp0 (line->name, "Senior telefon") != 0)
        g_ptr_array_add (edited, kp_helpline_copy (line));
    }
  g_ptr_array_add (edited, kp_helpline_new ("Linka pro seniory Vysočiny", "569400500",
                                            "po–pá 8–16 h", NULL, seniors_only));
  g_assert_true (kp_publications_set_helplines (publications, edited, &error));
  g_assert_no_error (error);
  seniors_after = kp_leaflet_builder_build (fixture->project, KP_PUBLICATION_GROUP_SENIORS);
  g_assert_false (has_line (seniors_after, "Senior telefon"));
  g_assert_true (has_line (seniors_after, "Linka pro seniory Vysočiny"));

  /* a line with no phone is refused, the list stays */
  g_ptr_array_add (bad, kp_helpline_new ("Bez čísla", " ", NULL, NULL, seniors_only));
  g_assert_false (kp_publications_set_helplines (publications, bad, &error));
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = kp_publications_dup_helplines (publications, NULL);
  g_assert_cmpuint (lines->len, ==, edited->len);

  /* the catalogue lists them all under its fixed heading, numbers grouped */
  catalogue = kp_document_builder_build (fixture->project, catalogue_settings (fixture));
  text = pdf_text (fixture, catalogue);
  g_assert_nonnull (strstr (text, "Krizové linky a linky pomoci"));
  g_assert_null (strstr (text, "Krizové a linky pomoci"));
  g_assert_nonnull (strstr (text, "Linka pro seniory Vysočiny"));
  g_assert_nonnull (strstr (text, "569 400 500"));
  g_assert_nonnull (strstr (text, "116 006"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/kp/publication-real/contacts", Fixture, NULL, fixture_setup, test_contacts,
              fixture_teardown);
  g_test_add ("/kp/publication-real/leaflet-selection", Fixture, NULL, fixture_setup,
              test_leaflet_selection, fixture_teardown);
  g_test_add ("/kp/publication-real/leaflet-left-out", Fixture, NULL, fixture_setup,
              test_leaflet_left_out, fixture_teardown);
  g_test_add ("/kp/publication-real/preprint-check", Fixture, NULL, fixture_setup,
              test_preprint_check, fixture_teardown);
  g_test_add ("/kp/publication-real/preprint-empty", Fixture, NULL, NULL, test_preprint_empty,
              NULL);
  g_test_add ("/kp/publication-real/helplines", Fixture, NULL, fixture_setup, test_helplines,
              fixture_teardown);
  return g_test_run ();
}
