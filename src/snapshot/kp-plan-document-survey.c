/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kp-czech.h"
#include "kp-document-text.h"
#include "kp-needs-chart-builder.h"
#include "kp-needs.h"
#include "kp-plan-document-private.h"
#include "kp-survey-results.h"

/* The survey results the user chose for the plan (KpPlanDocumentSettings): for each question
 * its frequency table (answer, count, share of the valid answers) and a bar chart, survey by
 * survey in the order of the choices. They go where the plan has the live block "```komplan
 * surveys"; a plan without one has them as a section of their own before the chapter with
 * the findings or the SWOT (the needs analysis ends with those, DOMAIN.md §2.2), else after
 * the chapters. A choice whose survey or question was removed since is left out. */

#define FIGURE_WIDTH      425.0
#define BAR_HEIGHT        22.0
#define FIGURE_MIN_HEIGHT 120.0
#define FIGURE_MAX_HEIGHT 520.0

static void
draw_chart (cairo_t *cr,
            double   width,
            double   height,
            gpointer user_data)
{
  kp_chart_draw (user_data, cr, width, height);
}

static gboolean
has_block (const char *body,
           const char *kind)
{
  g_autofree char *fence = g_strconcat ("```komplan ", kind, NULL);
  const char      *at = body != NULL ? strstr (body, fence) : NULL;

  return at != NULL && (at[strlen (fence)] == '\n' || at[strlen (fence)] == '\0' ||
                        g_ascii_isspace (at[strlen (fence)]));
}

