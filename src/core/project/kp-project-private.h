/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the project's connection, its modules, the one edit path and the job
 * runner that every module uses. */

#include "kp-changeset.h"
#include "kp-database.h"
#include "kp-history.h"
#include "kp-progress.h"
#include "kp-project-module.h"
#include "kp-project.h"

G_BEGIN_DECLS

KpDatabase *kp_project_get_database (KpProject *self);
KpHistory  *kp_project_get_history (KpProject *self);

/* The years a planning period may span. */
#define KP_PROJECT_YEAR_MIN 2000
#define KP_PROJECT_YEAR_MAX 2100

/* Validation shared by kp_project_create and the edits. */
gboolean kp_project_check_text (const char *text,
                                const char *message,
                                GError    **error);
gboolean kp_project_check_period (int      period_from,
                                  int      period_to,
                                  GError **error);
gboolean kp_project_check_spec (const KpProjectSpec *spec,
                                GError             **error);

/* Modules (kp-project-module.h). Returns: (transfer none): the module of @type, created
 * and loaded on first use; %NULL with @error set when loading it failed (the module is
 * kept, empty, and returned by later calls). */
gpointer kp_project_get_module (KpProject *self,
                                GType      type,
                                GError   **error);
/* Returns: (transfer none) (nullable): the module of @type if it was created */
gpointer kp_project_peek_module (KpProject *self,
                                 GType      type);

/* The edit path (kp-project-edit.c): runs @func in one transaction with the project's
 * tables and those of every module recorded; on success pushes one undo step named @label
 * and emits "changed" (KP_CHANGE_EDIT) after each module whose tables changed reloaded
 * them. On failure the transaction is rolled back: no step, no signal, caches untouched.
 * An edit that changes nothing records nothing. */
gboolean kp_project_edit (KpProject  *self,
                          const char *label,
                          KpEditFunc  func,
                          gpointer    data,
                          GError    **error);

/* Jobs (kp-project-jobs.c). */

/**
 * KpJobFunc:
 * @db: the worker's own connection to the project file, inside the job's transaction
 * @data: the job's data
 * @progress: (nullable): for kp_progress_set()
 * @cancellable: (nullable): checked between steps; statements are interrupted too
 *
 * Runs in a worker thread. Returns: %FALSE with @error set; then nothing is kept.
 */
typedef gboolean (*KpJobFunc) (KpDatabase   *db,
                               gpointer      data,
                               KpProgress   *progress,
                               GCancellable *cancellable,
                               GError      **error);

/**
 * KpJobSpec:
 * @label: (nullable): the undo step's label, translated; %NULL: the job's changes are not
 *   undoable, and when it changed recorded tables the history is cleared
 * @library_path: (nullable): the reference library, attached as "lib" to the connection
 * @read_only: the job only reads: it runs in a read transaction and records nothing
 * @func: the work
 */
typedef struct
{
  const char *label;
  const char *library_path;
  gboolean    read_only;
  KpJobFunc   func;
} KpJobSpec;

/* Runs @spec->func in a worker thread on a connection of its own, in one transaction
 * whose changeset the main thread then records (an undo step when @spec has a label) and
 * announces with "changed" (KP_CHANGE_JOB), before @callback runs.
 * Edits, undo and redo are refused with KP_PROJECT_ERROR_BUSY while a job that writes
 * runs. @data is borrowed until @callback runs. A cancelled job keeps nothing and ends
 * with G_IO_ERROR_CANCELLED. */
void     kp_project_run_job_async (KpProject          *self,
                                   const KpJobSpec    *spec,
                                   gpointer            data,
                                   KpProgress         *progress,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data);
gboolean kp_project_run_job_finish (KpProject    *self,
                                    GAsyncResult *result,
                                    GError      **error);

/* For kp-project-edit.c and kp-project-jobs.c: which tables are recorded, whether a job
 * is writing, and announcing what changed. */
gboolean kp_project_records_table (const char *table,
                                   gpointer    user_data);
gboolean kp_project_check_not_busy (KpProject *self,
                                    GError   **error);
void     kp_project_hold_busy (KpProject *self,
                               gboolean   busy);
void     kp_project_emit_changed (KpProject *self,
                                  KpChanges *changes);

/* kp-project-modules.c: every module type a project can have, in the order they reload,
 * and who owns a table ("project" for the project's own, a module's name, or %NULL). */
const GType *kp_project_modules_list (guint *n_types);
const char  *kp_project_modules_owner (const char *table);

G_END_DECLS
