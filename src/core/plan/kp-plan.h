/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-action-plan.h"
#include "kp-plan-chapter.h"
#include "kp-plan-comment.h"
#include "kp-plan-item.h"
#include "kp-plan-version.h"
#include "kp-project-module.h"

G_BEGIN_DECLS

/* A project's plan (Plán), a module of the project: the SPRSS in versions, the action
 * plans and their monitoring (tables of resources/sql/project/0008-plan.sql).
 *
 * The newest version is the one being worked on ("current"): the module keeps its strategy
 * as a tree of KpPlanItem (codes 1, 1.2, 1.2.3 renumbered as items move), its chapters and
 * comments as lists. Older versions are read on demand (kp_plan_dup_version_data()). An
 * approved or superseded version is frozen: every edit of it is refused here, and the
 * project file refuses it too (triggers). Every edit is one undo step of the project; after
 * any change of its tables the module re-reads exactly the rows that changed and updates
 * its objects in place (notify, items-changed).
 *
 * Created on first use: kp_plan_get(). */

#define KP_TYPE_PLAN (kp_plan_get_type ())
G_DECLARE_FINAL_TYPE (KpPlan, kp_plan, KP, PLAN, KpProjectModule)

/**
 * KpPlanTemplate:
 * @period_from: first year of the plan
 * @period_to: last year
 * @levels: (array zero-terminated=1): 2–4 names of the levels ("Priorita", "Opatření",
 *   "Aktivita")
 * @skeleton: add the chapters of decree 505/2006 Sb., §39a
 * @generic_priorities: add the generic priorities many ORP use (udržení, zkvalitnění,
 *   rozvoj, doprovodné oblasti, všeobecná podpora)
 */
typedef struct
{
  int                period_from;
  int                period_to;
  const char *const *levels;
  gboolean           skeleton;
  gboolean           generic_priorities;
} KpPlanTemplate;

/* Returns: (transfer none): the plan of @project, created and read on first use */
KpPlan *kp_plan_get (KpProject *project);

/* Versions. Returns: (transfer none): GListModel of KpPlanVersion by number */
GListModel    *kp_plan_get_versions (KpPlan *self);
KpPlanVersion *kp_plan_get_current_version (KpPlan *self);
gboolean       kp_plan_has_plan (KpPlan *self);
/* Whether the current version may change (a draft or open for comments). */
gboolean kp_plan_is_editable (KpPlan *self);
/* The current version's levels and their number; NULL/0 without a plan. */
const char *const *kp_plan_get_levels (KpPlan *self);
guint              kp_plan_get_n_levels (KpPlan *self);
/* Returns: (transfer full): the whole content of version @number (0: the current one), or
 * %NULL with @error set */
KpPlanVersionData *kp_plan_dup_version_data (KpPlan  *self,
                                             int      number,
                                             GError **error);

/* Starts the plan (version 1) from a template; refused when a plan exists. */
gboolean kp_plan_start (KpPlan               *self,
                        const KpPlanTemplate *tmpl,
                        GError              **error);
gboolean kp_plan_set_vision (KpPlan     *self,
                             const char *vision,
                             GError    **error);
/* Renames the levels; their number may change when the tree is not deeper. */
gboolean kp_plan_set_levels (KpPlan            *self,
                             const char *const *levels,
                             GError           **error);
gboolean kp_plan_set_period (KpPlan  *self,
                             int      period_from,
                             int      period_to,
                             GError **error);
/* Draft → open for comments (ISO dates, from <= to) and back. */
gboolean kp_plan_open_for_comments (KpPlan     *self,
                                    const char *from,
                                    const char *to,
                                    GError    **error);
gboolean kp_plan_return_to_draft (KpPlan  *self,
                                  GError **error);
/* Approves the current version (@date ISO); the previous approved one is superseded. */
gboolean kp_plan_approve (KpPlan        *self,
                          KpApprovalBody body,
                          const char    *resolution,
                          const char    *date,
                          GError       **error);
/* A new draft version copied from the current (approved) one. */
gboolean kp_plan_start_revision (KpPlan  *self,
                                 GError **error);

/**
 * KpPlanDifferenceKind:
 * @KP_PLAN_DIFFERENCE_ADDED: in the newer version only
 * @KP_PLAN_DIFFERENCE_REMOVED: in the older version only
 * @KP_PLAN_DIFFERENCE_CHANGED: in both, with other fields or another place
 */
typedef enum
{
  KP_PLAN_DIFFERENCE_ADDED,
  KP_PLAN_DIFFERENCE_REMOVED,
  KP_PLAN_DIFFERENCE_CHANGED,
} KpPlanDifferenceKind;

typedef struct
{
  KpPlanDifferenceKind kind;
  char                *uid;
  char                *code; /* in the newer version, or the older for removed items */
  char                *title;
  GPtrArray           *fields; /* static char *: "title", "costs", "place" … */
} KpPlanDifference;

void kp_plan_difference_free (KpPlanDifference *difference);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanDifference, kp_plan_difference_free)

