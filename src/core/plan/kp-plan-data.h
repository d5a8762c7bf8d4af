/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-plan-vocabulary.h"

G_BEGIN_DECLS

/* The content of a plan version as plain data: what the repository reads and writes, what
 * the JSON format carries, what two versions are compared by and what a document builder
 * reads (kp_plan_dup_version_data()). Strings are UTF-8 and owned; %NULL means not set.
 * Money is whole Kč. */

#define KP_PLAN_MIN_LEVELS 2
#define KP_PLAN_MAX_LEVELS 4

/**
 * KpPlanState:
 * @KP_PLAN_STATE_DRAFT: being written
 * @KP_PLAN_STATE_COMMENTS: published for public comments (it can still change)
 * @KP_PLAN_STATE_APPROVED: approved; frozen
 * @KP_PLAN_STATE_SUPERSEDED: replaced by a newer approved version; frozen
 */
typedef enum
{
  KP_PLAN_STATE_DRAFT,
  KP_PLAN_STATE_COMMENTS,
  KP_PLAN_STATE_APPROVED,
  KP_PLAN_STATE_SUPERSEDED,
} KpPlanState;

const char *kp_plan_state_to_string (KpPlanState state);
gboolean    kp_plan_state_from_string (const char  *id,
                                       KpPlanState *out_state);
/* Translated: "Draft", "Open for comments", "Approved", "Superseded". */
const char *kp_plan_state_get_name (KpPlanState state);
gboolean    kp_plan_state_is_frozen (KpPlanState state);

/**
 * KpPlanFocus:
 * @KP_PLAN_FOCUS_NONE: not tagged
 * @KP_PLAN_FOCUS_COMMON: common to all target groups (průřezová)
 * @KP_PLAN_FOCUS_GROUP: for one planning group (focus_group)
 * @KP_PLAN_FOCUS_TERRITORY: for a sub-territory (focus_name and the item's obce)
 *
 * What a priority or measure is for.
 */
typedef enum
{
  KP_PLAN_FOCUS_NONE,
  KP_PLAN_FOCUS_COMMON,
  KP_PLAN_FOCUS_GROUP,
  KP_PLAN_FOCUS_TERRITORY,
} KpPlanFocus;

/**
 * KpPlanImplementer:
 * @KP_PLAN_IMPLEMENTER_NONE: not given
 * @KP_PLAN_IMPLEMENTER_PROVIDER: a provider of the network, by IČO
 * @KP_PLAN_IMPLEMENTER_OBEC: an obec, by its code
 * @KP_PLAN_IMPLEMENTER_TEXT: anybody else, as text
 */
typedef enum
{
  KP_PLAN_IMPLEMENTER_NONE,
  KP_PLAN_IMPLEMENTER_PROVIDER,
  KP_PLAN_IMPLEMENTER_OBEC,
  KP_PLAN_IMPLEMENTER_TEXT,
} KpPlanImplementer;

typedef struct
{
  int               year;
  KpFinancingSource source;
  char             *obec_kod; /* source obec: which obec, or NULL */
  gint64            amount;   /* whole Kč, >= 0 */
} KpPlanCost;

typedef struct
{
  char    *uid;
  char    *name;
  char    *unit; /* free text ("klienti", "počet setkání") */
  gboolean has_baseline;
  double   baseline;
  gboolean has_target;
  double   target;
} KpPlanIndicator;

typedef struct
{
  char  *unit; /* a capacity unit code (kp-capacity-unit.h) */
  double change;
} KpPlanCapacity;

typedef struct
{
  char *kind; /* DruhSocialniSluzby/N */
  char *form; /* "pob", "amb", "ter" or NULL */
} KpPlanServiceKind;

typedef struct _KpPlanItemData KpPlanItemData;

struct _KpPlanItemData
{
  gint64 id; /* 0 before it is stored */
  char  *uid;
  char  *title;
  char  *description;
  char  *justification;

  KpPlanFocus focus;
  char       *focus_group; /* a planning group id */
  char       *focus_name;

  KpPlanImplementer implementer_kind;
  char             *implementer;
  char             *partners;
  char             *responsible;
  char             *start; /* "YYYY-MM" */
  char             *end;
  gboolean          has_status;
  KpActivityStatus  status;
  char             *note;

  GPtrArray *target_groups; /* char *: registry names */
  GPtrArray *service_kinds; /* KpPlanServiceKind */
  GPtrArray *services;      /* char *: identifikátor, or "local:ID" */
  GPtrArray *obce;          /* char *: kód obce */
  GPtrArray *findings;      /* char *: stable ids of findings */
  GPtrArray *capacity;      /* KpPlanCapacity */
  GPtrArray *costs;         /* KpPlanCost, sorted by year, source, obec */
  GPtrArray *indicators;    /* KpPlanIndicator */

