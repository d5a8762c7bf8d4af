/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-progress.h"

G_BEGIN_DECLS

/* A modal dialog that shows how far a job is (the fraction and message of @progress) and
 * offers Cancel, which cancels @cancellable; the caller destroys it when the job ends.
 * Built on AdwMessageDialog, like kp-error-dialog.c. */
GtkWindow *kp_progress_dialog_show (GtkWindow    *parent,
                                    const char   *heading,
                                    KpProgress   *progress,
                                    GCancellable *cancellable);

G_END_DECLS
