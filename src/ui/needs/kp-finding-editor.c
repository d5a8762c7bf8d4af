/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-finding-editor.h"
#include "kp-czech.h"
#include "kp-plan.h"

#include <string.h>

/* A finding's text, target groups, source, type of need, priority, obce and evidence (an
 * indicator, a survey question). A new finding is added, an existing one changed in
 * place (its id stays); each is one undo step. */

struct _KpFindingEditor
{
  AdwWindow parent_instance;

  KpNeeds       *needs;
  KpFindingData *data;      /* what is edited; id 0 for a new finding */
  GArray        *questions; /* survey id, qid pairs in the question row's order after "none" */
  GtkWidget     *group_checks[KP_N_PLANNING_GROUPS];

  GtkTextView         *text_view;
  AdwPreferencesGroup *groups_group;
  AdwComboRow         *source_row;
  AdwComboRow         *need_row;
  AdwComboRow         *priority_row;
  AdwEntryRow         *obce_row;
  AdwComboRow         *indicator_row;
  AdwComboRow         *question_row;
  GtkLabel            *error_label;
  AdwPreferencesGroup *plan_group;
};

G_DEFINE_FINAL_TYPE (KpFindingEditor, kp_finding_editor, ADW_TYPE_WINDOW)

typedef struct
{
  gint64 survey;
  int    qid;
} QuestionRef;

static void
show_error (KpFindingEditor *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* The codes of the obce named in the entry; FALSE with the message naming the unknown one
 * in @out_message. */
static gboolean
parse_obce (KpFindingEditor *self,
            GStrv           *out_codes,
            char           **out_message)
{
  g_auto (GStrv) names = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->obce_row)), ",", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *obce = kp_project_get_obce (kp_project_module_get_project (KP_PROJECT_MODULE (self->needs)));
  guint       n = g_list_model_get_n_items (obce);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *key = kp_czech_fold (g_strstrip (names[i]));
      gboolean         found = FALSE;

      if (*key == '\0')
        continue;
      for (guint k = 0; !found && k < n; k++)
        {
          g_autoptr (KpObec) obec = g_list_model_get_item (obce, k);
          g_autofree char *name = kp_czech_fold (kp_obec_get_nazev (obec));

          if (strcmp (name, key) == 0 || strcmp (kp_obec_get_kod (obec), key) == 0)
            {
              g_strv_builder_add (builder, kp_obec_get_kod (obec));
              found = TRUE;
            }
        }
      if (!found)
        {
          *out_message = g_strdup_printf (_ ("The territory has no obec “%s”"), names[i]);
          return FALSE;
        }
    }
  *out_codes = g_strv_builder_end (builder);
  return TRUE;
}

