/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kp-document-settings.h"

G_BEGIN_DECLS

/* Writes what the user types into the settings of a document (kp-document-settings.h): a text
 * or the year at most every 500 ms (the latest value of each), and at once when the focus
 * leaves its field or the writer is closed. Choices are written by their setters at once;
 * kp_settings_writer_check() shows their failure. A failed write is shown once, in a toast
 * (the widget's win.toast), until a write works again. After
 * kp_settings_writer_close() the writer writes nothing. */

#define KP_TYPE_SETTINGS_WRITER (kp_settings_writer_get_type ())
G_DECLARE_FINAL_TYPE (KpSettingsWriter, kp_settings_writer, KP, SETTINGS_WRITER, GObject)

/* @widget (not referenced) shows the failures; it must close the writer when it goes. */
KpSettingsWriter *kp_settings_writer_new (GtkWidget *widget);
/* The latest @text (nullable: the default) of @field is written when the delay is over. */
void kp_settings_writer_queue_text (KpSettingsWriter   *self,
                                    KpDocumentSettings *settings,
                                    KpDocumentText      field,
                                    const char         *text);
void kp_settings_writer_queue_year (KpSettingsWriter   *self,
                                    KpDocumentSettings *settings,
                                    int                 year);
/* Gives @copy, a copy of @settings, the values queued for @settings but not written yet: what
 * the user sees. */
void kp_settings_writer_apply_queued (KpSettingsWriter   *self,
                                      KpDocumentSettings *settings,
                                      KpDocumentSettings *copy);
/* Writes the queued values now. */
void kp_settings_writer_flush (KpSettingsWriter *self);
/* Writes the queued values when the focus leaves @widget. */
void kp_settings_writer_flush_on_leave (KpSettingsWriter *self,
                                        GtkWidget        *widget);
/* After a setter: shows the failure in *@error (and clears it) when @ok is FALSE. Returns
 * @ok. */
gboolean kp_settings_writer_check (KpSettingsWriter *self,
                                   gboolean          ok,
                                   GError          **error);
/* Writes the queued values; later calls write nothing. */
void kp_settings_writer_close (KpSettingsWriter *self);

G_END_DECLS
