/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"
#include "kp-odt-private.h"

/* content.xml: the title page and the blocks in order, with the automatic styles they
 * need. Pages are turned as in the PDF: after the title page and a page break, before the
 * contents and (by its style) before a chapter, and around the landscape pages of a wide
 * table, which the first block of those pages asks for with its style's master page. */

#define PROGRESS_STEP 64

/* The named paragraph style block @b is written in (its first paragraph's). */
static const char *
block_parent (KpOdt *odt,
              guint  b)
{
  static const char *const headings[5] = { "Heading_20_1", "Heading_20_1", "Heading_20_2",
                                           "Heading_20_3", "Heading_20_4" };
  const KpDocBlock        *block = g_ptr_array_index (odt->model->blocks, b);

  switch (block->kind)
    {
    case KP_DOC_BLOCK_HEADING:
      return headings[CLAMP (block->level, 1, 4)];
    case KP_DOC_BLOCK_LIST:
      return "List";
    case KP_DOC_BLOCK_TABLE:
      return block->table->caption != NULL ? "Table" : NULL;
    case KP_DOC_BLOCK_FIGURE:
      return "Kp_Figure";
    case KP_DOC_BLOCK_CONTENTS:
      return "Contents_20_Heading";
    case KP_DOC_BLOCK_PARAGRAPH:
      return "Text_20_body";
    case KP_DOC_BLOCK_PAGE_BREAK:
    default:
      return NULL;
    }
}

char *
kp_odt_block_style (KpOdt      *odt,
                    guint       b,
                    const char *parent)
{
  if (odt->flags[b] == 0)
    return g_strdup (parent);
  return g_strdup_printf ("Kp_P%u", b);
}

/* Which blocks start a page, and which start or end the landscape pages (as the PDF). */
static void
find_page_turns (KpOdt *odt)
{
  GPtrArray *blocks = odt->model->blocks;
  /* the page style in force: 0 standard, 1 landscape; after the title page, its own page
   * style (-1, without running heads), which the first block changes */
  int      style = odt->model->title_page ? -1 : 0;
  gboolean turn = FALSE;

  kp_doc_model_find_landscape (odt->model, odt->wide);
  for (guint b = 0; b < blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (blocks, b);

      if (block->kind == KP_DOC_BLOCK_PAGE_BREAK)
        {
          turn = TRUE;
          continue;
        }
      if (block->kind == KP_DOC_BLOCK_CONTENTS && b > 0)
        turn = TRUE;
      if ((int) odt->wide[b] != style)
        odt->flags[b] |= odt->wide[b] ? KP_ODT_LANDSCAPE : KP_ODT_PORTRAIT;
      else if (turn)
        odt->flags[b] |= KP_ODT_BREAK_BEFORE;
      style = odt->wide[b];
      turn = FALSE;
    }
}

static void
text_style (KpOdt      *odt,
            const char *name,
            gboolean    bold,
            gboolean    italic)
{
  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", name);
  kp_odt_attr (odt, "style:family", "text");
  kp_odt_start (odt, "style:text-properties");
  if (bold)
    kp_odt_attr (odt, "fo:font-weight", "bold");
  if (italic)
    kp_odt_attr (odt, "fo:font-style", "italic");
  kp_odt_end (odt);
  kp_odt_end (odt);
}

