/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The text engine of the publications (catalogue, leaflets).
 *
 * KpTextCache loads the fonts of a document once and shapes every distinct word once
 * (HarfBuzz through Pango's fonts, with Pango's fontset for characters the main font
 * lacks). KpTextLayout breaks a paragraph of styled spans into lines from those cached
 * widths and queues the lines' glyphs in the cache per font and colour; the cache draws
 * them with cairo_show_text_glyphs() on kp_text_cache_flush(), so PDF text extraction gets
 * the exact characters back. Text is never parsed as markup: user text with <, & or quotes
 * is drawn as it is.
 *
 * A national catalogue has ~6 000 000 characters but only ~50 000 distinct words, so
 * measuring and drawing are arithmetic over cached glyphs; a PangoLayout per paragraph
 * spent ~0.6 ms per entry shaping. Both types belong to one thread (Pango's default font
 * map is per thread). */

typedef struct _KpTextCache  KpTextCache;
typedef struct _KpTextLayout KpTextLayout;

typedef enum
{
  KP_TEXT_ALIGN_LEFT,
  KP_TEXT_ALIGN_CENTER,
  KP_TEXT_ALIGN_RIGHT,
} KpTextAlign;

typedef enum
{
  KP_TEXT_REGULAR = 0,
  KP_TEXT_BOLD = 1 << 0,
  KP_TEXT_ITALIC = 1 << 1,
} KpTextWeight;

KpTextCache *kp_text_cache_new (const char *family);
void         kp_text_cache_free (KpTextCache *cache);
guint        kp_text_cache_add_style (KpTextCache *cache,
                                      double       size,
                                      KpTextWeight weight,
                                      guint32      rgb,
                                      double       line_spacing);
double       kp_text_cache_get_line_height (KpTextCache *cache,
                                            guint        style);
double       kp_text_cache_measure (KpTextCache *cache,
                                    guint        style,
                                    const char  *text);
void         kp_text_cache_flush (KpTextCache *cache);
void         kp_text_cache_set_rgb (cairo_t *cr,
                                    guint32  rgb);

KpTextLayout *kp_text_layout_new (KpTextCache *cache);
void          kp_text_layout_free (KpTextLayout *layout);
void          kp_text_layout_reset (KpTextLayout *layout,
                                    double        width);
void          kp_text_layout_set_hanging (KpTextLayout *layout,
                                          double        indent);
void          kp_text_layout_set_align (KpTextLayout *layout,
                                        KpTextAlign   align);
void          kp_text_layout_set_trailing_space (KpTextLayout *layout,
                                                 gboolean      trailing_space);
void          kp_text_layout_append (KpTextLayout *layout,
                                     guint         style,
                                     const char   *text);
void          kp_text_layout_append_link (KpTextLayout *layout,
                                          guint         style,
                                          const char   *text,
                                          const char   *link_attributes);
gboolean      kp_text_layout_is_empty (KpTextLayout *layout);
guint         kp_text_layout_get_n_lines (KpTextLayout *layout);
double        kp_text_layout_get_line_height (KpTextLayout *layout);
double        kp_text_layout_get_height (KpTextLayout *layout);
double        kp_text_layout_get_line_width (KpTextLayout *layout,
                                             guint         line);
double        kp_text_layout_get_baseline (KpTextLayout *layout);
void          kp_text_layout_draw_lines (KpTextLayout *layout,
                                         cairo_t      *cr,
                                         double        x,
                                         double        y,
                                         guint         first,
                                         guint         n);
void          kp_text_layout_draw (KpTextLayout *layout,
                                   cairo_t      *cr,
                                   double        x,
                                   double        y);

char *kp_text_link_uri (const char *uri);
char *kp_text_link_dest (const char *name);
char *kp_text_link_attributes (cairo_t    *cr,
                               const char *link_attributes,
                               double      x,
                               double      y,
                               double      width,
                               double      height);
void  kp_text_link_rect (cairo_t    *cr,
                         const char *link_attributes,
                         double      x,
                         double      y,
                         double      width,
                         double      height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTextCache, kp_text_cache_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpTextLayout, kp_text_layout_free)

G_END_DECLS
