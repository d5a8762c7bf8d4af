/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-document.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* What the Publications view says and asks around an export, apart from the page: the file
 * chooser for a PDF or an ODT, the format a file name asks for, the toast of a failed
 * export, and why a plan document cannot be made. */

/* Asks for the file to save the document in as @format, @name suggested; @callback gets the
 * result for kp_file_chooser_run_finish(). */
void kp_publications_export_choose_file (GtkWidget          *parent,
                                         KpDocumentFormat    format,
                                         const char         *name,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
/* ODT when @path ends in ".odt" (any case), else PDF. */
KpDocumentFormat kp_publications_export_format_of (const char *path);
/* Returns: (transfer full): a toast naming the file @basename and why it was not saved */
AdwToast *kp_publications_export_failure_toast (const char   *basename,
                                                const GError *error);
/* The title and description of the status page shown in place of the preview of a plan
 * document of @kind that could not be made for @error. */
void kp_publications_export_describe_empty (KpProject     *project,
                                            KpDocumentKind kind,
                                            const GError  *error,
                                            const char   **out_title,
                                            const char   **out_description);

G_END_DECLS