static void
on_save_clicked_cb (KpFindingEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr (KpFindingData) data = kp_finding_data_copy (self->data);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    start, end;
  guint          indicator = adw_combo_row_get_selected (self->indicator_row);
  guint          question = adw_combo_row_get_selected (self->question_row);
  gboolean       ok;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (data->text);
  data->text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  data->groups = 0;
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->group_checks[g])))
      data->groups |= KP_PLANNING_GROUP_BIT (g);
  data->source = adw_combo_row_get_selected (self->source_row);
  data->need_type = adw_combo_row_get_selected (self->need_row);
  data->priority = (int) adw_combo_row_get_selected (self->priority_row) + 1;
  g_strfreev (data->obce);
  data->obce = NULL;
  if (!parse_obce (self, &data->obce, &message))
    {
      data->obce = g_new0 (char *, 1);
      show_error (self, message);
      return;
    }
  g_ptr_array_set_size (data->evidence, 0);
  if (indicator > 0 && indicator != GTK_INVALID_LIST_POSITION)
    g_ptr_array_add (data->evidence,
                     kp_finding_evidence_new_indicator (kp_indicator_get_id (indicator - 1)));
  if (question > 0 && question != GTK_INVALID_LIST_POSITION)
    {
      QuestionRef *ref = &g_array_index (self->questions, QuestionRef, question - 1);

      g_ptr_array_add (data->evidence, kp_finding_evidence_new_question (ref->survey, ref->qid));
    }
  ok = data->id > 0 ? kp_needs_update_finding (self->needs, data, &error)
                    : kp_needs_add_finding (self->needs, data, &error) > 0;
  if (!ok)
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_cancel_clicked_cb (KpFindingEditor *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static GListModel *
labels_of (const char *(*label) (int value),
           int n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

static const char *
source_label (int value)
{
  return kp_finding_source_get_label ((KpFindingSource) value);
}

static const char *
need_label (int value)
{
  return kp_need_type_get_label ((KpNeedType) value);
}

static const char *
priority_label (int value)
{
  return kp_finding_priority_get_label (value + 1);
}

static const char *
indicator_label (int value)
{
  return value == 0 ? _ ("No indicator") : kp_indicator_get_name ((KpIndicator) (value - 1));
}

/* "No question", then each survey's questions as "Survey: question". */
static void
fill_questions (KpFindingEditor *self)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  GListModel *surveys = kp_needs_get_surveys (self->needs);
  guint       n = g_list_model_get_n_items (surveys), selected = 0;

  gtk_string_list_append (list, _ ("No survey question"));
  for (guint s = 0; s < n; s++)
    {
      g_autoptr (KpSurvey) survey = g_list_model_get_item (surveys, s);
      GPtrArray *questions = kp_survey_get_questions (survey);

      for (guint q = 0; q < questions->len; q++)
        {
          const KpSurveyQuestion *question = g_ptr_array_index (questions, q);
          QuestionRef             ref = { kp_survey_get_id (survey), question->qid };
          g_autofree char        *label = g_strdup_printf ("%s: %s", kp_survey_get_name (survey),
                                                           question->text);

          g_array_append_val (self->questions, ref);
          gtk_string_list_append (list, label);
          for (guint e = 0; e < self->data->evidence->len; e++)
            {
              const KpFindingEvidence *evidence = g_ptr_array_index (self->data->evidence, e);

              if (evidence->indicator == NULL && evidence->survey_id == ref.survey &&
                  evidence->qid == ref.qid)
                selected = self->questions->len;
            }
        }
    }
  adw_combo_row_set_model (self->question_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->question_row, selected);
}

static void
fill (KpFindingEditor *self)
{
  g_autoptr (GListModel) sources = labels_of (source_label, KP_N_FINDING_SOURCES);
  g_autoptr (GListModel) needs = labels_of (need_label, KP_N_NEED_TYPES);
  g_autoptr (GListModel) priorities = labels_of (priority_label, 3);
  g_autoptr (GListModel) indicators = labels_of (indicator_label, KP_N_INDICATORS + 1);
  g_autoptr (GString) obce = g_string_new (NULL);
  KpProject  *project = kp_project_module_get_project (KP_PROJECT_MODULE (self->needs));
  GListModel *list = kp_project_get_obce (project);
  KpIndicator indicator;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            self->data->text != NULL ? self->data->text : "", -1);
  for (guint g = 0; g < KP_N_PLANNING_GROUPS; g++)
    {
      GtkWidget *row = adw_action_row_new ();

      self->group_checks[g] = gtk_check_button_new ();
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->group_checks[g]),
                                   kp_planning_groups_contain (self->data->groups, g));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kp_planning_group_get_name (g));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), self->group_checks[g]);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->group_checks[g]);
      adw_preferences_group_add (self->groups_group, row);
    }
  adw_combo_row_set_model (self->source_row, sources);
  adw_combo_row_set_selected (self->source_row, self->data->source);
  adw_combo_row_set_model (self->need_row, needs);
  adw_combo_row_set_selected (self->need_row, self->data->need_type);
  adw_combo_row_set_model (self->priority_row, priorities);
  adw_combo_row_set_selected (self->priority_row, (guint) CLAMP (self->data->priority, 1, 3) - 1);
  adw_combo_row_set_model (self->indicator_row, indicators);
  for (guint e = 0; e < self->data->evidence->len; e++)
    {
      const KpFindingEvidence *evidence = g_ptr_array_index (self->data->evidence, e);

      if (evidence->indicator != NULL && kp_indicator_from_id (evidence->indicator, &indicator))
        adw_combo_row_set_selected (self->indicator_row, indicator + 1);
    }
  fill_questions (self);
  for (guint i = 0; self->data->obce[i] != NULL; i++)
    for (guint k = 0; k < g_list_model_get_n_items (list); k++)
      {
        g_autoptr (KpObec) obec = g_list_model_get_item (list, k);

        if (strcmp (kp_obec_get_kod (obec), self->data->obce[i]) == 0)
          g_string_append_printf (obce, "%s%s", obce->len > 0 ? ", " : "", kp_obec_get_nazev (obec));
      }
  gtk_editable_set_text (GTK_EDITABLE (self->obce_row), obce->str);
}

