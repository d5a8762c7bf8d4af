/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-style.h"
#include "kp-odt-private.h"

#include <string.h>

/* styles.xml: the named styles of the document, the same typography as the PDF.
 *
 * Styles keep the internal names LibreOffice gives its own ("Heading_20_1", "Text_20_body",
 * "Table_20_Contents" …), so LibreOffice and Word take them for their built-in headings,
 * body text and captions (the navigator, a new table of contents and the outline work),
 * and carry display names in the document's language ("Nadpis 1", "Tělo textu"). Two page
 * styles: "Standard" (A4 portrait) and "Landscape" for wide tables, both with the title and
 * chapter as running head and "Strana 3 z 40" in the footer. */

#define RGB(value) (g_snprintf (rgb, sizeof rgb, "#%06x", (guint) (value)), rgb)

static char rgb[8];

static const double heading_sizes[5] = { 0, 20.0, 14.7, 12.1, 10.5 };
static const double heading_above[5] = { 0, 0, 18.0, 12.6, 9.5 };
static const double heading_below[5] = { 0, 10.5, 6.3, 3.7, 2.1 };

/* The first family of a Pango family list. */
static char *
first_family (const char *families)
{
  g_auto (GStrv) names = g_strsplit (families != NULL ? families : "Noto Sans", ",", 2);

  return g_strstrip (g_strdup (names[0]));
}

static void
start_style (KpOdt      *odt,
             const char *name,
             const char *display_name,
             const char *family,
             const char *parent)
{
  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", name);
  if (display_name != NULL)
    kp_odt_attr (odt, "style:display-name", display_name);
  kp_odt_attr (odt, "style:family", family);
  if (parent != NULL)
    kp_odt_attr (odt, "style:parent-style-name", parent);
}

static void
text_properties (KpOdt   *odt,
                 double   size,
                 gboolean bold,
                 gboolean italic,
                 guint32  color)
{
  kp_odt_start (odt, "style:text-properties");
  if (size > 0)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE + 2];

      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.1f", size);
      strcat (buf, "pt");
      kp_odt_attr (odt, "fo:font-size", buf);
    }
  if (bold)
    kp_odt_attr (odt, "fo:font-weight", "bold");
  if (italic)
    kp_odt_attr (odt, "fo:font-style", "italic");
  if (color != G_MAXUINT32)
    kp_odt_attr (odt, "fo:color", RGB (color));
  kp_odt_end (odt);
}

static void
paragraph_properties (KpOdt   *odt,
                      double   above,
                      double   below,
                      gboolean keep_with_next)
{
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr_length (odt, "fo:margin-top", above);
  kp_odt_attr_length (odt, "fo:margin-bottom", below);
  if (keep_with_next)
    kp_odt_attr (odt, "fo:keep-with-next", "always");
  kp_odt_end (odt);
}

static void
paragraph_style (KpOdt      *odt,
                 const char *name,
                 const char *display_name,
                 const char *parent,
                 double      above,
                 double      below,
                 double      size,
                 gboolean    bold,
                 gboolean    italic,
                 guint32     color)
{
  start_style (odt, name, display_name, "paragraph", parent);
  kp_odt_attr (odt, "style:class", "text");
  paragraph_properties (odt, above, below, FALSE);
  text_properties (odt, size, bold, italic, color);
  kp_odt_end (odt);
}

static void
write_headings (KpOdt *odt)
{
  start_style (odt, "Heading", odt->words->style_heading, "paragraph", "Standard");
  kp_odt_attr (odt, "style:next-style-name", "Text_20_body");
  kp_odt_attr (odt, "style:class", "text");
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr (odt, "fo:keep-with-next", "always");
  kp_odt_attr (odt, "fo:hyphenation-ladder-count", "no-limit");
  kp_odt_end (odt);
  text_properties (odt, 0, TRUE, FALSE, KP_PUB_ACCENT_DARK);
  kp_odt_end (odt);

  for (int level = 1; level <= 4; level++)
    {
      g_autofree char *name = g_strdup_printf ("Heading_20_%d", level);
      g_autofree char *display = g_strdup_printf ("%s %d", odt->words->style_heading, level);

      start_style (odt, name, display, "paragraph", "Heading");
      kp_odt_attr (odt, "style:next-style-name", "Text_20_body");
      kp_odt_attr_int (odt, "style:default-outline-level", level);
      kp_odt_attr (odt, "style:class", "text");
      kp_odt_start (odt, "style:paragraph-properties");
      kp_odt_attr_length (odt, "fo:margin-top", heading_above[level]);
      kp_odt_attr_length (odt, "fo:margin-bottom", heading_below[level]);
      kp_odt_attr (odt, "fo:keep-with-next", "always");
      if (level == 1)
        {
          if (odt->model->chapter_breaks)
            kp_odt_attr (odt, "fo:break-before", "page");
          kp_odt_attr (odt, "fo:padding-bottom", "0.1cm");
          kp_odt_attr (odt, "fo:border-bottom", "1.2pt solid #1b5e8c");
        }
      kp_odt_end (odt);
      text_properties (odt, heading_sizes[level], TRUE, level == 4,
                       level == 3 ? KP_PUB_ACCENT : level == 4 ? KP_PUB_TEXT
                                                               : G_MAXUINT32);
      kp_odt_end (odt);
    }
}

