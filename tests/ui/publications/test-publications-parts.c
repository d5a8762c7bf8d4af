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

/* The catalogue's parts in the Publikace options (issue 12.10): the life-situation index,
 * the authorities and health care are on at first; a part switched off is written to the
 * project at once and the preview no longer shows it; a leaflet has no such parts. */

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

/* The text of the PDF the preview shows. */
static char *
preview_text (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (kp_pdf_preview_get_bytes (fixture->preview),
                                                          NULL, &error);
  GString         *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      char        *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_free (page_text);
      g_object_unref (page);
    }
  g_object_unref (doc);
  return g_string_free (text, FALSE);
}

static gboolean
preview_has (Fixture    *fixture,
             const char *needle)
{
  g_autofree char *text = preview_text (fixture);

  return strstr (text, needle) != NULL;
}

static gboolean
switch_on (Fixture    *fixture,
           const char *name)
{
  return gtk_switch_get_active (GTK_SWITCH (find (fixture, name)));
}

static gboolean
stored_part (Fixture                *fixture,
             KpCatalogueSettingsPart part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_open (fixture->path, &error);

  g_assert_no_error (error);
  return kp_catalogue_settings_get_part (kp_publications_get_catalogue (kp_project_get_publications (project)),
                                         part);
}

static void
test_switches (Fixture      *fixture,
               gconstpointer data)
{
  open_page (fixture);
  g_assert_true (switch_on (fixture, "publications-situations"));
  g_assert_true (switch_on (fixture, "publications-authorities"));
  g_assert_true (switch_on (fixture, "publications-health"));
  g_assert_true (preview_has (fixture, "Životní situace"));
  g_assert_true (preview_has (fixture, "Úřady a první kontakt"));
  g_assert_true (preview_has (fixture, "Kontaktní pracoviště Lesná (ukázka)"));
  kp_test_screenshot_if_asked (fixture->window, "publications-parts.png");

  /* the index switched off: written at once, and gone from the preview */
  gtk_switch_set_active (GTK_SWITCH (find (fixture, "publications-situations")), FALSE);
  g_assert_false (stored_part (fixture, KP_CATALOGUE_SETTINGS_SITUATIONS));
  g_assert_true (stored_part (fixture, KP_CATALOGUE_SETTINGS_AUTHORITIES));
  KP_TEST_WAIT_UNTIL (rendered (fixture) && !preview_has (fixture, "Životní situace"));
  g_assert_true (preview_has (fixture, "Úřady a první kontakt"));

  /* a leaflet has none of them */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 1);
  g_assert_false (gtk_widget_is_visible (find (fixture, "publications-situations")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 0);
  g_assert_true (gtk_widget_is_visible (find (fixture, "publications-situations")));
  g_assert_false (switch_on (fixture, "publications-situations"));
  g_assert_false (kp_project_get_can_undo (fixture->project));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  g_test_add ("/kp/ui/publications-parts/switches", Fixture, NULL, fixture_setup, test_switches,
              fixture_teardown);
  return g_test_run ();
}
