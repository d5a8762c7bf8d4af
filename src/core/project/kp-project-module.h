/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-changes.h"
#include "kp-project.h"

G_BEGIN_DECLS

/* The base of a project's modules (KpServiceNetwork; later KpNeeds, KpPlan, KpProcess,
 * KpFinance): an object of its own with its model and its repository, created by the
 * project on first use (kp_project_get_module()), never when the project opens, and kept
 * until the project is finalized.
 *
 * Adding a module takes a few lines:
 *   1. G_DECLARE_FINAL_TYPE (KpNeeds, kp_needs, KP, NEEDS, KpProjectModule);
 *   2. in class_init, set module_class->name ("needs"), ->tables (the NULL-terminated
 *      names of the tables it owns: their edits are recorded for undo), ->load (reads its
 *      data) and ->reload (re-reads the rows a KpChanges names); a module whose data are
 *      not edits of the plan (the documents' settings, written as the user types) lists
 *      those tables in ->unrecorded_tables instead: they are no undo step, and undo never
 *      touches them;
 *   3. add kp_needs_get_type to the list in kp-project-modules.c;
 *   4. a typed accessor: KpNeeds *kp_needs_get (KpProject *project) returning
 *      KP_NEEDS (kp_project_get_module (project, KP_TYPE_NEEDS, NULL)).
 * Its edits are KpEditFunc run through kp_project_edit(); its long work runs through
 * kp_project_run_job_async(); either way the project records the changeset, emits
 * "changed", and calls ->reload of each module whose tables changed before any handler
 * of "changed" runs, so every view sees the modules already current. */

#define KP_TYPE_PROJECT_MODULE (kp_project_module_get_type ())
G_DECLARE_DERIVABLE_TYPE (KpProjectModule, kp_project_module, KP, PROJECT_MODULE, GObject)

struct _KpProjectModuleClass
{
  GObjectClass parent_class;

  /* What KpChanges calls the module ("network"). */
  const char *name;
  /* The tables the module owns whose changes are recorded for undo, NULL-terminated. */
  const char *const *tables;
  /* The tables it owns whose changes are not recorded (nullable, NULL-terminated): written
   * outside kp_project_edit(), never an undo step, never named by "changed". */
  const char *const *unrecorded_tables;

  /* Reads the module's data, once, when it is created. */
  gboolean (*load) (KpProjectModule *self,
                    GError         **error);
  /* Re-reads what @changes names; called only when @changes touches the module's tables. */
  void (*reload) (KpProjectModule *self,
                  KpChanges       *changes);

  gpointer padding[7];
};

/* Returns: (transfer none): the project that owns the module */
KpProject *kp_project_module_get_project (KpProjectModule *self);

G_END_DECLS