static void
write_automatic_styles (KpOdt *odt)
{
  kp_odt_start (odt, "office:automatic-styles");
  text_style (odt, "Kp_B", TRUE, FALSE);
  text_style (odt, "Kp_I", FALSE, TRUE);
  text_style (odt, "Kp_BI", TRUE, TRUE);

  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", "Kp_Title");
  kp_odt_attr (odt, "style:family", "paragraph");
  kp_odt_attr (odt, "style:parent-style-name", "Title");
  kp_odt_attr (odt, "style:master-page-name", "Kp_Title_Page");
  kp_odt_end (odt);

  kp_odt_start (odt, "style:style");
  kp_odt_attr (odt, "style:name", "Kp_Figure");
  kp_odt_attr (odt, "style:family", "paragraph");
  kp_odt_attr (odt, "style:parent-style-name", "Standard");
  kp_odt_start (odt, "style:paragraph-properties");
  kp_odt_attr (odt, "fo:text-align", "center");
  kp_odt_attr (odt, "fo:margin-top", "0.35cm");
  kp_odt_attr (odt, "fo:keep-with-next", "always");
  kp_odt_end (odt);
  kp_odt_end (odt);

  /* a block that turns the page */
  for (guint b = 0; b < odt->model->blocks->len; b++)
    {
      const char      *parent = block_parent (odt, b);
      g_autofree char *name = NULL;

      if (odt->flags[b] == 0 || parent == NULL)
        continue;
      name = kp_odt_block_style (odt, b, parent);
      kp_odt_start (odt, "style:style");
      kp_odt_attr (odt, "style:name", name);
      kp_odt_attr (odt, "style:family", "paragraph");
      kp_odt_attr (odt, "style:parent-style-name", parent);
      if (odt->flags[b] & (KP_ODT_LANDSCAPE | KP_ODT_PORTRAIT))
        kp_odt_attr (odt, "style:master-page-name",
                     odt->flags[b] & KP_ODT_LANDSCAPE ? "Landscape" : "Standard");
      else
        {
          kp_odt_start (odt, "style:paragraph-properties");
          kp_odt_attr (odt, "fo:break-before", "page");
          kp_odt_end (odt);
        }
      kp_odt_end (odt);
    }
  kp_odt_automatic_block_styles (odt);
  kp_odt_end (odt);
}

/**
 * kp_odt_spans:
 *
 * The spans of a paragraph in the element open: bold and italic as text styles, links to
 * the web and to anchors of the document as text:a; a link to an anchor the document
 * lacks is plain text.
 */
void
kp_odt_spans (KpOdt                *odt,
              const KpDocParagraph *paragraph)
{
  static const char *const styles[4] = { NULL, "Kp_B", "Kp_I", "Kp_BI" };

  odt->space = TRUE;
  for (guint i = 0; paragraph != NULL && i < paragraph->spans->len; i++)
    {
      const KpDocSpan *span = &g_array_index (paragraph->spans, KpDocSpan, i);
      const char      *style = styles[span->flags & 3];
      g_autofree char *href = NULL;

      if (span->uri != NULL)
        href = g_strdup (span->uri);
      else if (span->anchor != NULL && g_hash_table_contains (odt->model->anchors, span->anchor))
        href = g_strconcat ("#", span->anchor, NULL);
      if (href != NULL)
        {
          kp_odt_start (odt, "text:a");
          kp_odt_attr (odt, "xlink:type", "simple");
          kp_odt_attr (odt, "xlink:href", href);
          kp_odt_attr (odt, "text:style-name", "Internet_20_link");
        }
      if (style != NULL)
        {
          kp_odt_start (odt, "text:span");
          kp_odt_attr (odt, "text:style-name", style);
        }
      kp_odt_text (odt, span->text);
      if (style != NULL)
        kp_odt_end (odt);
      if (href != NULL)
        kp_odt_end (odt);
    }
}

/**
 * kp_odt_paragraph:
 *
 * A text:p of @style with the spans of @paragraph.
 */
void
kp_odt_paragraph (KpOdt                *odt,
                  const char           *style,
                  const KpDocParagraph *paragraph)
{
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", style);
  kp_odt_spans (odt, paragraph);
  kp_odt_end (odt);
}

static void
plain_paragraph (KpOdt      *odt,
                 const char *style,
                 const char *text)
{
  kp_odt_start (odt, "text:p");
  kp_odt_attr (odt, "text:style-name", style);
  odt->space = TRUE;
  kp_odt_text (odt, text);
  kp_odt_end (odt);
}

