/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "kp-catalogue-document.h"
#include "kp-document.h"
#include "kp-leaflet-document.h"

/* KpDocument, the one interface every kind of document implements: a small document of
 * its own here (some pages of text, an ODT form, a way to fail half way) shows
 * what the base class does for all of them: writing to memory and through "path.part",
 * leaving nothing behind on failure or cancel, the report of the last write, the ODT
 * path, and the same in a worker thread. Then the catalogue and the leaflet as documents:
 * their page sizes, summaries and notes. */

#define TEST_TYPE_DOCUMENT (test_document_get_type ())
G_DECLARE_FINAL_TYPE (TestDocument, test_document, TEST, DOCUMENT, KpDocument)

struct _TestDocument
{
  KpDocument parent_instance;

  int      n_pages;
  int      fail_after; /* pages drawn before it fails; -1: never */
  gboolean landscape;
};

G_DEFINE_FINAL_TYPE (TestDocument, test_document, KP_TYPE_DOCUMENT)

static void
test_document_get_page_size (KpDocument *document,
                             double     *width,
                             double     *height)
{
  TestDocument *self = TEST_DOCUMENT (document);

  *width = self->landscape ? 842 : 595;
  *height = self->landscape ? 595 : 842;
}

static gboolean
test_document_write_pdf (KpDocument       *document,
                         KpDocumentWriter *writer,
                         KpProgress       *progress,
                         GCancellable     *cancellable,
                         GError          **error)
{
  TestDocument *self = TEST_DOCUMENT (document);
  cairo_t      *cr = kp_document_writer_get_cr (writer);

  kp_document_writer_set_metadata (writer, kp_document_get_title (document), NULL, NULL, NULL);
  for (int i = 0; i < self->n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Strana %d", i + 1);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (i == self->fail_after)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "selhalo");
          return FALSE;
        }
      if (i > 0)
        kp_document_writer_show_page (writer);
      cairo_move_to (cr, 72, 72);
      cairo_show_text (cr, text);
      if (progress != NULL)
        kp_progress_set_fraction (progress, (i + 1.0) / self->n_pages);
    }
  kp_document_set_summary (document, "pages of text");
  kp_document_add_note (document, KP_DOCUMENT_NOTE_INFO, "first note");
  kp_document_add_note (document, KP_DOCUMENT_NOTE_WARNING, "second note");
  return TRUE;
}

static gboolean
test_document_write_odt (KpDocument    *document,
                         GOutputStream *stream,
                         KpProgress    *progress,
                         GCancellable  *cancellable,
                         GError       **error)
{
  TestDocument *self = TEST_DOCUMENT (document);

  if (self->fail_after >= 0)
    {
      g_output_stream_write_all (stream, "PK", 2, NULL, cancellable, NULL);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "selhalo");
      return FALSE;
    }
  kp_document_set_summary (document, "an editable text");
  return g_output_stream_write_all (stream, "PK odt", 6, NULL, cancellable, error);
}

static void
test_document_class_init (TestDocumentClass *klass)
{
  KpDocumentClass *document_class = KP_DOCUMENT_CLASS (klass);

  document_class->get_page_size = test_document_get_page_size;
  document_class->write_pdf = test_document_write_pdf;
  document_class->write_odt = test_document_write_odt;
}

static void
test_document_init (TestDocument *self)
{
  self->n_pages = 3;
  self->fail_after = -1;
}

static TestDocument *
test_document_new (void)
{
  return g_object_new (TEST_TYPE_DOCUMENT, "title", "Zkušební dokument", NULL);
}

