/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-document-print.h"
#include "kp-error-dialog.h"
#include "kp-pdf-preview.h"

#include <math.h>

/* The operation prints its own PopplerDocument (made from the same bytes as the preview's),
 * so it never shares one with the preview's render thread. */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PopplerDocument   *doc)
{
  gtk_print_operation_set_n_pages (operation, poppler_document_get_n_pages (doc));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PopplerDocument   *doc)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (doc, page_nr);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   width, height, scale;

  if (page == NULL)
    return;
  poppler_page_get_size (page, &width, &height);
  /* The context measures in points (unit POINTS below); a page of the wrong size is fitted. */
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  if (scale < 0.999 || scale > 1.001)
    cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
}

static void
on_done_cb (GtkPrintOperation      *operation,
            GtkPrintOperationResult result,
            GtkWindow              *parent)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      kp_error_dialog_show (parent, _ ("Could Not Print"), error != NULL ? error->message : "");
    }
}

/**
 * kp_document_print_operation_new:
 *
 * A print operation for @pdf, not yet run: the document's paper and orientation as the
 * default page setup, one print page per PDF page.
 *
 * Returns: (transfer full): the operation, or %NULL with @error set when the PDF cannot
 *   be read
 */
GtkPrintOperation *
kp_document_print_operation_new (GBytes     *pdf,
                                 const char *job_name,
                                 GError    **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (PopplerDocument) doc = NULL;
  g_autoptr (PopplerPage) first = NULL;

  g_return_val_if_fail (pdf != NULL, NULL);
  doc = poppler_document_new_from_bytes (pdf, NULL, error);
  if (doc == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The paper and orientation of the document (A4, A5, A4 landscape for a tri-fold). */
  first = poppler_document_get_page (doc, 0);
  if (first != NULL)
    {
      g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr (GtkPaperSize) paper = NULL;
      double width, height, short_side, long_side;

      poppler_page_get_size (first, &width, &height);
      short_side = MIN (width, height);
      long_side = MAX (width, height);
      if (fabs (short_side - 595.3) < 2 && fabs (long_side - 841.9) < 2)
        paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
      else if (fabs (short_side - 419.5) < 2 && fabs (long_side - 595.3) < 2)
        paper = gtk_paper_size_new (GTK_PAPER_NAME_A5);
      else
        paper = gtk_paper_size_new_custom ("kp-publication", _ ("Publication"), short_side,
                                           long_side, GTK_UNIT_POINTS);
      gtk_page_setup_set_paper_size (setup, paper);
      gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                            : GTK_PAGE_ORIENTATION_PORTRAIT);
      gtk_print_operation_set_default_page_setup (operation, setup);
    }
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb),
                         g_object_ref (doc), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), g_object_ref (doc),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return g_steal_pointer (&operation);
}

GtkPrintOperation *
kp_document_print (GtkWindow  *parent,
                   GBytes     *pdf,
                   const char *job_name,
                   GError    **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  operation = kp_document_print_operation_new (pdf, job_name, error);
  if (operation == NULL)
    return NULL;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), parent);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return NULL;
  return g_steal_pointer (&operation);
}
