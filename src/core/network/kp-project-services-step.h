/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For kp-project-services-edit.c and kp-project-services-local.c only: an undoable edit of
 * the network, with the values before and after it. */

#include "kp-project-services-private.h"

G_BEGIN_DECLS

typedef enum
{
  STEP_TEXT,
  STEP_LOCAL_KIND,
  STEP_CONTACTS,
  STEP_SCOPE,
  STEP_NETWORK,
  STEP_REMOVED,
  STEP_DISMISSED,
} StepKind;

typedef struct
{
  StepKind kind;
  gint64   service_id;
  int      field;   /* KpServiceText, or the year of a network entry */
  char    *subject; /* obec of a scope entry, key of a dismissal */
  char    *old_text;
  char    *new_text;
  int      old_value; /* kind, removed or dismissed */
  int      new_value;
  gpointer old_item; /* KpServiceScope, KpServiceNetworkEntry or GPtrArray of contacts */
  gpointer new_item;
} Step;

Step    *kp_services_step_new (StepKind   kind,
                               KpService *service);
void     kp_services_step_free (gpointer data);
gboolean kp_services_apply_undo_step (gpointer owner,
                                      gpointer data,
                                      gboolean undo,
                                      GError **error);
/* Applies @step and records it for undo; takes @step. */
gboolean   kp_project_services_record (KpProject *project,
                                       Step      *step,
                                       GError   **error);
gboolean   kp_project_services_check (KpProject *project,
                                      KpService *service,
                                      gboolean   local_only,
                                      GError   **error);
char      *kp_services_clean_text (const char *text);
GPtrArray *kp_services_copy_contacts (GPtrArray *contacts);

G_END_DECLS
