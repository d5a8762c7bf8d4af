/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Picks any set of obce (a MAS or mikroregion may cross ORP and kraj borders) from a list of
 * thousands: diacritics- and case-insensitive search on each obec's search key, a check
 * button per row, a "selected only" review, and a summary of the count and population.
 * The selection is kept by kód obce, so it survives searching.
 * Properties: "obce" (GListModel of KpObec, read-write), "n-selected" (uint, read-only). */

#define KP_TYPE_OBCE_PICKER (kp_obce_picker_get_type ())
G_DECLARE_FINAL_TYPE (KpObcePicker, kp_obce_picker, KP, OBCE_PICKER, AdwBin)

GtkWidget  *kp_obce_picker_new (void);
GListModel *kp_obce_picker_get_obce (KpObcePicker *self);
void        kp_obce_picker_set_obce (KpObcePicker *self,
                                     GListModel   *obce);
guint       kp_obce_picker_get_n_selected (KpObcePicker *self);
void        kp_obce_picker_select (KpObcePicker *self,
                                   GPtrArray    *obce);
void        kp_obce_picker_select_codes (KpObcePicker      *self,
                                         const char *const *codes);
/* Returns: (transfer full): the selected codes, sorted */
GStrv kp_obce_picker_dup_selected (KpObcePicker *self);

G_END_DECLS
