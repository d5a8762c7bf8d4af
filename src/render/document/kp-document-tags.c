/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-writer-private.h"
#include "kp-text-layout-private.h"

/* The structure tags of a tagged PDF, on cairo 1.16's cairo_tag_begin().
 *
 * What cairo 1.16 writes: a structure tree (/StructTreeRoot, /ParentTree, /MarkInfo
 * /Marked true) of the standard structure types, nested as they are begun and ended, in
 * the order they are begun; each leaf element's content as marked content (BDC/EMC with an
 * MCID), continued on the next page when an element is open across a page break; a Link
 * element holding both its text and its link annotation (/OBJR, /StructParent).
 *
 * What it cannot write, and what Komplan does instead:
 *   - attributes of structure elements: no /Alt (a figure's alternative text), no /Lang,
 *     /ActualText, /E or table /Scope. The /Alt of each Figure and the document's /Lang
 *     are added to the finished PDF (kp-pdf-patch.c), with /DisplayDocTitle and /Tabs /S.
 *   - artifacts: content outside the tree cannot be marked /Artifact. Running heads, page
 *     numbers, crop marks and decorations are drawn outside every content element, so they
 *     are left out of the tree (readers that follow the tree skip them), though a checker
 *     of PDF/UA will count them as untagged content.
 *   - content of an element that has child elements is not marked: only leaves get an
 *     MCID. A paragraph with a link therefore holds its text in Span elements around the
 *     Link (kp-text-layout-draw.c).
 *   - content references: the tree follows the order things are drawn in, page by page;
 *     the back panel of a folded leaflet comes before the inside panels.
 *   - a tag open across cairo_show_page() would take in the next page's running head, so
 *     show_page and artifacts end the open content elements and begin them again, as new
 *     elements of the same kind, before the next content is drawn.
 *   - role maps, class maps and attribute objects: only the standard types are used. */

static const char *const tag_names[KP_N_TAGS] = {
  [KP_TAG_DOCUMENT] = "Document",
  [KP_TAG_SECT] = "Sect",
  [KP_TAG_DIV] = "Div",
  [KP_TAG_H1] = "H1",
  [KP_TAG_H2] = "H2",
  [KP_TAG_H3] = "H3",
  [KP_TAG_P] = "P",
  [KP_TAG_L] = "L",
  [KP_TAG_LI] = "LI",
  [KP_TAG_LBL] = "Lbl",
  [KP_TAG_LBODY] = "LBody",
  [KP_TAG_TOC] = "TOC",
  [KP_TAG_TOCI] = "TOCI",
  [KP_TAG_FIGURE] = "Figure",
  [KP_TAG_SPAN] = "Span",
  [KP_TAG_LINK] = "Link",
  [KP_TAG_H4] = "H4",
  [KP_TAG_TABLE] = "Table",
  [KP_TAG_TR] = "TR",
  [KP_TAG_TH] = "TH",
  [KP_TAG_TD] = "TD",
  [KP_TAG_CAPTION] = "Caption",
};

static gboolean
is_content (KpTag tag)
{
  switch (tag)
    {
    case KP_TAG_H1:
    case KP_TAG_H2:
    case KP_TAG_H3:
    case KP_TAG_P:
    case KP_TAG_LBL:
    case KP_TAG_LBODY:
    case KP_TAG_FIGURE:
    case KP_TAG_SPAN:
    case KP_TAG_LINK:
    case KP_TAG_H4:
    case KP_TAG_TH:
    case KP_TAG_TD:
    case KP_TAG_CAPTION:
      return TRUE;
    case KP_TAG_DOCUMENT:
    case KP_TAG_SECT:
    case KP_TAG_DIV:
    case KP_TAG_L:
    case KP_TAG_LI:
    case KP_TAG_TOC:
    case KP_TAG_TOCI:
    case KP_TAG_TABLE:
    case KP_TAG_TR:
    case KP_N_TAGS:
    default:
      return FALSE;
    }
}

void
kp_document_writer_init_tags (KpDocumentWriter *writer)
{
  writer->open = g_array_new (FALSE, FALSE, sizeof (KpTag));
  writer->suspended = g_array_new (FALSE, FALSE, sizeof (KpTag));
  writer->figure_alts = g_ptr_array_new_with_free_func (g_free);
}

void
kp_document_writer_clear_tags (KpDocumentWriter *writer)
{
  g_clear_pointer (&writer->open, g_array_unref);
  g_clear_pointer (&writer->suspended, g_array_unref);
  g_clear_pointer (&writer->figure_alts, g_ptr_array_unref);
  g_clear_pointer (&writer->language, g_free);
}

static KpTag
top (GArray *tags)
{
  return g_array_index (tags, KpTag, tags->len - 1);
}

static void
flush (KpDocumentWriter *writer)
{
  if (writer->text != NULL)
    kp_text_cache_flush (writer->text);
}

static void
resume (KpDocumentWriter *writer)
{
  if (writer->artifact > 0)
    return;
  for (guint i = 0; i < writer->suspended->len; i++)
    {
      KpTag tag = g_array_index (writer->suspended, KpTag, i);

      cairo_tag_begin (writer->cr, tag_names[tag], NULL);
      g_array_append_val (writer->open, tag);
    }
  g_array_set_size (writer->suspended, 0);
}

void
kp_document_writer_before_text (KpDocumentWriter *writer)
{
  if (writer->tagged && writer->cr != NULL)
    resume (writer);
}

static void
push (KpDocumentWriter *writer,
      KpTag             tag,
      const char       *attributes)
{
  flush (writer);
  resume (writer);
  g_array_append_val (writer->open, tag);
  cairo_tag_begin (writer->cr, tag_names[tag], attributes);
}

