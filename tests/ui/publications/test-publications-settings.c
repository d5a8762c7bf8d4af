/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-pdf-preview.h"
#include "kp-project.h"
#include "kp-publications-page.h"
#include "kp-publications.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The options of the Publications view stay with the project (kp-publications.h): what is
 * typed and chosen is there again, and in the preview, when the project file is reopened; a
 * text is written after a short delay, at once when the page goes away; the logos are kept
 * inside the project file, and a logo file an older project named that is gone is left out
 * with a note. The document the view exports is the one komplan-cli prints. */

typedef struct
{
  char               *dir;
  char               *path;
  KpProject          *project;
  GtkWidget          *window;
  KpPublicationsPage *page;
  KpPdfPreview       *preview;
  char               *exported;
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

/* A window with the Publications page of the project, its first rendering done. */
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

/* Closes the page and the project, and opens the project file again with a new page. */
static void
reopen (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  close_page (fixture);
  g_clear_object (&fixture->project);
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  open_page (fixture);
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
  g_free (fixture->exported);
}

static char *
dup_intro (Fixture *fixture)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find (fixture,
                                                                         "publications-introduction")));
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
entry_text (Fixture    *fixture,
            const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (find (fixture, name)));
}

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
      char        *t = poppler_page_get_text (page);

      g_string_append (text, t);
      g_string_append_c (text, '\n');
      g_free (t);
      g_object_unref (page);
    }
  g_object_unref (doc);
  return g_string_free (text, FALSE);
}

/* The project file as another connection reads it now: what was written, not what is
 * queued. */
static KpProject *
open_again (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  KpProject *project = kp_project_open (fixture->path, &error);

  g_assert_no_error (error);
  return project;
}

static void
assert_stored_text (Fixture       *fixture,
                    KpDocumentKind kind,
                    const char    *variant,
                    KpDocumentText field,
                    const char    *expected)
{
  g_autoptr (KpProject) project = open_again (fixture);
  KpDocumentSettings *settings = kp_publications_get_document (kp_project_get_publications (project),
                                                               kind, variant);

  g_assert_cmpstr (kp_document_settings_get_text (settings, field), ==, expected);
}

static void
assert_stored_catalogue (Fixture             *fixture,
                         KpCatalogueStructure structure)
{
  g_autoptr (KpProject) project = open_again (fixture);
  KpCatalogueSettings *settings = kp_publications_get_catalogue (kp_project_get_publications (project));

  g_assert_cmpint (kp_catalogue_settings_get_structure (settings), ==, structure);
}

static char *
dup_stored_logos (Fixture *fixture)
{
  g_autoptr (KpProject) project = open_again (fixture);
  GListModel *logos = kp_document_settings_get_logos (
      KP_DOCUMENT_SETTINGS (kp_publications_get_catalogue (kp_project_get_publications (project))));
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (logos); i++)
    {
      g_autoptr (KpLogo) logo = g_list_model_get_item (logos, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", kp_logo_get_file_name (logo));
    }
  return g_string_free (names, FALSE);
}

/* Texts and choices typed into the catalogue are there after the project is reopened, and
 * in the preview. The last edit is kept although the page closed before the delay. */
