/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <poppler.h>
#include <string.h>

#include "kp-pdf-preview.h"
#include "kp-document-print.h"
#include "kp-key-names.h"
#include "kp-project.h"
#include "kp-publications-page.h"
#include "kp-test-czech.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* The Publications view on the sample project: the preview renders the catalogue in a
 * worker and shows its first page; a changed option renders it again; the export writes a
 * PDF Poppler reads; a leaflet has two pages; zoom and page navigation. */

typedef struct
{
  char               *dir;
  KpProject          *project;
  GtkWidget          *window;
  KpPublicationsPage *page;
  KpPdfPreview       *preview;
  int                 updates;
  char               *exported;
} Fixture;

static void
on_preview_updated_cb (KpPublicationsPage *page,
                       Fixture            *fixture)
{
  fixture->updates++;
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
first_page_rendered (Fixture *fixture)
{
  return kp_pdf_preview_get_n_pages (fixture->preview) > 0 &&
         kp_pdf_preview_get_page_paintable (fixture->preview, 0) != NULL;
}

static gboolean
not_busy (Fixture *fixture)
{
  return !kp_publications_page_get_busy (fixture->page);
}

static gboolean
has_exported (Fixture *fixture)
{
  return fixture->exported != NULL && !kp_publications_page_get_busy (fixture->page);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->dir = kp_test_make_tmpdir ();
  fixture->project = kp_test_create_sample (fixture->dir);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1240, 800);
  fixture->page = KP_PUBLICATIONS_PAGE (kp_publications_page_new (fixture->project));
  fixture->preview = kp_publications_page_get_preview (fixture->page);
  g_signal_connect (fixture->page, "preview-updated", G_CALLBACK (on_preview_updated_cb), fixture);
  g_signal_connect (fixture->page, "exported", G_CALLBACK (on_exported_cb), fixture);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
  KP_TEST_WAIT_UNTIL (first_page_rendered (fixture));
  KP_TEST_WAIT_UNTIL (not_busy (fixture));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->exported);
}

static void
test_preview (Fixture      *fixture,
              gconstpointer data)
{
  GdkPaintable *paintable = kp_pdf_preview_get_page_paintable (fixture->preview, 0);
  GtkWidget    *info = kp_test_find_widget (fixture->window, "publications-info");

  g_assert_cmpint (fixture->updates, ==, 1);
  g_assert_cmpint (kp_pdf_preview_get_n_pages (fixture->preview), >, 1);
  g_assert_true (GDK_IS_TEXTURE (paintable));
  /* fitted to the width of the view: wider than a page at 50 % */
  g_assert_true (kp_pdf_preview_get_fit_width (fixture->preview));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), >, 300);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), >,
                   gdk_paintable_get_intrinsic_width (paintable)); /* A4 portrait */
  /* pages far below are not rendered */
  g_assert_null (kp_pdf_preview_get_page_paintable (fixture->preview,
                                                    kp_pdf_preview_get_n_pages (fixture->preview) - 1));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (info)), "14"));
  g_assert_true (gtk_widget_is_sensitive (kp_test_find_widget (fixture->window, "publications-export")));
}

static gboolean
updated_twice (Fixture *fixture)
{
  return fixture->updates >= 2 && first_page_rendered (fixture) && not_busy (fixture);
}

static void
test_option_rerenders (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (GBytes) before = g_bytes_ref (kp_pdf_preview_get_bytes (fixture->preview));
  AdwComboRow *structure = ADW_COMBO_ROW (kp_test_find_widget (fixture->window,
                                                               "publications-structure"));
  AdwEntryRow *title = ADW_ENTRY_ROW (kp_test_find_widget (fixture->window, "publications-title"));

  g_assert_nonnull (structure);
  adw_combo_row_set_selected (structure, 2); /* A–Z by provider */
  /* a second change within the delay is rendered once, with both changes */
  gtk_editable_set_text (GTK_EDITABLE (title), "Průvodce sociálními službami Podlesí");
  KP_TEST_WAIT_UNTIL (updated_twice (fixture));
  g_assert_cmpint (fixture->updates, ==, 2);
  g_assert_false (g_bytes_equal (before, kp_pdf_preview_get_bytes (fixture->preview)));
  g_assert_nonnull (kp_pdf_preview_get_page_paintable (fixture->preview, 0));
}