/**
 * kp_document_writer_set_tagged:
 * @language: (nullable): the language of the document's text, "cs"
 *
 * Makes the PDF tagged: a Document element holds whatever is begun from now on.
 */
void
kp_document_writer_set_tagged (KpDocumentWriter *writer,
                               const char       *language)
{
  if (writer == NULL)
    return;
  g_return_if_fail (!writer->tagged);
  writer->tagged = TRUE;
  writer->language = g_strdup (language);
  push (writer, KP_TAG_DOCUMENT, NULL);
}

gboolean
kp_document_writer_is_tagged (KpDocumentWriter *writer)
{
  return writer != NULL && writer->tagged;
}

/**
 * kp_document_writer_begin:
 *
 * Begins a structure element, a child of the innermost one open. The text queued so far is
 * drawn first, in the element it belongs to.
 */
void
kp_document_writer_begin (KpDocumentWriter *writer,
                          KpTag             tag)
{
  if (!kp_document_writer_is_tagged (writer))
    return;
  g_return_if_fail (tag < KP_N_TAGS && tag != KP_TAG_DOCUMENT && tag != KP_TAG_LINK);
  push (writer, tag, NULL);
}

void
kp_document_writer_end (KpDocumentWriter *writer,
                        KpTag             tag)
{
  if (!kp_document_writer_is_tagged (writer))
    return;
  flush (writer);
  /* ended at a page break and nothing drawn in it since: it is not begun again */
  if (writer->suspended->len > 0)
    {
      g_return_if_fail (top (writer->suspended) == tag);
      g_array_set_size (writer->suspended, writer->suspended->len - 1);
      return;
    }
  g_return_if_fail (writer->open->len > 1 && top (writer->open) == tag);
  g_array_set_size (writer->open, writer->open->len - 1);
  cairo_tag_end (writer->cr, tag_names[tag]);
}

/**
 * kp_document_writer_begin_figure:
 * @alt: (nullable): what the figure shows, for those who cannot see it
 *
 * Begins a Figure element; end it with kp_document_writer_end (writer, KP_TAG_FIGURE).
 */
void
kp_document_writer_begin_figure (KpDocumentWriter *writer,
                                 const char       *alt)
{
  if (!kp_document_writer_is_tagged (writer))
    return;
  push (writer, KP_TAG_FIGURE, NULL);
  g_ptr_array_add (writer->figure_alts, g_strdup (alt));
}

/**
 * kp_document_writer_begin_link:
 * @link_attributes: kp_text_link_uri() or kp_text_link_dest()
 *
 * Makes the rectangle a link. In a tagged PDF the link is a Link element that holds what is
 * drawn until kp_document_writer_end_link().
 */
void
kp_document_writer_begin_link (KpDocumentWriter *writer,
                               const char       *link_attributes,
                               double            x,
                               double            y,
                               double            width,
                               double            height)
{
  g_autofree char *attributes = NULL;

  if (writer == NULL)
    return;
  g_return_if_fail (link_attributes != NULL);
  if (!writer->tagged)
    {
      kp_text_link_rect (writer->cr, link_attributes, x, y, width, height);
      return;
    }
  attributes = kp_text_link_attributes (writer->cr, link_attributes, x, y, width, height);
  push (writer, KP_TAG_LINK, attributes);
}

void
kp_document_writer_end_link (KpDocumentWriter *writer)
{
  if (!kp_document_writer_is_tagged (writer))
    return;
  flush (writer);
  g_return_if_fail (writer->suspended->len == 0 && top (writer->open) == KP_TAG_LINK);
  g_array_set_size (writer->open, writer->open->len - 1);
  cairo_tag_end (writer->cr, tag_names[KP_TAG_LINK]);
}

/**
 * kp_document_writer_begin_artifact:
 *
 * What is drawn until kp_document_writer_end_artifact() is no part of the text (a running
 * head, a page number, a continuation line): it is kept out of every content element, and
 * so out of the structure tree.
 */
void
kp_document_writer_begin_artifact (KpDocumentWriter *writer)
{
  guint first;

  if (!kp_document_writer_is_tagged (writer))
    return;
  flush (writer);
  if (writer->artifact++ > 0)
    return;
  first = writer->open->len;
  while (first > 1 && is_content (g_array_index (writer->open, KpTag, first - 1)))
    first--;
  for (guint i = writer->open->len; i > first; i--)
    cairo_tag_end (writer->cr, tag_names[g_array_index (writer->open, KpTag, i - 1)]);
  for (guint i = first; i < writer->open->len; i++)
    {
      KpTag tag = g_array_index (writer->open, KpTag, i);

      /* a link is never begun again: its rectangle was on the page that ended */
      if (tag != KP_TAG_LINK)
        g_array_append_val (writer->suspended, tag);
    }
  g_array_set_size (writer->open, first);
}

void
kp_document_writer_end_artifact (KpDocumentWriter *writer)
{
  if (!kp_document_writer_is_tagged (writer))
    return;
  g_return_if_fail (writer->artifact > 0);
  flush (writer);
  writer->artifact--;
}

void
kp_document_writer_end_all (KpDocumentWriter *writer)
{
  if (!writer->tagged)
    return;
  flush (writer);
  g_array_set_size (writer->suspended, 0);
  for (guint i = writer->open->len; i > 0; i--)
    cairo_tag_end (writer->cr, tag_names[g_array_index (writer->open, KpTag, i - 1)]);
  g_array_set_size (writer->open, 0);
}

void
kp_document_writer_fill_patch (KpDocumentWriter *writer,
                               KpPdfPatch       *patch)
{
  if (!writer->tagged)
    return;
  patch->tagged = TRUE;
  patch->language = writer->language;
  patch->figure_alts = writer->figure_alts;
}
