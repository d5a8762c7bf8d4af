/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kp-capacity-unit.h"
#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-finding.h"
#include "kp-indicator.h"
#include "kp-needs-chart-builder.h"
#include "kp-needs.h"
#include "kp-obec.h"
#include "kp-plan-document-private.h"
#include "kp-service-network.h"
#include "kp-service.h"

/* The live blocks of the plan's chapters ("```komplan KIND", docs/plan-format.md) as
 * tables and figures made from the project's data now, and the annexes. The names of
 * indicators are looked up in the document's language: under a Czech locale they come
 * Czech already, under another the English name is the key of its Czech one. */

#define FIGURE_WIDTH  425.0
#define FIGURE_HEIGHT 300.0

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer user_data)
{
  kp_chart_draw (user_data, cr, width, height);
}

static void
add_chart (KpPlanDocContext *ctx,
           KpChart          *chart,
           const char       *title,
           double            height)
{
  KpDocFigure *figure;

  g_free (chart->title);
  chart->title = g_strdup (title);
  figure = kp_text_document_add_figure (ctx->doc, FIGURE_WIDTH, height, draw_chart, chart,
                                        (GDestroyNotify) kp_chart_free);
  kp_doc_figure_set_caption (figure, title);
  kp_doc_figure_set_alt (figure, title);
}

/* The pyramid in the document's words: the chart builder's are the application's. */
static void
add_pyramid (KpPlanDocContext *ctx)
{
  KpChart         *chart = kp_needs_chart_pyramid (ctx->project);
  const char      *ref_date = kp_project_get_reference_date (ctx->project);
  g_autofree char *date = ref_date != NULL && ref_date[0] != '\0'
                              ? kp_czech_format_date (ref_date)
                              : NULL;

  if (chart == NULL)
    return;
  g_free (chart->subtitle);
  chart->subtitle =
      date != NULL
          ? g_strdup_printf (D_ ("%s, as of %s"), D_ ("ČSÚ, age composition of the population of obce"), date)
          : g_strdup (D_ ("ČSÚ, age composition of the population of obce"));
  for (guint i = 0; i < 3; i++)
    g_free (chart->series_labels[i]);
  chart->series_labels[0] = g_strdup (DC_ ("sex", "Men"));
  chart->series_labels[1] = g_strdup (DC_ ("sex", "Women"));
  chart->series_labels[2] = g_strdup (D_ ("Czech Republic (outline)"));
  add_chart (ctx, chart, D_ ("Population by age and sex"), FIGURE_HEIGHT);
}

/* The coverage row of the kraj network, "Krajská síť 2026", in the document's words. */
static char *
dup_type_name (const KpCoverageRow *row)
{
  const char *year;

  if (row->type_code != NULL || row->type_name == NULL)
    return g_strdup (row->type_name != NULL ? row->type_name : "");
  year = row->type_name + strlen (row->type_name);
  while (year > row->type_name && g_ascii_isdigit (year[-1]))
    year--;
  return g_strdup_printf (D_ ("Kraj network %d"), atoi (year));
}

/* The obce with their population and its age groups, the pyramid, and the map of the
 * territory unless a chapter has a map of its own. */
static void
add_demography (KpPlanDocContext *ctx)
{
  GListModel *obce = kp_project_get_obce (ctx->project);
  KpDocTable *table = kp_text_document_add_table (ctx->doc, 5);
  KpAgeTotals sum = { 0 };

  kp_doc_table_set_column (table, 0, 0.36, KP_DOC_ALIGN_LEFT);
  for (guint c = 1; c < 5; c++)
    kp_doc_table_set_column (table, c, 0.16, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Population of the obce by age"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Obec"), D_ ("Population"),
                         D_ ("Aged 0–14"), D_ ("Aged 65+"), D_ ("Aged 80+"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
      const KpAgeTotals *t = kp_obec_get_totals (obec);
      gint64             values[4] = { t->total, t->a0_14, t->a65_plus, t->a80_plus };

      kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, kp_obec_get_nazev (obec));
      for (guint c = 0; c < 4; c++)
        {
          g_autofree char *text = kp_czech_format_int (values[c]);

          kp_doc_table_add_cell_text (table, KP_DOC_SPAN_PLAIN, text);
        }
      sum.total += t->total;
      sum.a0_14 += t->a0_14;
      sum.a65_plus += t->a65_plus;
      sum.a80_plus += t->a80_plus;
    }
  kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, D_ ("Total"));
  {
    gint64 values[4] = { sum.total, sum.a0_14, sum.a65_plus, sum.a80_plus };

    for (guint c = 0; c < 4; c++)
      {
        g_autofree char *text = kp_czech_format_int (values[c]);

        kp_doc_table_add_cell_text (table, KP_DOC_SPAN_BOLD, text);
      }
  }
  add_pyramid (ctx);
  if (!ctx->has_map)
    kp_plan_doc_add_map (ctx, NULL);
}

