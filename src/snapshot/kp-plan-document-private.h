/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-action-plan-data.h"
#include "kp-action-plan.h"
#include "kp-document-settings.h"
#include "kp-plan-data.h"
#include "kp-plan-document-settings.h"
#include "kp-plan.h"
#include "kp-project.h"
#include "kp-text-document.h"

G_BEGIN_DECLS

/* What the builders of the plan documents share: the project, its plan version copied
 * out, and the document being filled. */
typedef struct
{
  KpProject          *project;
  KpPlan             *plan;
  KpPlanVersionData  *data;
  KpTextDocument     *doc;
  KpDocumentSettings *document_settings; /* (nullable) the cover's logos and publicity */
  GHashTable         *codes;             /* item uid → code "1.2.3" */
  int                 n_levels;
  gboolean            has_budget; /* a chapter had the budget block */
  gboolean            has_map;    /* a chapter has a map block: the demography has none */

  /* the document as the user set it up (nullable), and whether the survey results it
   * chose are in, or a block of the plan has them */
  KpPlanDocumentSettings *settings;
  gboolean                surveys_placed;
} KpPlanDocContext;

/* kp-plan-document-builder.c */
const char *kp_plan_doc_source_name (KpFinancingSource source);
const char *kp_plan_doc_status_name (KpActivityStatus status);
const char *kp_plan_doc_settlement_name (KpSettlement settlement);
char       *kp_plan_doc_format_month (const char *iso);
char       *kp_plan_doc_format_number (gboolean has,
                                       double   value);
void        kp_plan_doc_add_cells (KpDocTable    *table,
                                   KpDocSpanFlags flags,
                                   ...) G_GNUC_NULL_TERMINATED;
void        kp_plan_doc_add_money_cell (KpDocTable    *table,
                                        KpDocSpanFlags flags,
                                        gint64         amount);
gboolean    kp_plan_doc_is_activity (const KpPlanDocContext *ctx,
                                     int                     depth);

/* kp-plan-document-chapters.c */
void kp_plan_doc_add_commonmark (KpPlanDocContext *ctx,
                                 const char       *markdown,
                                 int               base_level);
void kp_plan_doc_add_chapters (KpPlanDocContext *ctx);

/* kp-plan-document-blocks.c: the live blocks of chapters; @body is the block's text
 * (lines "key: value"), %NULL for none */
void kp_plan_doc_add_live_block (KpPlanDocContext *ctx,
                                 const char       *kind,
                                 const char       *body);

/* kp-plan-document-abbreviations.c */
void kp_plan_doc_add_abbreviations (KpPlanDocContext *ctx,
                                    const char       *heading);

/* kp-plan-document-cover.c */
void kp_plan_doc_add_cover (KpPlanDocContext *ctx);

/* kp-plan-document-map.c */
void kp_plan_doc_add_map (KpPlanDocContext *ctx,
                          const char       *body);

/* kp-plan-document-strategy.c */
void kp_plan_doc_add_strategy_table (KpPlanDocContext *ctx);
void kp_plan_doc_add_cards (KpPlanDocContext *ctx);
void kp_plan_doc_add_budget_tables (KpPlanDocContext *ctx);
void kp_plan_doc_add_monitoring (KpPlanDocContext *ctx);

/* kp-plan-document-reports.c */
void kp_plan_doc_build_action_plan (KpPlanDocContext       *ctx,
                                    const KpActionPlanData *ap);
void kp_plan_doc_build_evaluation (KpPlanDocContext *ctx,
                                   int               year_from,
                                   int               year_to);
void kp_plan_doc_build_comments (KpPlanDocContext *ctx);

/* kp-plan-document-survey.c: the survey results chosen in the settings */
void kp_plan_doc_add_surveys (KpPlanDocContext *ctx);
void kp_plan_doc_add_surveys_before (KpPlanDocContext        *ctx,
                                     const KpPlanChapterData *chapter);
void kp_plan_doc_add_surveys_after (KpPlanDocContext *ctx);

G_END_DECLS
