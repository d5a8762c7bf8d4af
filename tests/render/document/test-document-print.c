/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "kp-document-style.h"
#include "kp-document.h"
#include "kp-pdf-patch.h"
#include "kp-print-marks.h"
#include "test-pdf-utils.h"

/* The writer for the print shop and for readers of the structure: a small document of its
 * own draws a band to the edge, a heading, a paragraph with a link, a figure, a paragraph
 * across a page break with a running head between its lines, and a fold; then the PDF is
 * read back: its boxes with pdfinfo (and checked by qpdf when it is there), its pixels
 * (bleed, crop and fold marks), its links and destinations, and its structure tree with
 * Poppler. */

#define A5_WIDTH  TEST_MM (148)
#define A5_HEIGHT TEST_MM (210)
#define BAND      0x1b5e8c
#define FOLD      100.0

#define TEST_TYPE_PRINT_DOCUMENT (test_print_document_get_type ())
G_DECLARE_FINAL_TYPE (TestPrintDocument, test_print_document, TEST, PRINT_DOCUMENT, KpDocument)

struct _TestPrintDocument
{
  KpDocument parent_instance;
};

G_DEFINE_FINAL_TYPE (TestPrintDocument, test_print_document, KP_TYPE_DOCUMENT)

static void
test_print_document_get_page_size (KpDocument *document,
                                   double     *width,
                                   double     *height)
{
  *width = A5_WIDTH;
  *height = A5_HEIGHT;
}

static void
text_element (KpDocumentWriter *writer,
              KpTextLayout     *layout,
              KpTag             tag,
              double            x,
              double            y)
{
  kp_document_writer_begin (writer, tag);
  kp_text_layout_draw (layout, kp_document_writer_get_cr (writer), x, y);
  kp_document_writer_end (writer, tag);
}

static gboolean
test_print_document_write_pdf (KpDocument       *document,
                               KpDocumentWriter *writer,
                               KpProgress       *progress,
                               GCancellable     *cancellable,
                               GError          **error)
{
  cairo_t *cr = kp_document_writer_get_cr (writer);
  g_autoptr (KpTextCache) cache = kp_text_cache_new (NULL);
  g_autoptr (KpTextLayout) text = kp_text_layout_new (cache);
  g_autofree char *uri = kp_text_link_uri ("https://www.zdar.cz");
  g_autofree char *dest = kp_text_link_dest ("tady");
  guint            body = kp_text_cache_add_style (cache, 10, KP_TEXT_REGULAR, 0x000000, 1.4);
  guint            big = kp_text_cache_add_style (cache, 20, KP_TEXT_BOLD, 0x000000, 1.2);

  kp_document_writer_set_text_cache (writer, cache);
  kp_document_writer_set_tagged (writer, "cs");
  kp_document_writer_set_metadata (writer, kp_document_get_title (document), NULL, NULL, NULL);

  kp_document_fill_to_edge (writer, BAND, 0, 0, A5_WIDTH, 60);
  kp_document_writer_add_fold (writer, FOLD);

  kp_text_layout_reset (text, 300);
  kp_text_layout_append (text, big, "Katalog služeb");
  text_element (writer, text, KP_TAG_H1, 40, 100);

  kp_text_layout_reset (text, 300);
  kp_text_layout_append (text, body, "Podrobnosti najdete na ");
  kp_text_layout_append_link (text, body, "www.zdar.cz", uri);
  kp_text_layout_append (text, body, ".");
  text_element (writer, text, KP_TAG_P, 40, 150);

  kp_document_writer_begin_figure (writer, "Logo města Žďáru");
  kp_document_fill_rect (cr, 0x880000, 40, 200, 40, 40);
  kp_document_writer_end (writer, KP_TAG_FIGURE);

  kp_document_writer_add_dest (writer, "tady", 40, 300);
  kp_text_layout_reset (text, 300);
  kp_text_layout_append (text, body, "Odkaz na cíl");
  kp_document_writer_begin (writer, KP_TAG_P);
  kp_document_writer_begin_link (writer, dest, 40, 260, kp_text_layout_get_line_width (text, 0),
                                 kp_text_layout_get_height (text));
  kp_text_layout_draw (text, cr, 40, 260);
  kp_document_writer_end_link (writer);
  kp_document_writer_end (writer, KP_TAG_P);

  /* a paragraph over the page break, a running head on the next page before its end */
  kp_text_layout_reset (text, 300);
  kp_text_layout_append (text, body, "Odstavec začíná dole");
  kp_document_writer_begin (writer, KP_TAG_P);
  kp_text_layout_draw (text, cr, 40, 540);
  kp_document_writer_show_page (writer);
  kp_document_writer_begin_artifact (writer);
  kp_text_layout_reset (text, 300);
  kp_text_layout_append (text, body, "ZÁHLAVÍ");
  kp_text_layout_draw (text, cr, 40, 20);
  kp_document_writer_end_artifact (writer);
  kp_text_layout_reset (text, 300);
  kp_text_layout_append (text, body, "a končí nahoře.");
  kp_text_layout_draw (text, cr, 40, 60);
  kp_document_writer_end (writer, KP_TAG_P);

  kp_document_writer_set_text_cache (writer, NULL);
  return TRUE;
}

