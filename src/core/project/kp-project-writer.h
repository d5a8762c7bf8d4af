/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: writes new project files for kp-project.c, atomically. */

#include "kp-project.h"

G_BEGIN_DECLS

gboolean kp_project_writer_write_from_library (const char          *library_path,
                                               const char          *path,
                                               const KpProjectSpec *spec,
                                               KpProgress          *progress,
                                               GCancellable        *cancellable,
                                               GError             **error);
gboolean kp_project_writer_write_sample (const char *path,
                                         GError    **error);

G_END_DECLS