/* Whether a chapter has the live block "surveys": the results go there, nowhere else. */
static gboolean
plan_has_block (KpPlanDocContext *ctx)
{
  for (guint i = 0; ctx->data->chapters != NULL && i < ctx->data->chapters->len; i++)
    {
      const KpPlanChapterData *chapter = g_ptr_array_index (ctx->data->chapters, i);

      if (has_block (chapter->body, "surveys"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_choices (KpPlanDocContext *ctx)
{
  return ctx->settings != NULL &&
         kp_plan_document_settings_get_questions (ctx->settings)->len > 0;
}

static void
add_table (KpPlanDocContext       *ctx,
           const KpQuestionResult *result)
{
  KpDocTable      *table = kp_text_document_add_table (ctx->doc, 3);
  g_autofree char *valid = kp_czech_format_int (result->valid);

  kp_doc_table_set_column (table, 0, 0.6, KP_DOC_ALIGN_LEFT);
  kp_doc_table_set_column (table, 1, 0.2, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_column (table, 2, 0.2, KP_DOC_ALIGN_RIGHT);
  kp_doc_table_set_header_rows (table, 1);
  kp_doc_table_set_caption (table, result->text);
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Answer"), D_ ("Respondents"),
                         D_ ("Share"), NULL);
  for (guint i = 0; i < result->answers->len; i++)
    {
      const KpAnswerCount *count = g_ptr_array_index (result->answers, i);
      g_autofree char     *number = kp_czech_format_int (count->count);
      g_autofree char     *percent = kp_czech_format_percent (count->percent, 1);

      kp_plan_doc_add_cells (table, KP_DOC_SPAN_PLAIN, count->label, number, percent, NULL);
    }
  kp_plan_doc_add_cells (table, KP_DOC_SPAN_BOLD, D_ ("Valid answers (n)"), valid, "", NULL);
}

static void
add_figure (KpPlanDocContext       *ctx,
            const KpQuestionResult *result)
{
  KpChart     *chart = kp_needs_chart_question (result);
  KpDocFigure *figure;
  double       height = CLAMP (60.0 + BAR_HEIGHT * result->answers->len, FIGURE_MIN_HEIGHT,
                               FIGURE_MAX_HEIGHT);

  /* the caption names the question: a long one would be cut short as the chart's title; the
   * chart builder's subtitle is in the application's language */
  g_clear_pointer (&chart->title, g_free);
  g_free (chart->subtitle);
  chart->subtitle = g_strdup_printf (D_ ("Valid answers: n = %u"), result->valid);
  figure = kp_text_document_add_figure (ctx->doc, FIGURE_WIDTH, height, draw_chart, chart,
                                        (GDestroyNotify) kp_chart_free);
  kp_doc_figure_set_caption (figure, result->text);
  kp_doc_figure_set_alt (figure, result->text);
}

static void
add_question (KpPlanDocContext       *ctx,
              const KpQuestionResult *result)
{
  if (result->answers->len == 0)
    {
      g_autofree char *text = g_strdup_printf (D_ ("%s: no answers to count."), result->text);

      kp_text_document_add_text (ctx->doc, text);
      return;
    }
  add_table (ctx, result);
  if (result->type == KP_QUESTION_MULTIPLE)
    kp_text_document_add_text (ctx->doc, D_ ("Respondents could choose more than one answer, "
                                             "so the shares add up to more than 100 %."));
  if (!isnan (result->mean))
    {
      g_autofree char *mean = kp_czech_format_double (result->mean, 1);
      g_autofree char *median = kp_czech_format_double (result->median, 1);
      g_autofree char *text = g_strdup_printf (D_ ("Mean %s, median %s."), mean, median);

      kp_text_document_add_text (ctx->doc, text);
    }
  add_figure (ctx, result);
}

/* The survey's name, who was asked and how many answered, as a paragraph. */
static void
add_survey_title (KpPlanDocContext *ctx,
                  KpSurvey         *survey)
{
  const char      *title = kp_survey_get_title (survey);
  guint            n = kp_survey_get_n_respondents (survey);
  g_autofree char *count = kp_czech_format_int (n);
  g_autofree char *respondents = g_strdup_printf (DN_ ("%s respondent", "%s respondents", n), count);
  g_autofree char *line = g_strdup_printf ("%s (%s)", title != NULL && title[0] != '\0' ? title : kp_survey_get_name (survey),
                                           respondents);
  KpDocParagraph  *paragraph = kp_text_document_add_paragraph (ctx->doc);

  kp_doc_paragraph_add (paragraph, KP_DOC_SPAN_BOLD, line);
}

/* The chosen questions, a survey's results computed once for all its questions. */
static void
add_results (KpPlanDocContext *ctx)
{
  GArray  *choices = kp_plan_document_settings_get_questions (ctx->settings);
  KpNeeds *needs = kp_needs_get (ctx->project);
  g_autoptr (GHashTable) results = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify) kp_survey_results_free);
  KpSurvey *last = NULL;
  guint     n_added = 0;

  for (guint i = 0; i < choices->len; i++)
    {
      const KpQuestionChoice *choice = &g_array_index (choices, KpQuestionChoice, i);
      KpSurvey               *survey = kp_needs_find_survey_by_id (needs, choice->survey_id);
      KpSurveyResults        *survey_results;
      const KpQuestionResult *result;

      if (survey == NULL)
        continue;
      survey_results = g_hash_table_lookup (results, survey);
      if (survey_results == NULL)
        {
          survey_results = kp_survey_compute_results (survey);
          g_hash_table_insert (results, survey, survey_results);
        }
      result = kp_survey_results_find (survey_results, choice->qid);
      if (result == NULL)
        continue;
      if (survey != last)
        add_survey_title (ctx, survey);
      last = survey;
      add_question (ctx, result);
      n_added++;
    }
  if (n_added == 0)
    kp_text_document_add_text (ctx->doc, D_ ("The surveys chosen for the plan are no longer in "
                                             "the project."));
}

/* The live block "surveys". */
void
kp_plan_doc_add_surveys (KpPlanDocContext *ctx)
{
  ctx->surveys_placed = TRUE;
  if (has_choices (ctx))
    add_results (ctx);
}

static void
add_section (KpPlanDocContext *ctx,
             int               level)
{
  ctx->surveys_placed = TRUE;
  kp_text_document_add_heading (ctx->doc, level, "pruzkumy", D_ ("Survey results"));
  add_results (ctx);
}

/* Before @chapter's heading: the section of the survey results, when the plan has no block
 * of its own for them and @chapter has the findings or the SWOT. */
void
kp_plan_doc_add_surveys_before (KpPlanDocContext        *ctx,
                                const KpPlanChapterData *chapter)
{
  if (ctx->surveys_placed || !has_choices (ctx))
    return;
  if (plan_has_block (ctx))
    {
      ctx->surveys_placed = TRUE; /* the block places them */
      return;
    }
  if (has_block (chapter->body, "findings") || has_block (chapter->body, "swot"))
    add_section (ctx, CLAMP (chapter->depth, 1, 3));
}

/* After the chapters: the section when no chapter placed it. */
void
kp_plan_doc_add_surveys_after (KpPlanDocContext *ctx)
{
  if (!ctx->surveys_placed && has_choices (ctx))
    add_section (ctx, 1);
}