static void
test_print_document_class_init (TestPrintDocumentClass *klass)
{
  KpDocumentClass *document_class = KP_DOCUMENT_CLASS (klass);

  document_class->get_page_size = test_print_document_get_page_size;
  document_class->write_pdf = test_print_document_write_pdf;
}

static void
test_print_document_init (TestPrintDocument *self)
{
}

typedef struct
{
  char            *dir;
  char            *path;
  PopplerDocument *doc;
} Output;

static void
write_output (Output     *out,
              gboolean    for_print,
              gboolean    bytes,
              const char *name)
{
  g_autoptr (KpDocument) document = g_object_new (TEST_TYPE_PRINT_DOCUMENT, "title",
                                                  "Zkušební tisk", "for-print", for_print, NULL);
  g_autoptr (GError) error = NULL;
  const char *keep = g_getenv ("KP_TEST_PDF_DIR");

  out->dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_assert_no_error (error);
  out->path = g_build_filename (out->dir, name, NULL);
  g_assert_true (kp_document_get_for_print (document) == for_print);
  if (bytes)
    {
      g_autoptr (GBytes) pdf = kp_document_write_bytes (document, KP_DOCUMENT_FORMAT_PDF, NULL,
                                                        NULL, &error);

      g_assert_no_error (error);
      g_file_set_contents (out->path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
    }
  else
    kp_document_write_file (document, out->path, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kp_document_get_n_pages (document), ==, 2);
  if (keep != NULL)
    {
      g_autofree char *copy = g_build_filename (keep, name, NULL);
      g_autofree char *data = NULL;
      gsize            length = 0;

      g_file_get_contents (out->path, &data, &length, NULL);
      g_file_set_contents (copy, data, length, NULL);
    }
  out->doc = pdf_open (out->path);
}

static void
output_clear (Output *out)
{
  g_autofree char *part = g_strconcat (out->path, ".part", NULL);

  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_clear_object (&out->doc);
  g_unlink (out->path);
  g_rmdir (out->dir);
  g_free (out->path);
  g_free (out->dir);
}

static void
assert_box (const double *box,
            double        x0,
            double        y0,
            double        x1,
            double        y1)
{
  g_assert_cmpfloat_with_epsilon (box[0], x0, 0.02);
  g_assert_cmpfloat_with_epsilon (box[1], y0, 0.02);
  g_assert_cmpfloat_with_epsilon (box[2], x1, 0.02);
  g_assert_cmpfloat_with_epsilon (box[3], y1, 0.02);
}

static void
assert_print_boxes (Output *out)
{
  const double s = KP_PRINT_SLUG, b = KP_PRINT_BLEED;
  gboolean     ok = FALSE;

  g_assert_cmpint (poppler_document_get_n_pages (out->doc), ==, 2);
  for (int p = 0; p < 2; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out->doc, p);
      double   width, height;
      PdfBoxes boxes;

      /* the sheet: the trimmed page with the bleed and the marks around it */
      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, A5_WIDTH + 2 * s, 0.01);
      g_assert_cmpfloat_with_epsilon (height, A5_HEIGHT + 2 * s, 0.01);
      g_assert_cmpfloat (s, >=, b + TEST_MM (6));
      if (!pdf_boxes (out->path, p + 1, &boxes))
        {
          g_test_skip ("pdfinfo is not installed");
          return;
        }
      assert_box (boxes.media, 0, 0, A5_WIDTH + 2 * s, A5_HEIGHT + 2 * s);
      assert_box (boxes.trim, s, s, s + A5_WIDTH, s + A5_HEIGHT);
      assert_box (boxes.bleed, s - b, s - b, s + A5_WIDTH + b, s + A5_HEIGHT + b);
    }
  if (pdf_qpdf_check (out->path, &ok))
    g_assert_true (ok);
}