static void
write_title_page (KpOdt *odt)
{
  const KpDocModel *model = odt->model;
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *date = NULL;

  if (!model->title_page)
    return;
  plain_paragraph (odt, "Kp_Title", model->title);
  if (model->subtitle != NULL)
    plain_paragraph (odt, "Subtitle", model->subtitle);
  if (model->author != NULL)
    plain_paragraph (odt, "Text_20_body", model->author);
  if (model->date == NULL)
    now = g_date_time_new_now_local ();
  date = kp_czech_format_date_dt (model->date != NULL ? model->date : now);
  plain_paragraph (odt, "Text_20_body", date);
  kp_odt_logos (odt);
  if (model->publicity != NULL)
    plain_paragraph (odt, "Kp_Publicity", model->publicity);
}

static void
write_heading (KpOdt            *odt,
               guint             b,
               const KpDocBlock *block)
{
  g_autofree char *style = kp_odt_block_style (odt, b, block_parent (odt, b));

  kp_odt_start (odt, "text:h");
  kp_odt_attr (odt, "text:style-name", style);
  kp_odt_attr_int (odt, "text:outline-level", block->level);
  kp_odt_start (odt, "text:bookmark");
  kp_odt_attr (odt, "text:name", block->anchor);
  kp_odt_end (odt);
  odt->space = TRUE;
  kp_odt_text (odt, block->text);
  kp_odt_end (odt);
}

static void
write_sequence_decls (KpOdt *odt)
{
  const char *names[] = { odt->words->table, odt->words->figure };

  kp_odt_start (odt, "text:sequence-decls");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      kp_odt_start (odt, "text:sequence-decl");
      kp_odt_attr (odt, "text:display-outline-level", "0");
      kp_odt_attr (odt, "text:name", names[i]);
      kp_odt_end (odt);
    }
  kp_odt_end (odt);
}

static void
write_body (KpOdt *odt)
{
  GPtrArray *blocks = odt->model->blocks;

  kp_odt_start (odt, "office:document-content");
  kp_odt_write_namespaces (odt);
  write_automatic_styles (odt);
  kp_odt_start (odt, "office:body");
  kp_odt_start (odt, "office:text");
  write_sequence_decls (odt);
  write_title_page (odt);
  for (guint b = 0; b < blocks->len; b++)
    {
      const KpDocBlock *block = g_ptr_array_index (blocks, b);
      g_autofree char  *style = NULL;

      if (b % PROGRESS_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (odt->cancellable, &odt->error))
            break;
          if (odt->progress != NULL)
            kp_progress_set_fraction (odt->progress, 0.9 * b / blocks->len);
        }
      switch (block->kind)
        {
        case KP_DOC_BLOCK_HEADING:
          write_heading (odt, b, block);
          break;
        case KP_DOC_BLOCK_PARAGRAPH:
          style = kp_odt_block_style (odt, b, block_parent (odt, b));
          kp_odt_paragraph (odt, style, block->paragraph);
          break;
        case KP_DOC_BLOCK_LIST:
          kp_odt_list (odt, b, block->list);
          break;
        case KP_DOC_BLOCK_TABLE:
          kp_odt_table (odt, b, block->table);
          break;
        case KP_DOC_BLOCK_FIGURE:
          kp_odt_figure (odt, b, block->figure);
          break;
        case KP_DOC_BLOCK_CONTENTS:
          kp_odt_contents (odt, b, block->level);
          break;
        case KP_DOC_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  kp_odt_end (odt);
  kp_odt_end (odt);
  kp_odt_end (odt);
}

/**
 * kp_odt_content_xml:
 *
 * Returns: (transfer full) (nullable): content.xml, its pictures added to odt->pictures;
 *   %NULL when cancelled
 */
GBytes *
kp_odt_content_xml (KpOdt        *odt,
                    KpProgress   *progress,
                    GCancellable *cancellable,
                    GError      **error)
{
  GBytes *bytes;

  find_page_turns (odt);
  odt->n_tables = 0;
  odt->n_figures = 0;
  odt->progress = progress;
  odt->cancellable = cancellable;
  bytes = kp_odt_xml_part (odt, write_body);
  if (odt->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&odt->error));
      g_bytes_unref (bytes);
      return NULL;
    }
  return bytes;
}
