/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

G_BEGIN_DECLS

#ifndef KP_HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

/* The pages of one PDF rendered with Poppler in a worker thread, one page at a time, into
 * textures kept in a small cache (the most recently shown pages). The preview widget asks
 * for the pages it shows; the renderer knows nothing of widgets.
 *
 * Signals: page-rendered (int index) when a page has a new texture, page-evicted (int index)
 * when the cache dropped one. */

#define KP_TYPE_PDF_PAGE_RENDERER (kp_pdf_page_renderer_get_type ())
G_DECLARE_FINAL_TYPE (KpPdfPageRenderer, kp_pdf_page_renderer, KP, PDF_PAGE_RENDERER, GObject)

KpPdfPageRenderer *kp_pdf_page_renderer_new (guint max_cached);
gboolean           kp_pdf_page_renderer_load (KpPdfPageRenderer *self,
                                              GBytes            *pdf,
                                              GError           **error);
int                kp_pdf_page_renderer_get_n_pages (KpPdfPageRenderer *self);
void               kp_pdf_page_renderer_get_page_size (KpPdfPageRenderer *self,
                                                       int                index,
                                                       double            *width,
                                                       double            *height);
void               kp_pdf_page_renderer_set_scale (KpPdfPageRenderer *self,
                                                   double             scale);
void               kp_pdf_page_renderer_request (KpPdfPageRenderer *self,
                                                 int                index,
                                                 gboolean           in_view);
GdkTexture        *kp_pdf_page_renderer_get_texture (KpPdfPageRenderer *self,
                                                     int                index);
gboolean           kp_pdf_page_renderer_is_rendered (KpPdfPageRenderer *self,
                                                     int                index);

G_END_DECLS