static void
test_boxes (gconstpointer data)
{
  gboolean bytes = GPOINTER_TO_INT (data);
  Output   out = { 0 };

  write_output (&out, TRUE, bytes, bytes ? "print-bytes.pdf" : "print-file.pdf");
  assert_print_boxes (&out);
  output_clear (&out);
}

static void
test_screen (void)
{
  Output   out = { 0 };
  PdfBoxes boxes;
  gboolean ok = FALSE;

  write_output (&out, FALSE, FALSE, "screen.pdf");
  for (int p = 0; p < 2; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, A5_WIDTH, 0.01);
      g_assert_cmpfloat_with_epsilon (height, A5_HEIGHT, 0.01);
      if (pdf_boxes (out.path, p + 1, &boxes))
        {
          /* no boxes of its own: pdfinfo shows the media box for both */
          assert_box (boxes.trim, 0, 0, A5_WIDTH, A5_HEIGHT);
          assert_box (boxes.bleed, 0, 0, A5_WIDTH, A5_HEIGHT);
        }
    }
  if (pdf_qpdf_check (out.path, &ok))
    g_assert_true (ok);
  output_clear (&out);
}

/* The band runs into the bleed and stops there; the crop marks are outside the bleed, on
 * the lines of the trimmed edges; the fold has a mark above and below. */
static void
test_marks (void)
{
  const double s = KP_PRINT_SLUG, b = KP_PRINT_BLEED;
  const double mark = KP_PRINT_MARK_OFFSET + KP_PRINT_MARK_LENGTH / 2;
  Output       out = { 0 };

  write_output (&out, TRUE, FALSE, "print-marks.pdf");
  for (int p = 0; p < 2; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, p);

      /* crop marks at the four corners, both ways */
      g_assert_true (pixel_is_dark (pdf_pixel (page, s - mark, s)));
      g_assert_true (pixel_is_dark (pdf_pixel (page, s, s - mark)));
      g_assert_true (pixel_is_dark (pdf_pixel (page, s + A5_WIDTH + mark, s + A5_HEIGHT)));
      g_assert_true (pixel_is_dark (pdf_pixel (page, s + A5_WIDTH, s + A5_HEIGHT + mark)));
      /* nothing of a mark inside the bleed */
      g_assert_true (pixel_is_white (pdf_pixel (page, s + A5_WIDTH + b / 2, s + A5_HEIGHT)));
    }
  {
    g_autoptr (PopplerPage) page = poppler_document_get_page (out.doc, 0);
    g_autoptr (PopplerPage) next = poppler_document_get_page (out.doc, 1);

    /* the band to the edge and on into the bleed, but no further */
    g_assert_true (pixel_is_near (pdf_pixel (page, s + 5, s + 5), BAND));
    g_assert_true (pixel_is_near (pdf_pixel (page, s - b / 2, s - b / 2), BAND));
    g_assert_true (pixel_is_near (pdf_pixel (page, s + A5_WIDTH + b / 2, s + 30), BAND));
    g_assert_true (pixel_is_white (pdf_pixel (page, s - b - 2, s + 30)));
    g_assert_true (pixel_is_white (pdf_pixel (page, s + A5_WIDTH + b + 2, s + 30)));
    /* the fold of the first page, a dash just outside the bleed */
    g_assert_true (pixel_is_dark (pdf_pixel (page, s + FOLD, s - KP_PRINT_MARK_OFFSET - 1)));
    g_assert_true (pixel_is_dark (pdf_pixel (page, s + FOLD, s + A5_HEIGHT + KP_PRINT_MARK_OFFSET + 1)));
    g_assert_true (pixel_is_white (pdf_pixel (page, s + FOLD + 3, s - KP_PRINT_MARK_OFFSET - 1)));
    /* the second page has no fold */
    g_assert_true (pixel_is_white (pdf_pixel (next, s + FOLD, s - KP_PRINT_MARK_OFFSET - 1)));
  }
  output_clear (&out);
}