static void
test_reopen_catalogue (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *default_title = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *text = NULL;

  open_page (fixture);
  default_title = g_strdup (entry_text (fixture, "publications-title"));
  g_assert_cmpstr (default_title, !=, "");
  /* showing the options writes nothing: defaults stay defaults */
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_TITLE, NULL);
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_INTRODUCTION, NULL);

  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "publications-title")), "Služby Podlesí");
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "publications-subtitle")), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find (fixture,
                                                                           "publications-introduction"))),
                            "Milí občané,\n\nzde najdete pomoc.", -1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find (fixture, "publications-year")), 2027);
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "publications-publicity")),
                         "Spolufinancováno Evropskou unií");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-structure")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-paper")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-form-filter")), 3);
  gtk_switch_set_active (GTK_SWITCH (find (fixture, "publications-local")), FALSE);
  /* choices are written at once, texts after the delay */
  assert_stored_catalogue (fixture, KP_CATALOGUE_BY_PROVIDER);
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_TITLE, NULL);

  reopen (fixture);
  g_assert_cmpstr (entry_text (fixture, "publications-title"), ==, "Služby Podlesí");
  g_assert_cmpstr (entry_text (fixture, "publications-subtitle"), ==, "");
  intro = dup_intro (fixture);
  g_assert_cmpstr (intro, ==, "Milí občané,\n\nzde najdete pomoc.");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (find (fixture, "publications-year"))),
                   ==, 2027);
  g_assert_cmpstr (entry_text (fixture, "publications-publicity"), ==,
                   "Spolufinancováno Evropskou unií");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture, "publications-kind"))), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture, "publications-structure"))),
                    ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture, "publications-paper"))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture,
                                                                     "publications-form-filter"))),
                    ==, 3);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (find (fixture, "publications-registered"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (find (fixture, "publications-local"))));

  text = preview_text (fixture);
  g_assert_nonnull (strstr (text, "Služby Podlesí"));
  g_assert_nonnull (strstr (text, "zde najdete pomoc"));
  g_assert_null (strstr (text, default_title));
}

/* A leaflet keeps its group, format and texts; the catalogue keeps its own texts. */
static void
test_reopen_leaflet (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *catalogue_title = NULL;
  g_autofree char *crisis_title = NULL;

  open_page (fixture);
  catalogue_title = g_strdup (entry_text (fixture, "publications-title"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-group")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-format")), 1);
  crisis_title = g_strdup (entry_text (fixture, "publications-title"));
  g_assert_cmpstr (crisis_title, !=, catalogue_title);
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "publications-issuer")), "Obec Lesná");
  {
    g_autoptr (KpProject) stored = open_again (fixture);
    KpPublications *p = kp_project_get_publications (stored);

    g_assert_cmpint (kp_publications_get_shown_kind (p), ==, KP_DOCUMENT_KIND_LEAFLET);
    g_assert_cmpstr (kp_publications_get_shown_leaflet (p), ==, "crisis");
    g_assert_cmpint (kp_leaflet_settings_get_format (kp_publications_get_leaflet (p, "crisis")), ==,
                     KP_LEAFLET_A5_TWO_SIDED);
  }

  reopen (fixture);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture, "publications-kind"))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture, "publications-group"))), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find (fixture, "publications-format"))), ==, 1);
  g_assert_true (gtk_widget_get_visible (find (fixture, "publications-group")));
  g_assert_false (gtk_widget_get_visible (find (fixture, "publications-structure")));
  g_assert_cmpstr (entry_text (fixture, "publications-title"), ==, crisis_title);
  g_assert_cmpstr (entry_text (fixture, "publications-issuer"), ==, "Obec Lesná");
  assert_stored_text (fixture, KP_DOCUMENT_KIND_LEAFLET, "crisis", KP_DOCUMENT_TEXT_ISSUER,
                      "Obec Lesná");
  /* the options show the project's own settings of that leaflet */
  {
    KpDocumentSettings *shown = kp_publications_options_get_settings (kp_publications_page_get_options (fixture->page));

    g_assert_true (shown == KP_DOCUMENT_SETTINGS (kp_publications_get_leaflet (kp_project_get_publications (fixture->project),
                                                                               "crisis")));
    g_assert_cmpint (kp_leaflet_settings_get_format (KP_LEAFLET_SETTINGS (shown)), ==,
                     KP_LEAFLET_A5_TWO_SIDED);
  }

  /* another group's leaflet and the catalogue have their own texts */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-group")), 0);
  g_assert_cmpstr (entry_text (fixture, "publications-issuer"), !=, "Obec Lesná");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 0);
  g_assert_cmpstr (entry_text (fixture, "publications-title"), ==, catalogue_title);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-kind")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find (fixture, "publications-group")), 2);
  g_assert_cmpstr (entry_text (fixture, "publications-issuer"), ==, "Obec Lesná");
}

