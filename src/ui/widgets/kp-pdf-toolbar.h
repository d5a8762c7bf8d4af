/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The toolbar of a KpPdfPreview: previous and next page, the page number entry with
 * "of N", zoom out, the zoom in percent, zoom in and fit width. The buttons activate the
 * preview's actions (preview.*), so the toolbar works inside a KpPdfPreview only.
 *
 * Signal: page-entered (int index): Enter in the page entry; the 0-based index of the
 * page typed, or -1 when the text is no page of the document. */

#define KP_TYPE_PDF_TOOLBAR (kp_pdf_toolbar_get_type ())
G_DECLARE_FINAL_TYPE (KpPdfToolbar, kp_pdf_toolbar, KP, PDF_TOOLBAR, GtkBox)

GtkWidget *kp_pdf_toolbar_new (void);
void       kp_pdf_toolbar_set_n_pages (KpPdfToolbar *self,
                                       int           n_pages);
void       kp_pdf_toolbar_set_current_page (KpPdfToolbar *self,
                                            int           index);
void       kp_pdf_toolbar_set_zoom (KpPdfToolbar *self,
                                    double        zoom);

G_END_DECLS
