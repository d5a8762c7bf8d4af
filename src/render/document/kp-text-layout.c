/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-text-layout-private.h"
#include "kp-text-keep.h"

#include <string.h>

/* A paragraph of styled spans broken into lines (see kp-text-layout.h).
 *
 * Spans are cut into words at white space; each word is shaped once by the cache. Lines
 * break greedily at white space, never after a one-letter Czech preposition or conjunction
 * ("v Praze", "a děti" stay together, as Czech typography asks) nor inside a legal form, a
 * number or an address (kp-text-keep.c), and a word wider than a whole line (a long web
 * address) is split at a character, preferably after / . - @ _, never after the hyphen of
 * a name.
 * Lines are left-aligned, centred or right-aligned; never justified, which reads better
 * for older readers. All lines of a paragraph have the same height. */

#define MAX_TOKEN_BYTES 512

KpTextLayout *
kp_text_layout_new (KpTextCache *cache)
{
  KpTextLayout *layout = g_new0 (KpTextLayout, 1);

  g_return_val_if_fail (cache != NULL, NULL);

  layout->cache = cache;
  layout->spans = g_array_new (FALSE, FALSE, sizeof (KpTextSpan));
  layout->tokens = g_array_new (FALSE, FALSE, sizeof (KpTextToken));
  layout->lines = g_array_new (FALSE, FALSE, sizeof (KpTextLine));
  layout->links = g_ptr_array_new_with_free_func (g_free);
  kp_text_layout_reset (layout, G_MAXFLOAT);
  return layout;
}

void
kp_text_layout_free (KpTextLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->spans);
  g_array_unref (layout->tokens);
  g_array_unref (layout->lines);
  g_ptr_array_unref (layout->links);
  g_free (layout);
}

/**
 * kp_text_layout_reset:
 * @width: the width lines break at, in points
 *
 * Empties the layout for a new paragraph, keeping its memory.
 */
void
kp_text_layout_reset (KpTextLayout *layout,
                      double        width)
{
  g_return_if_fail (layout != NULL);

  layout->width = width;
  layout->hanging = 0;
  layout->align = KP_TEXT_ALIGN_LEFT;
  layout->trailing_space = FALSE;
  g_array_set_size (layout->spans, 0);
  g_array_set_size (layout->tokens, 0);
  g_array_set_size (layout->lines, 0);
  g_ptr_array_set_size (layout->links, 0);
  layout->dirty = FALSE;
  layout->pending_space = FALSE;
  layout->pending_newline = FALSE;
  layout->line_height = 0;
  layout->ascent = 0;
  layout->descent = 0;
}

/**
 * kp_text_layout_set_hanging:
 * @indent: how far lines after the first are indented, in points
 */
void
kp_text_layout_set_hanging (KpTextLayout *layout,
                            double        indent)
{
  g_return_if_fail (layout != NULL);
  layout->hanging = indent;
  layout->dirty = TRUE;
}

void
kp_text_layout_set_align (KpTextLayout *layout,
                          KpTextAlign   align)
{
  g_return_if_fail (layout != NULL);
  layout->align = align;
}

/**
 * kp_text_layout_set_trailing_space:
 *
 * In a tagged PDF, the last line ends with an invisible space: for a label drawn before its
 * value in the same element, so that the two are read as two words.
 */
void
kp_text_layout_set_trailing_space (KpTextLayout *layout,
                                   gboolean      trailing_space)
{
  g_return_if_fail (layout != NULL);
  layout->trailing_space = trailing_space;
}

static gboolean
is_one_letter_word (const KpTextToken *t)
{
  return t->word->len == 1 && strchr ("aAiIkKoOsSuUvVzZ", t->word->text[0]) != NULL;
}

static void
add_token (KpTextLayout *layout,
           guint         font,
           const char   *text,
           guint         len)
{
  KpTextToken t = { 0 };

  t.word = kp_text_cache_shape (layout->cache, font, text, len);
  t.span = layout->spans->len - 1;
  t.width = t.word->width;
  if (layout->tokens->len > 0)
    {
      const KpTextToken *prev = &g_array_index (layout->tokens, KpTextToken, layout->tokens->len - 1);

      if (layout->pending_newline)
        t.flags |= TOKEN_NEWLINE;
      else if (layout->pending_space)
        {
          t.flags |= TOKEN_SPACE;
          if ((is_one_letter_word (prev) &&
               (layout->tokens->len == 1 || (prev->flags & (TOKEN_SPACE | TOKEN_NEWLINE)))) ||
              kp_text_keeps_together (prev->word->text, prev->word->len, text, len))
            t.flags |= TOKEN_NOBREAK;
        }
    }
  layout->pending_space = FALSE;
  layout->pending_newline = FALSE;
  g_array_append_val (layout->tokens, t);
}