static PopplerDocument *
open_pdf (GBytes *bytes)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static char *
make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_bytes_and_report (void)
{
  g_autoptr (TestDocument) self = test_document_new ();
  KpDocument *document = KP_DOCUMENT (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (KpProgress) progress = kp_progress_new ();
  g_autofree char *notes = NULL;
  PopplerDocument *doc;
  double           width, height;

  g_assert_cmpstr (kp_document_get_title (document), ==, "Zkušební dokument");
  kp_document_get_page_size (document, &width, &height);
  g_assert_cmpfloat (width, ==, 595);
  g_assert_cmpfloat (height, ==, 842);
  g_assert_true (kp_document_supports_format (document, KP_DOCUMENT_FORMAT_PDF));
  /* nothing reported before the first write */
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 0);
  g_assert_null (kp_document_get_summary (document));
  g_assert_cmpuint (kp_document_get_notes (document)->len, ==, 0);

  bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, progress, NULL, &error);
  g_assert_no_error (error);
  doc = open_pdf (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 3);
  {
    g_autofree char *title = poppler_document_get_title (doc);
    PopplerPage     *page = poppler_document_get_page (doc, 2);
    g_autofree char *text = poppler_page_get_text (page);

    g_assert_cmpstr (title, ==, "Zkušební dokument");
    g_assert_nonnull (strstr (text, "Strana 3"));
    g_object_unref (page);
  }
  g_object_unref (doc);
  g_assert_cmpfloat (kp_progress_get_fraction (progress), ==, 1.0);
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 3);
  g_assert_cmpstr (kp_document_get_summary (document), ==, "pages of text");
  g_assert_cmpuint (kp_document_get_notes (document)->len, ==, 2);
  g_assert_cmpint (((KpDocumentNote *) g_ptr_array_index (kp_document_get_notes (document), 1))->level,
                   ==, KP_DOCUMENT_NOTE_WARNING);
  notes = kp_document_dup_notes_text (document);
  g_assert_cmpstr (notes, ==, "first note\nsecond note");

  /* written again, with other content: the report is of that write alone */
  g_clear_pointer (&bytes, g_bytes_unref);
  self->n_pages = 5;
  self->landscape = TRUE;
  bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 5);
  g_assert_cmpuint (kp_document_get_notes (document)->len, ==, 2);
  doc = open_pdf (bytes);
  {
    PopplerPage *page = poppler_document_get_page (doc, 0);

    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat (width, >, height);
    g_object_unref (page);
  }
  g_object_unref (doc);
}

/* A file is written through "path.part"; a failure or a cancel leaves the old file as it
 * was, no ".part", and the report of the last write that succeeded. */
