/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the parts of a project that its other files (kp-territory-boundaries.c, …) use. */

#include "kp-database.h"
#include "kp-project.h"
#include "kp-undo-stack.h"

G_BEGIN_DECLS

KpDatabase  *kp_project_get_database (KpProject *self);
KpUndoStack *kp_project_get_undo_stack (KpProject *self);

/* The years a planning period may span. */
#define KP_PROJECT_YEAR_MIN 2000
#define KP_PROJECT_YEAR_MAX 2100

/* The fields of the project row that kp-project-edit.c edits. */
typedef enum
{
  KP_PROJECT_FIELD_NAME,
  KP_PROJECT_FIELD_TERRITORY_NAME,
  KP_PROJECT_FIELD_PERIOD,
} KpProjectField;

/* Writes one field, updates the cached row and notifies; nothing changes when it fails. */
gboolean kp_project_apply_field (KpProject     *self,
                                 KpProjectField field,
                                 const char    *text,
                                 int            period_from,
                                 int            period_to,
                                 GError       **error);
/* Validation shared by kp_project_create and the edits. */
gboolean kp_project_check_text (const char *text,
                                const char *message,
                                GError    **error);
gboolean kp_project_check_period (int      period_from,
                                  int      period_to,
                                  GError **error);

G_END_DECLS
