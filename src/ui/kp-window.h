/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kp-application.h"

G_BEGIN_DECLS

#define KP_TYPE_WINDOW (kp_window_get_type ())
G_DECLARE_FINAL_TYPE (KpWindow, kp_window, KP, WINDOW, AdwApplicationWindow)

KpWindow *kp_window_new (KpApplication *application);

G_END_DECLS
