/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-question-view.h"
#include "kp-chart-view.h"
#include "kp-czech.h"
#include "kp-needs-chart-builder.h"
#include "kp-needs-common.h"
#include "kp-survey-open-answers.h"
#include "kp-survey-tables.h"

#include <math.h>

struct _KpSurveyQuestionView
{
  AdwBin parent_instance;

  KpNeeds  *needs;
  KpSurvey *survey;
  int       qid;
  GArray   *cross_qids; /* int: the dropdown's questions, after "nothing" */
  gboolean  filling;

  GtkWidget *chart_view;
  GtkWidget *frequency_table;
  GtkWidget *open_answers;

  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkBox            *frequency_box;
  GtkBox            *chart_box;
  GtkBox            *cross_box;
  GtkDropDown       *cross_dropdown;
  GtkScrolledWindow *cross_scrolled;
  GtkLabel          *cross_note;
  GtkBox            *open_box;
};

G_DEFINE_FINAL_TYPE (KpSurveyQuestionView, kp_survey_question_view, ADW_TYPE_BIN)

static char *
summary_text (const KpQuestionResult *result)
{
  GString         *text = g_string_new (kp_question_type_get_label (result->type));
  g_autofree char *valid = kp_czech_format_int (result->valid);
  g_autofree char *missing = kp_czech_format_int (result->missing);

  /* Translators: "n = 142": the number of valid answers */
  g_string_append_printf (text, " · %s %s", _ ("n ="), valid);
  g_string_append_printf (text, " · %s %s", _ ("no answer:"), missing);
  if (!isnan (result->mean))
    {
      g_autofree char *mean = kp_czech_format_double (result->mean, 2);
      g_autofree char *median = kp_czech_format_double (result->median, 1);

      g_string_append_printf (text, " · %s %s · %s %s", _ ("mean"), mean, _ ("median"), median);
    }
  return g_string_free (text, FALSE);
}

static void
update_cross (KpSurveyQuestionView *self)
{
  guint selected = gtk_drop_down_get_selected (self->cross_dropdown);
  g_autoptr (GError) error = NULL;
  g_autoptr (KpCrossTab) table = NULL;
  int by;

  gtk_scrolled_window_set_child (self->cross_scrolled, NULL);
  gtk_label_set_text (self->cross_note, "");
  if (self->survey == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->cross_qids->len)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->cross_scrolled), FALSE);
      return;
    }
  by = g_array_index (self->cross_qids, int, selected - 1);
  table = kp_survey_cross_tab (self->survey, by, self->qid, &error);
  if (table == NULL)
    {
      gtk_label_set_text (self->cross_note, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->cross_scrolled), FALSE);
      return;
    }
  gtk_scrolled_window_set_child (self->cross_scrolled, kp_survey_cross_tab_table (table));
  gtk_widget_set_visible (GTK_WIDGET (self->cross_scrolled), TRUE);
  gtk_label_set_text (self->cross_note,
                      _ ("Each cell: respondents who gave the answer, and their share of the "
                         "row. Only respondents who answered both questions are counted."));
}

static void
on_cross_changed_cb (KpSurveyQuestionView *self)
{
  if (!self->filling)
    update_cross (self);
}

/* The questions to break down by: every other one with choices. */
static void
fill_cross (KpSurveyQuestionView *self,
            gboolean              same_question)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *questions = kp_survey_get_questions (self->survey);
  int        keep = 0;
  guint      selected = gtk_drop_down_get_selected (self->cross_dropdown);

  if (same_question && selected > 0 && selected != GTK_INVALID_LIST_POSITION &&
      selected <= self->cross_qids->len)
    keep = g_array_index (self->cross_qids, int, selected - 1);
  g_array_set_size (self->cross_qids, 0);
  gtk_string_list_append (labels, _ ("Nothing"));
  selected = 0;
  for (guint i = 0; i < questions->len; i++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (questions, i);
      g_autofree char        *label = NULL;

      if (question->qid == self->qid || !kp_question_type_has_choices (question->type))
        continue;
      label = g_strdup_printf ("%u. %s", i + 1, question->text);
      gtk_string_list_append (labels, label);
      g_array_append_val (self->cross_qids, question->qid);
      if (question->qid == keep)
        selected = self->cross_qids->len;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->cross_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->cross_dropdown, selected);
  self->filling = FALSE;
}