/* The unit of a capacity in the document's language, "lůžka"; the same words as the
 * application's (kp_capacity_unit_get_name()). */
static const char *
unit_name (const char *code)
{
  KpCapacityUnit unit;

  if (!kp_capacity_unit_from_code (code, &unit))
    return "";
  switch (unit)
    {
    case KP_CAPACITY_UNIT_LUZKA:
      return DC_ ("capacity unit", "beds");
    case KP_CAPACITY_UNIT_KLIENT:
      return DC_ ("capacity unit", "clients");
    case KP_CAPACITY_UNIT_KONTAKT:
      return DC_ ("capacity unit", "contacts");
    case KP_CAPACITY_UNIT_INTERV:
      return DC_ ("capacity unit", "interventions");
    case KP_CAPACITY_UNIT_HOVOR:
      return DC_ ("capacity unit", "calls");
    case KP_CAPACITY_UNIT_UVAZKY:
      return DC_ ("capacity unit", "FTE");
    case KP_N_CAPACITY_UNITS:
    default:
      return "";
    }
}

/* The capacity of the services by type, per 1 000 of the population each serves. A type
 * registered in several units (krizová pomoc: lůžka, klienti, kontakty) has a row per unit,
 * and the unit tells them apart: capacities in different units are never added. */
static void
add_services (KpPlanDocContext *ctx)
{
  g_autoptr (GPtrArray) rows = kp_needs_compute_coverage (kp_needs_get (ctx->project), NULL);
  KpDocTable *table = kp_text_document_add_table (ctx->doc, 5);

  kp_doc_table_set_column (table, 0, 0.40, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.15, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.11, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 3, 0.15, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 4, 0.19, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Services by type with their capacity"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Type of service"), D_ ("Unit"),
                         D_ ("Services"), D_ ("Capacity"), D_ ("Per 1 000 inhabitants"), NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const KpCoverageRow *row = g_ptr_array_index (rows, i);
      g_autofree char     *services = g_strdup_printf ("%u", row->services);
      g_autofree char     *capacity = kp_czech_format_double (row->capacity, 1);
      g_autofree char     *per_1000 = kp_czech_format_double (row->per_1000, 2);
      g_autofree char     *type_name = dup_type_name (row);

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, type_name, unit_name (row->unit),
                             services, capacity, per_1000, NULL);
    }
}

/* The indicator profile: the territory against ČR and the range of all ORP. */
static void
add_indicators (KpPlanDocContext *ctx)
{
  g_autoptr (KpNeedsProfile) profile = kp_needs_compute_profile (kp_needs_get (ctx->project));
  KpDocTable *table = kp_text_document_add_table (ctx->doc, 4);

  kp_doc_table_set_column (table, 0, 0.52, KP_DOC_ALIGN_LEFT);
  for (guint c = 1; c < 4; c++)
    kp_doc_table_set_column (table, c, 0.16, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, D_ ("Indicator profile of the territory"));
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Indicator"), D_ ("Territory"), D_ ("ČR"),
                         D_ ("Median of ORP"), NULL);
  for (guint i = 0; profile != NULL && i < profile->rows->len; i++)
    {
      const KpProfileRow *row = g_ptr_array_index (profile->rows, i);
      double              territory =
          row->per_orp_only && row->n_values > 0 ? row->values[0] : row->territory;
      g_autofree char *value = kp_indicator_format_number (row->indicator, territory);
      g_autofree char *cr = kp_indicator_format_number (row->indicator, row->cr);
      g_autofree char *median = row->n_orp > 0
                                    ? kp_indicator_format_number (row->indicator, row->median)
                                    : g_strdup ("–");

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, D_ (kp_indicator_get_name (row->indicator)),
                             value, cr, median, NULL);
    }
}

static void
add_findings (KpPlanDocContext *ctx)
{
  GListModel *findings = kp_needs_get_findings (kp_needs_get (ctx->project));
  KpDocList  *list;

  if (g_list_model_get_n_items (findings) == 0)
    return;
  list = kp_text_document_add_list (ctx->doc, KP_DOC_LIST_BULLETED);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (KpFinding) finding = g_list_model_get_item (findings, i);

      kp_doc_list_add_text (list, kp_finding_get_text (finding));
    }
}

