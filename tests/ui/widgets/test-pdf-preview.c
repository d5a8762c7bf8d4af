/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>

#include "kp-pdf-preview.h"
#include "kp-test-utils.h"

/* The PDF preview goes to the page it is asked for even when asked before GTK has laid out
 * the pages of a document just loaded (the view's "go to page" after a new rendering, the
 * page number typed while a document loads). */

#define N_PAGES 8

typedef struct
{
  GtkWidget    *window;
  KpPdfPreview *preview;
  GBytes       *pdf;
} Fixture;

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* An A4 document of @n_pages pages, each with its number. */
static GBytes *
make_pdf (int n_pages)
{
  GByteArray      *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, 595, 842);
  cairo_t         *cr = cairo_create (surface);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i + 1);

      cairo_move_to (cr, 72, 72);
      cairo_set_font_size (cr, 48);
      cairo_show_text (cr, label);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->pdf = make_pdf (N_PAGES);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 600);
  fixture->preview = KP_PDF_PREVIEW (kp_pdf_preview_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->preview));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_bytes_unref (fixture->pdf);
}

static double
scrolled_to (Fixture *fixture)
{
  GtkWidget *scrolled = kp_test_find_widget (GTK_WIDGET (fixture->preview), "preview-scrolled");

  return gtk_adjustment_get_value (
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
}

static gboolean
rendered (Fixture *fixture,
          int      page)
{
  return kp_pdf_preview_get_page_paintable (fixture->preview, page) != NULL;
}

/* What the user sees: page @page at the top of the view, rendered, and its number in the
 * toolbar; the first page far above, not rendered. */
static void
assert_shows_page (Fixture *fixture,
                   int      page)
{
  GtkWidget       *entry = kp_test_find_widget (GTK_WIDGET (fixture->preview), "preview-page-entry");
  g_autofree char *number = g_strdup_printf ("%d", page + 1);

  KP_TEST_WAIT_UNTIL (rendered (fixture, page));
  kp_test_flush (fixture->window);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, page);
  g_assert_cmpfloat (scrolled_to (fixture), >, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, number);
}

/* Asked for page 6 right after the document is set, before any frame: the pages have no
 * place yet, and the preview goes there once they have. */
static void
test_go_to_page_before_layout (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  gtk_window_present (GTK_WINDOW (fixture->window));
  kp_test_flush (fixture->window);
  g_assert_true (kp_pdf_preview_set_bytes (fixture->preview, fixture->pdf, &error));
  g_assert_no_error (error);
  kp_pdf_preview_go_to_page (fixture->preview, 5);
  assert_shows_page (fixture, 5);
  g_assert_false (rendered (fixture, 0));

  /* laid out now: another page is shown at once */
  kp_pdf_preview_go_to_page (fixture->preview, 2);
  g_assert_cmpint (kp_pdf_preview_get_current_page (fixture->preview), ==, 2);
  assert_shows_page (fixture, 2);
}

/* Asked before the window is even shown: the fit to its width comes later and must not
 * take the request back to page 1. */
static void
test_go_to_page_before_shown (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kp_pdf_preview_set_bytes (fixture->preview, fixture->pdf, &error));
  g_assert_no_error (error);
  kp_pdf_preview_go_to_page (fixture->preview, N_PAGES - 2);
  gtk_window_present (GTK_WINDOW (fixture->window));
  assert_shows_page (fixture, N_PAGES - 2);
  g_assert_true (kp_pdf_preview_get_fit_width (fixture->preview));
}

/* A new document replaces the one shown, and the page asked for right after is shown. */
static void
test_go_to_page_after_reload (Fixture      *fixture,
                              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) longer = make_pdf (N_PAGES + 4);

  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (kp_pdf_preview_set_bytes (fixture->preview, fixture->pdf, &error));
  KP_TEST_WAIT_UNTIL (rendered (fixture, 0));
  kp_test_flush (fixture->window);
  g_assert_true (kp_pdf_preview_set_bytes (fixture->preview, longer, &error));
  g_assert_no_error (error);
  kp_pdf_preview_go_to_page (fixture->preview, N_PAGES + 2);
  assert_shows_page (fixture, N_PAGES + 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/kp/pdf-preview/go-to-page-before-layout", Fixture, NULL, fixture_setup,
              test_go_to_page_before_layout, fixture_teardown);
  g_test_add ("/kp/pdf-preview/go-to-page-before-shown", Fixture, NULL, fixture_setup,
              test_go_to_page_before_shown, fixture_teardown);
  g_test_add ("/kp/pdf-preview/go-to-page-after-reload", Fixture, NULL, fixture_setup,
              test_go_to_page_after_reload, fixture_teardown);
  return g_test_run ();
}