static void
test_file_failure_and_cancel (void)
{
  g_autoptr (TestDocument) self = test_document_new ();
  KpDocument *document = KP_DOCUMENT (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "dokument.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_assert_true (kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL,
                                         &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  self->n_pages = 4;
  self->fail_after = 2;
  g_assert_false (kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL,
                                          &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  {
    g_autofree char *after = NULL;
    gsize            after_length = 0;

    g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
    g_assert_cmpmem (after, after_length, contents, length);
  }
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 3);

  self->fail_after = -1;
  g_cancellable_cancel (cancellable);
  g_assert_false (kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_PDF, NULL,
                                          cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 3);

  /* a folder that does not exist */
  {
    g_autofree char *nowhere = g_build_filename (dir, "chybí", "dokument.pdf", NULL);

    g_assert_false (kp_document_write_file (document, nowhere, KP_DOCUMENT_FORMAT_PDF, NULL, NULL,
                                            &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* A document with an ODT form: the bytes its write_odt gives, a file through ".part", and
 * a failed ODT leaves nothing. */
static void
test_odt (void)
{
  g_autoptr (TestDocument) self = test_document_new ();
  KpDocument *document = KP_DOCUMENT (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.odt", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (kp_document_supports_format (document, KP_DOCUMENT_FORMAT_ODT));
  bytes = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_ODT, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "PK odt", 6);
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 0);
  g_assert_cmpstr (kp_document_get_summary (document), ==, "an editable text");

  g_assert_true (kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_ODT, NULL, NULL,
                                         &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "PK odt");
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_unlink (path);

  self->fail_after = 0;
  g_assert_false (kp_document_write_file (document, path, KP_DOCUMENT_FORMAT_ODT, NULL, NULL,
                                          &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

typedef struct
{
  GMainLoop *loop;
  GBytes    *bytes;
  gboolean   written;
  GError    *error;
} Waiter;

static void
on_bytes_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->bytes = kp_document_write_bytes_finish (KP_DOCUMENT (source), result, &waiter->error);
  g_main_loop_quit (waiter->loop);
}

static void
on_file_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->written = kp_document_write_file_finish (KP_DOCUMENT (source), result, &waiter->error);
  g_main_loop_quit (waiter->loop);
}

static void
test_async (void)
{
  g_autoptr (TestDocument) self = test_document_new ();
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "dokument.pdf", NULL);
  Waiter           waiter = { loop, NULL, FALSE, NULL };
  PopplerDocument *doc;

  kp_document_write_bytes_async (KP_DOCUMENT (self), KP_DOCUMENT_FORMAT_PDF, NULL, NULL,
                                 on_bytes_cb, &waiter);
  g_main_loop_run (loop);
  g_assert_no_error (waiter.error);
  doc = open_pdf (waiter.bytes);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 3);
  g_object_unref (doc);
  g_bytes_unref (waiter.bytes);
  g_assert_cmpint (kp_document_get_n_pages (KP_DOCUMENT (self)), ==, 3);

  kp_document_write_file_async (KP_DOCUMENT (self), path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL,
                                on_file_cb, &waiter);
  g_main_loop_run (loop);
  g_assert_no_error (waiter.error);
  g_assert_true (waiter.written);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);

  g_cancellable_cancel (cancellable);
  kp_document_write_file_async (KP_DOCUMENT (self), path, KP_DOCUMENT_FORMAT_PDF, NULL,
                                cancellable, on_file_cb, &waiter);
  g_main_loop_run (loop);
  g_assert_error (waiter.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&waiter.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static KpCatalogueSnapshot *
one_service (void)
{
  KpCatalogueSnapshot *snapshot = kp_catalogue_snapshot_new ();
  KpCatalogueEntry    *e = kp_catalogue_entry_new ("Pečovatelská služba Lesná", "Město Lesná",
                                                   "99100022");

  kp_catalogue_entry_set_type (e, "pečovatelská služba", "§ 40", KP_SERVICE_FORM_FIELD);
  kp_catalogue_entry_add_target_group (e, "senioři");
  kp_catalogue_entry_set_contacts (e, "+420 999 100 102", NULL, NULL);
  kp_catalogue_snapshot_add_entry (snapshot, e);
  return snapshot;
}

/* The catalogue and a leaflet through the interface: kind, title, page size, summary and
 * the note of an empty document. */
static void
test_publications (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpCatalogueOptions) options = kp_catalogue_options_new ("Katalog Lesná");
  g_autoptr (KpDocument) catalogue = NULL;
  g_autoptr (KpDocument) empty = NULL;
  g_autoptr (KpDocument) leaflet = NULL;
  g_autoptr (GBytes) bytes = NULL;
  double width, height;

  options->paper_size = KP_PAGE_SIZE_A5;
  /* a complete catalogue: its service has a phone, and there is an authority to turn to */
  g_ptr_array_add (options->key_contacts,
                   kp_crisis_line_new (KP_CRISIS_LINE_CONTACT, "Městský úřad Lesná",
                                       "+420 999 200 101", NULL, NULL));
  catalogue = kp_catalogue_document_new (one_service (), kp_catalogue_options_copy (options));
  g_assert_cmpint (kp_document_get_kind (catalogue), ==, KP_DOCUMENT_KIND_CATALOGUE);
  g_assert_cmpstr (kp_document_get_title (catalogue), ==, "Katalog Lesná");
  kp_document_get_page_size (catalogue, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 419.5, 1.0);
  g_assert_cmpfloat_with_epsilon (height, 595.3, 1.0);
  bytes = kp_document_write_bytes (catalogue, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_document_get_n_pages (catalogue), >, 1);
  g_assert_cmpstr (kp_document_get_summary (catalogue), ==, "1 service");
  g_assert_cmpuint (kp_document_get_notes (catalogue)->len, ==, 0);
  g_clear_pointer (&bytes, g_bytes_unref);
  /* no ODT form: refused, and the report stays */
  g_assert_false (kp_document_supports_format (catalogue, KP_DOCUMENT_FORMAT_ODT));
  g_assert_null (kp_document_write_bytes (catalogue, KP_DOCUMENT_FORMAT_ODT, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "Katalog Lesná"));
  g_clear_error (&error);
  g_assert_cmpstr (kp_document_get_summary (catalogue), ==, "1 service");

  empty = kp_catalogue_document_new (kp_catalogue_snapshot_new (), g_steal_pointer (&options));
  bytes = kp_document_write_bytes (empty, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kp_document_get_summary (empty), ==, "0 services");
  g_assert_cmpuint (kp_document_get_notes (empty)->len, ==, 1);
  g_assert_cmpint (((KpDocumentNote *) g_ptr_array_index (kp_document_get_notes (empty), 0))->level,
                   ==, KP_DOCUMENT_NOTE_WARNING);
  g_clear_pointer (&bytes, g_bytes_unref);

  leaflet = kp_leaflet_document_new (kp_catalogue_snapshot_new (),
                                     kp_leaflet_options_new ("Senioři", KP_LEAFLET_A4_TRIFOLD));
  g_assert_cmpint (kp_document_get_kind (leaflet), ==, KP_DOCUMENT_KIND_LEAFLET);
  kp_document_get_page_size (leaflet, &width, &height);
  g_assert_cmpfloat (width, >, height); /* folded in three: landscape */
  g_assert_false (kp_document_supports_format (leaflet, KP_DOCUMENT_FORMAT_ODT));
  bytes = kp_document_write_bytes (leaflet, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_document_get_n_pages (leaflet), ==, 2);
  /* no services, and no authority to turn to first (the check before printing) */
  g_assert_cmpuint (kp_document_get_notes (leaflet)->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/document/bytes-and-report", test_bytes_and_report);
  g_test_add_func ("/kp/render/document/file-failure-and-cancel", test_file_failure_and_cancel);
  g_test_add_func ("/kp/render/document/odt", test_odt);
  g_test_add_func ("/kp/render/document/async", test_async);
  g_test_add_func ("/kp/render/document/publications", test_publications);
  return g_test_run ();
}
