/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <zip.h>

#include "kp-text-document-private.h"
#include "test-text-document-sample.h"

/* The OpenDocument text of a KpTextDocument, unzipped and read as XML: "mimetype" first
 * and stored, a manifest that lists every part, XML that parses, styles named as a Czech
 * user knows them, the outline of headings as the document's, tables with their header
 * rows and cells, lists, pictures; and, when LibreOffice is installed, its text (converted
 * headless) has the same words as our PDF. */

#define MIMETYPE "application/vnd.oasis.opendocument.text"

typedef struct
{
  GBytes         *odt;
  zip_t          *zip;
  SamplePlanInfo  info;
  KpTextDocument *doc;
} Odt;

static void
odt_open (Odt  *odt,
          guint n_activities)
{
  g_autoptr (GError) error = NULL;
  zip_error_t   zip_error;
  zip_source_t *source;

  odt->doc = sample_plan_new (n_activities, &odt->info);
  odt->odt = kp_document_write_bytes (KP_DOCUMENT (odt->doc), KP_DOCUMENT_FORMAT_ODT, NULL, NULL,
                                      &error);
  g_assert_no_error (error);
  zip_error_init (&zip_error);
  source = zip_source_buffer_create (g_bytes_get_data (odt->odt, NULL),
                                     g_bytes_get_size (odt->odt), 0, &zip_error);
  g_assert_nonnull (source);
  odt->zip = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
  g_assert_nonnull (odt->zip);
  zip_error_fini (&zip_error);
}

static void
odt_close (Odt *odt)
{
  zip_discard (odt->zip);
  g_bytes_unref (odt->odt);
  g_object_unref (odt->doc);
}

