/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-surveys-panel.h"
#include "kp-czech.h"
#include "kp-needs-common.h"
#include "kp-question-editor.h"
#include "kp-survey-editor.h"
#include "kp-survey-files.h"
#include "kp-survey-question-view.h"

/* The surveys of the project: one chosen in the dropdown, its questions in a list, the
 * results of the question chosen beside. The survey object updates in place after every
 * change (notify::changed-serial); the panel then computes the results again and keeps
 * the question chosen. */

struct _KpNeedsSurveysPanel
{
  AdwBin parent_instance;

  KpProject       *project;
  KpSurvey        *survey;
  gulong           survey_handler;
  KpSurveyResults *results;
  int              qid; /* the question chosen */
  gboolean         filling;
  GtkWidget       *question_view;

  GtkLabel    *info_label;
  GtkDropDown *survey_dropdown;
  GtkStack    *content_stack;
  GtkListBox  *question_list;
  GtkStack    *question_stack;
};

G_DEFINE_FINAL_TYPE (KpNeedsSurveysPanel, kp_needs_surveys_panel, ADW_TYPE_BIN)

static KpNeeds *
get_needs (KpNeedsSurveysPanel *self)
{
  return kp_needs_get (self->project);
}

static guint
n_questions (KpNeedsSurveysPanel *self)
{
  return self->survey != NULL ? kp_survey_get_questions (self->survey)->len : 0;
}

static void
update_actions (KpNeedsSurveysPanel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint      index = 0;
  gboolean   chosen = self->survey != NULL && self->qid != 0 &&
                    kp_survey_find_question (self->survey, self->qid, &index) != NULL;
  gboolean answered = self->survey != NULL && kp_survey_get_n_respondents (self->survey) > 0;

  gtk_widget_action_set_enabled (widget, "needs.edit-survey", self->survey != NULL);
  gtk_widget_action_set_enabled (widget, "needs.remove-survey", self->survey != NULL);
  gtk_widget_action_set_enabled (widget, "needs.add-question", self->survey != NULL);
  gtk_widget_action_set_enabled (widget, "needs.export-survey-results", answered);
  gtk_widget_action_set_enabled (widget, "needs.export-questionnaire", n_questions (self) > 0);
  gtk_widget_action_set_enabled (widget, "needs.edit-question", chosen);
  gtk_widget_action_set_enabled (widget, "needs.remove-question", chosen);
  gtk_widget_action_set_enabled (widget, "needs.move-question-up", chosen && index > 0);
  gtk_widget_action_set_enabled (widget, "needs.move-question-down",
                                 chosen && index + 1 < n_questions (self));
}

static char *
info_text (KpSurvey *survey)
{
  GString         *text = g_string_new (NULL);
  guint            n = kp_survey_get_n_respondents (survey);
  const char      *title = kp_survey_get_title (survey);
  const char      *source = kp_survey_get_source_name (survey);
  const char      *note = kp_survey_get_source_note (survey);
  const char      *imported = kp_survey_get_imported_at (survey);
  g_autofree char *count = kp_czech_format_int (n);

  if (title != NULL && *title != '\0')
    g_string_append_printf (text, "%s · ", title);
  g_string_append (text, kp_respondent_group_get_label (kp_survey_get_respondent_group (survey)));
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s respondent", "%s respondents", n),
                          count);
  if (source != NULL && *source != '\0')
    {
      /* Translators: where a survey's responses came from: the file's name */
      g_string_append_printf (text, " · %s %s", _ ("file"), source);
      if (note != NULL && *note != '\0')
        g_string_append_printf (text, " (%s)", note);
    }
  if (imported != NULL && *imported != '\0')
    {
      g_autofree char *date = kp_czech_format_date (imported);

      /* Translators: when a survey's responses were imported */
      g_string_append_printf (text, " · %s %s", _ ("imported"), date);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
question_row (const KpSurveyQuestion *question,
              guint                   index)
{
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1, question->text);
  GtkWidget       *label = kp_needs_ui_label (title, 0.0f, NULL);
  GtkWidget       *type = kp_needs_ui_label (kp_question_type_get_label (question->type), 0.0f,
                                             "dim-label");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (type, "caption");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), type);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, question->text);
  g_object_set_data (G_OBJECT (row), "qid", GINT_TO_POINTER (question->qid));
  return row;
}

static void
show_question (KpNeedsSurveysPanel *self)
{
  gboolean shown = self->survey != NULL && self->qid != 0;

  kp_survey_question_view_set (KP_SURVEY_QUESTION_VIEW (self->question_view), self->survey,
                               self->results, self->qid);
  gtk_stack_set_visible_child_name (self->question_stack, shown ? "question" : "none");
  update_actions (self);
}

/* Everything from the survey: the results, the list of questions, the question chosen
 * (kept by its qid, else the first). */
