/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-pdf-page-renderer.h" /* Poppler, with its autoptr cleanups */

G_BEGIN_DECLS

/* A PDF shown page under page in a scrolled list, with zoom (fit width, + and −, Ctrl+scroll)
 * and page navigation (page n of N, Page Up/Down, a page number entry). Only the pages in
 * view (and their neighbours) are rendered, by a KpPdfPageRenderer.
 *
 * Properties: n-pages (read-only), zoom, fit-width. Signal: page-rendered (int index). */

#define KP_TYPE_PDF_PREVIEW (kp_pdf_preview_get_type ())
G_DECLARE_FINAL_TYPE (KpPdfPreview, kp_pdf_preview, KP, PDF_PREVIEW, GtkWidget)

GtkWidget *kp_pdf_preview_new (void);
/* Shows @pdf (NULL: nothing), keeping the current page in view; after it,
 * kp_pdf_preview_show_start() shows the top of page 1 instead. */
gboolean kp_pdf_preview_set_bytes (KpPdfPreview *self,
                                   GBytes       *pdf,
                                   GError      **error);
GBytes  *kp_pdf_preview_get_bytes (KpPdfPreview *self);
int      kp_pdf_preview_get_n_pages (KpPdfPreview *self);
/* 0-based */
int           kp_pdf_preview_get_current_page (KpPdfPreview *self);
void          kp_pdf_preview_go_to_page (KpPdfPreview *self,
                                         int           index);
void          kp_pdf_preview_show_start (KpPdfPreview *self);
GdkPaintable *kp_pdf_preview_get_page_paintable (KpPdfPreview *self,
                                                 int           index);
double        kp_pdf_preview_get_zoom (KpPdfPreview *self);
void          kp_pdf_preview_set_zoom (KpPdfPreview *self,
                                       double        zoom);
gboolean      kp_pdf_preview_get_fit_width (KpPdfPreview *self);
void          kp_pdf_preview_set_fit_width (KpPdfPreview *self,
                                            gboolean      fit_width);

G_END_DECLS
