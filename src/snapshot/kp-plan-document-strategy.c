/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-obec.h"
#include "kp-plan-document-private.h"
#include "kp-service-network.h"
#include "kp-service.h"

/* The strategy of the plan: the overview of priorities and measures, one card per
 * activity, the budget per year, source and priority, and the monitoring plan. */

/* A walk over the items that fills a table. */
typedef struct
{
  KpPlanDocContext *ctx;
  KpDocTable       *table;
} TableWalk;

static const char *
level_name (KpPlanDocContext *ctx,
            int               depth)
{
  if (ctx->data->levels != NULL && depth >= 1 && (guint) depth <= ctx->data->levels->len)
    return g_ptr_array_index (ctx->data->levels, depth - 1);
  return "";
}

static gboolean
add_overview_row (const KpPlanItemData *item,
                  const char           *code,
                  int                   depth,
                  const KpPlanItemData *parent,
                  gpointer              user_data)
{
  TableWalk        *walk = user_data;
  KpPlanDocContext *ctx = walk->ctx;
  KpDocTable       *table = walk->table;
  g_autofree char  *indented = g_strnfill ((depth - 1) * 2, ' ');
  g_autofree char  *cost = NULL;
  g_autofree char  *title = g_strconcat (indented, item->title != NULL ? item->title : "", NULL);

  kp_plan_doc_add_cells (table, depth == 1 ? KP_DOC_SPAN_BOLD : KP_DOC_SPAN_PLAIN, code,
                         level_name (ctx, depth), title, NULL);
  if (kp_plan_doc_is_activity (ctx, depth))
    kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_PLAIN, kp_plan_item_data_total_costs (item));
  else
    kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, "");
  return TRUE;
}

/* The overview table of priorities, measures and activities with their costs. */
void
kp_plan_doc_add_strategy_table (KpPlanDocContext *ctx)
{
  KpDocTable *table = kp_text_document_add_table (ctx->doc, 4);

  kp_doc_table_set_column (table, 0, 0.1, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.15, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.55, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 3, 0.2, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Overview of the strategy"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Code"), D_ ("Level"), D_ ("Title"),
                         D_ ("Costs"), NULL);
  kp_plan_version_data_walk (ctx->data, add_overview_row, &(TableWalk){ ctx, table });
}

static void
add_field (KpDocTable *table,
           const char *name,
           const char *value)
{
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, name);
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN,
                              value != NULL && value[0] != '\0' ? value : "–");
}

