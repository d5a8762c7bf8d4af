/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <poppler.h>
#include <string.h>

#include "kp-pdf-preview.h"
#include "kp-project.h"
#include "kp-publications-page.h"
#include "kp-publications.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The Printing group of the Publikace options: for the print shop and large print are each
 * document's own, off at first, written to the project at once, there again after it is
 * reopened, and the preview shows them: the larger sheet with the marks, the larger type. */

/* 10 mm of bleed and marks on each side of the trimmed page */
#define SLUG (10 * 72.0 / 25.4)

typedef struct
{
  char               *dir;
  char               *path;
  KpProject          *project;
  GtkWidget          *window;
  KpPublicationsPage *page;
  KpPdfPreview       *preview;
} Fixture;

static gboolean
rendered (Fixture *fixture)
{
  return !kp_publications_page_get_busy (fixture->page) &&
         kp_pdf_preview_get_n_pages (fixture->preview) > 0 &&
         kp_pdf_preview_get_page_paintable (fixture->preview, 0) != NULL;
}

static GtkWidget *
find (Fixture    *fixture,
      const char *name)
{
  GtkWidget *widget = kp_test_find_widget (fixture->window, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
open_page (Fixture *fixture)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 800);
  fixture->page = KP_PUBLICATIONS_PAGE (kp_publications_page_new (fixture->project));
  fixture->preview = kp_publications_page_get_preview (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
}

static void
close_page (Fixture *fixture)
{
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  fixture->page = NULL;
  fixture->preview = NULL;
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_create_sample (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  close_page (fixture);
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The width of the first page of the PDF the preview shows. */
static double
preview_width (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (kp_pdf_preview_get_bytes (fixture->preview),
                                                          NULL, &error);
  PopplerPage     *page;
  double           width = 0;

  g_assert_no_error (error);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &width, NULL);
  g_object_unref (page);
  g_object_unref (doc);
  return width;
}

static gboolean
switch_on (Fixture    *fixture,
           const char *name)
{
  return gtk_switch_get_active (GTK_SWITCH (find (fixture, name)));
}

/* The choices as another connection reads them from the project file now. */
static void
assert_stored (Fixture    *fixture,
               const char *variant,
               gboolean    for_print,
               gboolean    large_print)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_open (fixture->path, &error);
  KpPublications     *publications;
  KpDocumentSettings *settings;

  g_assert_no_error (error);
  publications = kp_project_get_publications (project);
  settings = variant == NULL
                 ? KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (publications))
                 : KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (publications, variant));
  g_assert_cmpint (kp_document_settings_get_for_print (settings), ==, for_print);
  g_assert_cmpint (kp_document_settings_get_large_print (settings), ==, large_print);
}

static void
test_switches (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  open_page (fixture);
  g_assert_false (switch_on (fixture, "publications-for-print"));
  g_assert_false (switch_on (fixture, "publications-large-print"));
  g_assert_cmpfloat_with_epsilon (preview_width (fixture), 595.28, 0.1);

  /* the catalogue for the print shop: written at once, the preview on the larger sheet */
  gtk_switch_set_active (GTK_SWITCH (find (fixture, "publications-for-print")), TRUE);
  assert_stored (fixture, NULL, TRUE, FALSE);
  KP_TEST_WAIT_UNTIL (rendered (fixture) && preview_width (fixture) > 595.28 + SLUG);
  g_assert_cmpfloat_with_epsilon (preview_width (fixture), 595.28 + 2 * SLUG, 0.1);
  kp_test_screenshot_if_asked (fixture->window, "publications-for-print.png");

  /* the seniors' leaflet has its own choices */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-group")), 0);
  g_assert_false (switch_on (fixture, "publications-for-print"));
  g_assert_false (switch_on (fixture, "publications-large-print"));
  gtk_switch_set_active (GTK_SWITCH (find (fixture, "publications-large-print")), TRUE);
  assert_stored (fixture, "seniors", FALSE, TRUE);
  assert_stored (fixture, NULL, TRUE, FALSE);
  KP_TEST_WAIT_UNTIL (rendered (fixture));
  g_assert_cmpfloat_with_epsilon (preview_width (fixture), 841.89, 0.1);

  /* back to the catalogue, and both there again after the project is reopened */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 0);
  g_assert_true (switch_on (fixture, "publications-for-print"));
  g_assert_false (switch_on (fixture, "publications-large-print"));
  close_page (fixture);
  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  open_page (fixture);
  g_assert_true (switch_on (fixture, "publications-for-print"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 1);
  g_assert_true (switch_on (fixture, "publications-large-print"));
  g_assert_false (switch_on (fixture, "publications-for-print"));
  /* nothing of it is an edit to undo */
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  g_test_add ("/kp/ui/publications-printing/switches", Fixture, NULL, fixture_setup,
              test_switches, fixture_teardown);
  return g_test_run ();
}
