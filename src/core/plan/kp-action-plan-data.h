/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-plan-vocabulary.h"

G_BEGIN_DECLS

/* An action plan (akční plán) as plain data: for a year (or two), the activities it took
 * from a plan version, what belongs to it only, and their monitoring. Money is whole Kč. */

typedef struct
{
  int               year;
  KpFinancingSource source;
  char             *obec_kod;
  gint64            planned;
  gboolean          has_spent;
  gint64            spent;
} KpActionPlanAmount;

typedef struct
{
  char    *uid; /* the plan indicator's uid */
  char    *name;
  char    *unit;
  gboolean has_baseline;
  double   baseline;
  gboolean has_target;
  double   target;
  gboolean has_actual;
  double   actual;
} KpActionPlanIndicator;

typedef struct
{
  char *item_uid;
  /* Copied from the plan when the entry was made. */
  char *code;
  char *title;
  char *priority_uid;
  char *priority_code;
  char *priority_title;
  /* The action plan's own. */
  char *deadline; /* "YYYY-MM" or ISO date */
  char *responsible;
  char *note;
  /* Monitoring. */
  gboolean         has_status;
  KpActivityStatus status;
  char            *evaluation;
  gboolean         carried_over; /* came from the previous year's action plan */

  GPtrArray *amounts;    /* KpActionPlanAmount */
  GPtrArray *indicators; /* KpActionPlanIndicator */
} KpActionPlanEntry;

typedef struct
{
  gint64     id;
  int        year_from;
  int        year_to;
  int        version_number;
  GPtrArray *entries; /* KpActionPlanEntry, in plan order */
} KpActionPlanData;

KpActionPlanAmount    *kp_action_plan_amount_copy (const KpActionPlanAmount *amount);
void                   kp_action_plan_amount_free (KpActionPlanAmount *amount);
KpActionPlanIndicator *kp_action_plan_indicator_copy (const KpActionPlanIndicator *indicator);
void                   kp_action_plan_indicator_free (KpActionPlanIndicator *indicator);
KpActionPlanEntry     *kp_action_plan_entry_new (void);
KpActionPlanEntry     *kp_action_plan_entry_copy (const KpActionPlanEntry *entry);
void                   kp_action_plan_entry_free (KpActionPlanEntry *entry);
/* Sums of the entry's amounts: planned, and spent (amounts without a spent sum count 0). */
gint64 kp_action_plan_entry_planned (const KpActionPlanEntry *entry);
gint64 kp_action_plan_entry_spent (const KpActionPlanEntry *entry);

KpActionPlanData *kp_action_plan_data_new (void);
KpActionPlanData *kp_action_plan_data_copy (const KpActionPlanData *data);
void              kp_action_plan_data_free (KpActionPlanData *data);

/**
 * KpBudgetLine:
 * @key: a source id ("kraj"; "obec:599999" for the money of one obec), or a priority's uid
 * @label: the source's name, or the priority's code and title
 * @obec_kod: (nullable): for the source obec, the obec whose money it is
 * @planned: whole Kč
 * @spent: whole Kč
 */
typedef struct
{
  char  *key;
  char  *label;
  char  *obec_kod;
  gint64 planned;
  gint64 spent;
} KpBudgetLine;

void kp_budget_line_free (KpBudgetLine *line);

/* The budget of an action plan per source, and per priority (in plan order), with totals
 * exact in whole Kč. Per obec, the source obec has a line for the money of obce not named
 * and then one per obec named (by code, in code order); kp_plan_budget_by_source() gives
 * them the obce's names. Returns: (transfer full) (element-type KpBudgetLine) */
GPtrArray *kp_action_plan_budget_by_source (const KpActionPlanData *data);
GPtrArray *kp_action_plan_budget_by_source_per_obec (const KpActionPlanData *data);
GPtrArray *kp_action_plan_budget_by_priority (const KpActionPlanData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpActionPlanAmount, kp_action_plan_amount_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpActionPlanIndicator, kp_action_plan_indicator_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpActionPlanEntry, kp_action_plan_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpActionPlanData, kp_action_plan_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpBudgetLine, kp_budget_line_free)

G_END_DECLS