static char *
pdf_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      char        *t = poppler_page_get_text (page);

      g_string_append (text, t);
      g_free (t);
      g_object_unref (page);
    }
  return g_string_free (text, FALSE);
}

static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "katalog.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *doc;

  kp_publications_page_export (fixture->page, file);
  g_assert_true (kp_publications_page_get_busy (fixture->page));
  g_assert_false (gtk_widget_is_sensitive (kp_test_find_widget (fixture->window,
                                                                "publications-export")));
  KP_TEST_WAIT_UNTIL (has_exported (fixture));
  g_assert_cmpstr (fixture->exported, ==, path);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==,
                   kp_pdf_preview_get_n_pages (fixture->preview));
  text = pdf_text (doc);
  g_assert_nonnull (strstr (text, "Domov pro seniory Lesná"));
  g_object_unref (doc);
}

/* Printing: the operation, exported to a PDF instead of a printer, holds every page of
 * the previewed document, its text still text. */
static void
test_print (Fixture      *fixture,
            gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "tisk.pdf", NULL);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char        *text = NULL;
  GtkPrintOperationResult result;
  GtkPageSetup           *setup;
  PopplerDocument        *doc;

  operation = kp_document_print_operation_new (kp_pdf_preview_get_bytes (fixture->preview),
                                               "Katalog", &error);
  g_assert_no_error (error);
  setup = gtk_print_operation_get_default_page_setup (operation);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==,
                   GTK_PAPER_NAME_A4);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (fixture->window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==,
                   kp_pdf_preview_get_n_pages (fixture->preview));
  text = pdf_text (doc);
  g_assert_nonnull (strstr (text, "Domov pro seniory Lesná"));
  g_object_unref (doc);
}

static gboolean
shows_leaflet (Fixture *fixture)
{
  return fixture->updates >= 2 && kp_pdf_preview_get_n_pages (fixture->preview) == 2 &&
         first_page_rendered (fixture) && not_busy (fixture);
}

static void
test_leaflet (Fixture      *fixture,
              gconstpointer data)
{
  AdwComboRow  *kind = ADW_COMBO_ROW (kp_test_find_widget (fixture->window, "publications-kind"));
  AdwEntryRow  *title = ADW_ENTRY_ROW (kp_test_find_widget (fixture->window, "publications-title"));
  GdkPaintable *paintable;

  adw_combo_row_set_selected (kind, 1);
  g_assert_true (gtk_widget_get_visible (kp_test_find_widget (fixture->window,
                                                              "publications-group")));
  g_assert_false (gtk_widget_get_visible (kp_test_find_widget (fixture->window,
                                                               "publications-structure")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), !=, "");
  KP_TEST_WAIT_UNTIL (shows_leaflet (fixture));
  paintable = kp_pdf_preview_get_page_paintable (fixture->preview, 0);
  /* A4 folded in three: landscape */
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), >,
                   gdk_paintable_get_intrinsic_height (paintable));
}

static gboolean
shows_empty_note (Fixture *fixture)
{
  return fixture->updates >= 2 && not_busy (fixture) &&
         gtk_widget_get_visible (kp_test_find_widget (fixture->window, "publications-note"));
}

