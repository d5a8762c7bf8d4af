/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-text-layout-private.h"

/* Drawing the lines of a KpTextLayout, and the link attributes cairo's tags take. */

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
      if (span->link >= 0 && link < 0)
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
 * kp_text_link_rect:
 *
 * Makes the rectangle a link (cairo tag with an explicit area, so no drawing is needed
 * inside the tag). Numbers are written without the locale's decimal comma.
 */
void
kp_text_link_rect (cairo_t    *cr,
                   const char *link_attributes,
                   double      x,
                   double      y,
                   double      width,
                   double      height)
{
  char             buf[4][G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *attributes = NULL;

  if (width <= 0 || height <= 0)
    return;
  attributes = g_strdup_printf ("%s rect=[%s %s %s %s]", link_attributes,
                                g_ascii_formatd (buf[0], sizeof buf[0], "%.2f", x),
                                g_ascii_formatd (buf[1], sizeof buf[1], "%.2f", y),
                                g_ascii_formatd (buf[2], sizeof buf[2], "%.2f", width),
                                g_ascii_formatd (buf[3], sizeof buf[3], "%.2f", height));
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}
