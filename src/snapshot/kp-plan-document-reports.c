/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-plan-document-private.h"

/* The action plan of a year, the evaluation report and the settlement of comments. */

static void
add_budget_lines (KpPlanDocContext *ctx,
                  GPtrArray        *lines,
                  const char       *caption,
                  const char       *first,
                  gboolean          spent)
{
  KpDocTable *table = kp_text_document_add_table (ctx->doc, spent ? 3 : 2);
  gint64      planned = 0, total_spent = 0;

  kp_doc_table_set_column (table, 0, spent ? 0.5 : 0.7, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, spent ? 0.25 : 0.3, KP_DOC_ALIGN_RIGHT);
  if (spent)
    kp_doc_table_set_column (table, 2, 0.25, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, caption);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, first, D_ ("Planned"), NULL);
  if (spent)
    kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Spent"));
  for (guint i = 0; i < lines->len; i++)
    {
      const KpBudgetLine *line = g_ptr_array_index (lines, i);
      KpFinancingSource   source;
      const char         *label = line->label;

      if (kp_financing_source_from_string (line->key, &source))
        label = kp_plan_doc_source_name (source);
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, label);
      kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_PLAIN, line->planned);
      if (spent)
        kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_PLAIN, line->spent);
      planned += line->planned;
      total_spent += line->spent;
    }
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Total"));
  kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_BOLD, planned);
  if (spent)
    kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_BOLD, total_spent);
}

static void
add_amounts (KpPlanDocContext        *ctx,
             const KpActionPlanEntry *entry)
{
  KpDocTable *table = kp_text_document_add_table (ctx->doc, 3);

  kp_doc_table_set_column (table, 0, 0.2, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.5, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.3, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Year"), D_ ("Source"), D_ ("Amount"), NULL);
  for (guint i = 0; i < entry->amounts->len; i++)
    {
      const KpActionPlanAmount *amount = g_ptr_array_index (entry->amounts, i);
      g_autofree char          *year = g_strdup_printf ("%d", amount->year);

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, year,
                             kp_plan_doc_source_name (amount->source), NULL);
      kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_PLAIN, amount->planned);
    }
}

static void
add_priority_heading (KpPlanDocContext        *ctx,
                      const KpActionPlanEntry *entry,
                      const char             **last)
{
  g_autofree char *heading = NULL;

  if (g_strcmp0 (*last, entry->priority_uid) == 0)
    return;
  *last = entry->priority_uid;
  heading = g_strdup_printf ("%s %s", entry->priority_code != NULL ? entry->priority_code : "",
                             entry->priority_title != NULL ? entry->priority_title : "");
  kp_text_document_add_heading (ctx->doc, 2, NULL, g_strstrip (heading));
}

/* The activities of the action plan under their priorities, with responsibility, deadline
 * and money, then the budget per source and per priority. */
void
kp_plan_doc_build_action_plan (KpPlanDocContext       *ctx,
                               const KpActionPlanData *ap)
{
  g_autoptr (GPtrArray) by_source = kp_action_plan_budget_by_source (ap);
  g_autoptr (GPtrArray) by_priority = kp_action_plan_budget_by_priority (ap);
  const char *last = NULL;

  kp_text_document_add_contents (ctx->doc, 2);
  kp_text_document_add_heading (ctx->doc, 1, "aktivity", D_ ("Activities of the action plan"));
  for (guint i = 0; i < ap->entries->len; i++)
    {
      const KpActionPlanEntry *entry = g_ptr_array_index (ap->entries, i);
      g_autofree char         *heading = g_strdup_printf ("%s %s", entry->code != NULL ? entry->code : "",
                                                  entry->title != NULL ? entry->title : "");
      g_autofree char         *deadline = kp_plan_doc_format_month (entry->deadline);
      g_autofree char         *planned = kp_format_money (kp_action_plan_entry_planned (entry));
      KpDocTable              *table;

      add_priority_heading (ctx, entry, &last);
      kp_text_document_add_heading (ctx->doc, 3, NULL, heading);
      table = kp_text_document_add_table (ctx->doc, 2);
      kp_doc_table_set_column (table, 0, 0.3, KP_DOC_ALIGN_LEFT);
      kp_doc_table_set_column (table, 1, 0.7, KP_DOC_ALIGN_LEFT);
      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, D_ ("Responsible"),
                             entry->responsible != NULL ? entry->responsible : "–", D_ ("Deadline"),
                             deadline, D_ ("Planned"), planned, NULL);
      if (entry->note != NULL && entry->note[0] != '\0')
        kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, D_ ("Note"), entry->note, NULL);
      if (entry->carried_over)
        kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, D_ ("Carried over"),
                               D_ ("from the previous action plan"), NULL);
      if (entry->amounts != NULL && entry->amounts->len > 0)
        add_amounts (ctx, entry);
    }
  kp_text_document_add_heading (ctx->doc, 1, "rozpocet", D_ ("Budget of the action plan"));
  add_budget_lines (ctx, by_source, D_ ("Budget by source"), D_ ("Source"), FALSE);
  add_budget_lines (ctx, by_priority, D_ ("Budget by priority"), D_ ("Priority"), FALSE);
}

