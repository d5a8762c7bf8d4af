/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-error.h"

G_DEFINE_QUARK (kp - import - error - quark, kp_import_error)
G_DEFINE_QUARK (kp - project - error - quark, kp_project_error)