static void
kp_survey_question_view_export_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  KpSurveyQuestionView *self = KP_SURVEY_QUESTION_VIEW (widget);
  g_autofree char      *name = g_strdup_printf ("%s-%d.png", _ ("question"), self->qid);

  kp_needs_ui_export_chart (widget, self->chart_view, name);
}

static void
kp_survey_question_view_dispose (GObject *object)
{
  KpSurveyQuestionView *self = KP_SURVEY_QUESTION_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_SURVEY_QUESTION_VIEW);
  g_clear_object (&self->needs);
  g_clear_object (&self->survey);
  g_clear_pointer (&self->cross_qids, g_array_unref);
  G_OBJECT_CLASS (kp_survey_question_view_parent_class)->dispose (object);
}

static void
kp_survey_question_view_class_init (KpSurveyQuestionViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_survey_question_view_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-survey-question-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, frequency_box);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, chart_box);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, cross_box);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, cross_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, cross_scrolled);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, cross_note);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyQuestionView, open_box);
  gtk_widget_class_bind_template_callback (widget_class, on_cross_changed_cb);
  gtk_widget_class_install_action (widget_class, "needs.export-question-chart", NULL,
                                   kp_survey_question_view_export_action);
}

static void
kp_survey_question_view_init (KpSurveyQuestionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cross_qids = g_array_new (FALSE, FALSE, sizeof (int));
  self->chart_view = kp_chart_view_new ();
  gtk_widget_set_name (self->chart_view, "survey-question-chart");
  gtk_box_prepend (self->chart_box, self->chart_view);
}

GtkWidget *
kp_survey_question_view_new (KpNeeds *needs)
{
  KpSurveyQuestionView *self;

  g_return_val_if_fail (KP_IS_NEEDS (needs), NULL);
  self = g_object_new (KP_TYPE_SURVEY_QUESTION_VIEW, NULL);
  self->needs = g_object_ref (needs);
  self->open_answers = kp_survey_open_answers_new (needs);
  gtk_box_append (self->open_box, self->open_answers);
  return GTK_WIDGET (self);
}

void
kp_survey_question_view_set (KpSurveyQuestionView  *self,
                             KpSurvey              *survey,
                             const KpSurveyResults *results,
                             int                    qid)
{
  const KpQuestionResult *result;
  gboolean                same_question;
  gboolean                open;
  guint                   index = 0;
  g_autofree char        *title = NULL;
  g_autofree char        *summary = NULL;

  g_return_if_fail (KP_IS_SURVEY_QUESTION_VIEW (self));

  result = survey != NULL && results != NULL ? kp_survey_results_find (results, qid) : NULL;
  same_question = survey == self->survey && qid == self->qid;
  if (result != NULL)
    g_set_object (&self->survey, survey);
  else
    g_clear_object (&self->survey);
  self->qid = result != NULL ? qid : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), result != NULL);
  if (result == NULL)
    return;

  kp_survey_find_question (survey, qid, &index);
  title = g_strdup_printf ("%u. %s", index + 1, result->text);
  summary = summary_text (result);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->summary_label, summary);

  if (self->frequency_table != NULL)
    gtk_box_remove (self->frequency_box, self->frequency_table);
  self->frequency_table = kp_survey_frequency_table (result);
  gtk_box_append (self->frequency_box, self->frequency_table);

  open = result->type == KP_QUESTION_TEXT;
  /* room for each answer's bar and a label one can read */
  kp_chart_view_set_natural_height (KP_CHART_VIEW (self->chart_view),
                                    MAX (340, 150 + 30 * (int) result->answers->len));
  kp_chart_view_set_chart (KP_CHART_VIEW (self->chart_view),
                           result->answers->len > 0 ? kp_needs_chart_question (result) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_box), result->answers->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->cross_box), kp_question_type_has_choices (result->type));
  gtk_widget_set_visible (GTK_WIDGET (self->open_box), open);
  if (open)
    kp_survey_open_answers_set (KP_SURVEY_OPEN_ANSWERS (self->open_answers), survey, result);
  if (kp_question_type_has_choices (result->type))
    {
      fill_cross (self, same_question);
      update_cross (self);
    }
}
