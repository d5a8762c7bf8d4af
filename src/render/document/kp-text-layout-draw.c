/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-writer-private.h"
#include "kp-text-layout-private.h"

#include <math.h>

/* Drawing the lines of a KpTextLayout, and the link attributes cairo's tags take. In a
 * tagged PDF a line with links is drawn as runs: each link's words in a Link element, the
 * words around them in Span elements (cairo marks the content of leaf elements only, so
 * the paragraph around them cannot hold text of its own). */

/* Queues a word's glyphs, with its text for PDF extraction, in the cache's batches. */
static void
emit_word (KpTextLayout       *layout,
           cairo_t            *cr,
           KpTextBatch       **batch,
           const KpShapedWord *w,
           guint32             rgb,
           double              pen,
           double              baseline)
{
  guint glyph = 0, byte = 0;

  if (w->one_font && w->n_clusters > 0)
    {
      guint                 first, first_cluster;
      cairo_glyph_t        *cg;
      cairo_text_cluster_t *tc;

      if (*batch == NULL || (*batch)->font != w->clusters[0].font || (*batch)->rgb != rgb)
        *batch = kp_text_cache_get_batch (layout->cache, cr, w->clusters[0].font, rgb);
      first = (*batch)->glyphs->len;
      first_cluster = (*batch)->clusters->len;
      g_array_set_size ((*batch)->glyphs, first + w->n_glyphs);
      g_array_set_size ((*batch)->clusters, first_cluster + w->n_clusters);
      cg = &g_array_index ((*batch)->glyphs, cairo_glyph_t, first);
      tc = &g_array_index ((*batch)->clusters, cairo_text_cluster_t, first_cluster);
      for (guint g = 0; g < w->n_glyphs; g++)
        {
          cg[g].index = w->glyphs[g].index;
          cg[g].x = pen + w->glyphs[g].x;
          cg[g].y = baseline + w->glyphs[g].y;
        }
      for (guint c = 0; c < w->n_clusters; c++)
        {
          tc[c].num_bytes = w->clusters[c].n_bytes;
          tc[c].num_glyphs = w->clusters[c].n_glyphs;
        }
      g_string_append_len ((*batch)->utf8, w->text, w->len);
      return;
    }

  for (guint c = 0; c < w->n_clusters; c++)
    {
      const KpGlyphCluster *cl = &w->clusters[c];
      cairo_text_cluster_t  tc = { cl->n_bytes, cl->n_glyphs };
      guint                 first;

      if (*batch == NULL || (*batch)->font != cl->font || (*batch)->rgb != rgb)
        *batch = kp_text_cache_get_batch (layout->cache, cr, cl->font, rgb);
      first = (*batch)->glyphs->len;
      g_array_set_size ((*batch)->glyphs, first + cl->n_glyphs);
      for (guint g = 0; g < cl->n_glyphs; g++, glyph++)
        {
          cairo_glyph_t *cg = &g_array_index ((*batch)->glyphs, cairo_glyph_t, first + g);

          cg->index = w->glyphs[glyph].index;
          cg->x = pen + w->glyphs[glyph].x;
          cg->y = baseline + w->glyphs[glyph].y;
        }
      g_array_append_val ((*batch)->clusters, tc);
      g_string_append_len ((*batch)->utf8, w->text + byte, cl->n_bytes);
      byte += cl->n_bytes;
    }
}

/* The width of the run of tokens from @first on the line that are in the same link. */
static double
link_width (KpTextLayout     *layout,
            const KpTextLine *line,
            guint             first)
{
  int link = g_array_index (layout->spans, KpTextSpan,
                            g_array_index (layout->tokens, KpTextToken, first).span)
                 .link;
  double width = 0;

  for (guint i = first; i < line->first + line->n; i++)
    {
      const KpTextToken *t = &g_array_index (layout->tokens, KpTextToken, i);
      const KpTextSpan  *span = &g_array_index (layout->spans, KpTextSpan, t->span);

      if (span->link != link)
        break;
      if (i > first && (t->flags & TOKEN_SPACE))
        width += kp_text_cache_get_font (layout->cache,
                                         kp_text_cache_get_style (layout->cache, span->style)->font)
                     ->space->width;
      width += t->width;
    }
  return width;
}

