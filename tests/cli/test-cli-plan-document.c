/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <sqlite3.h>
#include <string.h>

#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* komplan-cli export plan, action-plan, evaluation and comments on the sample project (a
 * plan 2026–2028), run as the built executable under LANG=C: the documents are Czech. */

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = g_build_filename (fixture->dir, "sample.komplan", NULL);
  project = kp_project_create_sample (fixture->project, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->project);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  GString         *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage     *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (doc);
  return g_string_free (text, FALSE);
}

static void
test_each_command (Fixture      *fixture,
                   gconstpointer data)
{
  const struct
  {
    const char *command;
    const char *word;
  } cases[] = {
    { "plan", "Karty aktivit" },
    { "action-plan", "Aktivity akčního plánu" },
    { "evaluation", "Souhrn" },
    { "comments", "Nevyhověno" },
  };

  g_setenv ("LANG", "C", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", fixture->dir, cases[c].command);
      g_autofree char *odt = g_strdup_printf ("%s/%s.odt", fixture->dir, cases[c].command);
      g_autoptr (KpTestCliResult) result =
          kp_test_run_cli ("export", cases[c].command, fixture->project, pdf);
      g_autoptr (KpTestCliResult) as_odt =
          kp_test_run_cli ("export", cases[c].command, fixture->project, odt);
      g_autoptr (KpTestCliResult) again =
          kp_test_run_cli ("export", cases[c].command, fixture->project, pdf);
      g_autoptr (KpTestCliResult) forced =
          kp_test_run_cli ("export", cases[c].command, "--force", fixture->project, pdf);
      g_autofree char *text = NULL;

      g_assert_cmpint (result->status, ==, 0);
      g_assert_cmpint (as_odt->status, ==, 0);
      g_assert_true (g_file_test (odt, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (again->status, ==, 1);
      g_assert_cmpint (forced->status, ==, 0);
      text = pdf_text (pdf);
      if (strstr (text, cases[c].word) == NULL)
        g_error ("export %s: no “%s”", cases[c].command, cases[c].word);
    }
}

static void
test_year (Fixture      *fixture,
           gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "ap.pdf", NULL);
  g_autoptr (KpTestCliResult) inside =
      kp_test_run_cli ("export", "action-plan", "--year", "2026", fixture->project, pdf);
  g_autoptr (KpTestCliResult) outside =
      kp_test_run_cli ("export", "action-plan", "--year", "2040", fixture->project, pdf, "--force");
  g_autoptr (KpTestCliResult) evaluation =
      kp_test_run_cli ("export", "evaluation", "--year", "1999", fixture->project, pdf, "--force");
  g_autoptr (KpTestCliResult) extension =
      kp_test_run_cli ("export", "plan", fixture->project, "plan.docx");

  g_assert_cmpint (inside->status, ==, 0);
  g_assert_cmpint (outside->status, ==, 1);
  g_assert_nonnull (strstr (outside->err, "2040"));
  g_assert_cmpint (evaluation->status, ==, 1);
  g_assert_cmpint (extension->status, ==, 2);
}

/* What the user set up in the Publications view (the project's settings) is printed; --year
 * overrides the year kept. */
static void
test_settings (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = g_build_filename (fixture->dir, "kept.pdf", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.pdf", NULL);
  g_autoptr (KpTestCliResult) result = NULL;
  g_autoptr (KpTestCliResult) overridden = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;

  {
    g_autoptr (KpProject) project = kp_project_open (fixture->project, &error);
    KpDocumentSettings *evaluation = NULL;

    g_assert_no_error (error);
    evaluation = KP_DOCUMENT_SETTINGS (kp_publications_get_plan_document (
        kp_project_get_publications (project), KP_DOCUMENT_KIND_EVALUATION));
    g_assert_true (kp_document_settings_set_text (evaluation, KP_DOCUMENT_TEXT_TITLE,
                                                  "Hodnocení plánu Podlesí", &error));
    g_assert_true (kp_document_settings_set_year (evaluation, 2026, &error));
    g_assert_no_error (error);
  }
  result = kp_test_run_cli ("export", "evaluation", fixture->project, kept);
  overridden = kp_test_run_cli ("export", "evaluation", "--year", "2027", fixture->project, other);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpint (overridden->status, ==, 0);
  text = pdf_text (kept);
  other_text = pdf_text (other);
  g_assert_nonnull (strstr (text, "Hodnocení plánu Podlesí"));
  g_assert_nonnull (strstr (text, "na rok 2026"));
  g_assert_nonnull (strstr (other_text, "Hodnocení plánu Podlesí"));
  g_assert_nonnull (strstr (other_text, "na rok 2027"));
}

/* A project whose plan was never started is refused, and nothing is written. */
static void
test_no_plan (Fixture      *fixture,
              gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "empty.pdf", NULL);
  g_autoptr (KpTestCliResult) result = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->project, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE plan_version SET state = 'draft'; "
                                 "DELETE FROM action_plan; DELETE FROM plan_version;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  result = kp_test_run_cli ("export", "plan", fixture->project, pdf);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "plan"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/cli/plan-document/each-command", Fixture, NULL, fixture_setup, test_each_command,
              fixture_teardown);
  g_test_add ("/cli/plan-document/year", Fixture, NULL, fixture_setup, test_year,
              fixture_teardown);
  g_test_add ("/cli/plan-document/settings", Fixture, NULL, fixture_setup, test_settings,
              fixture_teardown);
  g_test_add ("/cli/plan-document/no-plan", Fixture, NULL, fixture_setup, test_no_plan,
              fixture_teardown);
  return g_test_run ();
}