static void
append_span (KpTextLayout *layout,
             guint         style_id,
             const char   *text,
             int           link)
{
  const KpTextStyle *style;
  g_autofree char   *valid = NULL;
  KpTextSpan         span = { style_id, link };
  const char        *p;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (style_id < layout->cache->styles->len);

  if (text == NULL || *text == '\0')
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  style = kp_text_cache_get_style (layout->cache, style_id);
  layout->line_height = MAX (layout->line_height, style->line_height);
  layout->ascent = MAX (layout->ascent, style->ascent);
  layout->descent = MAX (layout->descent, style->descent);
  g_array_append_val (layout->spans, span);
  layout->dirty = TRUE;

  p = text;
  while (*p != '\0')
    {
      const char *end = p;

      if (*p == ' ' || *p == '\t' || *p == '\r')
        {
          layout->pending_space = TRUE;
          p++;
          continue;
        }
      if (*p == '\n')
        {
          layout->pending_newline = TRUE;
          p++;
          continue;
        }
      while (*end != '\0' && *end != ' ' && *end != '\t' && *end != '\r' && *end != '\n')
        end++;
      while (p < end)
        {
          const char *chunk_end = end;

          if (chunk_end - p > MAX_TOKEN_BYTES)
            chunk_end = g_utf8_find_prev_char (p, p + MAX_TOKEN_BYTES + 1);
          if (chunk_end == NULL || chunk_end <= p)
            chunk_end = end;
          add_token (layout, style->font, p, chunk_end - p);
          p = chunk_end;
        }
    }
}

/**
 * kp_text_layout_append:
 * @style: a style from kp_text_cache_add_style()
 * @text: (nullable): UTF-8 text, drawn as it is (never parsed as markup); spaces break
 *   lines, "\n" starts a new line
 */
void
kp_text_layout_append (KpTextLayout *layout,
                       guint         style,
                       const char   *text)
{
  append_span (layout, style, text, -1);
}

/**
 * kp_text_layout_append_link:
 * @link_attributes: cairo link attributes without the rectangle, from kp_text_link_uri()
 *   or kp_text_link_dest()
 *
 * Like kp_text_layout_append(); the text becomes a link in the PDF.
 */
void
kp_text_layout_append_link (KpTextLayout *layout,
                            guint         style,
                            const char   *text,
                            const char   *link_attributes)
{
  g_return_if_fail (layout != NULL);

  if (link_attributes == NULL)
    {
      append_span (layout, style, text, -1);
      return;
    }
  g_ptr_array_add (layout->links, g_strdup (link_attributes));
  append_span (layout, style, text, layout->links->len - 1);
}

static double
space_width (KpTextLayout      *layout,
             const KpTextToken *t)
{
  const KpTextSpan *span = &g_array_index (layout->spans, KpTextSpan, t->span);

  return kp_text_cache_get_font (layout->cache,
                                 kp_text_cache_get_style (layout->cache, span->style)->font)
      ->space->width;
}

static gboolean
break_allowed (const KpTextToken *t)
{
  return (t->flags & TOKEN_SPACE) && !(t->flags & TOKEN_NOBREAK);
}

static void
push_line (KpTextLayout *layout,
           guint         first,
           guint         end)
{
  KpTextLine line = { first, end - first, 0 };
  float      x = 0;

  for (guint i = first; i < end; i++)
    {
      const KpTextToken *t = &g_array_index (layout->tokens, KpTextToken, i);

      if (i > first && (t->flags & TOKEN_SPACE))
        x += space_width (layout, t);
      x += t->width;
    }
  line.width = x;
  g_array_append_val (layout->lines, line);
}

static gboolean
is_url_break (char c)
{
  return c == '/' || c == '.' || c == '-' || c == '@' || c == '_' || c == '?' || c == '&' ||
         c == '=';
}