/* Returns: (transfer full) (element-type KpPlanDifference): the items added, changed and
 * removed from @older to @newer (version numbers), in the newer tree's order then the
 * removed ones; %NULL with @error set */
GPtrArray *kp_plan_compare (KpPlan  *self,
                            int      older,
                            int      newer,
                            GError **error);

/* The strategy tree of the current version. Returns: (transfer none): GListModel of the
 * KpPlanItem at the top (priorities) */
GListModel *kp_plan_get_items (KpPlan *self);
KpPlanItem *kp_plan_find_item (KpPlan *self,
                               gint64  id);
KpPlanItem *kp_plan_find_item_by_uid (KpPlan     *self,
                                      const char *uid);
guint       kp_plan_count_items (KpPlan *self);
/* Whether @item is on the last level (an activity). */
gboolean kp_plan_item_is_activity (KpPlan     *self,
                                   KpPlanItem *item);
/* Adds an item titled @title under @parent (%NULL: a priority) at @position (-1: last).
 * Returns: (transfer none): the new item, or %NULL with @error set */
KpPlanItem *kp_plan_add_item (KpPlan     *self,
                              KpPlanItem *parent,
                              int         position,
                              const char *title,
                              GError    **error);
gboolean    kp_plan_rename_item (KpPlan     *self,
                                 KpPlanItem *item,
                                 const char *title,
                                 GError    **error);
/* Moves @item under @parent (%NULL: top) to @position among its new siblings (counted
 * without @item). Refused when it would go below itself or deeper than the levels. */
gboolean kp_plan_move_item (KpPlan     *self,
                            KpPlanItem *item,
                            KpPlanItem *parent,
                            int         position,
                            GError    **error);
/* One step up or down among its siblings. */
gboolean kp_plan_move_item_by (KpPlan     *self,
                               KpPlanItem *item,
                               int         delta,
                               GError    **error);
/* Becomes the last child of the sibling before it / the sibling after its parent. */
gboolean kp_plan_indent_item (KpPlan     *self,
                              KpPlanItem *item,
                              GError    **error);
gboolean kp_plan_outdent_item (KpPlan     *self,
                               KpPlanItem *item,
                               GError    **error);
/* Deletes @item with everything below it. */
gboolean kp_plan_delete_item (KpPlan     *self,
                              KpPlanItem *item,
                              GError    **error);
/* Writes @data's fields (not its uid, id or children) to @item, checked (statuses, years
 * within the period, amounts, sources, target groups). */
gboolean kp_plan_update_item (KpPlan               *self,
                              KpPlanItem           *item,
                              const KpPlanItemData *data,
                              GError              **error);
/* One list of an activity's fields at a time (kp-plan-item-fields.c), each through
 * kp_plan_update_item(): one undo step. Refused: a value given twice, an obec outside the
 * project's territory, a change of capacity of zero, and what kp_plan_update_item()
 * refuses. @kinds: KpPlanServiceKind; @capacity: KpPlanCapacity; @services: identifikátory
 * or "local:ID"; @obce: kódy obcí, none for the whole territory; @findings: "Z-12". */
gboolean kp_plan_set_item_service_kinds (KpPlan     *self,
                                         KpPlanItem *item,
                                         GPtrArray  *kinds,
                                         GError    **error);
gboolean kp_plan_set_item_services (KpPlan            *self,
                                    KpPlanItem        *item,
                                    const char *const *services,
                                    GError           **error);
gboolean kp_plan_set_item_obce (KpPlan            *self,
                                KpPlanItem        *item,
                                const char *const *obce,
                                GError           **error);
gboolean kp_plan_set_item_capacity (KpPlan     *self,
                                    KpPlanItem *item,
                                    GPtrArray  *capacity,
                                    GError    **error);
gboolean kp_plan_set_item_findings (KpPlan            *self,
                                    KpPlanItem        *item,
                                    const char *const *findings,
                                    GError           **error);

/* Text chapters of the current version. Returns: (transfer none): GListModel of
 * KpPlanChapter in order */
GListModel    *kp_plan_get_chapters (KpPlan *self);
KpPlanChapter *kp_plan_add_chapter (KpPlan     *self,
                                    int         position,
                                    const char *title,
                                    GError    **error);
gboolean       kp_plan_update_chapter (KpPlan        *self,
                                       KpPlanChapter *chapter,
                                       const char    *title,
                                       int            depth,
                                       const char    *body,
                                       GError       **error);
gboolean       kp_plan_move_chapter (KpPlan        *self,
                                     KpPlanChapter *chapter,
                                     int            position,
                                     GError       **error);
gboolean       kp_plan_delete_chapter (KpPlan        *self,
                                       KpPlanChapter *chapter,
                                       GError       **error);

/* Public comments on the current version. Returns: (transfer none): GListModel of
 * KpPlanComment by date */
GListModel *kp_plan_get_comments (KpPlan *self);
/* Adds or (with @comment) rewrites a comment; @data->id is ignored. */
gboolean kp_plan_save_comment (KpPlan                  *self,
                               KpPlanComment           *comment,
                               const KpPlanCommentData *data,
                               GError                 **error);