static void
write_contents_styles (KpOdt *odt)
{
  paragraph_style (odt, "Contents_20_Heading", odt->words->style_contents_heading, "Heading", 0,
                   10.5, 20.0, TRUE, FALSE, G_MAXUINT32);
  for (int level = 1; level <= 4; level++)
    {
      g_autofree char *name = g_strdup_printf ("Contents_20_%d", level);
      g_autofree char *display = g_strdup_printf ("%s %d", odt->words->style_contents, level);
      double           indent = (level - 1) * 16.0;

      start_style (odt, name, display, "paragraph", "Standard");
      kp_odt_attr (odt, "style:class", "index");
      kp_odt_start (odt, "style:paragraph-properties");
      kp_odt_attr_length (odt, "fo:margin-left", indent);
      kp_odt_attr_length (odt, "fo:margin-top", level == 1 ? 7.0 : 0);
      kp_odt_start (odt, "style:tab-stops");
      kp_odt_start (odt, "style:tab-stop");
      kp_odt_attr_length (odt, "style:position", KP_ODT_PORTRAIT_WIDTH - indent);
      kp_odt_attr (odt, "style:type", "right");
      kp_odt_attr (odt, "style:leader-style", "dotted");
      kp_odt_attr (odt, "style:leader-text", ".");
      kp_odt_end (odt);
      kp_odt_end (odt);
      kp_odt_end (odt);
      text_properties (odt, level == 1 ? 11.0 : level == 2 ? 10.5
                                                           : 10.0,
                       level == 1, FALSE,
                       level == 1 ? KP_PUB_ACCENT_DARK : G_MAXUINT32);
      kp_odt_end (odt);
    }
}