/* Links and destinations point where the text is, on the larger sheet too. */
static void
assert_links (gboolean for_print)
{
  Output out = { 0 };
  double s = for_print ? KP_PRINT_SLUG : 0;
  g_autoptr (PopplerPage) page = NULL;
  PopplerDest *dest;
  GList       *mapping;
  gboolean     uri = FALSE, internal = FALSE;
  double       height;

  write_output (&out, for_print, FALSE, for_print ? "print-links.pdf" : "screen-links.pdf");
  page = poppler_document_get_page (out.doc, 0);
  poppler_page_get_size (page, NULL, &height);
  mapping = poppler_page_get_link_mapping (page);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;

      /* Poppler's areas count from the bottom of the sheet */
      g_assert_cmpfloat (link->area.x1, >=, s + 40 - 1);
      if (link->action->type == POPPLER_ACTION_URI)
        {
          g_assert_cmpstr (link->action->uri.uri, ==, "https://www.zdar.cz");
          g_assert_cmpfloat (link->area.y2, <=, height - (s + 150) + 1);
          g_assert_cmpfloat (link->area.y1, >=, height - (s + 150 + 20));
          uri = TRUE;
        }
      else if (link->action->type == POPPLER_ACTION_GOTO_DEST)
        {
          g_assert_cmpfloat_with_epsilon (link->area.x1, s + 40, 1);
          g_assert_cmpfloat_with_epsilon (link->area.y2, height - (s + 260), 1);
          internal = TRUE;
        }
    }
  poppler_page_free_link_mapping (mapping);
  g_assert_true (uri);
  g_assert_true (internal);
  dest = poppler_document_find_dest (out.doc, "tady");
  g_assert_nonnull (dest);
  g_assert_cmpint (dest->page_num, ==, 1);
  g_assert_cmpfloat_with_epsilon (dest->left, s + 40, 0.5);
  g_assert_cmpfloat_with_epsilon (dest->top, height - (s + 300), 0.5);
  poppler_dest_free (dest);
  output_clear (&out);
}

static void
test_links (void)
{
  assert_links (FALSE);
  assert_links (TRUE);
}

/* Whether the bytes of a PDF, streams and all, hold @needle. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* The tree in reading order: the heading, the paragraph with its link between spans, the
 * figure with its alternative text, the paragraph over the page break in two parts; the
 * running head in none of them; the language and the title for viewers. */