static gboolean
is_punctuation (const KpShapedWord *word)
{
  for (const char *p = word->text; p < word->text + word->len; p = g_utf8_next_char (p))
    if (!g_unichar_ispunct (g_utf8_get_char (p)))
      return FALSE;
  return word->len > 0;
}

typedef enum
{
  RUN_NONE,
  RUN_SPAN,
  RUN_LINK,
} RunKind;

static void
end_run (KpDocumentWriter *writer,
         RunKind           run)
{
  if (run == RUN_LINK)
    kp_document_writer_end_link (writer);
  else if (run == RUN_SPAN)
    kp_document_writer_end (writer, KP_TAG_SPAN);
}

static void
draw_line (KpTextLayout *layout,
           cairo_t      *cr,
           guint         index,
           double        x,
           double        top)
{
  const KpTextLine *line = &g_array_index (layout->lines, KpTextLine, index);
  double            width = index > 0 ? layout->width - layout->hanging : layout->width;
  KpTextBatch      *batch = NULL;
  double            pen = x + (index > 0 ? layout->hanging : 0);
  double            baseline = top + kp_text_layout_get_baseline (layout);
  int               link = -1;
  double            link_x = 0;
  KpDocumentWriter *writer = layout->cache->writer;
  gboolean          runs = layout->links->len > 0 && kp_document_writer_is_tagged (writer);
  RunKind           run = RUN_NONE;
  int               run_link = -1;

  if (layout->align == KP_TEXT_ALIGN_RIGHT)
    pen += width - line->width;
  else if (layout->align == KP_TEXT_ALIGN_CENTER)
    pen += (width - line->width) / 2;

  for (guint i = line->first; i < line->first + line->n; i++)
    {
      const KpTextToken *t = &g_array_index (layout->tokens, KpTextToken, i);
      const KpTextSpan  *span = &g_array_index (layout->spans, KpTextSpan, t->span);
      const KpTextStyle *style = kp_text_cache_get_style (layout->cache, span->style);
      double             word_x;

      if (i > line->first && (t->flags & TOKEN_SPACE))
        {
          const KpShapedWord *space = kp_text_cache_get_font (layout->cache, style->font)->space;

          emit_word (layout, cr, &batch, space, style->rgb, pen, baseline);
          pen += space->width;
        }
      word_x = pen;
      /* punctuation after a link stays in its run: an index's "12, 15–17" is two links, not
       * two links and a span for the comma */
      if (runs && (run == RUN_NONE || span->link != run_link) &&
          !(run == RUN_LINK && span->link < 0 && is_punctuation (t->word)))
        {
          end_run (writer, run);
          batch = NULL;
          run_link = span->link;
          if (span->link >= 0)
            {
              run = RUN_LINK;
              kp_document_writer_begin_link (writer, g_ptr_array_index (layout->links, span->link),
                                             word_x, top, link_width (layout, line, i),
                                             layout->line_height);
            }
          else
            {
              run = RUN_SPAN;
              kp_document_writer_begin (writer, KP_TAG_SPAN);
            }
        }
      if (!runs && span->link >= 0 && link < 0)
        {
          link = span->link;
          link_x = word_x;
        }
      emit_word (layout, cr, &batch, t->word, style->rgb, pen, baseline);
      pen += t->width;
      if (link >= 0 && (i + 1 == line->first + line->n ||
                        g_array_index (layout->tokens, KpTextToken, i + 1).span != t->span))
        {
          /* the link ends with its last word, not with the space after it */
          kp_text_link_rect (cr, g_ptr_array_index (layout->links, link), link_x, top,
                             pen - link_x, layout->line_height);
          link = -1;
        }
    }
  /* The space a line breaks at is not drawn; a tagged PDF is read as text, where the last
   * word of a line must not run into the first of the next: an invisible space ends it (and
   * the last line of a label, kp_text_layout_set_trailing_space()). */
  if (kp_document_writer_is_tagged (writer) && line->n > 0)
    {
      const KpTextToken *last = &g_array_index (layout->tokens, KpTextToken, line->first + line->n - 1);
      const KpTextSpan  *span = &g_array_index (layout->spans, KpTextSpan, last->span);
      const KpTextStyle *style = kp_text_cache_get_style (layout->cache, span->style);
      gboolean           space = layout->trailing_space;

      if (index + 1 < layout->lines->len)
        space = (g_array_index (layout->tokens, KpTextToken, line->first + line->n).flags &
                 (TOKEN_SPACE | TOKEN_NEWLINE)) != 0;
      if (space)
        emit_word (layout, cr, &batch, kp_text_cache_get_font (layout->cache, style->font)->space,
                   style->rgb, pen, baseline);
    }
  end_run (writer, run);
}

