/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-area.h"
#include "kp-changes.h"
#include "kp-library.h"
#include "kp-obec.h"
#include "kp-progress.h"

G_BEGIN_DECLS

/**
 * KpTerritoryKind:
 * @KP_TERRITORY_ORP: the obce of one ORP
 * @KP_TERRITORY_CUSTOM: any set of obce (a MAS, a mikroregion, one obec); it may cross
 *   ORP and kraj borders
 */
typedef enum
{
  KP_TERRITORY_ORP,
  KP_TERRITORY_CUSTOM,
} KpTerritoryKind;

typedef struct
{
  const char        *name; /* project name, required */
  KpTerritoryKind    kind;
  const char        *orp_kod;        /* RÚIAN ORP code, for KP_TERRITORY_ORP */
  const char *const *obce;           /* NULL-terminated obec codes, for KP_TERRITORY_CUSTOM */
  const char        *territory_name; /* custom: e.g. "MAS Podlesí"; NULL gives a default */
  int                period_from;    /* e.g. 2026 */
  int                period_to;      /* e.g. 2028, >= period_from */
} KpProjectSpec;

/* A planning project: one *.komplan file, its own row, its territory (obce, totals,
 * comparison; read when it opens, for the first view), its undo history and its modules
 * (KpServiceNetwork, …; each created on first use, kp-project-module.h). Every edit of any
 * module is committed at once as one undo step.
 *
 * Properties: path (read-only), name, territory-name, period-from, period-to (read-write
 * through the setters, which commit and record undo), territory-kind, is-sample,
 * can-undo, can-redo (read-only).
 *
 * Signal "changed" (KpChanges *changes): after every committed edit, undo, redo and
 * finished job, with the kind of change, the modules ("project", "network", …), tables and
 * rows it touched. The modules have reloaded those rows (and the project its properties)
 * before any handler runs, so a view refreshes from this one place. */

#define KP_TYPE_PROJECT (kp_project_get_type ())
G_DECLARE_FINAL_TYPE (KpProject, kp_project, KP, PROJECT, GObject)

/* Writes a new project to @path + ".part" and renames it over @path when complete. */
KpProject *kp_project_create (KpLibrary           *library,
                              const char          *path,
                              const KpProjectSpec *spec,
                              GError             **error);
/* The same in a worker thread, with progress and cancel (G_IO_ERROR_CANCELLED, nothing
 * left at @path). @spec is copied. */
void kp_project_create_async (KpLibrary           *library,
                              const char          *path,
                              const KpProjectSpec *spec,
                              KpProgress          *progress,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data);
/* Returns: (transfer full): the opened project, or %NULL with @error set */
KpProject *kp_project_create_finish (KpLibrary    *library,
                                     GAsyncResult *result,
                                     GError      **error);
/* Writes the fictional sample project ("ukázková data") to @path. */
KpProject *kp_project_create_sample (const char *path,
                                     GError    **error);
KpProject *kp_project_open (const char *path,
                            GError    **error);

const char     *kp_project_get_path (KpProject *self);
const char     *kp_project_get_name (KpProject *self);
const char     *kp_project_get_territory_name (KpProject *self);
KpTerritoryKind kp_project_get_territory_kind (KpProject *self);
int             kp_project_get_period_from (KpProject *self);
int             kp_project_get_period_to (KpProject *self);
gboolean        kp_project_get_is_sample (KpProject *self);
/* ISO date of the population figures, e.g. "2020-12-31". */
const char *kp_project_get_reference_date (KpProject *self);

/* Returns: (transfer none): GListModel of KpObec in the territory, sorted by Czech name */
GListModel *kp_project_get_obce (KpProject *self);
/* Returns: (transfer none): the territory's totals (level TERRITORY) */
KpArea *kp_project_get_totals (KpProject *self);
/* Returns: (transfer none): GListModel of KpArea: the territory, then each of its ORP,
 * each of its kraje, then ČR */
GListModel *kp_project_get_comparison (KpProject *self);
/* Returns: (transfer full) (element-type KpImportRecord): the sources of the snapshot */
GPtrArray *kp_project_list_sources (KpProject *self,
                                    GError   **error);

gboolean kp_project_set_name (KpProject  *self,
                              const char *name,
                              GError    **error);
gboolean kp_project_set_territory_name (KpProject  *self,
                                        const char *territory_name,
                                        GError    **error);
gboolean kp_project_set_period (KpProject *self,
                                int        period_from,
                                int        period_to,
                                GError   **error);
gboolean kp_project_get_can_undo (KpProject *self);
gboolean kp_project_get_can_redo (KpProject *self);
gboolean kp_project_undo (KpProject *self,
                          GError   **error);
gboolean kp_project_redo (KpProject *self,
                          GError   **error);

G_END_DECLS