static void
test_structure (void)
{
  Output out = { 0 };
  g_autoptr (GPtrArray) tree = NULL;
  g_autofree char  *data = NULL;
  gsize             length = 0;
  const PdfElement *e;
  int               h1, p, link, figure, first, second;

  write_output (&out, TRUE, FALSE, "print-tags.pdf");
  tree = pdf_structure (out.doc);
  g_assert_nonnull (tree);
  e = g_ptr_array_index (tree, 0);
  g_assert_cmpint (e->kind, ==, POPPLER_STRUCTURE_ELEMENT_DOCUMENT);
  h1 = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_HEADING_1, "Katalog služeb", 0);
  p = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH, "Podrobnosti", 0);
  link = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "www.zdar.cz", 0);
  figure = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_FIGURE, NULL, 0);
  first = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH, "Odstavec začíná dole", 0);
  second = pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH, "a končí nahoře.", 0);
  g_assert_cmpint (h1, >, 0);
  g_assert_cmpint (p, >, h1);
  g_assert_cmpint (link, >, p);
  g_assert_cmpint (figure, >, link);
  g_assert_cmpint (first, >, figure);
  g_assert_cmpint (second, >, first);
  e = g_ptr_array_index (tree, p);
  g_assert_cmpstr (e->text, ==, "Podrobnosti najdete na www.zdar.cz.");
  e = g_ptr_array_index (tree, p + 1);
  g_assert_cmpint (e->kind, ==, POPPLER_STRUCTURE_ELEMENT_SPAN);
  g_assert_cmpstr (e->text, ==, "Podrobnosti najdete na ");
  e = g_ptr_array_index (tree, figure);
  g_assert_cmpstr (e->alt, ==, "Logo města Žďáru");
  g_assert_nonnull (strstr (((PdfElement *) g_ptr_array_index (tree, first))->text, "dole"));
  g_assert_null (strstr (((PdfElement *) g_ptr_array_index (tree, first))->text, "končí"));
  g_assert_cmpint (pdf_structure_find (tree, POPPLER_STRUCTURE_ELEMENT_LINK, "Odkaz na cíl", 0), >, 0);
  for (guint i = 1; i < tree->len; i++)
    g_assert_null (strstr (((PdfElement *) g_ptr_array_index (tree, i))->text, "ZÁHLAVÍ"));

  g_assert_true (g_file_get_contents (out.path, &data, &length, NULL));
  /* PDF 1.4: no object streams, also from a cairo newer than 1.16 */
  g_assert_true (g_str_has_prefix (data, "%PDF-1.4"));
  g_assert_false (contains (data, length, "/ObjStm"));
  g_assert_true (contains (data, length, "/Lang (cs)"));
  g_assert_true (contains (data, length, "/DisplayDocTitle true"));
  g_assert_true (contains (data, length, "/MarkInfo << /Marked true >>"));
  output_clear (&out);
}

/* Under a locale with a decimal comma the boxes and links are still numbers. */
static void
test_czech_numbers (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  Output           out = { 0 };

  if (setlocale (LC_ALL, "cs_CZ.UTF-8") == NULL)
    {
      g_test_skip ("the Czech locale is not installed");
      return;
    }
  write_output (&out, TRUE, FALSE, "print-cs.pdf");
  setlocale (LC_ALL, saved);
  assert_print_boxes (&out);
  output_clear (&out);
}

/* A PDF the patch does not know is refused, never mangled. */
static void
test_patch_refuses (void)
{
  const char *bad[] = { "not a pdf", "%PDF-1.5\n1 0 obj\n<< >>\nendobj\n",
                        "%PDF-1.5\nxref\n0 1\nxx\ntrailer\n<< >>\nstartxref\n9\n%%EOF\n" };
  KpPdfPatch  patch = { 0 };

  patch.tagged = TRUE;
  g_assert_false (kp_pdf_patch_is_empty (&patch));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GByteArray) pdf = g_byte_array_new ();
      g_autoptr (GError) error = NULL;

      g_byte_array_append (pdf, (const guint8 *) bad[i], strlen (bad[i]));
      g_assert_false (kp_pdf_patch_bytes (pdf, &patch, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpmem (pdf->data, pdf->len, bad[i], strlen (bad[i]));
    }
}

/* A PDF of some megabytes: the file is read through a window of 1 MB, and object heads
 * fall on both sides of its edges. Patched from the file it must be byte for byte what the
 * same PDF patched in memory is, with the boxes on every page. */
#define BIG_PAGES  60
#define BIG_FILLER 49999

