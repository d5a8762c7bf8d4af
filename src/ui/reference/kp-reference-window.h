/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-library.h"

G_BEGIN_DECLS

/* Manages the reference library: what is imported (kind, source file, data date, import
 * time, rows) and the totals; imports files with progress and Cancel, then summarises what
 * happened. Emits "library-changed" after an import that succeeded.
 * Properties: "library" (construct-only), "busy" (read-only, TRUE while importing). */

#define KP_TYPE_REFERENCE_WINDOW (kp_reference_window_get_type ())
G_DECLARE_FINAL_TYPE (KpReferenceWindow, kp_reference_window, KP, REFERENCE_WINDOW, AdwWindow)

KpReferenceWindow *kp_reference_window_new (GtkWindow *parent,
                                            KpLibrary *library);
KpLibrary         *kp_reference_window_get_library (KpReferenceWindow *self);
gboolean           kp_reference_window_get_busy (KpReferenceWindow *self);
/* Starts importing @paths (the file chooser's answer; tests call it directly). */
void kp_reference_window_import (KpReferenceWindow *self,
                                 const char *const *paths);
/* Stops a running import; nothing is changed. */
void kp_reference_window_cancel (KpReferenceWindow *self);
/* Asks to undo the last import, as the "Undo Last Import" button does. */
void kp_reference_window_undo (KpReferenceWindow *self);

G_END_DECLS