static GBytes *
read_part (Odt        *odt,
           const char *name)
{
  zip_stat_t  st;
  zip_file_t *file;
  char       *data;

  g_assert_cmpint (zip_stat (odt->zip, name, 0, &st), ==, 0);
  data = g_malloc (st.size + 1);
  file = zip_fopen (odt->zip, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  data[st.size] = '\0';
  return g_bytes_new_take (data, st.size);
}

static xmlDocPtr
read_xml (Odt        *odt,
          const char *name)
{
  g_autoptr (GBytes) bytes = read_part (odt, name);
  xmlDocPtr doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name,
                                 "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_HUGE);

  if (doc == NULL)
    g_error ("%s is not well-formed XML", name);
  return doc;
}

static xmlXPathObjectPtr
query (xmlDocPtr   doc,
       const char *path)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr  result;

  xmlXPathRegisterNs (context, BAD_CAST "office",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "text",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "table",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "style",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "draw",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "manifest",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "xlink", BAD_CAST "http://www.w3.org/1999/xlink");
  xmlXPathRegisterNs (context, BAD_CAST "svg",
                      BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  result = xmlXPathEvalExpression (BAD_CAST path, context);
  xmlXPathFreeContext (context);
  g_assert_nonnull (result);
  return result;
}

static int
count (xmlDocPtr   doc,
       const char *path)
{
  xmlXPathObjectPtr result = query (doc, path);
  int               n = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

/* The text of the first node @path finds, or NULL. */
static char *
first_text (xmlDocPtr   doc,
            const char *path)
{
  xmlXPathObjectPtr result = query (doc, path);
  char             *text = NULL;

  if (result->nodesetval != NULL && result->nodesetval->nodeNr > 0)
    {
      xmlChar *content = xmlNodeGetContent (result->nodesetval->nodeTab[0]);

      text = g_strdup ((const char *) content);
      xmlFree (content);
    }
  xmlXPathFreeObject (result);
  return text;
}

static void
test_odt_package (void)
{
  Odt         odt = { 0 };
  zip_stat_t  st;
  xmlDocPtr   manifest;
  zip_int64_t n;
  g_autoptr (GBytes) mimetype = NULL;

  odt_open (&odt, 24);
  /* "mimetype" first, stored, the media type alone */
  g_assert_cmpint (zip_stat_index (odt.zip, 0, 0, &st), ==, 0);
  g_assert_cmpstr (st.name, ==, "mimetype");
  g_assert_cmpint (st.comp_method, ==, ZIP_CM_STORE);
  mimetype = read_part (&odt, "mimetype");
  g_assert_cmpstr (g_bytes_get_data (mimetype, NULL), ==, MIMETYPE);
  /* the local header of the first entry names it at byte 30, as readers look for it */
  g_assert_cmpint (memcmp ((const char *) g_bytes_get_data (odt.odt, NULL) + 30,
                           "mimetype" MIMETYPE, 8 + strlen (MIMETYPE)),
                   ==, 0);

  manifest = read_xml (&odt, "META-INF/manifest.xml");
  n = zip_get_num_entries (odt.zip, 0);
  g_assert_cmpint (n, ==, 5 + odt.info.n_charts);
  for (zip_int64_t i = 0; i < n; i++)
    {
      const char      *name = zip_get_name (odt.zip, i, 0);
      g_autofree char *path = g_strdup_printf ("//manifest:file-entry[@manifest:full-path='%s']",
                                               name);

      if (strcmp (name, "mimetype") == 0 || strcmp (name, "META-INF/manifest.xml") == 0)
        continue;
      if (count (manifest, path) != 1)
        g_error ("The manifest does not list %s", name);
      if (g_str_has_suffix (name, ".xml"))
        xmlFreeDoc (read_xml (&odt, name));
      if (g_str_has_prefix (name, "Pictures/"))
        {
          g_autoptr (GBytes) png = read_part (&odt, name);

          g_assert_cmpint (memcmp (g_bytes_get_data (png, NULL), "\x89PNG", 4), ==, 0);
        }
    }
  g_assert_cmpint (count (manifest, "//manifest:file-entry[@manifest:full-path='/' and "
                                    "@manifest:media-type='" MIMETYPE "']"),
                   ==, 1);
  xmlFreeDoc (manifest);
  odt_close (&odt);
}

static void
test_odt_styles_and_meta (void)
{
  Odt              odt = { 0 };
  xmlDocPtr        styles, meta;
  g_autofree char *title = NULL;

  odt_open (&odt, 8);
  styles = read_xml (&odt, "styles.xml");
  for (int level = 1; level <= 4; level++)
    {
      g_autofree char *path = g_strdup_printf ("//style:style[@style:name='Heading_20_%d' and "
                                               "@style:display-name='Nadpis %d' and "
                                               "@style:default-outline-level='%d']",
                                               level, level, level);

      g_assert_cmpint (count (styles, path), ==, 1);
    }
  g_assert_cmpint (count (styles, "//style:style[@style:display-name='Tělo textu']"), ==, 1);
  g_assert_cmpint (count (styles, "//style:style[@style:display-name='Obsah tabulky']"), ==, 1);
  g_assert_cmpint (count (styles, "//style:style[@style:display-name='Záhlaví tabulky']"), ==, 1);
  g_assert_cmpint (count (styles, "//style:master-page[@style:name='Landscape']"), ==, 1);
  g_assert_cmpint (count (styles, "//style:footer//text:page-number"), ==, 2);
  xmlFreeDoc (styles);

  meta = read_xml (&odt, "meta.xml");
  title = first_text (meta, "//dc:title");
  g_assert_cmpstr (title, ==, "Střednědobý plán rozvoje sociálních služeb ORP Lesná");
  g_assert_cmpint (count (meta, "//dc:language[text()='cs-CZ']"), ==, 1);
  xmlFreeDoc (meta);
  odt_close (&odt);
}

static void
test_odt_content (void)
{
  Odt               odt = { 0 };
  xmlDocPtr         content;
  KpDocModel        model;
  xmlXPathObjectPtr headings;
  guint             h = 0;
  g_autofree char  *cell = NULL;
  g_autofree char  *code = NULL;
  g_autofree char  *markup = NULL;

  odt_open (&odt, 40);
  content = read_xml (&odt, "content.xml");
  kp_text_document_get_model (odt.doc, &model);

  /* the outline: every heading, in order, at its level */
  headings = query (content, "//office:text/text:h");
  for (guint b = 0; b < model.blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (model.blocks, b);
      xmlNodePtr        node;
      xmlChar          *text, *level;

      if (block->kind != KP_DOC_BLOCK_HEADING)
        continue;
      g_assert_cmpint (h, <, headings->nodesetval->nodeNr);
      node = headings->nodesetval->nodeTab[h++];
      text = xmlNodeGetContent (node);
      level = xmlGetNsProp (node, BAD_CAST "outline-level",
                            BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      g_assert_cmpstr ((const char *) text, ==, block->text);
      g_assert_cmpint (atoi ((const char *) level), ==, block->level);
      xmlFree (text);
      xmlFree (level);
    }
  g_assert_cmpint (h, ==, headings->nodesetval->nodeNr);
  xmlXPathFreeObject (headings);

  /* tables: the services (wide, 9 columns, on a landscape page), the overview, a card per
   * activity and the budget */
  g_assert_cmpint (count (content, "//table:table"), ==, 3 + odt.info.n_activities);
  g_assert_cmpint (count (content, "//table:table[1]/table:table-column"), ==, 9);
  g_assert_cmpint (count (content, "//table:table/table:table-header-rows"), ==, 3);
  g_assert_cmpint (count (content, "//style:style[@style:master-page-name='Landscape']"), ==, 1);
  /* the standard pages after the title page's and after the landscape ones */
  g_assert_cmpint (count (content, "//style:style[@style:master-page-name='Standard']"), ==, 2);
  g_assert_cmpint (count (content, "//style:style[@style:master-page-name='Kp_Title_Page']"), ==,
                   1);
  /* the overview's first row: the first activity's code */
  code = sample_activity_code (&odt.info, 0);
  cell = first_text (content, "(//table:table)[2]/table:table-row[1]/table:table-cell[1]");
  g_assert_cmpstr (cell, ==, code);
  g_clear_pointer (&cell, g_free);
  cell = first_text (content, "(//table:table)[2]/table:table-header-rows//table:table-cell[4]");
  g_assert_cmpstr (cell, ==, "Náklady (Kč)");
  g_assert_cmpint (count (content, "(//table:table)[2]/table:table-row"), ==,
                   odt.info.n_activities);

  /* lists, a nested one, figures with their text alternative, links */
  g_assert_cmpint (count (content, "//office:text/text:list"), ==, 2);
  g_assert_cmpint (count (content, "//text:list-item/text:list"), ==, 1);
  g_assert_cmpint (count (content, "//draw:frame/draw:image"), ==, odt.info.n_charts);
  g_assert_cmpint (count (content, "//draw:frame/svg:title"), ==, odt.info.n_charts);
  g_assert_cmpint (count (content, "//text:a[@xlink:href='https://www.lesna.cz']"), ==, 1);
  g_assert_cmpint (count (content, "//text:a[@xlink:href='#strategie']"), >=, 1);
  g_assert_cmpint (count (content, "//text:bookmark[@text:name='strategie']"), ==, 1);
  g_assert_cmpint (count (content, "//text:table-of-content"), ==, 1);
  /* user text stays text */
  markup = first_text (content, "//text:p[contains(., 'značkami')]");
  g_assert_nonnull (strstr (markup, "s <b>značkami</b> & \"uvozovkami\""));
  xmlFreeDoc (content);
  odt_close (&odt);
}

/* White space of user text is kept: runs of spaces, tabs, line breaks; control characters
 * XML cannot hold are left out. */
static void
test_odt_white_space (void)
{
  g_autoptr (KpTextDocument) doc = kp_text_document_new (KP_DOCUMENT_KIND_COMMENTS, "Připomínky");
  g_autoptr (GError) error = NULL;
  Odt              odt = { 0 };
  xmlDocPtr        content;
  g_autofree char *text = NULL;

  kp_text_document_set_title_page (doc, FALSE);
  kp_text_document_add_text (doc, "a  b\tc\nd\x01"
                                  "e");
  odt.doc = g_steal_pointer (&doc);
  odt.odt = kp_document_write_bytes (KP_DOCUMENT (odt.doc), KP_DOCUMENT_FORMAT_ODT, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  {
    zip_error_t   zip_error;
    zip_source_t *source;

    zip_error_init (&zip_error);
    source = zip_source_buffer_create (g_bytes_get_data (odt.odt, NULL),
                                       g_bytes_get_size (odt.odt), 0, &zip_error);
    odt.zip = zip_open_from_source (source, ZIP_RDONLY, &zip_error);
    g_assert_nonnull (odt.zip);
    zip_error_fini (&zip_error);
  }
  content = read_xml (&odt, "content.xml");
  g_assert_cmpint (count (content, "//office:text/text:p/text:s"), ==, 1);
  g_assert_cmpint (count (content, "//office:text/text:p/text:tab"), ==, 1);
  g_assert_cmpint (count (content, "//office:text/text:p/text:line-break"), ==, 1);
  text = first_text (content, "//office:text/text:p");
  g_assert_cmpstr (text, ==, "a bcde");
  xmlFreeDoc (content);
  odt_close (&odt);
}

/* The words of @text (letters only, two or more), as a set. */
static GHashTable *
words_of (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString    *word = g_string_new (NULL);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalpha (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (g_utf8_strlen (word->str, -1) >= 2)
        g_hash_table_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words;
}

static char *
pdf_text (KpTextDocument *doc,
          const char     *dir)
{
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr (GError) error = NULL;
  const char *argv[] = { pdftotext, path, "-", NULL };
  char       *out = NULL;
  int         status = 0;

  g_assert_nonnull (pdftotext);
  g_assert_true (kp_document_write_file (KP_DOCUMENT (doc), path, KP_DOCUMENT_FORMAT_PDF, NULL,
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_unlink (path);
  return out;
}

static void
test_odt_libreoffice_text (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr (GError) error = NULL;
  g_autoptr (KpTextDocument) doc = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *txt = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *lo_text = NULL;
  g_autofree char *our_text = NULL;
  g_autoptr (GHashTable) lo_words = NULL;
  g_autoptr (GHashTable) our_words = NULL;
  GHashTableIter iter;
  gpointer       word;
  int            status = 0;

  if (soffice == NULL || pdftotext == NULL)
    {
      g_test_skip ("LibreOffice (soffice) or pdftotext is not installed");
      return;
    }
  dir = g_dir_make_tmp ("kp-test-XXXXXX", &error);
  g_assert_no_error (error);
  doc = sample_plan_new (6, NULL);
  odt = g_build_filename (dir, "plan.odt", NULL);
  txt = g_build_filename (dir, "plan.txt", NULL);
  g_assert_true (kp_document_write_file (KP_DOCUMENT (doc), odt, KP_DOCUMENT_FORMAT_ODT, NULL,
                                         NULL, &error));
  g_assert_no_error (error);
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                           "--outdir", dir, odt, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                                 G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
  }
  if (!g_file_get_contents (txt, &lo_text, NULL, NULL))
    {
      g_test_skip ("LibreOffice did not convert the document (no display or profile?)");
      return;
    }
  our_text = pdf_text (doc, dir);
  lo_words = words_of (lo_text);
  our_words = words_of (our_text);
  /* the page furniture of the PDF ("Strana 3 z 9") and its captions of tables continued
   * on the next page ("(pokračování)") are not in the text of the ODT */
  g_hash_table_remove (our_words, "Strana");
  g_hash_table_remove (our_words, "pokračování");
  g_hash_table_iter_init (&iter, lo_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (!g_hash_table_contains (our_words, word))
      g_error ("“%s” is in LibreOffice's text of the ODT but not in the PDF", (char *) word);
  g_hash_table_iter_init (&iter, our_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (!g_hash_table_contains (lo_words, word))
      g_error ("“%s” is in the PDF but not in LibreOffice's text of the ODT", (char *) word);
  g_assert_cmpuint (g_hash_table_size (lo_words), >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/text-document/odt/package", test_odt_package);
  g_test_add_func ("/kp/text-document/odt/styles-meta", test_odt_styles_and_meta);
  g_test_add_func ("/kp/text-document/odt/content", test_odt_content);
  g_test_add_func ("/kp/text-document/odt/white-space", test_odt_white_space);
  g_test_add_func ("/kp/text-document/odt/libreoffice-text", test_odt_libreoffice_text);
  return g_test_run ();
}