static void
test_no_services (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_switch_set_active (GTK_SWITCH (kp_test_find_widget (fixture->window, "publications-registered")),
                         FALSE);
  gtk_switch_set_active (GTK_SWITCH (kp_test_find_widget (fixture->window, "publications-local")),
                         FALSE);
  KP_TEST_WAIT_UNTIL (shows_empty_note (fixture));
  /* the catalogue's fixed parts are still shown */
  g_assert_cmpint (kp_pdf_preview_get_n_pages (fixture->preview), >, 1);
}

static gboolean
page_rendered_at_zoom (Fixture *fixture)
{
  return first_page_rendered (fixture) &&
         gdk_paintable_get_intrinsic_width (kp_pdf_preview_get_page_paintable (fixture->preview, 0)) <
             320;
}

static void
test_zoom_and_pages (Fixture      *fixture,
                     gconstpointer data)
{
  GtkWidget *entry = kp_test_find_widget (fixture->window, "preview-page-entry");
  int        n = kp_pdf_preview_get_n_pages (fixture->preview);

  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 0);
  kp_pdf_preview_set_zoom (fixture->preview, 0.5);
  g_assert_false (kp_pdf_preview_get_fit_width (fixture->preview));
  g_assert_cmpfloat (kp_pdf_preview_get_zoom (fixture->preview), ==, 0.5);
  kp_test_flush (fixture->window);
  KP_TEST_WAIT_UNTIL (page_rendered_at_zoom (fixture));

  gtk_editable_set_text (GTK_EDITABLE (entry), "3");
  g_signal_emit_by_name (entry, "activate");
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.next-page", NULL);
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 3);
  kp_pdf_preview_go_to_page (fixture->preview, n - 1);
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), >=, n - 3);

  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.fit-width", NULL);
  g_assert_true (kp_pdf_preview_get_fit_width (fixture->preview));
  g_assert_cmpfloat (kp_pdf_preview_get_zoom (fixture->preview), >, 0.5);
}

/* The view's key shortcuts, capture phase first. */
static GtkShortcutController *
page_keys (Fixture *fixture)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->page));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "publications-page-keys") == 0)
        return GTK_SHORTCUT_CONTROLLER (controller); /* the page keeps it */
    }
  return NULL;
}

/* Presses @keyval as the page's shortcut controller sees it. */
static gboolean
press_key (Fixture *fixture,
           guint    keyval)
{
  GtkShortcutController *controller = page_keys (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
    {
      g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

      if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
          gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
        return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                             GTK_WIDGET (fixture->page), NULL);
    }
  return FALSE;
}

/* Page Up and Page Down turn the pages wherever the focus is in the view: the shortcuts
 * are the page's, taken in the capture phase, before the options' entries and spin
 * buttons (which use these keys themselves) see them (issue 11.12). */
static void
test_page_keys (Fixture      *fixture,
                gconstpointer data)
{
  GtkWidget             *title = kp_test_find_widget (fixture->window, "publications-title");
  GtkShortcutController *controller = page_keys (fixture);

  g_assert_nonnull (controller);
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)),
                   ==, GTK_PHASE_CAPTURE);
  g_assert_true (gtk_widget_grab_focus (title));
  kp_test_flush (fixture->window);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->page)));
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 0);
  g_assert_true (press_key (fixture, GDK_KEY_Page_Down));
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 1);
  g_assert_true (press_key (fixture, GDK_KEY_Page_Down));
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 2);
  g_assert_true (press_key (fixture, GDK_KEY_KP_Page_Up));
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 1);
}

static gboolean
shows_catalogue (Fixture *fixture)
{
  return fixture->updates >= 3 && kp_pdf_preview_get_n_pages (fixture->preview) > 2 &&
         first_page_rendered (fixture) && not_busy (fixture);
}

