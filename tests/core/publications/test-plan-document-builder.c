/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <poppler.h>
#include <string.h>
#include <zip.h>

#include "kp-error.h"
#include "kp-plan-document-builder.h"
#include "kp-plan.h"
#include "kp-project.h"
#include "kp-publications.h"
#include "kp-test-utils.h"

/* The plan documents of the sample project (a plan 2026–2028, the action plan 2026 with its
 * evaluation, comments) built, written as PDF and ODT, and read back: the PDF with Poppler,
 * the ODT unzipped. */

typedef struct
{
  char      *dir;
  KpProject *project;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kp_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "sample.komplan", NULL);
  fixture->project = kp_project_create_sample (path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->project);
  kp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_document (Fixture         *fixture,
                KpDocumentKind   kind,
                int              year,
                KpDocumentFormat format)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocument) document = kp_plan_document_build (fixture->project, kind, year, &error);
  char *path = g_build_filename (fixture->dir,
                                 format == KP_DOCUMENT_FORMAT_PDF ? "out.pdf" : "out.odt", NULL);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  kp_document_write_file (document, path, format, NULL, NULL, &error);
  g_assert_no_error (error);
  return path;
}

/* The PDF's text page by page, the pages joined by form feeds. */
static char *
pdf_text (const char *path,
          GPtrArray **out_pages)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  GString         *text = g_string_new (NULL);
  GPtrArray       *pages = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      char        *page_text = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\f", page_text);
      g_ptr_array_add (pages, page_text);
      g_object_unref (page);
    }
  g_object_unref (doc);
  *out_pages = pages;
  return g_string_free (text, FALSE);
}

/* Whitespace (line breaks of the layout) as single spaces. */
static char *
squeeze (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \n\t\f\u00a0", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

typedef struct
{
  GPtrArray *codes;
  GPtrArray *titles;
  int        n_levels;
} Activities;

static gboolean
collect_activity (const KpPlanItemData *item,
                  const char           *code,
                  int                   depth,
                  const KpPlanItemData *parent,
                  gpointer              user_data)
{
  Activities *activities = user_data;

  if (depth >= activities->n_levels)
    {
      g_ptr_array_add (activities->codes, g_strdup (code));
      g_ptr_array_add (activities->titles, g_strdup (item->title));
    }
  return TRUE;
}

static void
list_activities (KpProject  *project,
                 Activities *activities)
{
  KpPlan *plan = kp_plan_get (project);
  g_autoptr (KpPlanVersionData) data = kp_plan_dup_version_data (plan, 0, NULL);

  activities->codes = g_ptr_array_new_with_free_func (g_free);
  activities->titles = g_ptr_array_new_with_free_func (g_free);
  activities->n_levels = data->levels->len;
  kp_plan_version_data_walk (data, collect_activity, activities);
}

/* Every activity's "code title" in the plan's order, in the cards. */
static void
test_plan_pdf (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0,
                                          KP_DOCUMENT_FORMAT_PDF);
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char *raw = pdf_text (path, &pages);
  g_autofree char *text = squeeze (raw);
  Activities       activities;
  const char      *at;

  list_activities (fixture->project, &activities);
  g_assert_cmpuint (activities.codes->len, >, 3);
  /* the cards come after the overview table: search from the heading of the cards */
  at = strstr (text, "Karty aktivit");
  g_assert_nonnull (at);
  at = strstr (at + 1, "Karty aktivit");
  g_assert_nonnull (at);
  for (guint i = 0; i < activities.codes->len; i++)
    {
      g_autofree char *title = squeeze (g_ptr_array_index (activities.titles, i));
      g_autofree char *heading =
          g_strdup_printf ("%s %s", (char *) g_ptr_array_index (activities.codes, i), title);
      const char *found = strstr (at, heading);

      if (found == NULL)
        g_error ("activity “%s” not found in order", heading);
      at = found + strlen (heading);
    }
  /* Czech words of the document, whatever the locale */
  g_assert_nonnull (strstr (text, "Obsah"));
  g_assert_nonnull (strstr (text, "Plán monitorování"));
  g_assert_nonnull (strstr (text, "Přílohy"));
  g_assert_null (strstr (text, "Activity cards"));
  g_assert_null (strstr (text, "Monitoring plan"));
  /* a type with capacities in several units: a row per unit, which names it (Poppler runs
   * the cells of a row together) */
  g_assert_nonnull (strstr (text, "Druh službyJednotka"));
  g_assert_nonnull (strstr (text, "krizová pomoclůžka"));
  g_assert_nonnull (strstr (text, "krizová pomocklienti"));
  g_ptr_array_unref (activities.codes);
  g_ptr_array_unref (activities.titles);
}

