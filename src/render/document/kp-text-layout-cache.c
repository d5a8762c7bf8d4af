/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-document-writer-private.h"
#include "kp-text-layout-private.h"

#include <string.h>

/* Fonts and shaped words of one document (see kp-text-layout.h). Fonts come from Pango's
 * per-thread cairo font map at 72 dpi with unhinted metrics, so the widths are the PDF's.
 * A word is shaped with the style's font; when that font lacks a character (glyph 0), the
 * word is shaped again in pieces, each with the font Pango's fontset picks for it. */

#define MAX_FONTS 250 /* a cluster stores its font in 8 bits */

static guint
word_hash (const char *text,
           guint       len)
{
  guint32 h = 2166136261u;

  for (guint i = 0; i < len; i++)
    h = (h ^ (guchar) text[i]) * 16777619u;
  return h;
}

static guint
shaped_word_hash (gconstpointer key)
{
  return ((const KpShapedWord *) key)->hash;
}

static gboolean
shaped_word_equal (gconstpointer a,
                   gconstpointer b)
{
  const KpShapedWord *wa = a, *wb = b;

  return wa->len == wb->len && memcmp (wa->text, wb->text, wa->len) == 0;
}

static void
text_font_free (gpointer data)
{
  KpTextFont *font = data;

  g_clear_pointer (&font->words, g_hash_table_unref);
  g_clear_object (&font->fontset);
  g_clear_object (&font->font);
  g_free (font);
}

static guint
add_font (KpTextCache  *cache,
          PangoFont    *pango_font,
          PangoFontset *fontset)
{
  KpTextFont           *font = g_new0 (KpTextFont, 1);
  PangoFontMetrics     *metrics = pango_font_get_metrics (pango_font, NULL);
  PangoFontDescription *desc = pango_font_describe (pango_font);
  double                size = (double) pango_font_description_get_size (desc) / PANGO_SCALE;
  int                   x_scale = 0;

  font->font = g_object_ref (pango_font);
  font->hb = pango_font_get_hb_font (pango_font);
  font->scaled = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (pango_font));
  hb_font_get_scale (font->hb, &x_scale, NULL);
  font->to_points = x_scale > 0 ? size / x_scale : 1.0 / PANGO_SCALE;
  font->ascent = (double) pango_font_metrics_get_ascent (metrics) / PANGO_SCALE;
  font->descent = (double) pango_font_metrics_get_descent (metrics) / PANGO_SCALE;
  if (fontset != NULL)
    {
      font->fontset = g_object_ref (fontset);
      font->words = g_hash_table_new_full (shaped_word_hash, shaped_word_equal, NULL, g_free);
    }
  pango_font_metrics_unref (metrics);
  pango_font_description_free (desc);
  g_ptr_array_add (cache->fonts, font);
  if (fontset != NULL)
    font->space = kp_text_cache_shape (cache, cache->fonts->len - 1, " ", 1);
  return cache->fonts->len - 1;
}

static guint
find_fallback_font (KpTextCache *cache,
                    PangoFont   *pango_font)
{
  for (guint i = 0; i < cache->fonts->len; i++)
    if (kp_text_cache_get_font (cache, i)->font == pango_font)
      return i;
  if (cache->fonts->len >= MAX_FONTS)
    return G_MAXUINT;
  return add_font (cache, pango_font, NULL);
}

/* No ligatures: a ligature's glyph stands for two characters, which cairo writes as an
 * /ActualText span inside the marked content of a tagged PDF, and readers of the structure
 * (Poppler 22.12 among them) lose the element's other text there. In a sans-serif face
 * "fi" drawn as two glyphs looks the same. */
