/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The one place Komplan asks the user for files. GtkFileChooserNative (deprecated in GTK
 * 4.10, GtkFileDialog is newer than Debian 12) is used only here, so a port touches one
 * file. The chooser starts in the folder of the "last-folder" setting and remembers the
 * folder of the answer. */

typedef enum
{
  KP_FILE_CHOOSER_OPEN,
  KP_FILE_CHOOSER_OPEN_MULTIPLE,
  KP_FILE_CHOOSER_SAVE,
} KpFileChooserMode;

GtkFileFilter *kp_file_chooser_filter_new (const char        *name,
                                           const char *const *patterns);

void        kp_file_chooser_run_async (GtkWindow          *parent,
                                       KpFileChooserMode   mode,
                                       const char         *title,
                                       const char         *accept_label,
                                       GListModel         *filters,
                                       const char         *initial_name,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
GListModel *kp_file_chooser_run_finish (GAsyncResult *result,
                                        GError      **error);

G_END_DECLS