static gboolean
title_written (Fixture *fixture)
{
  KpDocumentSettings *settings = KP_DOCUMENT_SETTINGS (
      kp_publications_get_catalogue (kp_project_get_publications (fixture->project)));

  return kp_document_settings_get_text (settings, KP_DOCUMENT_TEXT_TITLE) != NULL;
}

/* Typing writes the text after a delay, once, with the last value; leaving the field
 * writes it at once. */
static void
test_write_delay (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *title;
  gint64     start;

  open_page (fixture);
  title = find (fixture, "publications-title");
  start = g_get_monotonic_time ();
  gtk_editable_set_text (GTK_EDITABLE (title), "K");
  gtk_editable_set_text (GTK_EDITABLE (title), "Ka");
  gtk_editable_set_text (GTK_EDITABLE (title), "Kat");
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_TITLE, NULL);
  KP_TEST_WAIT_UNTIL (title_written (fixture));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 400 * 1000);
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_TITLE, "Kat");

  /* clearing a text keeps it empty, rather than going back to the default */
  gtk_widget_grab_focus (title);
  gtk_editable_set_text (GTK_EDITABLE (find (fixture, "publications-subtitle")), "");
  gtk_editable_set_text (GTK_EDITABLE (title), "Katalog 2027");
  gtk_widget_grab_focus (find (fixture, "publications-issuer"));
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_TITLE,
                      "Katalog 2027");
  assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_SUBTITLE, "");

  /* a text too long for the project is refused (a toast says so); the kept one stays */
  {
    g_autofree char *long_text = g_strnfill (KP_DOCUMENT_TEXT_MAX_LENGTH + 10, 'a');
    GtkWidget       *intro = find (fixture, "publications-introduction");

    gtk_widget_grab_focus (intro);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (intro)), long_text, -1);
    gtk_widget_grab_focus (title);
    assert_stored_text (fixture, KP_DOCUMENT_KIND_CATALOGUE, NULL, KP_DOCUMENT_TEXT_INTRODUCTION,
                        NULL);
  }
}

static char *
write_png (const char *dir,
           const char *name)
{
  char            *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 20);
  cairo_t         *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.1, 0.4, 0.7);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