static char *
join_strings (GPtrArray *strings)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (strings, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The implementer by name: a provider of the network by its IČO, an obec by its code. */
static char *
dup_implementer (KpPlanDocContext     *ctx,
                 const KpPlanItemData *item)
{
  if (item->implementer_kind == KP_PLAN_IMPLEMENTER_OBEC)
    {
      GListModel *obce = kp_project_get_obce (ctx->project);

      for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
        {
          g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

          if (g_strcmp0 (kp_obec_get_kod (obec), item->implementer) == 0)
            return g_strdup (kp_obec_get_nazev (obec));
        }
    }
  else if (item->implementer_kind == KP_PLAN_IMPLEMENTER_PROVIDER)
    {
      GListModel *services =
          kp_service_network_get_services (kp_service_network_get (ctx->project));

      for (guint i = 0; i < g_list_model_get_n_items (services); i++)
        {
          g_autoptr (KpService) service = g_list_model_get_item (services, i);

          if (g_strcmp0 (kp_service_get_ico (service), item->implementer) == 0 &&
              kp_service_get_provider_name (service) != NULL)
            return g_strdup_printf ("%s (%s %s)", kp_service_get_provider_name (service),
                                    D_ ("IČO"), item->implementer);
        }
    }
  return g_strdup (item->implementer);
}

static void
add_card (KpPlanDocContext     *ctx,
          const KpPlanItemData *item,
          const char           *code)
{
  g_autofree char *heading = g_strdup_printf ("%s %s", code, item->title != NULL ? item->title : "");
  g_autofree char *anchor = g_strdup_printf ("aktivita-%s", code);
  g_autofree char *groups = join_strings (item->target_groups);
  g_autofree char *start = kp_plan_doc_format_month (item->start);
  g_autofree char *end = kp_plan_doc_format_month (item->end);
  g_autofree char *term = g_strdup_printf ("%s – %s", start, end);
  g_autofree char *implementer = dup_implementer (ctx, item);
  KpDocTable      *table;

  kp_text_document_add_heading (ctx->doc, 3, anchor, heading);
  table = kp_text_document_add_table (ctx->doc, 2);
  kp_doc_table_set_column (table, 0, 0.3, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.7, KP_DOC_ALIGN_LEFT);
  add_field (table, D_ ("Description"), item->description);
  add_field (table, D_ ("Justification"), item->justification);
  add_field (table, D_ ("Target groups"), groups);
  add_field (table, D_ ("Implementer"), implementer);
  add_field (table, D_ ("Partners"), item->partners);
  add_field (table, D_ ("Responsible"), item->responsible);
  add_field (table, D_ ("Term"), term);
  add_field (table, D_ ("State"), item->has_status ? kp_plan_doc_status_name (item->status) : NULL);

  if (item->costs != NULL && item->costs->len > 0)
    {
      KpDocTable *costs = kp_text_document_add_table (ctx->doc, 3);
      gint64      total = 0;

      kp_doc_table_set_column (costs, 0, 0.2, KP_DOC_ALIGN_LEFT);
      kp_doc_table_set_column (costs, 1, 0.5, KP_DOC_ALIGN_LEFT);
      kp_doc_table_set_column (costs, 2, 0.3, KP_DOC_ALIGN_RIGHT);
      kp_doc_table_set_header_rows (costs, 1);
      kp_plan_doc_add_cells (costs, KP_DOC_SPAN_BOLD, D_ ("Year"), D_ ("Source"), D_ ("Amount"),
                             NULL);
      for (guint i = 0; i < item->costs->len; i++)
        {
          const KpPlanCost *cost = g_ptr_array_index (item->costs, i);
          g_autofree char  *year = g_strdup_printf ("%d", cost->year);

          kp_plan_doc_add_cells (costs, KP_DOC_SPAN_PLAIN, year,
                                 kp_plan_doc_source_name (cost->source), NULL);
          kp_plan_doc_add_money_cell (costs, KP_DOC_SPAN_PLAIN, cost->amount);
          total += cost->amount;
        }
      kp_plan_doc_add_cells (costs, KP_DOC_SPAN_BOLD, D_ ("Total"), "", NULL);
      kp_plan_doc_add_money_cell (costs, KP_DOC_SPAN_BOLD, total);
    }

  if (item->indicators != NULL && item->indicators->len > 0)
    {
      KpDocTable *indicators = kp_text_document_add_table (ctx->doc, 4);

      kp_doc_table_set_column (indicators, 0, 0.45, KP_DOC_ALIGN_LEFT);
      kp_doc_table_set_column (indicators, 1, 0.2, KP_DOC_ALIGN_LEFT);
      kp_doc_table_set_column (indicators, 2, 0.175, KP_DOC_ALIGN_RIGHT);
      kp_doc_table_set_column (indicators, 3, 0.175, KP_DOC_ALIGN_RIGHT);
      kp_doc_table_set_header_rows (indicators, 1);
      kp_plan_doc_add_cells (indicators, KP_DOC_SPAN_BOLD, D_ ("Indicator"), D_ ("Unit"),
                             D_ ("Baseline"), D_ ("Target"), NULL);
      for (guint i = 0; i < item->indicators->len; i++)
        {
          const KpPlanIndicator *ind = g_ptr_array_index (item->indicators, i);
          g_autofree char       *baseline =
              kp_plan_doc_format_number (ind->has_baseline, ind->baseline);
          g_autofree char *target = kp_plan_doc_format_number (ind->has_target, ind->target);

          kp_plan_doc_add_cells (indicators, KP_DOC_SPAN_PLAIN, ind->name != NULL ? ind->name : "",
                                 ind->unit != NULL ? ind->unit : "", baseline, target, NULL);
        }
    }
}

static gboolean
add_card_or_heading (const KpPlanItemData *item,
                     const char           *code,
                     int                   depth,
                     const KpPlanItemData *parent,
                     gpointer              user_data)
{
  KpPlanDocContext *ctx = user_data;

  if (kp_plan_doc_is_activity (ctx, depth))
    add_card (ctx, item, code);
  else if (depth <= 2)
    {
      g_autofree char *heading =
          g_strdup_printf ("%s %s", code, item->title != NULL ? item->title : "");

      kp_text_document_add_heading (ctx->doc, depth + 1, NULL, heading);
      if (item->description != NULL && item->description[0] != '\0')
        kp_text_document_add_text (ctx->doc, item->description);
    }
  return TRUE;
}

/* A chapter of activity cards under the headings of their priorities and measures. */
void
kp_plan_doc_add_cards (KpPlanDocContext *ctx)
{
  kp_text_document_add_heading (ctx->doc, 1, "karty-aktivit", D_ ("Activity cards"));
  kp_plan_version_data_walk (ctx->data, add_card_or_heading, ctx);
}

typedef struct
{
  KpPlanDocContext *ctx;
  gint64           *by_year_source; /* n_years × KP_N_FINANCING_SOURCES */
  int               n_years;
  GPtrArray        *priorities; /* KpPlanItemData, borrowed */
  GArray           *priority_totals;
  int               priority;
} BudgetSums;

static gboolean
sum_costs (const KpPlanItemData *item,
           const char           *code,
           int                   depth,
           const KpPlanItemData *parent,
           gpointer              user_data)
{
  BudgetSums *sums = user_data;
  gint64      total = 0;

  if (depth == 1)
    {
      gint64 zero = 0;

      g_ptr_array_add (sums->priorities, (gpointer) item);
      g_array_append_val (sums->priority_totals, zero);
      sums->priority = sums->priorities->len - 1;
    }
  for (guint i = 0; item->costs != NULL && i < item->costs->len; i++)
    {
      const KpPlanCost *cost = g_ptr_array_index (item->costs, i);
      int               y = cost->year - sums->ctx->data->period_from;

      total += cost->amount;
      if (y >= 0 && y < sums->n_years)
        sums->by_year_source[y * KP_N_FINANCING_SOURCES + cost->source] += cost->amount;
    }
  if (sums->priority >= 0)
    g_array_index (sums->priority_totals, gint64, sums->priority) += total;
  return TRUE;
}

/* The plan's costs per source (rows) and year (columns), then per priority. */
void
kp_plan_doc_add_budget_tables (KpPlanDocContext *ctx)
{
  BudgetSums         sums = { ctx, NULL, 0, NULL, NULL, -1 };
  KpDocTable        *table;
  gint64             grand = 0;
  g_autofree gint64 *year_totals = NULL;

  sums.n_years = MAX (1, ctx->data->period_to - ctx->data->period_from + 1);
  sums.by_year_source = g_new0 (gint64, sums.n_years * KP_N_FINANCING_SOURCES);
  sums.priorities = g_ptr_array_new ();
  sums.priority_totals = g_array_new (FALSE, TRUE, sizeof (gint64));
  year_totals = g_new0 (gint64, sums.n_years);
  kp_plan_version_data_walk (ctx->data, sum_costs, &sums);

  table = kp_text_document_add_table (ctx->doc, sums.n_years + 2);
  kp_doc_table_set_column (table, 0, 0.3, KP_DOC_ALIGN_LEFT);
  for (int y = 0; y <= sums.n_years; y++)
    kp_doc_table_set_column (table, y + 1, 0.7 / (sums.n_years + 1), KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Costs by year and source"));
  kp_doc_table_set_wide (table, sums.n_years > 4);
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Source"));
  for (int y = 0; y < sums.n_years; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", ctx->data->period_from + y);

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, year);
    }
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Total"));
  for (int s = 0; s < KP_N_FINANCING_SOURCES; s++)
    {
      gint64 row = 0;

      for (int y = 0; y < sums.n_years; y++)
        row += sums.by_year_source[y * KP_N_FINANCING_SOURCES + s];
      if (row == 0)
        continue;
      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, kp_plan_doc_source_name (s));
      for (int y = 0; y < sums.n_years; y++)
        {
          gint64 amount = sums.by_year_source[y * KP_N_FINANCING_SOURCES + s];

          kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_PLAIN, amount);
          year_totals[y] += amount;
        }
      kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_BOLD, row);
      grand += row;
    }
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Total"));
  for (int y = 0; y < sums.n_years; y++)
    kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_BOLD, year_totals[y]);
  kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_BOLD, grand);

  table = kp_text_document_add_table (ctx->doc, 2);
  kp_doc_table_set_column (table, 0, 0.7, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.3, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Costs by priority"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Priority"), D_ ("Costs"), NULL);
  for (guint i = 0; i < sums.priorities->len; i++)
    {
      const KpPlanItemData *priority = g_ptr_array_index (sums.priorities, i);
      const char           *code = g_hash_table_lookup (ctx->codes, priority->uid);
      g_autofree char      *label =
          g_strdup_printf ("%s %s", code != NULL ? code : "", priority->title != NULL ? priority->title : "");

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, label);
      kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_PLAIN,
                                  g_array_index (sums.priority_totals, gint64, i));
    }
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Total"));
  kp_plan_doc_add_money_cell (table, KP_DOC_SPAN_BOLD, grand);

  g_free (sums.by_year_source);
  g_ptr_array_unref (sums.priorities);
  g_array_unref (sums.priority_totals);
}

