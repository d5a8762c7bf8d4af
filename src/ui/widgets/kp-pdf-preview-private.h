/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-pdf-page-renderer.h"
#include "kp-pdf-preview.h"

G_BEGIN_DECLS

/* What kp-pdf-preview.c shares with kp-pdf-preview-layout.c: the widget's instance and the
 * helpers of both. */

/* The space between the pages and around them. */
#define KP_PDF_PREVIEW_PAGE_GAP 16

struct _KpPdfPreview
{
  GtkWidget parent_instance;

  GtkWidget *toolbar; /* KpPdfToolbar */
  GtkWidget *scrolled;
  GtkWidget *pages_box;

  GBytes            *bytes;
  KpPdfPageRenderer *renderer;
  GPtrArray         *pictures; /* GtkPicture, one a page */

  double   zoom;
  gboolean fit_width;
  int      anchor_page; /* to keep in view after a change, or -1 */
  guint    update_id;
  guint    fit_id;
};

static inline GtkWidget *
kp_pdf_preview_picture_at (KpPdfPreview *self,
                           int           index)
{
  return g_ptr_array_index (self->pictures, index);
}

static inline GtkAdjustment *
kp_pdf_preview_vadjustment (KpPdfPreview *self)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
}

/* kp-pdf-preview-layout.c */
/* Queues an update of the pages in view (and of the page asked for) at idle. */
void kp_pdf_preview_schedule_update (KpPdfPreview *self);
/* Shows the page in view in the toolbar. */
void kp_pdf_preview_update_page_label (KpPdfPreview *self);

G_END_DECLS