  GPtrArray *children; /* KpPlanItemData, owned, in order */
};

typedef struct
{
  gint64 id;
  char  *uid;
  int    depth; /* 1–3 */
  char  *title;
  char  *body; /* CommonMark */
} KpPlanChapterData;

typedef enum
{
  KP_PLAN_COMMENT_PLAN,
  KP_PLAN_COMMENT_CHAPTER,
  KP_PLAN_COMMENT_ITEM,
} KpPlanCommentTarget;

typedef struct
{
  gint64              id;
  gboolean            from_public; /* "veřejnost": no name is kept */
  char               *author;      /* the organisation */
  char               *received_on; /* ISO date */
  KpPlanCommentTarget target_kind;
  char               *target_uid;
  char               *text;
  gboolean            settled;
  KpSettlement        settlement;
  char               *reason;
  char               *change_made;
} KpPlanCommentData;

typedef struct
{
  gint64         id;
  int            number;
  int            period_from;
  int            period_to;
  GPtrArray     *levels; /* char *, 2–4 names */
  char          *vision;
  KpPlanState    state;
  char          *comments_from;
  char          *comments_to;
  gboolean       has_approved_by;
  KpApprovalBody approved_by;
  char          *resolution;
  char          *approved_on;
  int            based_on; /* 0: none */

  GPtrArray *chapters; /* KpPlanChapterData */
  GPtrArray *items;    /* KpPlanItemData: the roots */
  GPtrArray *comments; /* KpPlanCommentData */
} KpPlanVersionData;

KpPlanItemData *kp_plan_item_data_new (void);
KpPlanItemData *kp_plan_item_data_copy (const KpPlanItemData *data,
                                        gboolean              with_children);
void            kp_plan_item_data_free (KpPlanItemData *data);
/* Whether the fields (not the children, ids or uid) are the same. */
gboolean kp_plan_item_data_equal_fields (const KpPlanItemData *a,
                                         const KpPlanItemData *b);
/* The names of the fields that differ, NULL-terminated (static strings: "title", "costs"…). */
GPtrArray *kp_plan_item_data_diff_fields (const KpPlanItemData *a,
                                          const KpPlanItemData *b);
/* Sum of @data's own costs (not its children's). */
gint64 kp_plan_item_data_total_costs (const KpPlanItemData *data);

KpPlanCost        *kp_plan_cost_new (int               year,
                                     KpFinancingSource source,
                                     const char       *obec_kod,
                                     gint64            amount);
KpPlanCost        *kp_plan_cost_copy (const KpPlanCost *cost);
void               kp_plan_cost_free (KpPlanCost *cost);
int                kp_plan_cost_compare (const KpPlanCost *a,
                                         const KpPlanCost *b);
KpPlanIndicator   *kp_plan_indicator_copy (const KpPlanIndicator *indicator);
void               kp_plan_indicator_free (KpPlanIndicator *indicator);
KpPlanCapacity    *kp_plan_capacity_copy (const KpPlanCapacity *capacity);
void               kp_plan_capacity_free (KpPlanCapacity *capacity);
KpPlanServiceKind *kp_plan_service_kind_copy (const KpPlanServiceKind *kind);
void               kp_plan_service_kind_free (KpPlanServiceKind *kind);

KpPlanChapterData *kp_plan_chapter_data_copy (const KpPlanChapterData *data);
void               kp_plan_chapter_data_free (KpPlanChapterData *data);
KpPlanCommentData *kp_plan_comment_data_new (void);
KpPlanCommentData *kp_plan_comment_data_copy (const KpPlanCommentData *data);
void               kp_plan_comment_data_free (KpPlanCommentData *data);

KpPlanVersionData *kp_plan_version_data_new (void);
void               kp_plan_version_data_free (KpPlanVersionData *data);
/* Every item of @data in tree order (preorder), with its code ("1.2.3") and depth (1…). */
typedef gboolean (*KpPlanItemVisitFunc) (const KpPlanItemData *item,
                                         const char           *code,
                                         int                   depth,
                                         const KpPlanItemData *parent,
                                         gpointer              user_data);
gboolean kp_plan_version_data_walk (const KpPlanVersionData *data,
                                    KpPlanItemVisitFunc      func,
                                    gpointer                 user_data);

/* The uid of a new item, indicator or chapter: random, ASCII. */
char *kp_plan_new_uid (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanItemData, kp_plan_item_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanCost, kp_plan_cost_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanIndicator, kp_plan_indicator_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanCapacity, kp_plan_capacity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanServiceKind, kp_plan_service_kind_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanChapterData, kp_plan_chapter_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanCommentData, kp_plan_comment_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpPlanVersionData, kp_plan_version_data_free)

G_END_DECLS