static GByteArray *
big_pdf (void)
{
  GByteArray *pdf = g_byte_array_new ();
  GString    *out = g_string_new ("%PDF-1.4\n");
  GArray     *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  char       *filler = g_strnfill (BIG_FILLER, 'x');
  gsize       xref, zero = 0;

  g_array_append_val (offsets, zero);
  g_array_append_val (offsets, out->len);
  g_string_append (out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  g_array_append_val (offsets, out->len);
  g_string_append_printf (out, "2 0 obj\n<< /Type /Pages /Count %d /Kids [", BIG_PAGES);
  for (int i = 0; i < BIG_PAGES; i++)
    g_string_append_printf (out, " %d 0 R", 3 + 2 * i);
  g_string_append (out, " ] >>\nendobj\n");
  for (int i = 0; i < BIG_PAGES; i++)
    {
      g_array_append_val (offsets, out->len);
      g_string_append_printf (out, "%d 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n", 3 + 2 * i);
      g_array_append_val (offsets, out->len);
      g_string_append_printf (out, "%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n",
                              4 + 2 * i, BIG_FILLER + i, filler);
      g_string_append_len (out, filler, i); /* moves the next object's head by a byte */
    }
  xref = out->len;
  g_string_append_printf (out, "xref\n0 %u\n0000000000 65535 f \n", offsets->len);
  for (guint i = 1; i < offsets->len; i++)
    g_string_append_printf (out, "%010" G_GSIZE_FORMAT " 00000 n \n",
                            g_array_index (offsets, gsize, i));
  g_string_append_printf (out, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          offsets->len, xref);
  g_byte_array_append (pdf, (const guint8 *) out->str, out->len);
  g_string_free (out, TRUE);
  g_array_unref (offsets);
  g_free (filler);
  return pdf;
}

static void
test_patch_big_file (void)
{
  g_autoptr (GByteArray) pdf = big_pdf ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-test-XXXXXX", NULL);
  g_autofree char *in_path = g_build_filename (dir, "in.pdf", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *patched = NULL;
  gsize            length = 0;
  KpPdfPatch       patch = { 0 };
  const char      *p;
  int              boxes = 0;

  g_assert_cmpuint (pdf->len, >, 2 << 20);
  patch.boxes = TRUE;
  patch.trim[2] = 420;
  patch.trim[3] = 595;
  patch.bleed[2] = 429;
  patch.bleed[3] = 604;
  patch.tagged = TRUE;
  patch.language = "cs";
  g_assert_true (g_file_set_contents (in_path, (const char *) pdf->data, pdf->len, &error));
  g_assert_no_error (error);
  g_assert_true (kp_pdf_patch_file (in_path, out_path, &patch, &error));
  g_assert_no_error (error);
  g_assert_true (kp_pdf_patch_bytes (pdf, &patch, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out_path, &patched, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (patched, length, pdf->data, pdf->len);
  for (p = patched; (p = g_strstr_len (p, patched + length - p, "<< /TrimBox")) != NULL; p++)
    boxes++;
  g_assert_cmpint (boxes, ==, BIG_PAGES);
  g_assert_nonnull (g_strstr_len (patched, length, "<< /Lang (cs)"));
  g_unlink (in_path);
  g_unlink (out_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_data_func ("/kp/render/document-print/boxes/file", GINT_TO_POINTER (FALSE), test_boxes);
  g_test_add_data_func ("/kp/render/document-print/boxes/bytes", GINT_TO_POINTER (TRUE), test_boxes);
  g_test_add_func ("/kp/render/document-print/screen", test_screen);
  g_test_add_func ("/kp/render/document-print/marks", test_marks);
  g_test_add_func ("/kp/render/document-print/links", test_links);
  g_test_add_func ("/kp/render/document-print/structure", test_structure);
  g_test_add_func ("/kp/render/document-print/czech-numbers", test_czech_numbers);
  g_test_add_func ("/kp/render/document-print/patch-refuses", test_patch_refuses);
  g_test_add_func ("/kp/render/document-print/patch-big-file", test_patch_big_file);
  return g_test_run ();
}
