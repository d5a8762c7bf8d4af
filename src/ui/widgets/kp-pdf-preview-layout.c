/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-pdf-preview.h"
#include "kp-pdf-preview-private.h"
#include "kp-pdf-toolbar.h"

#include <math.h>

/* Where the preview's pages are in the scrolled list: the page in view, the page asked for
 * (kept until GTK has laid the pages out, then scrolled to), and the pages in view queued
 * for rendering. */

static double
device_scale (KpPdfPreview *self)
{
  return self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/* The top of page @index in the coordinates of the scrolled list. */
static double
page_top (KpPdfPreview *self,
          int           index)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (kp_pdf_preview_picture_at (self, index), self->pages_box, &bounds))
    return 0;
  return bounds.origin.y;
}

void
kp_pdf_preview_update_page_label (KpPdfPreview *self)
{
  kp_pdf_toolbar_set_current_page (KP_PDF_TOOLBAR (self->toolbar),
                                   kp_pdf_preview_get_current_page (self));
}

/* Whether GTK has laid out the pages down to page @index at their sizes: a page just added
 * has no height yet, and one the zoom resized keeps its old height until the next frame.
 * When the pages do not fill the view, where they are does not matter. */
static gboolean
laid_out (KpPdfPreview *self,
          int           index)
{
  GtkAdjustment *adj = kp_pdf_preview_vadjustment (self);
  double         expected = page_top (self, 0);

  for (int i = 0; i <= index; i++)
    {
      GtkWidget *picture = kp_pdf_preview_picture_at (self, i);
      int        height = gtk_widget_get_height (picture);
      int        requested;

      gtk_widget_get_size_request (picture, NULL, &requested);
      if (height <= 0 || fabs (page_top (self, i) - expected) >= 1)
        return FALSE;
      if (ABS (height - requested) > 1)
        return gtk_adjustment_get_upper (adj) <= gtk_adjustment_get_page_size (adj);
      expected += height + KP_PDF_PREVIEW_PAGE_GAP;
    }
  return TRUE;
}

/* Queues the pages in view (and one either side) for rendering at the current zoom; first
 * scrolls to the page asked for, once the pages are laid out (until then the request is
 * kept: the vertical adjustment changes when they are, and this runs again). */
static gboolean
update_visible (gpointer user_data)
{
  KpPdfPreview  *self = user_data;
  GtkAdjustment *adj = kp_pdf_preview_vadjustment (self);
  double         top = gtk_adjustment_get_value (adj);
  double         bottom = top + gtk_adjustment_get_page_size (adj);
  int            first = -1, last = -1;

  self->update_id = 0;
  if (self->anchor_page >= (int) self->pictures->len)
    self->anchor_page = -1;
  if (self->anchor_page >= 0)
    {
      /* not laid out yet: what seems in view is not, so nothing is rendered until it is */
      if (!laid_out (self, self->anchor_page))
        return G_SOURCE_REMOVE;
      gtk_adjustment_set_value (adj, page_top (self, self->anchor_page) - KP_PDF_PREVIEW_PAGE_GAP / 2.0);
      self->anchor_page = -1;
      top = gtk_adjustment_get_value (adj);
      bottom = top + gtk_adjustment_get_page_size (adj);
    }
  for (guint i = 0; i < self->pictures->len; i++)
    {
      double y = page_top (self, i);
      double h = gtk_widget_get_height (kp_pdf_preview_picture_at (self, i));

      if (y + h >= top && y <= bottom)
        {
          if (first < 0)
            first = i;
          last = i;
        }
    }
  if (first < 0 && self->pictures->len > 0)
    first = last = 0;
  kp_pdf_page_renderer_set_scale (self->renderer, device_scale (self));
  /* pages in view before their neighbours */
  for (int i = first; first >= 0 && i <= last; i++)
    kp_pdf_page_renderer_request (self->renderer, i, TRUE);
  if (first > 0)
    kp_pdf_page_renderer_request (self->renderer, first - 1, FALSE);
  if (last >= 0 && last + 1 < (int) self->pictures->len)
    kp_pdf_page_renderer_request (self->renderer, last + 1, FALSE);
  kp_pdf_preview_update_page_label (self);
  return G_SOURCE_REMOVE;
}

void
kp_pdf_preview_schedule_update (KpPdfPreview *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_visible, self, NULL);
}

/* The page at the middle of the view. Pages not laid out yet (just added: their tops are
 * all 0) do not count, so a new document does not seem to be at its last page. */
int
kp_pdf_preview_get_current_page (KpPdfPreview *self)
{
  GtkAdjustment *adj;
  double         middle, top;
  int            current = 0;

  g_return_val_if_fail (KP_IS_PDF_PREVIEW (self), 0);
  if (self->pictures->len == 0)
    return 0;
  adj = kp_pdf_preview_vadjustment (self);
  middle = gtk_adjustment_get_value (adj) + MIN (gtk_adjustment_get_page_size (adj) / 2, 40);
  top = page_top (self, 0);
  for (guint i = 1; i < self->pictures->len; i++)
    {
      double next = page_top (self, i);

      if (next <= top || next > middle)
        break;
      top = next;
      current = i;
    }
  return current;
}

/* Shows the top of the first page, after a new document replaced the one shown (the page
 * a catalogue was at means nothing in a leaflet). */
void
kp_pdf_preview_show_start (KpPdfPreview *self)
{
  g_return_if_fail (KP_IS_PDF_PREVIEW (self));
  if (self->pictures->len == 0)
    return;
  self->anchor_page = 0;
  gtk_adjustment_set_value (kp_pdf_preview_vadjustment (self), 0);
  kp_pdf_preview_schedule_update (self);
}

/* Shows the top of page @index: at once when the pages are laid out; else as soon as GTK
 * has laid them out (a document just set has its pages placed at the next frame). */
void
kp_pdf_preview_go_to_page (KpPdfPreview *self,
                           int           index)
{
  g_return_if_fail (KP_IS_PDF_PREVIEW (self));
  if (self->pictures->len == 0)
    return;
  index = CLAMP (index, 0, (int) self->pictures->len - 1);
  if (!laid_out (self, index))
    {
      self->anchor_page = index;
      kp_pdf_preview_schedule_update (self);
      return;
    }
  self->anchor_page = -1;
  gtk_adjustment_set_value (kp_pdf_preview_vadjustment (self), page_top (self, index) - KP_PDF_PREVIEW_PAGE_GAP / 2.0);
  kp_pdf_preview_update_page_label (self);
}