static void
write_header_footer_styles (KpOdt *odt)
{
  const struct
  {
    const char *name;
    const char *display;
    double      width;
  } styles[] = {
    { "Header", odt->words->style_header, KP_ODT_PORTRAIT_WIDTH },
    { "Footer", odt->words->style_footer, KP_ODT_PORTRAIT_WIDTH },
    { "Kp_Header_Landscape", NULL, KP_ODT_LANDSCAPE_WIDTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      start_style (odt, styles[i].name, styles[i].display, "paragraph",
                   i == 2 ? "Header" : "Standard");
      kp_odt_attr (odt, "style:class", "extra");
      kp_odt_start (odt, "style:paragraph-properties");
      if (i == 1)
        kp_odt_attr (odt, "fo:text-align", "center");
      kp_odt_start (odt, "style:tab-stops");
      kp_odt_start (odt, "style:tab-stop");
      kp_odt_attr_length (odt, "style:position", styles[i].width);
      kp_odt_attr (odt, "style:type", "right");
      kp_odt_end (odt);
      kp_odt_end (odt);
      kp_odt_end (odt);
      text_properties (odt, 9.0, FALSE, FALSE, KP_PUB_MUTED);
      kp_odt_end (odt);
    }
}

static void
write_outline (KpOdt *odt)
{
  kp_odt_start (odt, "text:outline-style");
  kp_odt_attr (odt, "style:name", "Outline");
  for (int level = 1; level <= 10; level++)
    {
      kp_odt_start (odt, "text:outline-level-style");
      kp_odt_attr_int (odt, "text:level", level);
      kp_odt_attr (odt, "style:num-format", "");
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
}

static void
write_styles (KpOdt *odt)
{
  const KpDocumentWords *words = odt->words;
  g_autofree char       *family = first_family (odt->model->font_family);

  kp_odt_start (odt, "office:font-face-decls");
  kp_odt_start (odt, "style:font-face");
  kp_odt_attr (odt, "style:name", family);
  kp_odt_attr (odt, "svg:font-family", family);
  kp_odt_attr (odt, "style:font-family-generic", "swiss");
  kp_odt_end (odt);
  kp_odt_end (odt);

  kp_odt_start (odt, "office:styles");
  kp_odt_start (odt, "style:default-style");
  kp_odt_attr (odt, "style:family", "paragraph");
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr (odt, "fo:hyphenation-ladder-count", "no-limit");
  kp_odt_attr (odt, "fo:orphans", "2");
  kp_odt_attr (odt, "fo:widows", "2");
  kp_odt_end (odt);
  kp_odt_start (odt, "style:text-properties");
  kp_odt_attr (odt, "style:font-name", family);
  kp_odt_attr (odt, "fo:font-size", "10.5pt");
  kp_odt_attr (odt, "fo:language", words->language);
  kp_odt_attr (odt, "fo:country", words->country);
  kp_odt_attr (odt, "fo:color", RGB (KP_PUB_TEXT));
  kp_odt_end (odt);
  kp_odt_end (odt);

  start_style (odt, "Standard", NULL, "paragraph", NULL);
  kp_odt_attr (odt, "style:class", "text");
  kp_odt_end (odt);
  start_style (odt, "Text_20_body", words->style_body, "paragraph", "Standard");
  kp_odt_attr (odt, "style:class", "text");
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr_length (odt, "fo:margin-top", 0);
  kp_odt_attr_length (odt, "fo:margin-bottom", 5.8);
  kp_odt_attr (odt, "fo:line-height", "142%");
  kp_odt_end (odt);
  kp_odt_end (odt);
  paragraph_style (odt, "List", words->style_list, "Text_20_body", 0, 2.0, 0, FALSE, FALSE,
                   G_MAXUINT32);
  write_headings (odt);
  /* the title page: the title a third down the page */
  paragraph_style (odt, "Title", words->style_title, "Heading", 200, 14, 29.4, TRUE, FALSE,
                   G_MAXUINT32);
  paragraph_style (odt, "Subtitle", words->style_subtitle, "Heading", 0, 200, 15.8, FALSE, FALSE,
                   G_MAXUINT32);
  /* the foot of the title page: the logos, the EU publicity text */
  paragraph_style (odt, "Kp_Logos", words->style_logos, "Standard", 24, 8, 0, FALSE, FALSE,
                   G_MAXUINT32);
  paragraph_style (odt, "Kp_Publicity", words->style_publicity, "Standard", 0, 0, 9, FALSE,
                   FALSE, KP_PUB_MUTED);
  paragraph_style (odt, "Table_20_Contents", words->style_table_contents, "Standard", 0, 0, 9.5,
                   FALSE, FALSE, G_MAXUINT32);
  paragraph_style (odt, "Table_20_Heading", words->style_table_heading, "Table_20_Contents", 0, 0,
                   0, TRUE, FALSE, KP_PUB_ACCENT_DARK);
  paragraph_style (odt, "Caption", words->style_caption, "Standard", 4.0, 4.0, 9.5, FALSE, TRUE,
                   KP_PUB_MUTED);
  start_style (odt, "Table", words->table, "paragraph", "Caption");
  kp_odt_attr (odt, "style:class", "extra");
  paragraph_properties (odt, 9.5, 3.0, TRUE);
  kp_odt_end (odt);
  start_style (odt, "Figure", words->figure, "paragraph", "Caption");
  kp_odt_attr (odt, "style:class", "extra");
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr (odt, "fo:text-align", "center");
  kp_odt_end (odt);
  kp_odt_end (odt);
  write_contents_styles (odt);
  write_header_footer_styles (odt);

  start_style (odt, "Internet_20_link", words->style_link, "text", NULL);
  text_properties (odt, 0, FALSE, FALSE, KP_PUB_LINK);
  kp_odt_end (odt);
  /* the links of the contents: text as the rest of the entry */
  start_style (odt, "Index_20_Link", words->style_index_link, "text", NULL);
  kp_odt_start (odt, "style:text-properties");
  kp_odt_attr (odt, "style:text-underline-style", "none");
  kp_odt_end (odt);
  kp_odt_end (odt);
  start_style (odt, "Strong_20_Emphasis", words->style_strong, "text", NULL);
  text_properties (odt, 0, TRUE, FALSE, G_MAXUINT32);
  kp_odt_end (odt);
  start_style (odt, "Emphasis", words->style_emphasis, "text", NULL);
  text_properties (odt, 0, FALSE, TRUE, G_MAXUINT32);
  kp_odt_end (odt);
  write_outline (odt);
  kp_odt_end (odt);
}

static void
page_layout (KpOdt      *odt,
             const char *name,
             gboolean    landscape)
{
  double width = 595.276, height = 841.89;

  kp_odt_start (odt, "style:page-layout");
  kp_odt_attr (odt, "style:name", name);
  kp_odt_start (odt, "style:page-layout-properties");
  kp_odt_attr_length (odt, "fo:page-width", landscape ? height : width);
  kp_odt_attr_length (odt, "fo:page-height", landscape ? width : height);
  kp_odt_attr (odt, "style:print-orientation", landscape ? "landscape" : "portrait");
  kp_odt_attr (odt, "fo:margin-top", "1.2cm");
  kp_odt_attr (odt, "fo:margin-bottom", "1.2cm");
  kp_odt_attr (odt, "fo:margin-left", "2.2cm");
  kp_odt_attr (odt, "fo:margin-right", "2.2cm");
  kp_odt_end (odt);
  for (int i = 0; i < 2; i++)
    {
      kp_odt_start (odt, i == 0 ? "style:header-style" : "style:footer-style");
      kp_odt_start (odt, "style:header-footer-properties");
      kp_odt_attr (odt, "fo:min-height", "0.6cm");
      kp_odt_attr (odt, i == 0 ? "fo:margin-bottom" : "fo:margin-top", "0.5cm");
      if (i == 0)
        {
          kp_odt_attr (odt, "fo:border-bottom", "0.5pt solid #b9c8d4");
          kp_odt_attr (odt, "fo:padding-bottom", "0.1cm");
        }
      kp_odt_end (odt);
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
}

static void
master_page (KpOdt      *odt,
             const char *name,
             const char *display_name,
             const char *layout,
             const char *header_style)
{
  kp_odt_start (odt, "style:master-page");
  kp_odt_attr (odt, "style:name", name);
  if (display_name != NULL)
    kp_odt_attr (odt, "style:display-name", display_name);
  kp_odt_attr (odt, "style:page-layout-name", layout);

  kp_odt_start (odt, "style:header");
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", header_style);
  odt->space = TRUE;
  kp_odt_text (odt, odt->model->title);
  kp_odt_element (odt, "text:tab", NULL);
  kp_odt_start (odt, "text:chapter");
  kp_odt_attr (odt, "text:display", "name");
  kp_odt_attr (odt, "text:outline-level", "1");
  kp_odt_end (odt);
  kp_odt_end (odt);
  kp_odt_end (odt);

  kp_odt_start (odt, "style:footer");
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", "Footer");
  odt->space = TRUE;
  kp_odt_text (odt, odt->words->page);
  kp_odt_text (odt, " ");
  kp_odt_start (odt, "text:page-number");
  kp_odt_attr (odt, "text:select-page", "current");
  kp_odt_text (odt, "1");
  kp_odt_end (odt);
  kp_odt_text (odt, " ");
  kp_odt_text (odt, odt->words->page_of);
  kp_odt_text (odt, " ");
  kp_odt_element (odt, "text:page-count", "1");
  kp_odt_end (odt);
  kp_odt_end (odt);
  kp_odt_end (odt);
}

static void
write_document (KpOdt *odt)
{
  kp_odt_start (odt, "office:document-styles");
  kp_odt_write_namespaces (odt);
  write_styles (odt);
  kp_odt_start (odt, "office:automatic-styles");
  page_layout (odt, "Kp_Portrait", FALSE);
  page_layout (odt, "Kp_Landscape", TRUE);
  kp_odt_end (odt);
  kp_odt_start (odt, "office:master-styles");
  master_page (odt, "Standard", NULL, "Kp_Portrait", "Header");
  master_page (odt, "Landscape", odt->words->landscape, "Kp_Landscape", "Kp_Header_Landscape");
  /* the title page: no running head, no page number */
  kp_odt_start (odt, "style:master-page");
  kp_odt_attr (odt, "style:name", "Kp_Title_Page");
  kp_odt_attr (odt, "style:display-name", odt->words->title_page);
  kp_odt_attr (odt, "style:page-layout-name", "Kp_Portrait");
  kp_odt_attr (odt, "style:next-style-name", "Standard");
  kp_odt_end (odt);
  kp_odt_end (odt);
  kp_odt_end (odt);
}

/**
 * kp_odt_styles_xml:
 *
 * Returns: (transfer full): styles.xml
 */
GBytes *
kp_odt_styles_xml (KpOdt *odt)
{
  return kp_odt_xml_part (odt, write_document);
}