static void
add_entry_evaluation (KpPlanDocContext        *ctx,
                      const KpActionPlanEntry *entry,
                      int                      year)
{
  g_autofree char *heading = g_strdup_printf ("%s %s", entry->code != NULL ? entry->code : "",
                                              entry->title != NULL ? entry->title : "");
  g_autofree char *planned = kp_format_money (kp_action_plan_entry_planned (entry));
  g_autofree char *spent = kp_format_money (kp_action_plan_entry_spent (entry));
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  KpDocTable      *table;

  kp_text_document_add_heading (ctx->doc, 3, NULL, heading);
  table = kp_text_document_add_table (ctx->doc, 2);
  kp_doc_table_set_column (table, 0, 0.3, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.7, KP_DOC_ALIGN_LEFT);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, D_ ("Year"), year_text, D_ ("State"),
                         kp_plan_doc_status_name (entry->has_status ? entry->status
                                                                    : KP_ACTIVITY_STATUS_NOT_STARTED),
                         D_ ("Planned"), planned, D_ ("Spent"), spent, NULL);
  if (entry->evaluation != NULL && entry->evaluation[0] != '\0')
    kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, D_ ("Evaluation"), entry->evaluation, NULL);
  if (entry->indicators != NULL && entry->indicators->len > 0)
    {
      KpDocTable *indicators = kp_text_document_add_table (ctx->doc, 4);

      kp_doc_table_set_column (indicators, 0, 0.46, KP_DOC_ALIGN_LEFT);
      for (guint c = 1; c < 4; c++)
        kp_doc_table_set_column (indicators, c, 0.18, KP_DOC_ALIGN_RIGHT);
      kp_doc_table_set_header_rows (indicators, 1);
      kp_plan_doc_add_cells (indicators, KP_DOC_SPAN_BOLD, D_ ("Indicator"), D_ ("Baseline"),
                             D_ ("Target"), D_ ("Actual"), NULL);
      for (guint i = 0; i < entry->indicators->len; i++)
        {
          const KpActionPlanIndicator *ind = g_ptr_array_index (entry->indicators, i);
          g_autofree char             *baseline = kp_plan_doc_format_number (ind->has_baseline, ind->baseline);
          g_autofree char             *target = kp_plan_doc_format_number (ind->has_target, ind->target);
          g_autofree char             *actual = kp_plan_doc_format_number (ind->has_actual, ind->actual);

          kp_plan_doc_add_cells (indicators, KP_DOC_SPAN_PLAIN, ind->name != NULL ? ind->name : "",
                                 baseline, target, actual, NULL);
        }
    }
}

static void
add_summary (KpPlanDocContext *ctx,
             int               year_from,
             int               year_to)
{
  g_autoptr (GPtrArray) lines = kp_plan_evaluate (ctx->plan, year_from, year_to);
  KpDocTable *table = kp_text_document_add_table (ctx->doc, 6);

  kp_doc_table_set_column (table, 0, 0.34, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.1, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 2, 0.1, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 3, 0.12, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 4, 0.17, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 5, 0.17, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Summary by priority"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Priority"), D_ ("Activities"), D_ ("Done"),
                         D_ ("Targets met"), D_ ("Planned"), D_ ("Spent"), NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const KpEvaluationLine *line = g_ptr_array_index (lines, i);
      KpDocSpanFlags          flags = line->priority_uid == NULL ? KP_DOC_SPAN_BOLD : KP_DOC_SPAN_PLAIN;
      g_autofree char        *activities = g_strdup_printf ("%u", line->activities);
      g_autofree char        *done = g_strdup_printf ("%u", line->by_status[KP_ACTIVITY_STATUS_DONE]);
      g_autofree char        *met = g_strdup_printf ("%u / %u", line->targets_met, line->indicators);

      kp_plan_doc_add_cells (table, flags, line->priority_uid == NULL ? D_ ("Total") : line->label,
                             activities, done, met, NULL);
      kp_plan_doc_add_money_cell (table, flags, line->planned);
      kp_plan_doc_add_money_cell (table, flags, line->spent);
    }
}

