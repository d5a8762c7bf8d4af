/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-error.h"
#include "kp-plan-document-builder.h"
#include "kp-plan-document-private.h"
#include "kp-plan-version.h"
#include "kp-publications.h"

/* The entry of the plan documents: the plan version copied out, the title and its data,
 * then the blocks of the kind asked for. The words the documents print are Czech whatever
 * the locale (D_ and DC_, kp-document-text.h); the plan's own text is data. */

const char *
kp_plan_doc_source_name (KpFinancingSource source)
{
  switch (source)
    {
    case KP_FINANCING_SOURCE_MPSV:
      return DC_ ("financing source", "MPSV (through the kraj)");
    case KP_FINANCING_SOURCE_KRAJ:
      return DC_ ("financing source", "Kraj");
    case KP_FINANCING_SOURCE_OBEC:
      return DC_ ("financing source", "Obce");
    case KP_FINANCING_SOURCE_UHRADY:
      return DC_ ("financing source", "Users’ fees");
    case KP_FINANCING_SOURCE_PNP:
      return DC_ ("financing source", "Care allowance");
    case KP_FINANCING_SOURCE_ZP:
      return DC_ ("financing source", "Health insurance");
    case KP_FINANCING_SOURCE_ESF:
      return DC_ ("financing source", "ESF+ (OPZ+)");
    case KP_FINANCING_SOURCE_IROP:
      return DC_ ("financing source", "IROP");
    case KP_FINANCING_SOURCE_NADACE:
      return DC_ ("financing source", "Foundations");
    case KP_FINANCING_SOURCE_JINE:
    case KP_N_FINANCING_SOURCES:
    default:
      return DC_ ("financing source", "Other sources");
    }
}

/* The plan files' Czech word of a state is the document's word too. */
const char *
kp_plan_doc_status_name (KpActivityStatus status)
{
  return kp_activity_status_get_word (status);
}

const char *
kp_plan_doc_settlement_name (KpSettlement settlement)
{
  switch (settlement)
    {
    case KP_SETTLEMENT_ACCEPTED:
      return DC_ ("comment settlement", "Accepted");
    case KP_SETTLEMENT_PARTLY:
      return DC_ ("comment settlement", "Partly accepted");
    case KP_SETTLEMENT_REJECTED:
      return DC_ ("comment settlement", "Rejected");
    case KP_SETTLEMENT_NOTED:
    case KP_N_SETTLEMENTS:
    default:
      return DC_ ("comment settlement", "Taken into account");
    }
}

/* "2026-03" as "3/2026"; a full date the Czech way; NULL as a dash. */
char *
kp_plan_doc_format_month (const char *iso)
{
  int year = 0, month = 0;

  if (iso == NULL || iso[0] == '\0')
    return g_strdup ("–");
  if (strlen (iso) == 7 && sscanf (iso, "%d-%d", &year, &month) == 2)
    return g_strdup_printf ("%d/%d", month, year);
  return kp_czech_format_date (iso);
}

char *
kp_plan_doc_format_number (gboolean has,
                           double   value)
{
  if (!has || isnan (value))
    return g_strdup ("–");
  if (value == floor (value) && fabs (value) < 1e15)
    return kp_czech_format_int ((gint64) value);
  return kp_czech_format_double (value, 1);
}

/* Cells of plain text, up to a NULL. */
void
kp_plan_doc_add_cells (KpDocTable    *table,
                       KpDocSpanFlags flags,
                       ...)
{
  va_list     args;
  const char *text;

  va_start (args, flags);
  while ((text = va_arg (args, const char *)) != NULL)
    kp_doc_table_add_cell_text (table, flags, text);
  va_end (args);
}

void
kp_plan_doc_add_money_cell (KpDocTable    *table,
                            KpDocSpanFlags flags,
                            gint64         amount)
{
  g_autofree char *money = kp_format_money (amount);

  kp_doc_table_add_cell_text (table, flags, money);
}

/* Activities are the items of the last level. */
gboolean
kp_plan_doc_is_activity (const KpPlanDocContext *ctx,
                         int                     depth)
{
  return depth >= ctx->n_levels;
}

static gboolean
collect_code (const KpPlanItemData *item,
              const char           *code,
              int                   depth,
              const KpPlanItemData *parent,
              gpointer              user_data)
{
  KpPlanDocContext *ctx = user_data;

  g_hash_table_insert (ctx->codes, g_strdup (item->uid), g_strdup (code));
  return TRUE;
}

static const char *
kind_title (KpDocumentKind kind)
{
  switch (kind)
    {
    case KP_DOCUMENT_KIND_ACTION_PLAN:
      return D_ ("Action plan");
    case KP_DOCUMENT_KIND_EVALUATION:
      return D_ ("Evaluation report");
    case KP_DOCUMENT_KIND_COMMENTS:
      return D_ ("Settlement of comments");
    case KP_DOCUMENT_KIND_PLAN:
    case KP_DOCUMENT_KIND_CATALOGUE:
    case KP_DOCUMENT_KIND_LEAFLET:
    case KP_DOCUMENT_N_KINDS:
    default:
      return D_ ("Medium-term plan for the development of social services");
    }
}