/* Scrolls the options down to the logos, for a screenshot when asked. */
static void
show_logos (Fixture    *fixture,
            const char *screenshot)
{
  GtkWidget     *scrolled = gtk_widget_get_ancestor (find (fixture, "publications-logos"),
                                                     GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  kp_test_flush (fixture->window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  kp_test_flush (fixture->window);
  kp_test_screenshot_if_asked (fixture->window, screenshot);
}

/* A project of version 5 named its logo files: those still there are brought into the
 * project, one that is gone is left out with a note; the logos then stay with the project. */
static void
test_missing_logo (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *logo = write_png (fixture->dir, "erb.png");
  g_autofree char *gone = g_build_filename (fixture->dir, "smazane-logo.png", NULL);
  g_autofree char *kept = g_strdup_printf ("%s\n%s", gone, logo);
  g_autofree char *added = write_png (fixture->dir, "eu.png");
  g_autofree char *not_image = g_build_filename (fixture->dir, "poznamky.png", NULL);
  g_autoptr (GFile) added_file = g_file_new_for_path (added);
  g_autoptr (GFile) not_image_file = g_file_new_for_path (not_image);
  g_autofree char *names = NULL;
  const char      *settings[] = { "publication.logos", kept, NULL };
  GtkWidget       *note;

  g_assert_finalize_object (g_steal_pointer (&fixture->project));
  kp_test_make_version_5 (fixture->path, settings);
  fixture->project = kp_project_open (fixture->path, &error);
  g_assert_no_error (error);
  open_page (fixture);
  note = find (fixture, "publications-logos-note");
  g_assert_true (gtk_widget_get_visible (note));
  show_logos (fixture, "publications-logos-note.png");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (note)), "smazane-logo.png"));
  names = dup_stored_logos (fixture);
  g_assert_cmpstr (names, ==, "erb.png");

  /* not an image: refused, the logos as they were */
  g_assert_true (g_file_set_contents (not_image, "poznámky", -1, NULL));
  kp_publications_options_add_logo (kp_publications_page_get_options (fixture->page),
                                    not_image_file);
  g_assert_true (gtk_widget_get_visible (note));

  kp_publications_options_add_logo (kp_publications_page_get_options (fixture->page), added_file);
  g_assert_false (gtk_widget_get_visible (note));
  g_free (names);
  names = dup_stored_logos (fixture);
  g_assert_cmpstr (names, ==, "erb.png,eu.png");
  KP_TEST_WAIT_UNTIL (rendered (fixture));

  /* the files may go: the project keeps the images */
  g_assert_cmpint (g_remove (logo), ==, 0);
  g_assert_cmpint (g_remove (added), ==, 0);
  reopen (fixture);
  g_assert_false (gtk_widget_get_visible (find (fixture, "publications-logos-note")));
  g_free (names);
  names = dup_stored_logos (fixture);
  g_assert_cmpstr (names, ==, "erb.png,eu.png");
  {
    g_autoptr (GPtrArray) rows = kp_test_list_action_rows (find (fixture, "publications-logos"));

    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[0]), ==, "erb.png");
    g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[1]), ==, "eu.png");
  }
  show_logos (fixture, "publications-logos.png");
}

static void
on_exported_cb (KpPublicationsPage *page,
                const char         *path,
                Fixture            *fixture)
{
  g_free (fixture->exported);
  fixture->exported = g_strdup (path);
}

static gboolean
exported (Fixture *fixture)
{
  return fixture->exported != NULL && !kp_publications_page_get_busy (fixture->page);
}

/* The text of each page, from 0. */
static GPtrArray *
pdf_pages (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  PopplerDocument *doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  GPtrArray       *pages = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);

      g_ptr_array_add (pages, poppler_page_get_text (page));
      g_object_unref (page);
    }
  g_object_unref (doc);
  return pages;
}

/* The document the view exports and the one komplan-cli prints from the same project. */
static void
assert_same_as_cli (Fixture           *fixture,
                    const char        *name,
                    const char *const *command)
{
  g_autofree char *app = g_strdup_printf ("%s/%s-app.pdf", fixture->dir, name);
  g_autofree char *cli = g_strdup_printf ("%s/%s-cli.pdf", fixture->dir, name);
  g_autoptr (GFile) file = g_file_new_for_path (app);
  g_autoptr (GPtrArray) app_pages = NULL;
  g_autoptr (GPtrArray) cli_pages = NULL;
  g_autoptr (KpTestCliResult) result = NULL;
  const char *args[8] = { NULL };
  guint       n = 0;

  g_clear_pointer (&fixture->exported, g_free);
  kp_publications_page_export (fixture->page, file);
  KP_TEST_WAIT_UNTIL (exported (fixture));
  for (; command[n] != NULL; n++)
    args[n] = command[n];
  args[n++] = fixture->path;
  args[n++] = cli;
  result = kp_test_run_cli_env (NULL, args);
  g_assert_cmpint (result->status, ==, 0);

  app_pages = pdf_pages (app);
  cli_pages = pdf_pages (cli);
  g_assert_cmpuint (app_pages->len, >, 1);
  g_assert_cmpuint (app_pages->len, ==, cli_pages->len);
  for (guint i = 0; i < app_pages->len; i++)
    g_assert_cmpstr (g_ptr_array_index (app_pages, i), ==, g_ptr_array_index (cli_pages, i));
}