gboolean kp_plan_delete_comment (KpPlan        *self,
                                 KpPlanComment *comment,
                                 GError       **error);

/* Action plans. Returns: (transfer none): GListModel of KpActionPlan by year */
GListModel   *kp_plan_get_action_plans (KpPlan *self);
KpActionPlan *kp_plan_find_action_plan (KpPlan *self,
                                        int     year);
/* Creates the action plan of @year_from (and @year_to = year_from + 1 at most) from the
 * current version: the activities running in those years, with those years' costs.
 * Returns: (transfer none): it, or %NULL with @error set */
KpActionPlan *kp_plan_create_action_plan (KpPlan  *self,
                                          int      year_from,
                                          int      year_to,
                                          GError **error);
gboolean      kp_plan_delete_action_plan (KpPlan       *self,
                                          KpActionPlan *plan,
                                          GError      **error);
/* Rewrites one entry of @plan (the one with @entry->item_uid): its own fields and its
 * monitoring (state, spent, actual values). */
gboolean kp_plan_update_action_plan_entry (KpPlan                  *self,
                                           KpActionPlan            *plan,
                                           const KpActionPlanEntry *entry,
                                           GError                 **error);
/* Moves the unfinished activities of @plan into the next year's action plan (made when
 * missing), in one step; those not started there are marked moved. Returns: (transfer
 * none): the next year's action plan */
KpActionPlan *kp_plan_carry_over (KpPlan       *self,
                                  KpActionPlan *plan,
                                  guint        *out_n_moved,
                                  GError      **error);

/**
 * KpEvaluationLine:
 * @priority_uid: (nullable): %NULL for the line of the whole plan
 * @label: the priority's code and title, or "Total"
 * @activities: activities evaluated
 * @by_status: how many ended in each state (an activity without a state is not started)
 * @indicators: indicators with a target
 * @targets_met: of those, the ones whose actual value reached the target
 * @planned: money planned, whole Kč
 * @spent: money spent, whole Kč
 */
typedef struct
{
  char  *priority_uid;
  char  *label;
  guint  activities;
  guint  by_status[KP_N_ACTIVITY_STATUSES];
  guint  indicators;
  guint  targets_met;
  gint64 planned;
  gint64 spent;
} KpEvaluationLine;

void kp_evaluation_line_free (KpEvaluationLine *line);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpEvaluationLine, kp_evaluation_line_free)

/* The evaluation of the action plans of the years @year_from to @year_to: per priority in
 * plan order, then the total. An activity in several action plans counts once with its
 * latest state and indicators; money adds up over the years.
 * Returns: (transfer full) (element-type KpEvaluationLine) */
GPtrArray *kp_plan_evaluate (KpPlan *self,
                             int     year_from,
                             int     year_to);
/* The evaluation as CommonMark, for the "vyhodnocení předchozího plánu" chapter. */
char *kp_plan_format_evaluation (KpPlan *self,
                                 int     year_from,
                                 int     year_to);

/* Writes the evaluation of the previous plan's years (the version the current one was
 * copied from; the current one's own years when it is the first) at the end of the
 * chapter "Vyhodnocení předchozího plánu", made when missing; one undo step. Refused when
 * none of those action plans has activities. */
gboolean kp_plan_take_evaluation (KpPlan  *self,
                                  GError **error);

/* The obce of the territory as the plan names them (kp-plan-obce.c). Returns: (transfer
 * full): the obec's name, with its okres when the territory has another obec of that name;
 * @kod when the territory has no such obec */
char *kp_plan_dup_obec_label (KpPlan     *self,
                              const char *kod);
/* The budget of an action plan per source with a line per obec, each named.
 * Returns: (transfer full) (element-type KpBudgetLine) */
GPtrArray *kp_plan_budget_by_source (KpPlan                 *self,
                                     const KpActionPlanData *data);

/* Findings of the needs analysis (kp-finding-lookup.h). Returns: (transfer full) (nullable):
 * the text of the finding @finding_id from the project's module that holds findings, %NULL
 * when no module has it (or there is no such module yet) */
char *kp_plan_dup_finding_title (KpPlan     *self,
                                 const char *finding_id);
/* Returns: (transfer full) (element-type KpPlanItem): the items of the current version
 * justified by @finding_id, in tree order */
GPtrArray *kp_plan_list_items_for_finding (KpPlan     *self,
                                           const char *finding_id);

/* JSON ("komplan-plan/1", docs/plan-format.md). Returns: (transfer full): the version
 * @number (0: current) with the action plans, or %NULL with @error set */
char *kp_plan_export_json (KpPlan  *self,
                           int      number,
                           GError **error);
/* Replaces the draft (a new draft after an approved version) and, when the file has
 * them, the action plans, in one undo step. A bad file changes nothing; the error names
 * the item and the reason (KP_IMPORT_ERROR). @name: the file's name, for messages. */
gboolean kp_plan_import_json (KpPlan     *self,
                              const char *json,
                              gsize       length,
                              const char *name,
                              GError    **error);

G_END_DECLS
