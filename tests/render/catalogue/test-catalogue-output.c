/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-catalogue-common.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

/* What the catalogue's PDF carries and how it is made: Czech text and escaping, metadata,
 * links, errors and cancelling, rendering to bytes, in two threads at once and under a
 * Czech LC_NUMERIC. */

static void
test_czech_and_escaping (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_SERVICE_TYPE,
                                                          KP_PAGE_SIZE_A4);
  Output           out = { 0 };
  g_autofree char *all = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;

  render_output (&out, snapshot, options, "catalogue-by-type.pdf");
  all = join_pages (&out, 1, out.result.n_pages + 1);
  /* user text with <, & and quotes comes out literally, diacritics intact */
  g_assert_cmpint (count (all, TRICKY_NAME), >=, 2); /* contents and entry */
  g_assert_cmpint (count (all, QUOTED_NAME), >=, 2);
  g_assert_nonnull (strstr (all, "Žďár nad Sázavou"));
  g_assert_nonnull (strstr (all, "Chlum-Korouhvice"));
  g_assert_nonnull (strstr (all, "lůžka: 24 (pobytová)"));
  g_assert_nonnull (strstr (all, "klienti: 12,5 (terénní)"));
  g_assert_null (strstr (all, "&amp;"));
  g_assert_null (strstr (all, "&lt;"));

  title = poppler_document_get_title (out.doc);
  author = poppler_document_get_author (out.doc);
  g_assert_cmpstr (title, ==, CATALOGUE);
  g_assert_cmpstr (author, ==, "Město Žďár nad Sázavou");
  g_assert_cmpint (poppler_document_get_creation_date (out.doc), ==,
                   g_date_time_to_unix (options->created));

  /* chapters in the order of the law, related services last */
  g_assert_cmpint (outline_page (&out, "Odborné sociální poradenství (§ 37)"), <,
                   outline_page (&out, "Sociální rehabilitace (§ 70)"));
  g_assert_cmpint (outline_page (&out, "Sociální rehabilitace (§ 70)"), <,
                   outline_page (&out, "Navazující služby"));
  output_clear (&out);
}

static void
find_link (Output     *out,
           const char *uri,
           int         on_page)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, on_page - 1);
  GList   *links = poppler_page_get_link_mapping (page);
  gboolean found = FALSE;

  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *m = l->data;

      if (m->action->type == POPPLER_ACTION_URI && g_str_equal (m->action->uri.uri, uri))
        found = TRUE;
    }
  poppler_page_free_link_mapping (links);
  g_assert_true (found);
}

static void
test_links (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  Output out = { 0 };
  int    toc, crisis, first_chapter, page, internal = 0;

  render_output (&out, snapshot, options, "catalogue-links.pdf");
  toc = outline_page (&out, "Obsah");
  crisis = outline_page (&out, "Krizové linky a tísňová volání");
  first_chapter = MIN (outline_page (&out, "Senioři"), outline_page (&out, "Děti a mládež"));

  page = body_page_of (&out, TRICKY_NAME, first_chapter, crisis);
  find_link (&out, "https://www.domov-kamelie.cz", page);
  find_link (&out, "mailto:info@sluzba-zdar.cz", page);
  page = body_page_of (&out, "Pečovatelská služba Města Žďáru", first_chapter, crisis);
  find_link (&out, "https://zdar.charita.cz", page);

  /* every link of the contents resolves to a page that has the text it covers */
  for (int p = toc; p < first_chapter; p++)
    {
      g_autoptr (PopplerPage) toc_page = poppler_document_get_page (out.doc, p - 1);
      GList *links = poppler_page_get_link_mapping (toc_page);

      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *m = l->data;
          PopplerDest        *dest;
          g_autofree char    *text = text_under (toc_page, &m->area);
          char               *cut = strstr (text, " · ");

          dest = poppler_document_find_dest (out.doc, m->action->goto_dest.dest->named_dest);
          g_assert_nonnull (dest);
          g_assert_cmpint (dest->page_num, >=, 2);
          if (cut != NULL)
            {
              *cut = '\0';
              g_assert_nonnull (strstr (out.pages[dest->page_num - 1], text));
            }
          poppler_dest_free (dest);
          internal++;
        }
      poppler_page_free_link_mapping (links);
    }
  g_assert_cmpint (internal, >=, G_N_ELEMENTS (fixtures));
  output_clear (&out);
}