static void
kp_finding_editor_dispose (GObject *object)
{
  KpFindingEditor *self = KP_FINDING_EDITOR (object);

  g_clear_object (&self->needs);
  g_clear_pointer (&self->data, kp_finding_data_free);
  g_clear_pointer (&self->questions, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_FINDING_EDITOR);
  G_OBJECT_CLASS (kp_finding_editor_parent_class)->dispose (object);
}

static void
kp_finding_editor_class_init (KpFindingEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_finding_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/needs/kp-finding-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, groups_group);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, need_row);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, priority_row);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, obce_row);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, question_row);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KpFindingEditor, plan_group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
kp_finding_editor_init (KpFindingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->questions = g_array_new (FALSE, FALSE, sizeof (QuestionRef));
}

/* An activity answering the finding goes to the Plán view, selected. */
static void
on_activity_activated_cb (KpFindingEditor *self,
                          GtkWidget       *row)
{
  GtkWindow  *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *uid = g_object_get_data (G_OBJECT (row), "uid");

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-plan-item", "s", uid);
  gtk_window_close (GTK_WINDOW (self));
}

/* The activities of the plan's current version that answer @finding, one row each. */
static void
fill_activities (KpFindingEditor *self,
                 KpFinding       *finding)
{
  KpPlan          *plan = kp_plan_get (kp_project_module_get_project (KP_PROJECT_MODULE (self->needs)));
  g_autofree char *ref = kp_finding_dup_ref (finding);
  g_autoptr (GPtrArray) items = kp_plan_list_items_for_finding (plan, ref);

  gtk_widget_set_visible (GTK_WIDGET (self->plan_group), TRUE);
  for (guint i = 0; i < items->len; i++)
    {
      KpPlanItem      *item = g_ptr_array_index (items, i);
      GtkWidget       *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s %s", kp_plan_item_get_code (item),
                                                kp_plan_item_get_title (item));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("Show in the plan"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "uid", g_strdup (kp_plan_item_get_uid (item)), g_free);
      g_signal_connect_swapped (row, "activated", G_CALLBACK (on_activity_activated_cb), self);
      adw_preferences_group_add (self->plan_group, row);
    }
  if (items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _ ("No activity of the plan answers it yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->plan_group, row);
    }
}

GtkWidget *
kp_finding_editor_new (GtkWindow *parent,
                       KpNeeds   *needs,
                       KpFinding *finding)
{
  KpFindingEditor *self;

  g_return_val_if_fail (KP_IS_NEEDS (needs), NULL);
  self = g_object_new (KP_TYPE_FINDING_EDITOR, "transient-for", parent, NULL);
  self->needs = g_object_ref (needs);
  self->data = finding != NULL ? kp_finding_data_copy (kp_finding_get_data (finding))
                               : kp_finding_data_new ();
  if (finding != NULL)
    {
      g_autofree char *code = kp_finding_dup_code (finding);

      gtk_window_set_title (GTK_WINDOW (self), code);
      fill_activities (self, finding);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _ ("New Finding"));
  fill (self);
  return GTK_WIDGET (self);
}
