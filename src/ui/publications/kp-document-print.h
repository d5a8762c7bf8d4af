/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Prints a PDF through GtkPrintOperation (the print dialog first), each page drawn by
 * poppler_page_render_for_printing at the printer's resolution, fitted to the paper.
 * Returns: (transfer full): the operation, already running; %NULL with @error set when the
 *   PDF cannot be read */
GtkPrintOperation *kp_document_print_operation_new (GBytes     *pdf,
                                                    const char *job_name,
                                                    GError    **error);
GtkPrintOperation *kp_document_print (GtkWindow  *parent,
                                      GBytes     *pdf,
                                      const char *job_name,
                                      GError    **error);

G_END_DECLS
