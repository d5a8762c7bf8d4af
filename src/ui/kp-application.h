/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KP_TYPE_APPLICATION (kp_application_get_type ())
G_DECLARE_FINAL_TYPE (KpApplication, kp_application, KP, APPLICATION, AdwApplication)

KpApplication *kp_application_new (const char       *application_id,
                                   GApplicationFlags flags);

G_END_DECLS
