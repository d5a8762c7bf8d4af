/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the files of KpReferenceWindow only: the window (kp-reference-window.c) and its
 * "undo the last import" (kp-reference-window-undo.c). */

#include "kp-reference-source-list.h"
#include "kp-reference-window.h"

G_BEGIN_DECLS

struct _KpReferenceWindow
{
  AdwWindow parent_instance;

  KpLibrary    *library;
  GCancellable *cancellable; /* set while importing or undoing */
  KpProgress   *progress;
  GPtrArray    *rows;           /* rows added to the groups below, for removal */
  char         *imports_before; /* fingerprint of the imports when the import started */
  GStrv         paths;          /* of the import under way, to force it when asked */
  gboolean      disposed;

  GtkButton             *header_import_button;
  GtkButton             *empty_import_button;
  GtkButton             *undo_button;
  GtkRevealer           *progress_revealer;
  GtkProgressBar        *progress_bar;
  GtkLabel              *progress_label;
  GtkButton             *cancel_button;
  AdwToastOverlay       *toast_overlay;
  GtkStack              *stack;
  AdwPreferencesGroup   *result_group;
  AdwPreferencesGroup   *counts_group;
  AdwPreferencesGroup   *imports_group;
  KpReferenceSourceList *empty_sources;
  KpReferenceSourceList *data_sources;
};

/* kp-reference-window.c */
void kp_reference_window_set_busy (KpReferenceWindow *self,
                                   gboolean           busy);
void kp_reference_window_toast (KpReferenceWindow *self,
                                const char        *text);
void kp_reference_window_emit_changed (KpReferenceWindow *self);

/* kp-reference-window-rows.c */
void  kp_reference_window_reload (KpReferenceWindow *self);
char *kp_reference_window_describe_record (const KpImportRecord *record);
char *kp_reference_window_describe_time (const char *iso_utc);
void  kp_reference_window_show_result (KpReferenceWindow *self,
                                       GPtrArray         *records);

/* kp-reference-window-undo.c */
void kp_reference_window_update_undo (KpReferenceWindow *self);
void kp_reference_window_on_undo_clicked (KpReferenceWindow *self);

G_END_DECLS