/* Splits token @i so that its first part fits @avail; the rest becomes token @i + 1. */
static void
split_token (KpTextLayout *layout,
             guint         i,
             double        avail)
{
  KpTextToken        *t = &g_array_index (layout->tokens, KpTextToken, i);
  const KpShapedWord *w = t->word;
  guint               font = kp_text_cache_get_style (layout->cache,
                                                      g_array_index (layout->spans, KpTextSpan, t->span).style)
                   ->font;
  guint       byte = 0, glyph = 0, best = 0, best_punct = 0;
  KpTextToken rest = *t;
  const char *text = w->text;
  guint       len = w->len;
  gboolean    address = kp_text_is_address (text, len);

  for (guint c = 0; c < w->n_clusters; c++)
    {
      double end_x;

      byte += w->clusters[c].n_bytes;
      glyph += w->clusters[c].n_glyphs;
      end_x = glyph < w->n_glyphs ? w->glyphs[glyph].x : w->width;
      if (byte >= len)
        break;
      if (end_x > avail && best > 0)
        break;
      if (text[byte - 1] == '-' && !address)
        continue; /* a name's hyphen never ends a line */
      best = byte;
      if (is_url_break (text[byte - 1]) && end_x > avail * 0.3)
        best_punct = byte;
    }
  if (best_punct > 0)
    best = best_punct;
  if (best == 0 || best >= len)
    {
      best = g_utf8_next_char (text) - text;
      if (best >= len)
        return;
    }

  t->word = kp_text_cache_shape (layout->cache, font, text, best);
  t->width = t->word->width;
  rest.word = kp_text_cache_shape (layout->cache, font, text + best, len - best);
  rest.width = rest.word->width;
  rest.flags = 0;
  g_array_insert_val (layout->tokens, i + 1, rest);
}

static void
break_lines (KpTextLayout *layout)
{
  guint  start = 0, i = 0, last_break = 0;
  double x = 0;

  g_array_set_size (layout->lines, 0);
  layout->dirty = FALSE;
  while (i < layout->tokens->len)
    {
      const KpTextToken *t = &g_array_index (layout->tokens, KpTextToken, i);
      double             sw, avail;

      if (i > start && (t->flags & TOKEN_NEWLINE))
        {
          push_line (layout, start, i);
          start = i;
          x = 0;
          last_break = 0;
          continue;
        }
      avail = layout->lines->len > 0 ? layout->width - layout->hanging : layout->width;
      sw = (i > start && (t->flags & TOKEN_SPACE)) ? space_width (layout, t) : 0;
      if (i > start && x + sw + t->width > avail)
        {
          guint brk = break_allowed (t) ? i : last_break;

          if (brk <= start)
            brk = i; /* words glued together are wider than the line */
          push_line (layout, start, brk);
          start = i = brk;
          x = 0;
          last_break = 0;
          continue;
        }
      if (i == start && t->width > avail)
        {
          split_token (layout, i, avail);
          push_line (layout, i, i + 1);
          start = ++i;
          x = 0;
          last_break = 0;
          continue;
        }
      if (i > start && break_allowed (t))
        last_break = i;
      x += sw + t->width;
      i++;
    }
  if (start < layout->tokens->len)
    push_line (layout, start, layout->tokens->len);
}

static inline void
ensure_lines (KpTextLayout *layout)
{
  if (layout->dirty)
    break_lines (layout);
}

gboolean
kp_text_layout_is_empty (KpTextLayout *layout)
{
  g_return_val_if_fail (layout != NULL, TRUE);
  return layout->tokens->len == 0;
}

guint
kp_text_layout_get_n_lines (KpTextLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  ensure_lines (layout);
  return layout->lines->len;
}

double
kp_text_layout_get_line_height (KpTextLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return layout->line_height;
}

double
kp_text_layout_get_height (KpTextLayout *layout)
{
  return kp_text_layout_get_n_lines (layout) * layout->line_height;
}

double
kp_text_layout_get_line_width (KpTextLayout *layout,
                               guint         line)
{
  ensure_lines (layout);
  g_return_val_if_fail (line < layout->lines->len, 0);
  return g_array_index (layout->lines, KpTextLine, line).width;
}

/**
 * kp_text_layout_get_baseline:
 *
 * Returns: the distance from the top of a line to its baseline
 */
double
kp_text_layout_get_baseline (KpTextLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);
  return (layout->line_height - (layout->ascent + layout->descent)) / 2 + layout->ascent;
}