/* Options set through the project's settings, as the view sets them: the view exports and
 * komplan-cli prints the same catalogue and the same leaflet, page by page. */
static void
test_same_as_cli (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *svg = g_test_build_filename (G_TEST_DIST, "data", "publications", "logo.svg", NULL);
  g_autoptr (GFile) logo = g_file_new_for_path (svg);
  KpPublications      *p = kp_project_get_publications (fixture->project);
  KpCatalogueSettings *catalogue = kp_publications_get_catalogue (p);
  KpLeafletSettings   *crisis = kp_publications_get_leaflet (p, "crisis");

  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (catalogue),
                                                KP_DOCUMENT_TEXT_TITLE, "Průvodce službami Podlesí",
                                                &error));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (catalogue),
                                                KP_DOCUMENT_TEXT_INTRODUCTION,
                                                "Milí sousedé,\n\nnajdete zde pomoc blízko domova.",
                                                &error));
  g_assert_true (kp_document_settings_set_year (KP_DOCUMENT_SETTINGS (catalogue), 2027, &error));
  g_assert_true (kp_document_settings_add_logo_file (KP_DOCUMENT_SETTINGS (catalogue), logo, NULL,
                                                     &error));
  g_assert_true (kp_catalogue_settings_set_structure (catalogue, KP_CATALOGUE_BY_SERVICE_TYPE,
                                                      &error));
  g_assert_true (kp_catalogue_settings_set_paper (catalogue, KP_PAGE_SIZE_A5, &error));
  g_assert_true (kp_catalogue_settings_set_local (catalogue, FALSE, &error));
  g_assert_true (kp_document_settings_set_text (KP_DOCUMENT_SETTINGS (crisis),
                                                KP_DOCUMENT_TEXT_ISSUER, "Obec Lesná", &error));
  g_assert_true (kp_leaflet_settings_set_format (crisis, KP_LEAFLET_A5_TWO_SIDED, &error));
  g_assert_no_error (error);

  open_page (fixture);
  g_signal_connect (fixture->page, "exported", G_CALLBACK (on_exported_cb), fixture);
  assert_same_as_cli (fixture, "katalog", (const char *const[]){ "export", "catalogue", NULL });
  /* what was set is what both print: the title (over two lines on A5), the introduction */
  {
    g_autofree char *path = g_strdup_printf ("%s/katalog-cli.pdf", fixture->dir);
    g_autoptr (GPtrArray) pages = pdf_pages (path);

    g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "Průvodce službami"));
    g_assert_nonnull (strstr (g_ptr_array_index (pages, 1), "najdete zde pomoc blízko domova"));
  }

  g_assert_true (kp_publications_set_shown_kind (p, KP_DOCUMENT_KIND_LEAFLET, &error));
  g_assert_true (kp_publications_set_shown_leaflet (p, "crisis", &error));
  g_assert_no_error (error);
  reopen (fixture);
  g_signal_connect (fixture->page, "exported", G_CALLBACK (on_exported_cb), fixture);
  g_assert_cmpstr (entry_text (fixture, "publications-issuer"), ==, "Obec Lesná");
  assert_same_as_cli (fixture, "letak",
                      (const char *const[]){ "export", "leaflet", "--group", "crisis", NULL });
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();

#define ADD(path, func) g_test_add ("/kp/ui/publications-settings/" path, Fixture, NULL, \
                                    fixture_setup, func, fixture_teardown)
  ADD ("reopen-catalogue", test_reopen_catalogue);
  ADD ("reopen-leaflet", test_reopen_leaflet);
  ADD ("write-delay", test_write_delay);
  ADD ("missing-logo", test_missing_logo);
  ADD ("same-as-cli", test_same_as_cli);
#undef ADD
  return g_test_run ();
}
