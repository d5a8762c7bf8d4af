/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KP_TYPE_PROGRESS (kp_progress_get_type ())
G_DECLARE_FINAL_TYPE (KpProgress, kp_progress, KP, PROGRESS, GObject)

KpProgress *kp_progress_new (void);
double      kp_progress_get_fraction (KpProgress *self);
char       *kp_progress_dup_message (KpProgress *self);
void        kp_progress_set (KpProgress *self,
                             double      fraction,
                             const char *message);
void        kp_progress_set_fraction (KpProgress *self,
                                      double      fraction);

G_END_DECLS