static void
test_cancel_and_errors (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *bad = g_build_filename (dir, "not-a-logo.png", NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (write_catalogue_file (snapshot, options, path, NULL, cancellable, NULL,
                                        &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* a logo that is no image (PNG and SVG logos: test-publication-logos.c) */
  g_assert_true (g_file_set_contents (bad, "not an image", -1, NULL));
  g_ptr_array_set_size (options->logos, 0);
  kp_catalogue_options_add_logo (options, kp_document_logo_new_from_file (bad, &error));
  g_assert_no_error (error);
  g_assert_false (write_catalogue_file (snapshot, options, path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_remove (bad);
  g_rmdir (dir);
}

static void
test_bytes (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (PopplerDocument) doc = NULL;
  g_autoptr (KpProgress) progress = kp_progress_new ();
  KpRenderResult result = { 0 };

  bytes = write_catalogue_bytes (snapshot, options, progress, NULL, &result, &error);
  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, result.n_pages);
  g_assert_cmpfloat (kp_progress_get_fraction (progress), ==, 1.0);
}

static gpointer
render_in_thread (gpointer data)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (GPOINTER_TO_INT (data), KP_PAGE_SIZE_A4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  KpRenderResult result = { 0 };

  bytes = write_catalogue_bytes (snapshot, options, NULL, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return GINT_TO_POINTER (result.n_pages);
}

/* Two catalogues at once, as two GTask workers would: no shared state. */
static void
test_threads (void)
{
  GThread *a = g_thread_new ("catalogue-a", render_in_thread,
                             GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP));
  GThread *b = g_thread_new ("catalogue-b", render_in_thread,
                             GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP));
  int      pages_a = GPOINTER_TO_INT (g_thread_join (a));
  int      pages_b = GPOINTER_TO_INT (g_thread_join (b));

  g_assert_cmpint (pages_a, >, 10);
  g_assert_cmpint (pages_a, ==, pages_b);
  g_assert_cmpint (pages_a, ==, GPOINTER_TO_INT (render_in_thread (GINT_TO_POINTER (KP_CATALOGUE_BY_TARGET_GROUP))));
}

/* Cairo 1.16 reads the numbers of bookmarks, links and destinations in the thread's locale:
 * a Czech LC_NUMERIC (decimal comma) must not break the PDF, and the writer switches the
 * locale only around its own cairo calls, so the thread keeps its own after a render. */
static void
test_czech_numbers (void)
{
  g_autoptr (KpCatalogueSnapshot) snapshot = build_snapshot (TRUE);
  g_autoptr (KpCatalogueOptions) options = build_options (KP_CATALOGUE_BY_TARGET_GROUP,
                                                          KP_PAGE_SIZE_A4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (PopplerDocument) doc = NULL;
  g_autofree char  *old = g_strdup (setlocale (LC_NUMERIC, NULL));
  PopplerIndexIter *iter;
  KpRenderResult    result = { 0 };

  if (setlocale (LC_NUMERIC, "cs_CZ.UTF-8") == NULL)
    {
      g_test_skip ("no cs_CZ.UTF-8 locale");
      return;
    }
  bytes = write_catalogue_bytes (snapshot, options, NULL, NULL, &result, &error);
  g_assert_true (uselocale ((locale_t) 0) == LC_GLOBAL_LOCALE);
  setlocale (LC_NUMERIC, old);
  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, result.n_pages);
  iter = poppler_index_iter_new (doc); /* the bookmarks survived */
  g_assert_nonnull (iter);
  poppler_index_iter_free (iter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/catalogue/czech-and-escaping", test_czech_and_escaping);
  g_test_add_func ("/kp/render/catalogue/links", test_links);
  g_test_add_func ("/kp/render/catalogue/cancel-and-errors", test_cancel_and_errors);
  g_test_add_func ("/kp/render/catalogue/bytes", test_bytes);
  g_test_add_func ("/kp/render/catalogue/threads", test_threads);
  g_test_add_func ("/kp/render/catalogue/czech-numbers", test_czech_numbers);
  return g_test_run ();
}
