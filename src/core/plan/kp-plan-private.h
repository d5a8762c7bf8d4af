/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: the plan module's state, shared by the files it is split into:
 * kp-plan.c (the model: reading and reloading), kp-plan-tree.c (the strategy tree),
 * kp-plan-edit.c (item fields, chapters, comments), kp-plan-versions.c (templates, states,
 * revisions, comparison), kp-plan-action.c (action plans, evaluation), kp-plan-json-*.c. */

#include "kp-action-plan-repository.h"
#include "kp-plan-repository.h"
#include "kp-plan.h"
#include "kp-project-private.h"

G_BEGIN_DECLS

struct _KpPlan
{
  KpProjectModule parent_instance;

  GListStore    *versions; /* KpPlanVersion by number */
  KpPlanVersion *current;  /* the newest, or NULL without a plan */
  GStrv          levels;   /* of the current version */
  GListStore    *roots;    /* KpPlanItem */
  GHashTable    *items;    /* &id → KpPlanItem (owned) */
  GListStore    *chapters; /* KpPlanChapter */
  GListStore    *comments; /* KpPlanComment */
  GListStore    *action_plans;
};

KpDatabase *kp_plan_get_database (KpPlan *self);
KpProject  *kp_plan_get_project (KpPlan *self);
gint64      kp_plan_get_current_id (KpPlan *self);
/* Whether the current version exists and may change; sets @error if not. */
gboolean kp_plan_check_editable (KpPlan  *self,
                                 GError **error);
/* Stripped text, NULL when blank or NULL. */
char *kp_plan_clean_text (const char *text);
/* Checks an item's data against the plan's rules (@period of the version, @path names the
 * item in messages); KP_PROJECT_ERROR_INVALID. */
gboolean kp_plan_check_item_data (const KpPlanItemData *data,
                                  int                   period_from,
                                  int                   period_to,
                                  const char           *path,
                                  GError              **error);
/* The template's content: chapters and priorities (kp-plan-versions.c). */
void kp_plan_fill_template (KpPlanVersionData    *data,
                            const KpPlanTemplate *tmpl);
/* Writes a whole plan (versions' content and action plans) parsed from JSON into @db, in
 * the caller's transaction: the sample project uses it (kp-plan-json-read.c). */
gboolean kp_plan_write_sample (KpDatabase *db,
                               GError    **error);

/* kp-plan-model.c: applies @rows (the items of @ids that still exist; all items of the
 * version when @ids is %NULL) to the tree, and puts a list in the order of @wanted with the
 * smallest change. */
void kp_plan_apply_items (KpPlan    *self,
                          GPtrArray *rows,
                          GArray    *ids);
void kp_plan_splice_minimal (GListStore *store,
                             GPtrArray  *wanted);

/* kp-plan-item.c */
KpPlanItem *kp_plan_item_new (KpPlanItemRow *row);
gboolean    kp_plan_item_update (KpPlanItem    *self,
                                 KpPlanItemRow *row);
gint64      kp_plan_item_get_parent_id (KpPlanItem *self);
void        kp_plan_item_set_parent (KpPlanItem *self,
                                     KpPlanItem *parent);
GListStore *kp_plan_item_get_store (KpPlanItem *self);
void        kp_plan_item_set_code (KpPlanItem *self,
                                   const char *code,
                                   int         depth);

/* The objects' constructors and setters take the data. */
KpPlanVersion *kp_plan_version_new (KpPlanVersionData *data);
void           kp_plan_version_set_data (KpPlanVersion     *self,
                                         KpPlanVersionData *data);
KpPlanChapter *kp_plan_chapter_new (KpPlanChapterData *data);
void           kp_plan_chapter_set_data (KpPlanChapter     *self,
                                         KpPlanChapterData *data);
KpPlanComment *kp_plan_comment_new (KpPlanCommentData *data);
void           kp_plan_comment_set_data (KpPlanComment     *self,
                                         KpPlanCommentData *data);
KpActionPlan  *kp_action_plan_new (KpActionPlanData *data);
void           kp_action_plan_set_data (KpActionPlan     *self,
                                        KpActionPlanData *data);

/* JSON (kp-plan-json-*.c). A parsed plan file: the version content and, when present,
 * the action plans. */
typedef struct
{
  KpPlanVersionData *version;
  GPtrArray         *action_plans; /* KpActionPlanData, or NULL when the file has none */
} KpPlanFile;

void        kp_plan_file_free (KpPlanFile *file);
KpPlanFile *kp_plan_json_parse (const char *json,
                                gsize       length,
                                const char *name,
                                GError    **error);
char       *kp_plan_json_write (const KpPlanVersionData *version,
                                GPtrArray               *action_plans);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanFile, kp_plan_file_free)

G_END_DECLS