static void
rebuild (KpNeedsSurveysPanel *self)
{
  GPtrArray       *questions;
  GtkListBoxRow   *chosen = NULL;
  GtkWidget       *child;
  g_autofree char *info = NULL;

  g_clear_pointer (&self->results, kp_survey_results_free);
  gtk_stack_set_visible_child_name (self->content_stack, self->survey != NULL ? "survey" : "empty");
  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->question_list))) != NULL)
    gtk_list_box_remove (self->question_list, child);
  if (self->survey == NULL)
    {
      gtk_label_set_text (self->info_label, "");
      self->qid = 0;
      self->filling = FALSE;
      show_question (self);
      return;
    }
  info = info_text (self->survey);
  gtk_label_set_text (self->info_label, info);
  self->results = kp_survey_compute_results (self->survey);
  questions = kp_survey_get_questions (self->survey);
  if (kp_survey_find_question (self->survey, self->qid, NULL) == NULL)
    self->qid = questions->len > 0 ? ((KpSurveyQuestion *) questions->pdata[0])->qid : 0;
  for (guint i = 0; i < questions->len; i++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (questions, i);
      GtkWidget              *row = question_row (question, i);

      gtk_list_box_append (self->question_list, row);
      if (question->qid == self->qid)
        chosen = GTK_LIST_BOX_ROW (row);
    }
  gtk_list_box_select_row (self->question_list, chosen);
  self->filling = FALSE;
  show_question (self);
}

static void
set_survey (KpNeedsSurveysPanel *self,
            KpSurvey            *survey)
{
  if (survey == self->survey)
    return;
  if (self->survey != NULL)
    g_clear_signal_handler (&self->survey_handler, self->survey);
  g_set_object (&self->survey, survey);
  self->qid = 0;
  if (survey != NULL)
    self->survey_handler = g_signal_connect_object (survey, "notify::changed-serial",
                                                    G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
on_survey_selected_cb (KpNeedsSurveysPanel *self)
{
  set_survey (self, gtk_drop_down_get_selected_item (self->survey_dropdown));
}

static void
select_survey (KpNeedsSurveysPanel *self,
               KpSurvey            *survey)
{
  GListModel *surveys = kp_needs_get_surveys (get_needs (self));

  for (guint i = 0; i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr (KpSurvey) item = g_list_model_get_item (surveys, i);

      if (item == survey)
        {
          gtk_drop_down_set_selected (self->survey_dropdown, i);
          break;
        }
    }
  on_survey_selected_cb (self);
}

/* The list of surveys changed: a survey added (imported, new, brought back by undo) is
 * shown; else the one shown stays if it is still there (renamed, another removed). */
static void
on_surveys_changed_cb (KpNeedsSurveysPanel *self,
                       guint                position,
                       guint                removed,
                       guint                added,
                       GListModel          *surveys)
{
  g_autoptr (KpSurvey) shown = self->survey != NULL ? g_object_ref (self->survey) : NULL;
  g_autoptr (KpSurvey) new_survey = NULL;
  KpSurvey *still = shown != NULL ? kp_needs_find_survey_by_id (get_needs (self),
                                                                kp_survey_get_id (shown))
                                  : NULL;

  if (added == 1 && removed == 0)
    new_survey = g_list_model_get_item (surveys, position);
  if (new_survey != NULL)
    select_survey (self, new_survey);
  else if (still != NULL)
    select_survey (self, still);
  else
    on_survey_selected_cb (self);
}

static void
on_question_selected_cb (KpNeedsSurveysPanel *self,
                         GtkListBoxRow       *row)
{
  if (self->filling || row == NULL)
    return;
  self->qid = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "qid"));
  show_question (self);
}

static void
on_editor_done_cb (KpNeedsSurveysPanel *self,
                   KpSurvey            *survey,
                   const char          *message)
{
  select_survey (self, survey);
  kp_needs_ui_toast (GTK_WIDGET (self), message);
}

