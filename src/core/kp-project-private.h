/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the parts of a project that its other files (kp-project-map.c, …) use. */

#include "kp-database.h"
#include "kp-project.h"
#include "kp-undo-stack.h"

G_BEGIN_DECLS

KpDatabase  *kp_project_get_database (KpProject *self);
KpUndoStack *kp_project_get_undo_stack (KpProject *self);

G_END_DECLS