/**
 * kp_text_layout_draw_lines:
 * @y: the top of line @first
 *
 * Draws lines @first … @first + @n - 1, one line height apart.
 */
void
kp_text_layout_draw_lines (KpTextLayout *layout,
                           cairo_t      *cr,
                           double        x,
                           double        y,
                           guint         first,
                           guint         n)
{
  g_return_if_fail (layout != NULL);

  kp_text_layout_get_n_lines (layout); /* breaks the lines if needed */
  for (guint l = first; l < first + n && l < layout->lines->len; l++)
    draw_line (layout, cr, l, x, y + (l - first) * layout->line_height);
}

void
kp_text_layout_draw (KpTextLayout *layout,
                     cairo_t      *cr,
                     double        x,
                     double        y)
{
  kp_text_layout_draw_lines (layout, cr, x, y, 0, G_MAXUINT);
}

static char *
quote_attribute (const char *prefix,
                 const char *value)
{
  GString *out = g_string_new (prefix);

  g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');
  return g_string_free (out, FALSE);
}

/**
 * kp_text_link_uri:
 *
 * Returns: cairo link attributes for a web address or "mailto:" URI
 */
char *
kp_text_link_uri (const char *uri)
{
  return quote_attribute ("uri=", uri);
}

/**
 * kp_text_link_dest:
 *
 * Returns: cairo link attributes for a named destination in the same document
 */
char *
kp_text_link_dest (const char *name)
{
  return quote_attribute ("dest=", name);
}

/**
 * kp_text_link_attributes:
 *
 * Returns: @link_attributes with the rectangle, in the device space of @cr (cairo 1.16 takes
 *   it as it is, whatever the matrix), written without the locale's decimal comma
 */
char *
kp_text_link_attributes (cairo_t    *cr,
                         const char *link_attributes,
                         double      x,
                         double      y,
                         double      width,
                         double      height)
{
  char   buf[4][G_ASCII_DTOSTR_BUF_SIZE];
  double x1 = x, y1 = y, x2 = x + width, y2 = y + height;

  cairo_user_to_device (cr, &x1, &y1);
  cairo_user_to_device (cr, &x2, &y2);
  return g_strdup_printf ("%s rect=[%s %s %s %s]", link_attributes,
                          g_ascii_formatd (buf[0], sizeof buf[0], "%.2f", MIN (x1, x2)),
                          g_ascii_formatd (buf[1], sizeof buf[1], "%.2f", MIN (y1, y2)),
                          g_ascii_formatd (buf[2], sizeof buf[2], "%.2f", fabs (x2 - x1)),
                          g_ascii_formatd (buf[3], sizeof buf[3], "%.2f", fabs (y2 - y1)));
}

/**
 * kp_text_link_rect:
 *
 * Makes the rectangle a link (cairo tag with an explicit area, so no drawing is needed
 * inside the tag). In a tagged PDF use kp_document_writer_begin_link() instead, so that
 * the link holds its text.
 */
void
kp_text_link_rect (cairo_t    *cr,
                   const char *link_attributes,
                   double      x,
                   double      y,
                   double      width,
                   double      height)
{
  g_autofree char *attributes = NULL;

  if (width <= 0 || height <= 0)
    return;
  attributes = kp_text_link_attributes (cr, link_attributes, x, y, width, height);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}