static GtkWindow *
get_window (KpNeedsSurveysPanel *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
present_editor (KpNeedsSurveysPanel *self,
                GtkWidget           *editor)
{
  g_signal_connect_object (editor, "done", G_CALLBACK (on_editor_done_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
survey_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KpNeedsSurveysPanel *self = KP_NEEDS_SURVEYS_PANEL (widget);
  g_autoptr (GError) error = NULL;

  if (g_str_equal (action_name, "needs.import-survey"))
    kp_survey_files_import (widget, get_needs (self), self->survey,
                            G_CALLBACK (on_editor_done_cb));
  else if (g_str_equal (action_name, "needs.new-survey"))
    present_editor (self, kp_survey_editor_new_survey (get_window (self), get_needs (self)));
  else if (self->survey == NULL)
    return;
  else if (g_str_equal (action_name, "needs.edit-survey"))
    present_editor (self, kp_survey_editor_edit (get_window (self), get_needs (self), self->survey));
  else if (g_str_equal (action_name, "needs.export-survey-results"))
    kp_survey_files_export_results (widget, self->survey);
  else if (g_str_equal (action_name, "needs.export-questionnaire"))
    kp_survey_files_export_questionnaire (widget, self->project, self->survey);
  else if (g_str_equal (action_name, "needs.remove-survey"))
    {
      if (!kp_needs_remove_survey (get_needs (self), self->survey, &error))
        kp_needs_ui_toast (widget, error->message);
      else
        kp_needs_ui_toast (widget, _ ("Survey removed; Ctrl+Z brings it back"));
    }
}

static void
question_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KpNeedsSurveysPanel *self = KP_NEEDS_SURVEYS_PANEL (widget);
  g_autoptr (GError) error = NULL;
  guint    index = 0;
  gboolean ok = TRUE;

  if (self->survey == NULL)
    return;
  if (g_str_equal (action_name, "needs.add-question"))
    {
      gtk_window_present (GTK_WINDOW (
          kp_question_editor_new (get_window (self), get_needs (self), self->survey, 0)));
      return;
    }
  if (self->qid == 0 || kp_survey_find_question (self->survey, self->qid, &index) == NULL)
    return;
  if (g_str_equal (action_name, "needs.edit-question"))
    gtk_window_present (GTK_WINDOW (
        kp_question_editor_new (get_window (self), get_needs (self), self->survey, self->qid)));
  else if (g_str_equal (action_name, "needs.move-question-up") && index > 0)
    ok = kp_needs_move_question (get_needs (self), self->survey, self->qid, index - 1, &error);
  else if (g_str_equal (action_name, "needs.move-question-down"))
    ok = kp_needs_move_question (get_needs (self), self->survey, self->qid, index + 1, &error);
  else if (g_str_equal (action_name, "needs.remove-question"))
    {
      ok = kp_needs_remove_question (get_needs (self), self->survey, self->qid, &error);
      if (ok)
        kp_needs_ui_toast (widget, _ ("Question removed; Ctrl+Z brings it back"));
    }
  if (!ok)
    kp_needs_ui_toast (widget, error->message);
}

static void
kp_needs_surveys_panel_dispose (GObject *object)
{
  KpNeedsSurveysPanel *self = KP_NEEDS_SURVEYS_PANEL (object);

  if (self->survey != NULL)
    g_clear_signal_handler (&self->survey_handler, self->survey);
  g_clear_object (&self->survey);
  g_clear_pointer (&self->results, kp_survey_results_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_NEEDS_SURVEYS_PANEL);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_needs_surveys_panel_parent_class)->dispose (object);
}

static void
kp_needs_surveys_panel_class_init (KpNeedsSurveysPanelClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const char *const survey_actions[] = { "needs.import-survey", "needs.new-survey",
                                         "needs.edit-survey", "needs.export-survey-results",
                                         "needs.export-questionnaire", "needs.remove-survey" };
  const char *const question_actions[] = { "needs.add-question", "needs.edit-question",
                                           "needs.move-question-up", "needs.move-question-down",
                                           "needs.remove-question" };

  object_class->dispose = kp_needs_surveys_panel_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-needs-surveys-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSurveysPanel, info_label);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSurveysPanel, survey_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSurveysPanel, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSurveysPanel, question_list);
  gtk_widget_class_bind_template_child (widget_class, KpNeedsSurveysPanel, question_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_survey_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_question_selected_cb);
  for (guint i = 0; i < G_N_ELEMENTS (survey_actions); i++)
    gtk_widget_class_install_action (widget_class, survey_actions[i], NULL, survey_action);
  for (guint i = 0; i < G_N_ELEMENTS (question_actions); i++)
    gtk_widget_class_install_action (widget_class, question_actions[i], NULL, question_action);
}

static void
kp_needs_surveys_panel_init (KpNeedsSurveysPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kp_needs_surveys_panel_new (KpProject *project)
{
  KpNeedsSurveysPanel *self;
  GListModel          *surveys;

  g_return_val_if_fail (KP_IS_PROJECT (project), NULL);
  self = g_object_new (KP_TYPE_NEEDS_SURVEYS_PANEL, NULL);
  self->project = g_object_ref (project);
  self->question_view = kp_survey_question_view_new (get_needs (self));
  gtk_stack_add_named (self->question_stack, self->question_view, "question");
  surveys = kp_needs_get_surveys (get_needs (self));
  gtk_drop_down_set_expression (self->survey_dropdown,
                                gtk_property_expression_new (KP_TYPE_SURVEY, NULL, "name"));
  gtk_drop_down_set_model (self->survey_dropdown, surveys);
  g_signal_connect_object (surveys, "items-changed", G_CALLBACK (on_surveys_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_survey_selected_cb (self);
  return GTK_WIDGET (self);
}