static double
scrolled_to (Fixture *fixture)
{
  GtkWidget *scrolled = kp_test_find_widget (GTK_WIDGET (fixture->preview), "preview-scrolled");

  g_assert_nonnull (scrolled);
  return gtk_adjustment_get_value (
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
}

static gboolean
on_page (Fixture *fixture,
         int      page)
{
  kp_test_flush (fixture->window);
  return kp_pdf_preview_get_current_page (fixture->preview) == page;
}

/* From page 3 of the catalogue to a leaflet and back: each starts at the top of page 1
 * (the leaflet used to open at its page 2, the nearest to the catalogue's page 3). */
static void
test_switch_starts_at_top (Fixture      *fixture,
                           gconstpointer data)
{
  AdwComboRow *kind = ADW_COMBO_ROW (kp_test_find_widget (fixture->window, "publications-kind"));

  /* asked once: the preview goes there when its pages are laid out (after a frame) */
  kp_pdf_preview_go_to_page (fixture->preview, 2);
  KP_TEST_WAIT_UNTIL (on_page (fixture, 2));

  adw_combo_row_set_selected (kind, 1);
  KP_TEST_WAIT_UNTIL (shows_leaflet (fixture));
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 0);
  g_assert_cmpfloat (scrolled_to (fixture), ==, 0);

  /* The leaflet's two pages nearly fit the view: scrolled down as far as it goes. */
  kp_pdf_preview_go_to_page (fixture->preview, 1);
  kp_test_flush (fixture->window);
  g_assert_cmpfloat (scrolled_to (fixture), >, 0);
  adw_combo_row_set_selected (kind, 0);
  KP_TEST_WAIT_UNTIL (shows_catalogue (fixture));
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 0);
  g_assert_cmpfloat (scrolled_to (fixture), ==, 0);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Texts of the key caps under @widget, one a line. */
static void
collect_key_caps (GtkWidget *widget,
                  GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUT_LABEL) != NULL)
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_key_caps (child, out);
}

/* In Czech the shortcuts window and the preview's tooltips name Page Up and Page Down as
 * Czech keyboards print them, not in GTK's words (issue 11.12). Runs last: it switches the
 * process to Czech. */
static void
test_czech_key_names (void)
{
  g_autoptr (GtkBuilder) builder = NULL;
  g_autoptr (GString) caps = g_string_new (NULL);
  g_autofree char *name = NULL;
  GtkWidget       *overlay;
  GtkWidget       *preview;
  GtkWidget       *next;

  if (!kp_test_use_czech () && kp_test_skip_without_czech ())
    return;
  name = kp_key_name (GDK_KEY_Page_Down, 0);
  g_assert_cmpstr (name, ==, "PgDn");
  builder = gtk_builder_new_from_resource ("/cz/komplan/Komplan/gtk/help-overlay.ui");
  overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  kp_key_names_apply (overlay);
  collect_key_caps (overlay, caps);
  g_assert_null (strstr (caps->str, "Page"));
  g_assert_nonnull (strstr (caps->str, "PgDn\n"));
  g_assert_nonnull (strstr (caps->str, "PgUp\n"));
  gtk_window_destroy (GTK_WINDOW (overlay));

  preview = g_object_ref_sink (kp_pdf_preview_new ());
  next = find_action_button (preview, "preview.next-page");
  g_assert_nonnull (next);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (next), ==, "Další strana (PgDn)");
  g_object_unref (preview);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  (void) kp_ui_get_resource ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/cz/komplan/Komplan/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) g_test_add ("/kp/ui/publications-page/" path, Fixture, NULL, \
                                    fixture_setup, func, fixture_teardown)
  ADD ("preview", test_preview);
  ADD ("option-rerenders", test_option_rerenders);
  ADD ("export", test_export);
  ADD ("print", test_print);
  ADD ("leaflet", test_leaflet);
  ADD ("no-services", test_no_services);
  ADD ("zoom-and-pages", test_zoom_and_pages);
  ADD ("page-keys", test_page_keys);
  ADD ("switch-starts-at-top", test_switch_starts_at_top);
#undef ADD
  g_test_add_func ("/kp/ui/publications-page/czech-key-names", test_czech_key_names);
  return g_test_run ();
}