/* The number at the end of the line of the contents that holds @title. */
static int
contents_line_number (const char *path,
                      guint       page_index,
                      const char *title)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, NULL);
  PopplerPage     *page = poppler_document_get_page (doc, page_index);
  GList           *found = poppler_page_find_text (page, title);
  PopplerRectangle area;
  double           width, height;
  g_autofree char *line = NULL;
  const char      *end;

  g_assert_nonnull (found);
  poppler_page_get_size (page, &width, &height);
  area = *(PopplerRectangle *) found->data;
  /* find_text counts y from the foot, get_text_for_area from the top */
  area.x1 = 0;
  area.x2 = width;
  {
    double top = height - MAX (area.y1, area.y2), bottom = height - MIN (area.y1, area.y2);

    area.y1 = top + 1;
    area.y2 = bottom - 1;
  }
  line = g_strstrip (poppler_page_get_text_for_area (page, &area));
  end = line + strlen (line);
  while (end > line && g_ascii_isdigit (end[-1]))
    end--;
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  g_object_unref (page);
  g_object_unref (doc);
  return atoi (end);
}

/* The page the contents give for a chapter is the page whose text starts it. */
static void
test_plan_contents_pages (Fixture      *fixture,
                          gconstpointer data)
{
  g_autofree char *path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0,
                                          KP_DOCUMENT_FORMAT_PDF);
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char  *raw = pdf_text (path, &pages);
  const char *const chapters[] = { "Analytická část", "Strategická část", "Plán monitorování",
                                   "Přílohy" };
  guint             contents_page = G_MAXUINT;

  for (guint p = 0; p < pages->len && contents_page == G_MAXUINT; p++)
    if (strstr (g_ptr_array_index (pages, p), "Obsah") != NULL)
      contents_page = p;
  g_assert_cmpuint (contents_page, <, pages->len);

  for (guint c = 0; c < G_N_ELEMENTS (chapters); c++)
    {
      int number = contents_line_number (path, contents_page, chapters[c]);

      g_assert_cmpint (number, >, (int) contents_page + 1);
      g_assert_cmpint (number, <=, (int) pages->len);
      if (strstr (g_ptr_array_index (pages, number - 1), chapters[c]) == NULL)
        g_error ("“%s” is not on page %d that the contents give", chapters[c], number);
    }
}

