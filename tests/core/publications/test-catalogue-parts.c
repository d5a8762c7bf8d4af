/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "kp-catalogue-builder.h"
#include "kp-catalogue-document.h"
#include "kp-catalogue-parts-builder.h"
#include "kp-document-builder.h"
#include "kp-preprint-check.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* Issue 12.10: the sample's catalogue with its life-situation index, its chapter of
 * authorities (the social department, OSPOD, the contact office of Úřad práce) and of health
 * care, read back from the PDF as its reader sees it, in Czech under LANG=C. */

typedef struct
{
  char      *dir;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpService *ospod;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);
  ospod = kp_service_network_add_local_service (kp_service_network_get (fixture->project),
                                                "Městský úřad Lesná – OSPOD",
                                                KP_SERVICE_LOCAL_AUTHORITY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ospod);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static KpCatalogueSettings *
settings (Fixture *fixture)
{
  return kp_publications_get_catalogue (kp_project_get_publications (fixture->project));
}

static char *
pdf_text (Fixture    *fixture,
          KpDocument *document)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "katalog.pdf", NULL);
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

/* The text of the PDF from @from (its last occurrence: the contents name it first) up to
 * the first of @to after it. */
static char *
section (const char *text,
         const char *from,
         const char *to)
{
  const char *start = NULL;
  const char *end;

  for (const char *p = strstr (text, from); p != NULL; p = strstr (p + 1, from))
    start = p;
  g_assert_nonnull (start);
  end = to != NULL ? strstr (start + strlen (from), to) : NULL;
  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

static const KpCatalogueSituation *
find_situation (const KpCatalogueSnapshot *snapshot,
                const char                *title)
{
  for (guint i = 0; i < snapshot->parts->situations->len; i++)
    {
      const KpCatalogueSituation *s = g_ptr_array_index (snapshot->parts->situations, i);

      if (strcmp (s->title, title) == 0)
        return s;
    }
  return NULL;
}

static gboolean
situation_lists (const KpCatalogueSnapshot  *snapshot,
                 const KpCatalogueSituation *situation,
                 const char                 *name)
{
  for (guint i = 0; i < situation->entries->len; i++)
    {
      const KpCatalogueEntry *e = g_ptr_array_index (snapshot->entries,
                                                     g_array_index (situation->entries, guint, i));

      if (strcmp (e->name, name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_snapshot (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpDocument) document = kp_document_builder_build (fixture->project,
                                                               KP_DOCUMENT_SETTINGS (settings (fixture)));
  const KpCatalogueSnapshot  *snapshot = kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document));
  const KpCatalogueParts     *parts = snapshot->parts;
  const KpCatalogueSituation *seniors, *families, *debts;

  g_assert_nonnull (parts);
  g_assert_cmpuint (parts->social->len, ==, 1);
  g_assert_cmpstr (((KpCatalogueEntry *) g_ptr_array_index (parts->social, 0))->name, ==,
                   "Městský úřad Lesná – sociální odbor");
  g_assert_cmpuint (parts->ospod->len, ==, 1);
  g_assert_cmpuint (parts->offices->len, ==, 1);
  g_assert_false (((KpCatalogueOffice *) g_ptr_array_index (parts->offices, 0))->nearest);
  g_assert_cmpuint (parts->health->len, ==, 1);

  seniors = find_situation (snapshot, "Jsem senior a potřebuji pomoc");
  families = find_situation (snapshot, "Mám dítě a potřebuji poradit");
  debts = find_situation (snapshot, "Mám dluhy");
  g_assert_nonnull (seniors);
  g_assert_nonnull (families);
  g_assert_nonnull (debts);
  g_assert_true (situation_lists (snapshot, seniors, "Domov pro seniory Lesná"));
  g_assert_true (situation_lists (snapshot, seniors, "Pečovatelská služba Lesná"));
  g_assert_false (situation_lists (snapshot, seniors, "Raná péče Podlesí"));
  g_assert_true (situation_lists (snapshot, families, "Raná péče Podlesí"));
  g_assert_false (situation_lists (snapshot, families, "Domov pro seniory Lesná"));
  /* the counselling service that says it helps with debts */
  g_assert_true (situation_lists (snapshot, debts, "Poradna Podlesí"));
  g_assert_false (situation_lists (snapshot, debts, "Domov pro seniory Lesná"));
  /* no service of the sample helps with addiction: the situation is left out */
  g_assert_null (find_situation (snapshot, "Mám problém s alkoholem nebo drogami"));
}

/* The text of the PDF from the first occurrence of a situation's title to the next one's. */
static char *
situation_text (const char                *text,
                const KpCatalogueSnapshot *snapshot,
                const char                *title)
{
  GPtrArray  *situations = snapshot->parts->situations;
  const char *start = strstr (text, title);
  const char *end = NULL;

  g_assert_nonnull (start);
  for (guint i = 0; i < situations->len; i++)
    if (strcmp (((KpCatalogueSituation *) g_ptr_array_index (situations, i))->title, title) == 0)
      end = i + 1 < situations->len
                ? strstr (start, ((KpCatalogueSituation *) g_ptr_array_index (situations, i + 1))->title)
                : strstr (start, "Úřady a první kontakt");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

static void
test_pdf (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr (KpDocument) document = kp_document_builder_build (fixture->project,
                                                               KP_DOCUMENT_SETTINGS (settings (fixture)));
  const KpCatalogueSnapshot *snapshot = kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document));
  g_autofree char           *text = pdf_text (fixture, document);
  g_autofree char           *seniors = situation_text (text, snapshot, "Jsem senior a potřebuji pomoc");
  g_autofree char           *families = situation_text (text, snapshot, "Mám dítě a potřebuji poradit");
  g_autofree char           *authorities = section (text, "Úřady a první kontakt", "Zdravotní péče");
  g_autofree char           *health = section (text, "Zdravotní péče", NULL);

  /* Czech under LANG=C: the contents name the new parts */
  g_assert_nonnull (strstr (text, "Obsah"));
  g_assert_nonnull (strstr (text, "Životní situace"));
  g_assert_nonnull (strstr (seniors, "Domov pro seniory Lesná"));
  g_assert_null (strstr (seniors, "Raná péče Podlesí"));
  g_assert_nonnull (strstr (families, "Raná péče Podlesí"));
  g_assert_null (strstr (families, "Domov pro seniory Lesná"));

  g_assert_nonnull (strstr (authorities, "Sociální odbor obce – první kontakt"));
  g_assert_nonnull (strstr (authorities, "Městský úřad Lesná – sociální odbor"));
  g_assert_nonnull (strstr (authorities, "Orgán sociálně-právní ochrany dětí (OSPOD)"));
  g_assert_nonnull (strstr (authorities, "Městský úřad Lesná – OSPOD"));
  g_assert_nonnull (strstr (authorities, "Úřad práce ČR – kontaktní pracoviště"));
  g_assert_nonnull (strstr (authorities, "Kontaktní pracoviště Lesná (ukázka)"));
  g_assert_nonnull (strstr (authorities, "www.uradprace.cz"));
  g_assert_null (strstr (authorities, "nejbližší"));

  g_assert_nonnull (strstr (health, "Praktický lékař pro dospělé Lesná"));
  g_assert_nonnull (strstr (health, "po–pá 7–13 h"));
}

/* Each part switched off: it is not printed, and its services are back in the chapters. */
static void
test_switched_off (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  for (KpCatalogueSettingsPart part = 0; part < KP_CATALOGUE_SETTINGS_N_PARTS; part++)
    {
      g_assert_true (kp_catalogue_settings_get_part (settings (fixture), part));
      g_assert_true (kp_catalogue_settings_set_part (settings (fixture), part, FALSE, &error));
      g_assert_no_error (error);
    }
  document = kp_document_builder_build (fixture->project, KP_DOCUMENT_SETTINGS (settings (fixture)));
  g_assert_cmpuint (kp_catalogue_document_get_snapshot (KP_CATALOGUE_DOCUMENT (document))->entries->len,
                    ==, 15);
  text = pdf_text (fixture, document);
  g_assert_null (strstr (text, "Životní situace"));
  g_assert_null (strstr (text, "Úřady a první kontakt"));
  g_assert_null (strstr (text, "Zdravotní péče"));
  g_assert_nonnull (strstr (text, "Praktický lékař pro dospělé Lesná"));
  g_assert_nonnull (strstr (text, "Městský úřad Lesná – OSPOD"));

  /* kept in the project */
  g_clear_object (&fixture->project);
  path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (kp_catalogue_settings_get_part (settings (fixture),
                                                  KP_CATALOGUE_SETTINGS_AUTHORITIES));
}

static gboolean
has_warning (GPtrArray     *warnings,
             KpPreprintKind kind)
{
  for (guint i = 0; i < warnings->len; i++)
    if (((KpPreprintWarning *) g_ptr_array_index (warnings, i))->kind == kind)
      return TRUE;
  return FALSE;
}

/* What the chapter of authorities lacks is said before printing, not printed empty. */
static void
test_preprint (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (KpDocument) complete = kp_document_builder_build (fixture->project,
                                                               KP_DOCUMENT_SETTINGS (settings (fixture)));
  g_autoptr (GPtrArray) none = kp_preprint_check_document (complete);
  g_autoptr (KpCatalogueSnapshot) bare = NULL;
  g_autoptr (GPtrArray) warnings = NULL;
  KpPublicationSelection selection;

  g_assert_false (has_warning (none, KP_PREPRINT_NO_OSPOD));
  g_assert_false (has_warning (none, KP_PREPRINT_NO_UP_OFFICE));
  g_assert_false (has_warning (none, KP_PREPRINT_NO_HEALTH));

  /* only registered services: no OSPOD, no doctor */
  kp_publication_selection_init (&selection);
  selection.local = FALSE;
  bare = kp_catalogue_builder_build_parts (fixture->project, &selection, KP_CATALOGUE_PART_ALL);
  kp_publication_selection_clear (&selection);
  g_assert_cmpuint (bare->parts->offices->len, ==, 1);
  warnings = kp_preprint_check (bare, NULL, NULL);
  g_assert_true (has_warning (warnings, KP_PREPRINT_NO_OSPOD));
  g_assert_true (has_warning (warnings, KP_PREPRINT_NO_HEALTH));
  g_assert_false (has_warning (warnings, KP_PREPRINT_NO_UP_OFFICE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/kp/catalogue-parts/snapshot", Fixture, NULL, fixture_setup, test_snapshot,
              fixture_teardown);
  g_test_add ("/kp/catalogue-parts/pdf", Fixture, NULL, fixture_setup, test_pdf,
              fixture_teardown);
  g_test_add ("/kp/catalogue-parts/switched-off", Fixture, NULL, fixture_setup,
              test_switched_off, fixture_teardown);
  g_test_add ("/kp/catalogue-parts/preprint", Fixture, NULL, fixture_setup, test_preprint,
              fixture_teardown);
  return g_test_run ();
}
