/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-project.h"

G_BEGIN_DECLS

/* Writes the options of a view into its project (kp-project-settings.h). A choice is written
 * at once; a text being typed at most every 500 ms (the latest value of each key), and at
 * once when the focus leaves its field or the writer is closed. A failed write is shown once,
 * in a toast of the widget's AdwToastOverlay, until a write works again. After
 * kp_settings_writer_close() the writer writes nothing. */

#define KP_TYPE_SETTINGS_WRITER (kp_settings_writer_get_type ())
G_DECLARE_FINAL_TYPE (KpSettingsWriter, kp_settings_writer, KP, SETTINGS_WRITER, GObject)

/* @widget (not referenced) finds the toast overlay; it must close the writer when it goes. */
KpSettingsWriter *kp_settings_writer_new (KpProject *project,
                                          GtkWidget *widget);
/* Returns: (transfer none) (nullable): the project, %NULL once closed */
KpProject *kp_settings_writer_get_project (KpSettingsWriter *self);
/* Writes @value under @key now; %NULL removes the key. */
void kp_settings_writer_write (KpSettingsWriter *self,
                               const char       *key,
                               const char       *value);
/* Takes @key and @value; the latest value of a key is written when the delay is over. */
void kp_settings_writer_queue (KpSettingsWriter *self,
                               char             *key,
                               char             *value);
/* Writes the queued texts now. */
void kp_settings_writer_flush (KpSettingsWriter *self);
/* Writes the queued texts when the focus leaves @widget. */
void kp_settings_writer_flush_on_leave (KpSettingsWriter *self,
                                        GtkWidget        *widget);
/* Writes the queued texts and lets the project go. */
void kp_settings_writer_close (KpSettingsWriter *self);

G_END_DECLS