static char *
odt_part (const char *path,
          const char *part)
{
  int         err = 0;
  zip_t      *zip = zip_open (path, ZIP_RDONLY, &err);
  zip_stat_t  st;
  zip_file_t *file;
  char       *content;

  g_assert_nonnull (zip);
  g_assert_cmpstr (zip_get_name (zip, 0, 0), ==, "mimetype");
  g_assert_cmpint (zip_stat (zip, part, 0, &st), ==, 0);
  content = g_malloc0 (st.size + 1);
  file = zip_fopen (zip, part, 0);
  g_assert_cmpint (zip_fread (file, content, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_close (zip);
  return content;
}

static char *
odt_content (const char *path)
{
  return odt_part (path, "content.xml");
}

static char *
xml_escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static void
test_plan_odt (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0,
                                          KP_DOCUMENT_FORMAT_ODT);
  g_autofree char *content = odt_content (path);
  Activities       activities;

  list_activities (fixture->project, &activities);
  for (guint i = 0; i < activities.titles->len; i++)
    {
      g_autofree char *title = xml_escape (g_ptr_array_index (activities.titles, i));

      if (strstr (content, title) == NULL)
        g_error ("activity “%s” not in content.xml", title);
    }
  g_assert_nonnull (strstr (content, "<text:h"));
  g_assert_nonnull (strstr (content, "<table:table "));
  g_ptr_array_unref (activities.codes);
  g_ptr_array_unref (activities.titles);
}

static void
test_other_documents (Fixture      *fixture,
                      gconstpointer data)
{
  struct
  {
    KpDocumentKind kind;
    int            year;
    const char    *word;
  } cases[] = {
    { KP_DOCUMENT_KIND_ACTION_PLAN, 2026, "Rozpočet akčního plánu" },
    { KP_DOCUMENT_KIND_EVALUATION, 0, "Souhrn podle priorit" },
    { KP_DOCUMENT_KIND_EVALUATION, 2026, "Čerpáno" },
    { KP_DOCUMENT_KIND_COMMENTS, 0, "Nevyhověno" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *path = write_document (fixture, cases[c].kind, cases[c].year,
                                              KP_DOCUMENT_FORMAT_PDF);
      g_autofree char *odt = write_document (fixture, cases[c].kind, cases[c].year,
                                             KP_DOCUMENT_FORMAT_ODT);
      g_autoptr (GPtrArray) pages = NULL;
      g_autofree char *raw = pdf_text (path, &pages);
      g_autofree char *text = squeeze (raw);
      g_autofree char *content = odt_content (odt);

      if (strstr (text, cases[c].word) == NULL)
        g_error ("document %u lacks “%s”", c, cases[c].word);
      g_assert_nonnull (strstr (content, "<text:h"));
    }
}

/* A chapter's CommonMark (headings, bold, links, lists) and the live blocks the sample's
 * chapters lack: the indicator profile, the findings and a chart. */
static void
test_chapter_blocks (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPlan          *plan = kp_plan_get (fixture->project);
  KpPlanChapter   *chapter = kp_plan_add_chapter (plan, 0, "Analýza potřeb", &error);
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (chapter);
  kp_plan_update_chapter (plan, chapter, "Analýza potřeb", 1,
                          "# Zdroje dat\n\nText s **tučným** a *kurzívou*, "
                          "[odkaz](https://example.cz) a <b>značkou</b>.\n\n"
                          "- první\n- druhý\n\n"
                          "```komplan indicators\n```\n\n```komplan findings\n```\n\n"
                          "```komplan chart\n```\n",
                          &error);
  g_assert_no_error (error);
  path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0, KP_DOCUMENT_FORMAT_PDF);
  raw = pdf_text (path, &pages);
  text = squeeze (raw);
  g_assert_nonnull (strstr (text, "Zdroje dat"));
  g_assert_nonnull (strstr (text, "Text s tučným a kurzívou, odkaz a <b>značkou</b>."));
  g_assert_nonnull (strstr (text, "Profil ukazatelů území"));
  g_assert_nonnull (strstr (text, "Obyvatelstvo podle věku a pohlaví"));
  g_assert_null (strstr (text, "```"));
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The index of the first page whose text has @needle, -1 for none. */
static int
find_page (GPtrArray  *pages,
           const char *needle)
{
  for (guint p = 0; p < pages->len; p++)
    {
      g_autofree char *text = squeeze (g_ptr_array_index (pages, p));

      if (strstr (text, needle) != NULL)
        return (int) p;
    }
  return -1;
}

/* Pixels of page @index drawn in a warm colour (the choropleth's yellow to red), at 72 dpi. */
static guint
count_warm_pixels (const char *path,
                   int         index)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, NULL);
  PopplerPage     *page = poppler_document_get_page (doc, index);
  double           width, height;
  cairo_surface_t *surface;
  cairo_t         *cr;
  guint            n = 0;

  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < (int) height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (surface) +
                                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < (int) width; x++)
        {
          int r = (row[x] >> 16) & 0xff, b = row[x] & 0xff;

          if (r - b > 80)
            n++;
        }
    }
  cairo_surface_destroy (surface);
  g_object_unref (page);
  g_object_unref (doc);
  return n;
}