static void
add_swot (KpPlanDocContext *ctx)
{
  KpNeeds          *needs = kp_needs_get (ctx->project);
  const char *const names[] = { D_ ("Strengths"), D_ ("Weaknesses"), D_ ("Opportunities"),
                                D_ ("Threats") };

  for (int q = KP_SWOT_STRENGTHS; q <= KP_SWOT_THREATS; q++)
    {
      g_autoptr (GPtrArray) items = kp_needs_list_swot (needs, "", q);
      KpDocList *list;

      if (items == NULL || items->len == 0)
        continue;
      kp_doc_paragraph_add (kp_text_document_add_paragraph (ctx->doc), KP_DOC_SPAN_BOLD,
                            names[q - KP_SWOT_STRENGTHS]);
      list = kp_text_document_add_list (ctx->doc, KP_DOC_LIST_BULLETED);
      for (guint i = 0; i < items->len; i++)
        kp_doc_list_add_text (list, ((KpSwotItem *) g_ptr_array_index (items, i))->text);
    }
}

static void
add_evaluation (KpPlanDocContext *ctx)
{
  g_autofree char *text =
      kp_plan_format_evaluation (ctx->plan, ctx->data->period_from, ctx->data->period_to);

  kp_plan_doc_add_commonmark (ctx, text, 3);
}

/* Annexes: the obce of the territory, the services of the network and the abbreviations
 * the document uses. */
static void
add_annexes (KpPlanDocContext *ctx)
{
  GListModel *obce = kp_project_get_obce (ctx->project);
  GListModel *services = kp_service_network_get_services (kp_service_network_get (ctx->project));
  KpDocTable *table;

  kp_text_document_add_heading (ctx->doc, 1, "prilohy", D_ ("Annexes"));
  kp_text_document_add_heading (ctx->doc, 2, "priloha-obce", D_ ("Annex 1: List of obce"));
  table = kp_text_document_add_table (ctx->doc, 3);
  kp_doc_table_set_column (table, 0, 0.5, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.2, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.3, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Obec"), D_ ("Code"), D_ ("Population"),
                         NULL);
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);
      g_autofree char *population = kp_czech_format_int (kp_obec_get_totals (obec)->total);

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, kp_obec_get_nazev (obec),
                             kp_obec_get_kod (obec), population, NULL);
    }

  kp_text_document_add_heading (ctx->doc, 2, "priloha-sluzby", D_ ("Annex 2: List of services"));
  table = kp_text_document_add_table (ctx->doc, 4);
  kp_doc_table_set_column (table, 0, 0.32, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.28, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 2, 0.26, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 3, 0.14, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_header_rows (table, 1);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Service"), D_ ("Provider"),
                         D_ ("Type of service"), D_ ("Identifier"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KpService) service = g_list_model_get_item (services, i);
      const char *id = kp_service_get_identifikator (service);
      const char *provider = kp_service_get_provider_name (service);
      /* a local service's type is Komplan's word, the application's; a registered one's is
       * the registry's Czech name, which the lookup leaves as it is */
      const char *type = kp_service_get_type_name (service);

      if (type != NULL && kp_service_get_is_local (service))
        type = D_ (type);

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, kp_service_get_name (service),
                             provider != NULL ? provider : "", type != NULL ? type : "",
                             id != NULL ? id : "–", NULL);
    }
  kp_plan_doc_add_abbreviations (ctx, D_ ("Annex 3: List of abbreviations"));
}

/* A live block of @kind; an unknown kind (a newer Komplan's) adds nothing. */
void
kp_plan_doc_add_live_block (KpPlanDocContext *ctx,
                            const char       *kind,
                            const char       *body)
{
  if (g_strcmp0 (kind, "demography") == 0)
    add_demography (ctx);
  else if (g_strcmp0 (kind, "services") == 0)
    add_services (ctx);
  else if (g_strcmp0 (kind, "indicators") == 0)
    add_indicators (ctx);
  else if (g_strcmp0 (kind, "chart") == 0)
    add_pyramid (ctx);
  else if (g_strcmp0 (kind, "map") == 0)
    kp_plan_doc_add_map (ctx, body);
  else if (g_strcmp0 (kind, "findings") == 0)
    add_findings (ctx);
  else if (g_strcmp0 (kind, "swot") == 0)
    add_swot (ctx);
  else if (g_strcmp0 (kind, "surveys") == 0)
    kp_plan_doc_add_surveys (ctx);
  else if (g_strcmp0 (kind, "strategy") == 0)
    kp_plan_doc_add_strategy_table (ctx);
  else if (g_strcmp0 (kind, "budget") == 0)
    {
      kp_plan_doc_add_budget_tables (ctx);
      ctx->has_budget = TRUE;
    }
  else if (g_strcmp0 (kind, "evaluation") == 0)
    add_evaluation (ctx);
  else if (g_strcmp0 (kind, "annexes") == 0)
    add_annexes (ctx);
}
