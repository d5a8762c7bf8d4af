/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <hb.h>
#include <pango/pangocairo.h>

#include "kp-text-layout.h"

G_BEGIN_DECLS

/* A glyph of a shaped word: x and y from the word's origin, in points. */
typedef struct
{
  guint32 index;
  float   x;
  float   y;
} KpGlyph;

/* Consecutive glyphs that come from the same bytes of text (cairo's text cluster), with
 * the font that draws them. */
typedef struct
{
  guint16 n_bytes;
  guint8  n_glyphs;
  guint8  font;
} KpGlyphCluster;

typedef struct
{
  const char     *text; /* points into the word's own block */
  guint           len;
  guint           hash;
  float           width;
  guint           n_glyphs;
  guint           n_clusters;
  gboolean        one_font; /* all clusters in clusters[0].font */
  KpGlyph        *glyphs;
  KpGlyphCluster *clusters;
} KpShapedWord;

typedef struct
{
  PangoFont           *font;
  hb_font_t           *hb;        /* owned by font */
  cairo_scaled_font_t *scaled;    /* owned by font */
  double               to_points; /* HarfBuzz units → points */
  double               ascent;
  double               descent;
  PangoFontset        *fontset; /* (nullable) for characters the font lacks */
  GHashTable          *words;   /* (nullable) KpShapedWord, owned; NULL for fallback fonts */
  const KpShapedWord  *space;
} KpTextFont;

typedef struct
{
  guint        font;
  int          size_key; /* requested size in Pango units */
  KpTextWeight weight;
  guint32      rgb;
  double       line_height;
  double       ascent;
  double       descent;
} KpTextStyle;

/* Text waiting to be drawn in one font and colour (see kp_text_cache_flush()). */
typedef struct
{
  guint    font;
  guint32  rgb;
  GArray  *glyphs;   /* cairo_glyph_t */
  GArray  *clusters; /* cairo_text_cluster_t */
  GString *utf8;
} KpTextBatch;

struct _KpTextCache
{
  PangoContext             *context;
  char                     *family;
  GPtrArray                *fonts;  /* KpTextFont */
  GArray                   *styles; /* KpTextStyle */
  hb_buffer_t              *buffer;
  hb_language_t             language;
  GArray                   *scratch_glyphs;   /* KpGlyph */
  GArray                   *scratch_clusters; /* KpGlyphCluster */
  GPtrArray                *batches;          /* KpTextBatch */
  cairo_t                  *batch_cr;         /* (nullable) where the batches go */
  KpTextBatch              *last_batch;       /* (nullable) the batch text went to last */
  struct _KpDocumentWriter *writer;           /* (nullable) the writer drawing the text */
};

/* The writer the cache's text is drawn for: in a tagged PDF the text is drawn in the order
 * it was queued (a batch is flushed when the font or colour changes), and the writer is
 * told before text is drawn. */
void kp_text_cache_set_writer (KpTextCache              *cache,
                               struct _KpDocumentWriter *writer);

KpTextBatch *kp_text_cache_get_batch (KpTextCache *cache,
                                      cairo_t     *cr,
                                      guint        font,
                                      guint32      rgb);
/* The paragraph (kp-text-layout.c breaks it, kp-text-layout-draw.c draws it). */
#define TOKEN_SPACE   (1 << 0) /* white space before the word */
#define TOKEN_NEWLINE (1 << 1) /* a forced line break before the word */
#define TOKEN_NOBREAK (1 << 2) /* no line break before the word */

typedef struct
{
  guint style;
  int   link; /* index into links, or -1 */
} KpTextSpan;

typedef struct
{
  const KpShapedWord *word;
  guint               span;
  float               width;
  guint               flags;
} KpTextToken;

typedef struct
{
  guint first;
  guint n;
  float width;
} KpTextLine;

struct _KpTextLayout
{
  KpTextCache *cache;
  double       width;
  double       hanging;
  KpTextAlign  align;
  GArray      *spans;  /* KpTextSpan */
  GArray      *tokens; /* KpTextToken */
  GArray      *lines;  /* KpTextLine */
  GPtrArray   *links;  /* char *: cairo link attributes */
  gboolean     dirty;
  gboolean     trailing_space;
  gboolean     pending_space;
  gboolean     pending_newline;
  double       line_height;
  double       ascent;
  double       descent;
};

const KpShapedWord *kp_text_cache_shape (KpTextCache *cache,
                                         guint        font,
                                         const char  *text,
                                         guint        len);

static inline const KpTextStyle *
kp_text_cache_get_style (KpTextCache *cache,
                         guint        style)
{
  return &g_array_index (cache->styles, KpTextStyle, style);
}

static inline KpTextFont *
kp_text_cache_get_font (KpTextCache *cache,
                        guint        font)
{
  return g_ptr_array_index (cache->fonts, font);
}

G_END_DECLS