/* The map of the territory after the demography: a figure drawn on the page, its caption,
 * legend and source in Czech under the C locale; a picture in the ODT. */
static void
test_map (Fixture      *fixture,
          gconstpointer data)
{
  g_autofree char *path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0,
                                          KP_DOCUMENT_FORMAT_PDF);
  g_autofree char *odt = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0,
                                         KP_DOCUMENT_FORMAT_ODT);
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char *raw = pdf_text (path, &pages);
  g_autofree char *page_text = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *content = odt_content (odt);
  g_autofree char *picture_path = NULL;
  g_autofree char *entry = NULL;
  const char      *caption, *picture;
  int              page;

  page = find_page (pages, "Hustota zalidnění v obcích území");
  g_assert_cmpint (page, >=, 0);
  page_text = squeeze (g_ptr_array_index (pages, page));
  g_assert_nonnull (strstr (page_text, "Zdroj: smyšlená ukázková data Komplanu"));
  /* the legend (squeeze() splits "²") */
  g_assert_nonnull (strstr (page_text, "Hustota zalidnění (obyvatel na km"));
  g_assert_null (strstr (page_text, "Source:"));
  g_assert_null (strstr (page_text, "Population density"));
  /* the obce filled in the colours of the classes */
  g_assert_cmpuint (count_warm_pixels (path, page), >, 2000);

  /* the picture just before the map's caption is a part of the package */
  manifest = odt_part (odt, "META-INF/manifest.xml");
  caption = strstr (content, "Hustota zalidnění v obcích území");
  g_assert_nonnull (caption);
  picture = g_strrstr_len (content, caption - content, "xlink:href=\"Pictures/figure-");
  g_assert_nonnull (picture);
  picture += strlen ("xlink:href=\"");
  picture_path = g_strndup (picture, strchr (picture, '"') - picture);
  entry = g_strdup_printf ("manifest:full-path=\"%s\"", picture_path);
  g_assert_nonnull (strstr (manifest, entry));
}

/* A chapter's map block with an indicator, and a project without boundaries: a sentence
 * instead of the figure. */
static void
test_map_block (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPlan          *plan = kp_plan_get (fixture->project);
  KpPlanChapter   *chapter = kp_plan_add_chapter (plan, 0, "Mapa", &error);
  g_autofree char *project_path = g_strdup (kp_project_get_path (fixture->project));
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  sqlite3         *db = NULL;

  g_assert_no_error (error);
  kp_plan_update_chapter (plan, chapter, "Mapa", 1,
                          "```komplan map\nindicator: share_65_plus\n```\n", &error);
  g_assert_no_error (error);
  path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0, KP_DOCUMENT_FORMAT_PDF);
  raw = pdf_text (path, &pages);
  text = squeeze (raw);
  g_assert_nonnull (strstr (text, "Podíl obyvatel ve věku 65 a více let v obcích území"));
  /* the chapter's map replaces the one of the demography */
  g_assert_null (strstr (text, "Hustota zalidnění v obcích území"));
  g_assert_null (strstr (text, "Mapa území není k dispozici"));

  g_clear_object (&fixture->project);
  g_assert_cmpint (sqlite3_open (project_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM boundary", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  fixture->project = kp_project_open (project_path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&pages, g_ptr_array_unref);
  g_free (raw);
  g_free (text);
  g_free (path);
  path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0, KP_DOCUMENT_FORMAT_PDF);
  raw = pdf_text (path, &pages);
  text = squeeze (raw);
  g_assert_nonnull (strstr (text, "Mapa území není k dispozici: projekt nemá hranice obcí."));
  g_assert_null (strstr (text, "v obcích území"));
}