static const KpActionPlanData *
find_action_plan (KpPlan *plan,
                  int     year)
{
  GListModel *plans = kp_plan_get_action_plans (plan);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr (KpActionPlan) ap = g_list_model_get_item (plans, i);
      const KpActionPlanData *data = kp_action_plan_get_data (ap);

      if (year == 0 || (data->year_from <= year && year <= data->year_to))
        return data;
    }
  return NULL;
}

/* A text of the settings, stripped; %NULL when it was never set ("" when set empty). */
static char *
dup_setting (KpPlanDocumentSettings *settings,
             KpDocumentText          field)
{
  const char *kept = kp_document_settings_get_text (KP_DOCUMENT_SETTINGS (settings), field);

  return kept != NULL ? g_strstrip (g_strdup (kept)) : NULL;
}

/* The subtitle's first line, under it the period; the issuer at the foot of the title
 * page. */
static void
set_metadata (KpPlanDocContext *ctx,
              KpDocumentKind    kind,
              const char       *period)
{
  g_autofree char *territory = dup_setting (ctx->settings, KP_DOCUMENT_TEXT_SUBTITLE);
  g_autofree char *issuer = dup_setting (ctx->settings, KP_DOCUMENT_TEXT_ISSUER);
  g_autofree char *subtitle = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  if (territory == NULL)
    territory = g_strdup (kp_project_get_territory_name (ctx->project));
  subtitle = territory != NULL && territory[0] != '\0'
                 ? g_strdup_printf ("%s\n%s", territory, period)
                 : g_strdup (period);
  kp_text_document_set_subtitle (ctx->doc, subtitle);
  if (issuer == NULL)
    issuer = kp_plan_document_dup_default_text (ctx->project, kind, KP_DOCUMENT_TEXT_ISSUER);
  if (issuer[0] != '\0')
    kp_text_document_set_author (ctx->doc, issuer);
  kp_text_document_set_date (ctx->doc, now);
  kp_text_document_set_language (ctx->doc, KP_DOCUMENT_LANGUAGE);
  kp_text_document_set_title_page (ctx->doc, TRUE);
  kp_text_document_set_chapter_breaks (ctx->doc, kind == KP_DOCUMENT_KIND_PLAN);
}

static void
build_plan (KpPlanDocContext *ctx)
{
  kp_text_document_add_contents (ctx->doc, 2);
  if (ctx->data->vision != NULL && ctx->data->vision[0] != '\0')
    {
      kp_text_document_add_heading (ctx->doc, 1, "vize", D_ ("Vision"));
      kp_text_document_add_text (ctx->doc, ctx->data->vision);
    }
  kp_plan_doc_add_chapters (ctx);
  kp_plan_doc_add_surveys_after (ctx);
  kp_plan_doc_add_cards (ctx);
  if (!ctx->has_budget)
    {
      kp_text_document_add_heading (ctx->doc, 1, "rozpocet", D_ ("Budget summary"));
      kp_plan_doc_add_budget_tables (ctx);
    }
  kp_plan_doc_add_monitoring (ctx);
  kp_plan_doc_add_live_block (ctx, "annexes", NULL);
}

/* The settlement of comments is of the newest version that had comments: a revision in
 * draft has none of its own yet. */
static KpPlanVersionData *
dup_commented_version (KpPlan            *plan,
                       KpPlanVersionData *current)
{
  GListModel *versions = kp_plan_get_versions (plan);

  if (current->comments != NULL && current->comments->len > 0)
    return current;
  for (guint i = g_list_model_get_n_items (versions); i > 0; i--)
    {
      g_autoptr (KpPlanVersion) version = g_list_model_get_item (versions, i - 1);
      const KpPlanVersionData *header = kp_plan_version_get_data (version);
      KpPlanVersionData       *older;

      if (header == NULL || header->number == current->number)
        continue;
      older = kp_plan_dup_version_data (plan, header->number, NULL);
      if (older != NULL && older->comments != NULL && older->comments->len > 0)
        {
          kp_plan_version_data_free (current);
          return older;
        }
      g_clear_pointer (&older, kp_plan_version_data_free);
    }
  return current;
}

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND, message);
  return FALSE;
}