/* Per priority the counts, targets and money; then each action plan of the years, its
 * activities with their state, indicators planned against actual and money. */
void
kp_plan_doc_build_evaluation (KpPlanDocContext *ctx,
                              int               year_from,
                              int               year_to)
{
  GListModel *plans = kp_plan_get_action_plans (ctx->plan);

  kp_text_document_add_contents (ctx->doc, 2);
  kp_text_document_add_heading (ctx->doc, 1, "souhrn", D_ ("Summary"));
  add_summary (ctx, year_from, year_to);
  for (guint p = 0; p < g_list_model_get_n_items (plans); p++)
    {
      g_autoptr (KpActionPlan) plan = g_list_model_get_item (plans, p);
      const KpActionPlanData *ap = kp_action_plan_get_data (plan);
      g_autoptr (GPtrArray) by_source = NULL;
      g_autofree char *heading = NULL;
      const char      *last = NULL;

      if (ap->year_to < year_from || ap->year_from > year_to)
        continue;
      heading = ap->year_from == ap->year_to
                    ? g_strdup_printf ("%s %d", D_ ("Action plan"), ap->year_from)
                    : g_strdup_printf ("%s %d–%d", D_ ("Action plan"), ap->year_from, ap->year_to);
      kp_text_document_add_heading (ctx->doc, 1, NULL, heading);
      for (guint i = 0; i < ap->entries->len; i++)
        {
          const KpActionPlanEntry *entry = g_ptr_array_index (ap->entries, i);

          add_priority_heading (ctx, entry, &last);
          add_entry_evaluation (ctx, entry, ap->year_from);
        }
      by_source = kp_action_plan_budget_by_source (ap);
      add_budget_lines (ctx, by_source, D_ ("Money planned and spent by source"), D_ ("Source"),
                        TRUE);
    }
}

static const char *
target_text (KpPlanDocContext        *ctx,
             const KpPlanCommentData *comment)
{
  if (comment->target_kind == KP_PLAN_COMMENT_ITEM)
    {
      const char *code = g_hash_table_lookup (ctx->codes, comment->target_uid);

      return code != NULL ? code : "–";
    }
  if (comment->target_kind == KP_PLAN_COMMENT_CHAPTER)
    for (guint i = 0; i < ctx->data->chapters->len; i++)
      {
        const KpPlanChapterData *chapter = g_ptr_array_index (ctx->data->chapters, i);

        if (g_strcmp0 (chapter->uid, comment->target_uid) == 0)
          return chapter->title;
      }
  return D_ ("The whole plan");
}

/* Every comment: who sent it and when, on what, its text, and how it was settled. */
void
kp_plan_doc_build_comments (KpPlanDocContext *ctx)
{
  KpDocTable *table;

  kp_text_document_add_heading (ctx->doc, 1, "pripominky", D_ ("Comments and their settlement"));
  table = kp_text_document_add_table (ctx->doc, 6);
  kp_doc_table_set_wide (table, TRUE);
  kp_doc_table_set_column (table, 0, 0.05, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 1, 0.15, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.12, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 3, 0.3, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 4, 0.13, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 5, 0.25, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Settlement of comments"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("No."), D_ ("From"), D_ ("On"),
                         D_ ("Comment"), D_ ("Settlement"), D_ ("Reason and change made"), NULL);
  for (guint i = 0; ctx->data->comments != NULL && i < ctx->data->comments->len; i++)
    {
      const KpPlanCommentData *comment = g_ptr_array_index (ctx->data->comments, i);
      g_autofree char         *number = g_strdup_printf ("%u", i + 1);
      g_autofree char         *date = kp_plan_doc_format_month (comment->received_on);
      g_autofree char         *from = g_strdup_printf (
                  "%s\n%s", comment->from_public || comment->author == NULL ? D_ ("The public") : comment->author,
                  date);
      g_autofree char *reason =
          g_strdup_printf ("%s%s%s", comment->reason != NULL ? comment->reason : "",
                           comment->change_made != NULL && comment->change_made[0] != '\0' ? "\n" : "",
                           comment->change_made != NULL ? comment->change_made : "");

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, number, from, target_text (ctx, comment),
                             comment->text != NULL ? comment->text : "",
                             comment->settled ? kp_plan_doc_settlement_name (comment->settlement)
                                              : D_ ("Not settled yet"),
                             reason, NULL);
    }
}