static gboolean
add_monitoring_rows (const KpPlanItemData *item,
                     const char           *code,
                     int                   depth,
                     const KpPlanItemData *parent,
                     gpointer              user_data)
{
  TableWalk  *walk = user_data;
  KpDocTable *table = walk->table;

  for (guint i = 0; item->indicators != NULL && i < item->indicators->len; i++)
    {
      const KpPlanIndicator *ind = g_ptr_array_index (item->indicators, i);
      g_autofree char       *baseline = kp_plan_doc_format_number (ind->has_baseline, ind->baseline);
      g_autofree char       *target = kp_plan_doc_format_number (ind->has_target, ind->target);

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, code, ind->name != NULL ? ind->name : "",
                             ind->unit != NULL ? ind->unit : "", baseline, target, NULL);
    }
  return TRUE;
}

/* Every indicator of the plan with its baseline and target. */
void
kp_plan_doc_add_monitoring (KpPlanDocContext *ctx)
{
  KpDocTable *table;

  kp_text_document_add_heading (ctx->doc, 1, "monitoring", D_ ("Monitoring plan"));
  kp_text_document_add_text (ctx->doc,
                             D_ ("The indicators of the activities, with their baseline and "
                                 "the target the plan sets; the action plans record what "
                                 "each reached year by year."));
  table = kp_text_document_add_table (ctx->doc, 5);
  kp_doc_table_set_column (table, 0, 0.1, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.44, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.18, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 3, 0.14, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 4, 0.14, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Indicators of the plan"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Code"), D_ ("Indicator"), D_ ("Unit"),
                         D_ ("Baseline"), D_ ("Target"), NULL);
  kp_plan_version_data_walk (ctx->data, add_monitoring_rows, &(TableWalk){ ctx, table });
}