static KpDocument *
build (KpProject              *project,
       KpPlanDocumentSettings *settings,
       int                     year,
       GError                **error)
{
  KpDocumentKind   kind = kp_document_settings_get_kind (KP_DOCUMENT_SETTINGS (settings));
  KpPlanDocContext ctx = { 0 };
  g_autoptr (KpPlanVersionData) data = NULL;
  g_autoptr (KpTextDocument) doc = NULL;
  g_autoptr (GHashTable) codes = NULL;
  const KpActionPlanData *ap = NULL;
  g_autofree char        *period = NULL;
  g_autofree char        *title = dup_setting (settings, KP_DOCUMENT_TEXT_TITLE);

  ctx.plan = kp_plan_get (project);
  if (!kp_plan_has_plan (ctx.plan) || (data = kp_plan_dup_version_data (ctx.plan, 0, NULL)) == NULL)
    {
      refuse (error, _ ("The project has no plan yet; start one in the Plan view first"));
      return NULL;
    }
  if (year != 0 && (year < data->period_from || year > data->period_to))
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                   _ ("The year %d is outside the plan’s period %d–%d"), year,
                   data->period_from, data->period_to);
      return NULL;
    }
  if (kind == KP_DOCUMENT_KIND_ACTION_PLAN && (ap = find_action_plan (ctx.plan, year)) == NULL)
    {
      refuse (error, year != 0 ? _ ("The plan has no action plan for that year")
                               : _ ("The plan has no action plan yet"));
      return NULL;
    }

  if (kind == KP_DOCUMENT_KIND_COMMENTS)
    data = dup_commented_version (ctx.plan, g_steal_pointer (&data));
  codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx.project = project;
  ctx.settings = settings;
  ctx.document_settings = settings != NULL ? KP_DOCUMENT_SETTINGS (settings) : NULL;
  ctx.data = data;
  ctx.codes = codes;
  ctx.n_levels = data->levels != NULL ? (int) data->levels->len : KP_PLAN_MIN_LEVELS;
  kp_plan_version_data_walk (data, collect_code, &ctx);

  doc = kp_text_document_new (kind, title != NULL && title[0] != '\0' ? title : kind_title (kind));
  ctx.doc = doc;
  if (kind == KP_DOCUMENT_KIND_ACTION_PLAN)
    period = ap->year_from == ap->year_to
                 ? g_strdup_printf (D_ ("for the year %d"), ap->year_from)
                 : g_strdup_printf (D_ ("for the years %d–%d"), ap->year_from, ap->year_to);
  else if (kind == KP_DOCUMENT_KIND_EVALUATION && year != 0)
    period = g_strdup_printf (D_ ("for the year %d"), year);
  else
    period = g_strdup_printf (D_ ("for the years %d–%d"), data->period_from, data->period_to);
  set_metadata (&ctx, kind, period);
  kp_plan_doc_add_cover (&ctx);

  switch (kind)
    {
    case KP_DOCUMENT_KIND_ACTION_PLAN:
      kp_plan_doc_build_action_plan (&ctx, ap);
      break;
    case KP_DOCUMENT_KIND_EVALUATION:
      kp_plan_doc_build_evaluation (&ctx, year != 0 ? year : data->period_from,
                                    year != 0 ? year : data->period_to);
      break;
    case KP_DOCUMENT_KIND_COMMENTS:
      kp_plan_doc_build_comments (&ctx);
      break;
    case KP_DOCUMENT_KIND_PLAN:
    case KP_DOCUMENT_KIND_CATALOGUE:
    case KP_DOCUMENT_KIND_LEAFLET:
    case KP_DOCUMENT_N_KINDS:
    default:
      build_plan (&ctx);
      break;
    }
  return KP_DOCUMENT (g_steal_pointer (&doc));
}

/**
 * kp_plan_document_build:
 *
 * See kp-plan-document-builder.h.
 */
KpDocument *
kp_plan_document_build (KpProject     *project,
                        KpDocumentKind kind,
                        int            year,
                        GError       **error)
{
  KpPlanDocumentSettings *stored;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kp_document_kind_is_plan (kind), NULL);

  stored = kp_publications_get_plan_document (kp_project_get_publications (project), kind);
  return build (project, stored,
                year != 0 ? year : kp_document_settings_get_year (KP_DOCUMENT_SETTINGS (stored)),
                error);
}

/**
 * kp_plan_document_build_from_settings:
 *
 * See kp-plan-document-builder.h.
 */
KpDocument *
kp_plan_document_build_from_settings (KpProject              *project,
                                      KpPlanDocumentSettings *settings,
                                      GError                **error)
{
  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KP_IS_PLAN_DOCUMENT_SETTINGS (settings), NULL);

  return build (project, settings, kp_document_settings_get_year (KP_DOCUMENT_SETTINGS (settings)),
                error);
}

/**
 * kp_plan_document_dup_default_text:
 *
 * See kp-plan-document-builder.h.
 */
char *
kp_plan_document_dup_default_text (KpProject     *project,
                                   KpDocumentKind kind,
                                   KpDocumentText field)
{
  const char *text = NULL;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  g_return_val_if_fail (kp_document_kind_is_plan (kind), NULL);

  switch (field)
    {
    case KP_DOCUMENT_TEXT_TITLE:
      text = kind_title (kind);
      break;
    case KP_DOCUMENT_TEXT_SUBTITLE:
      text = kp_project_get_territory_name (project);
      break;
    case KP_DOCUMENT_TEXT_ISSUER:
      /* the municipality, the MAS, the mikroregion whose plan it is */
      text = kp_project_get_territory_name (project);
      if (text == NULL || text[0] == '\0')
        text = kp_project_get_name (project);
      break;
    case KP_DOCUMENT_TEXT_INTRODUCTION:
    case KP_DOCUMENT_TEXT_PUBLICITY:
    case KP_DOCUMENT_N_TEXTS:
    default:
      break;
    }
  return g_strdup (text != NULL ? text : "");
}