/* A PNG image of @width × @height in one colour, as a logo file holds it. */
static GBytes *
make_png (int    width,
          int    height,
          double red)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t         *cr = cairo_create (surface);
  GByteArray      *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, red, 0.2, 0.6);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png, bytes), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

/* The cover: the issuer (the territory), the logos of the settings as images on page 1 of
 * the PDF and as pictures of the ODT, the EU publicity text in both. */
static void
test_cover (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPublications *publications = kp_project_get_publications (fixture->project);
  g_autoptr (KpDocumentSettings) settings = kp_document_settings_copy (
      KP_DOCUMENT_SETTINGS (kp_publications_get_plan_document (publications, KP_DOCUMENT_KIND_PLAN)));
  g_autoptr (GBytes) eu = make_png (120, 80, 0.1);
  g_autoptr (GBytes) coat = make_png (60, 80, 0.9);
  const char *const publicity = "Projekt Plánování sociálních služeb v Mikroregionu Podlesí, "
                                "reg. č. CZ.03.02.02/00/22_123/0001234, je spolufinancován "
                                "Evropskou unií.";
  g_autofree char  *pdf = g_build_filename (fixture->dir, "cover.pdf", NULL);
  g_autofree char  *odt = g_build_filename (fixture->dir, "cover.odt", NULL);
  g_autofree char  *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr (KpDocument) document = NULL;
  PopplerDocument *doc;
  PopplerPage     *page;
  GList           *images;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed_publicity = squeeze (publicity);
  g_autofree char *manifest = NULL;
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;

  kp_document_settings_add_logo (settings, "eu-emblem.png", eu, &error);
  g_assert_no_error (error);
  kp_document_settings_add_logo (settings, "erb-lesna.png", coat, &error);
  g_assert_no_error (error);
  kp_document_settings_set_text (settings, KP_DOCUMENT_TEXT_PUBLICITY, publicity, &error);
  g_assert_no_error (error);
  /* a subtitle of the user's own: the issuer, never set, is still the territory */
  kp_document_settings_set_text (settings, KP_DOCUMENT_TEXT_SUBTITLE, "Pro obce a poskytovatele",
                                 &error);
  g_assert_no_error (error);
  document = kp_plan_document_build_from_settings (fixture->project,
                                                   KP_PLAN_DOCUMENT_SETTINGS (settings), &error);
  g_assert_no_error (error);
  kp_document_write_file (document, pdf, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
  g_assert_no_error (error);
  kp_document_write_file (document, odt, KP_DOCUMENT_FORMAT_ODT, NULL, NULL, &error);
  g_assert_no_error (error);

  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (doc, 0);
  images = poppler_page_get_image_mapping (page);
  g_assert_cmpuint (g_list_length (images), ==, 2);
  poppler_page_free_image_mapping (images);
  raw = poppler_page_get_text (page);
  text = squeeze (raw);
  g_assert_nonnull (strstr (text, squeezed_publicity));
  g_assert_nonnull (strstr (text, "Pro obce a poskytovatele"));
  g_assert_nonnull (strstr (text, "Mikroregion Podlesí"));
  g_assert_nonnull (strstr (text, "Střednědobý plán rozvoje sociálních služeb"));
  g_object_unref (page);
  /* the logos are on the cover only */
  page = poppler_document_get_page (doc, 1);
  images = poppler_page_get_image_mapping (page);
  g_assert_cmpuint (g_list_length (images), ==, 0);
  poppler_page_free_image_mapping (images);
  g_object_unref (page);
  g_object_unref (doc);

  manifest = odt_part (odt, "META-INF/manifest.xml");
  content = odt_content (odt);
  styles = odt_part (odt, "styles.xml");
  g_assert_nonnull (strstr (manifest, "Pictures/logo-1.png"));
  g_assert_nonnull (strstr (manifest, "Pictures/logo-2.png"));
  g_assert_nonnull (strstr (content, "xlink:href=\"Pictures/logo-2.png\""));
  g_assert_nonnull (strstr (content, "<svg:title>erb-lesna.png</svg:title>"));
  g_assert_nonnull (strstr (content, "text:style-name=\"Kp_Publicity\""));
  g_assert_nonnull (strstr (content, "reg. č. CZ.03.02.02/00/22_123/0001234"));
  g_assert_nonnull (strstr (styles, "style:display-name=\"Text publicity\""));
}

/* The annex of abbreviations lists those the text uses, in Czech order, and no other. */
static void
test_abbreviations (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  KpPlan          *plan = kp_plan_get (fixture->project);
  KpPlanChapter   *chapter = kp_plan_add_chapter (plan, 0, "Zkratky", &error);
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *compact = NULL;
  const char      *annex;
  const char      *mas, *orp, *swot;

  g_assert_no_error (error);
  kp_plan_update_chapter (plan, chapter, "Zkratky", 1,
                          "Plán připravila MAS s obcí ORP; chata CHKO a MASový guláš nejsou "
                          "zkratky.\n",
                          &error);
  g_assert_no_error (error);
  path = write_document (fixture, KP_DOCUMENT_KIND_PLAN, 0, KP_DOCUMENT_FORMAT_PDF);
  raw = pdf_text (path, &pages);
  text = squeeze (raw);
  /* the annex's heading and the header row of its table (the contents give its page);
   * Poppler runs table cells together, so the text is compared without spaces */
  compact = g_strdelimit (g_strdup (text), " ", '\x01');
  {
    char *out = compact;

    for (const char *in = compact; *in != '\0'; in++)
      if (*in != '\x01')
        *out++ = *in;
    *out = '\0';
  }
  annex = strstr (compact, "Příloha3:SeznamzkratekZkratkaVýznam");
  g_assert_nonnull (annex);
  swot = strstr (annex, "SWOTanalýzasilnýchaslabýchstránek,příležitostíahrozeb");
  mas = strstr (annex, "MASmístníakčnískupina");
  orp = strstr (annex, "ORPobecsrozšířenoupůsobností");
  g_assert_nonnull (swot);
  g_assert_nonnull (mas);
  g_assert_nonnull (orp);
  /* Czech order */
  g_assert_true (mas < orp);
  g_assert_true (orp < swot);
  g_assert_null (strstr (annex, "OSPOD"));
  g_assert_null (strstr (annex, "PnP"));
  g_assert_null (strstr (annex, "DZR"));
  g_assert_null (strstr (annex, "ÚZIS"));
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpDocument) outside =
      kp_plan_document_build (fixture->project, KP_DOCUMENT_KIND_ACTION_PLAN, 2035, &error);

  g_assert_null (outside);
  g_assert_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  /* the document's words are Czech whatever the locale */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/plan-document/plan-pdf", test_plan_pdf);
  ADD ("/plan-document/contents-pages", test_plan_contents_pages);
  ADD ("/plan-document/plan-odt", test_plan_odt);
  ADD ("/plan-document/others", test_other_documents);
  ADD ("/plan-document/chapter-blocks", test_chapter_blocks);
  ADD ("/plan-document/map", test_map);
  ADD ("/plan-document/map-block", test_map_block);
  ADD ("/plan-document/cover", test_cover);
  ADD ("/plan-document/abbreviations", test_abbreviations);
  ADD ("/plan-document/refused", test_refused);
#undef ADD
  return g_test_run ();
}