static const hb_feature_t no_ligatures[] = {
  { HB_TAG ('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END },
  { HB_TAG ('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END },
};

/* Appends the glyphs HarfBuzz made of text[start, end) to the scratch arrays. */
static double
append_shaped (KpTextCache *cache,
               guint        font_index,
               const char  *text,
               guint        len,
               guint        start,
               guint        end,
               double       pen)
{
  KpTextFont          *font = kp_text_cache_get_font (cache, font_index);
  hb_glyph_info_t     *info;
  hb_glyph_position_t *pos;
  unsigned int         n = 0;

  hb_buffer_clear_contents (cache->buffer);
  hb_buffer_add_utf8 (cache->buffer, text, len, start, end - start);
  hb_buffer_set_direction (cache->buffer, HB_DIRECTION_LTR);
  hb_buffer_set_language (cache->buffer, cache->language);
  hb_buffer_guess_segment_properties (cache->buffer);
  hb_shape (font->hb, cache->buffer, no_ligatures, G_N_ELEMENTS (no_ligatures));
  info = hb_buffer_get_glyph_infos (cache->buffer, &n);
  pos = hb_buffer_get_glyph_positions (cache->buffer, NULL);

  for (unsigned int i = 0; i < n;)
    {
      unsigned int   j = i;
      unsigned int   next;
      KpGlyphCluster cluster = { 0 };

      while (j < n && info[j].cluster == info[i].cluster && j - i < 255)
        j++;
      next = j < n ? info[j].cluster : end;
      cluster.n_bytes = next > info[i].cluster ? next - info[i].cluster : 0;
      cluster.n_glyphs = j - i;
      cluster.font = font_index;
      g_array_append_val (cache->scratch_clusters, cluster);
      for (; i < j; i++)
        {
          KpGlyph glyph;

          glyph.index = info[i].codepoint;
          glyph.x = pen + pos[i].x_offset * font->to_points;
          glyph.y = -pos[i].y_offset * font->to_points;
          g_array_append_val (cache->scratch_glyphs, glyph);
          pen += pos[i].x_advance * font->to_points;
        }
    }
  return pen;
}

static gboolean
scratch_has_notdef (KpTextCache *cache)
{
  for (guint i = 0; i < cache->scratch_glyphs->len; i++)
    if (g_array_index (cache->scratch_glyphs, KpGlyph, i).index == 0)
      return TRUE;
  return FALSE;
}

/* Shapes the word again in runs of characters that share a font of the fontset. */
static double
shape_with_fallback (KpTextCache *cache,
                     guint        font_index,
                     const char  *text,
                     guint        len)
{
  KpTextFont *font = kp_text_cache_get_font (cache, font_index);
  const char *p = text;
  const char *end = text + len;
  const char *run_start = text;
  guint       run_font = G_MAXUINT;
  double      pen = 0;

  g_array_set_size (cache->scratch_glyphs, 0);
  g_array_set_size (cache->scratch_clusters, 0);
  while (p < end)
    {
      gunichar   c = g_utf8_get_char (p);
      PangoFont *pf = pango_fontset_get_font (font->fontset, c);
      guint      f = pf != NULL ? find_fallback_font (cache, pf) : font_index;

      if (f == G_MAXUINT)
        f = font_index;
      g_clear_object (&pf);
      if (run_font != G_MAXUINT && f != run_font)
        {
          pen = append_shaped (cache, run_font, text, len, run_start - text, p - text, pen);
          run_start = p;
        }
      run_font = f;
      p = g_utf8_next_char (p);
    }
  if (run_font != G_MAXUINT)
    pen = append_shaped (cache, run_font, text, len, run_start - text, len, pen);
  return pen;
}

/* cairo needs clusters that cover the text exactly; a font that reorders or merges in an
 * unexpected way gets one cluster per glyph, the last one carrying all the text. */
static void
check_clusters (KpTextCache *cache,
                guint        len)
{
  guint  bytes = 0, glyphs = 0;
  guint8 font;

  for (guint i = 0; i < cache->scratch_clusters->len; i++)
    {
      bytes += g_array_index (cache->scratch_clusters, KpGlyphCluster, i).n_bytes;
      glyphs += g_array_index (cache->scratch_clusters, KpGlyphCluster, i).n_glyphs;
    }
  if (bytes == len && glyphs == cache->scratch_glyphs->len)
    return;
  font = cache->scratch_clusters->len > 0
             ? g_array_index (cache->scratch_clusters, KpGlyphCluster, 0).font
             : 0;
  g_array_set_size (cache->scratch_clusters, cache->scratch_glyphs->len);
  for (guint i = 0; i < cache->scratch_glyphs->len; i++)
    {
      KpGlyphCluster *c = &g_array_index (cache->scratch_clusters, KpGlyphCluster, i);

      c->n_bytes = i + 1 == cache->scratch_glyphs->len ? len : 0;
      c->n_glyphs = 1;
      c->font = font;
    }
}

const KpShapedWord *
kp_text_cache_shape (KpTextCache *cache,
                     guint        font_index,
                     const char  *text,
                     guint        len)
{
  KpTextFont   *font = kp_text_cache_get_font (cache, font_index);
  KpShapedWord  key = { 0 };
  KpShapedWord *word;
  double        width;
  gsize         glyphs_size, clusters_size;
  char         *block;

  key.text = text;
  key.len = len;
  key.hash = word_hash (text, len);
  word = g_hash_table_lookup (font->words, &key);
  if (word != NULL)
    return word;

  g_array_set_size (cache->scratch_glyphs, 0);
  g_array_set_size (cache->scratch_clusters, 0);
  width = append_shaped (cache, font_index, text, len, 0, len, 0);
  if (scratch_has_notdef (cache))
    width = shape_with_fallback (cache, font_index, text, len);

  check_clusters (cache, len);
  glyphs_size = cache->scratch_glyphs->len * sizeof (KpGlyph);
  clusters_size = cache->scratch_clusters->len * sizeof (KpGlyphCluster);
  block = g_malloc (sizeof (KpShapedWord) + glyphs_size + clusters_size + len + 1);
  word = (KpShapedWord *) block;
  word->glyphs = (KpGlyph *) (block + sizeof (KpShapedWord));
  word->clusters = (KpGlyphCluster *) (block + sizeof (KpShapedWord) + glyphs_size);
  memcpy (word->glyphs, cache->scratch_glyphs->data, glyphs_size);
  memcpy (word->clusters, cache->scratch_clusters->data, clusters_size);
  memcpy (block + sizeof (KpShapedWord) + glyphs_size + clusters_size, text, len);
  block[sizeof (KpShapedWord) + glyphs_size + clusters_size + len] = '\0';
  word->text = block + sizeof (KpShapedWord) + glyphs_size + clusters_size;
  word->len = len;
  word->hash = key.hash;
  word->width = width;
  word->n_glyphs = cache->scratch_glyphs->len;
  word->n_clusters = cache->scratch_clusters->len;
  word->one_font = TRUE;
  for (guint i = 1; i < word->n_clusters; i++)
    word->one_font &= word->clusters[i].font == word->clusters[0].font;
  g_hash_table_add (font->words, word);
  return word;
}

static void
batch_free (gpointer data)
{
  KpTextBatch *batch = data;

  g_array_unref (batch->glyphs);
  g_array_unref (batch->clusters);
  g_string_free (batch->utf8, TRUE);
  g_free (batch);
}

/**
 * kp_text_cache_get_batch:
 *
 * Returns: (transfer none): where text in @font and @rgb waits to be drawn on @cr
 */
KpTextBatch *
kp_text_cache_get_batch (KpTextCache *cache,
                         cairo_t     *cr,
                         guint        font,
                         guint32      rgb)
{
  KpTextBatch *batch;

  if (cache->batch_cr != cr)
    {
      kp_text_cache_flush (cache);
      cache->batch_cr = cr;
    }
  for (guint i = 0;; i++)
    {
      if (i == cache->batches->len)
        {
          batch = g_new0 (KpTextBatch, 1);
          batch->font = font;
          batch->rgb = rgb;
          batch->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
          batch->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
          batch->utf8 = g_string_new (NULL);
          g_ptr_array_add (cache->batches, batch);
          break;
        }
      batch = g_ptr_array_index (cache->batches, i);
      if (batch->font == font && batch->rgb == rgb)
        break;
    }
  /* text in a tagged PDF goes in the order it is read */
  if (batch != cache->last_batch && kp_document_writer_is_tagged (cache->writer))
    kp_text_cache_flush (cache);
  cache->last_batch = batch;
  return batch;
}

void
kp_text_cache_set_writer (KpTextCache              *cache,
                          struct _KpDocumentWriter *writer)
{
  g_return_if_fail (cache != NULL);
  cache->writer = writer;
  cache->last_batch = NULL;
}

/**
 * kp_text_cache_flush:
 *
 * Draws the text the layouts have queued. Text is queued per font and colour, so a page
 * of catalogue takes a few cairo_show_text_glyphs() calls instead of hundreds (each costs
 * cairo a recording and two replays). Call it before cairo_show_page(), before drawing
 * anything that must cover text, and before the cairo context goes away.
 */
void
kp_text_cache_flush (KpTextCache *cache)
{
  g_return_if_fail (cache != NULL);

  for (guint i = 0; i < cache->batches->len; i++)
    {
      KpTextBatch *batch = g_ptr_array_index (cache->batches, i);

      if (batch->glyphs->len == 0)
        continue;
      if (cache->writer != NULL)
        kp_document_writer_before_text (cache->writer);
      cairo_set_scaled_font (cache->batch_cr, kp_text_cache_get_font (cache, batch->font)->scaled);
      kp_text_cache_set_rgb (cache->batch_cr, batch->rgb);
      cairo_show_text_glyphs (cache->batch_cr, batch->utf8->str, batch->utf8->len,
                              (cairo_glyph_t *) batch->glyphs->data, batch->glyphs->len,
                              (cairo_text_cluster_t *) batch->clusters->data,
                              batch->clusters->len, 0);
      g_array_set_size (batch->glyphs, 0);
      g_array_set_size (batch->clusters, 0);
      g_string_truncate (batch->utf8, 0);
    }
}

/**
 * kp_text_cache_new:
 * @family: a Pango family list, e.g. "Noto Sans, DejaVu Sans, Sans"
 *
 * Returns: (transfer full): a cache for one document, used from the calling thread only
 */
KpTextCache *
kp_text_cache_new (const char *family)
{
  KpTextCache          *cache = g_new0 (KpTextCache, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  cache->family = g_strdup (family != NULL ? family : "Noto Sans, DejaVu Sans, Sans");
  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (cache->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (cache->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (cache->context, FALSE);
  pango_context_set_language (cache->context, pango_language_from_string ("cs"));
  cache->fonts = g_ptr_array_new_with_free_func (text_font_free);
  cache->styles = g_array_new (FALSE, FALSE, sizeof (KpTextStyle));
  cache->buffer = hb_buffer_create ();
  cache->language = hb_language_from_string ("cs", -1);
  cache->scratch_glyphs = g_array_new (FALSE, FALSE, sizeof (KpGlyph));
  cache->scratch_clusters = g_array_new (FALSE, FALSE, sizeof (KpGlyphCluster));
  cache->batches = g_ptr_array_new_with_free_func (batch_free);
  return cache;
}

void
kp_text_cache_free (KpTextCache *cache)
{
  if (cache == NULL)
    return;
  g_ptr_array_unref (cache->fonts);
  g_array_unref (cache->styles);
  g_array_unref (cache->scratch_glyphs);
  g_array_unref (cache->scratch_clusters);
  g_ptr_array_unref (cache->batches);
  hb_buffer_destroy (cache->buffer);
  g_object_unref (cache->context);
  g_free (cache->family);
  g_free (cache);
}

static guint
load_font (KpTextCache *cache,
           double       size,
           KpTextWeight weight)
{
  PangoFontDescription *desc = pango_font_description_from_string (cache->family);
  PangoFont            *font;
  PangoFontset         *fontset;
  guint                 index;

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (desc, weight & KP_TEXT_BOLD ? PANGO_WEIGHT_BOLD
                                                                 : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (desc, weight & KP_TEXT_ITALIC ? PANGO_STYLE_ITALIC
                                                                  : PANGO_STYLE_NORMAL);
  font = pango_context_load_font (cache->context, desc);
  fontset = pango_context_load_fontset (cache->context, desc, NULL);
  g_assert (font != NULL && fontset != NULL); /* fontconfig always offers some font */
  index = add_font (cache, font, fontset);
  g_object_unref (font);
  g_object_unref (fontset);
  pango_font_description_free (desc);
  return index;
}

/**
 * kp_text_cache_add_style:
 * @size: font size in points
 * @rgb: colour, 0xRRGGBB
 * @line_spacing: line height as a multiple of @size
 *
 * Returns: the style's id for kp_text_layout_append()
 */
guint
kp_text_cache_add_style (KpTextCache *cache,
                         double       size,
                         KpTextWeight weight,
                         guint32      rgb,
                         double       line_spacing)
{
  KpTextStyle style = { 0 };
  KpTextFont *font;

  g_return_val_if_fail (cache != NULL, 0);
  g_return_val_if_fail (size > 0, 0);

  style.font = G_MAXUINT;
  style.size_key = (int) (size * PANGO_SCALE + 0.5);
  style.weight = weight;
  for (guint i = 0; i < cache->styles->len; i++)
    {
      const KpTextStyle *other = kp_text_cache_get_style (cache, i);

      if (other->size_key == style.size_key && other->weight == weight)
        {
          style.font = other->font;
          break;
        }
    }
  if (style.font == G_MAXUINT)
    style.font = load_font (cache, size, weight);
  font = kp_text_cache_get_font (cache, style.font);
  style.rgb = rgb;
  style.line_height = size * line_spacing;
  style.ascent = font->ascent;
  style.descent = font->descent;
  g_array_append_val (cache->styles, style);
  return cache->styles->len - 1;
}

double
kp_text_cache_get_line_height (KpTextCache *cache,
                               guint        style)
{
  g_return_val_if_fail (cache != NULL && style < cache->styles->len, 0);
  return kp_text_cache_get_style (cache, style)->line_height;
}

/**
 * kp_text_cache_measure:
 *
 * Returns: the width of @text set on one line, in points
 */
double
kp_text_cache_measure (KpTextCache *cache,
                       guint        style,
                       const char  *text)
{
  g_autoptr (KpTextLayout) layout = kp_text_layout_new (cache);

  kp_text_layout_reset (layout, G_MAXFLOAT);
  kp_text_layout_append (layout, style, text);
  return kp_text_layout_get_n_lines (layout) > 0 ? kp_text_layout_get_line_width (layout, 0) : 0;
}

void
kp_text_cache_set_rgb (cairo_t *cr,
                       guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}
