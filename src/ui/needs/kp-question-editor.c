/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-question-editor.h"

struct _KpQuestionEditor
{
  AdwWindow parent_instance;

  KpNeeds       *needs;
  KpSurvey      *survey;
  int            qid;
  KpQuestionType old_type;

  AdwEntryRow         *text_row;
  AdwComboRow         *type_row;
  AdwPreferencesGroup *choices_group;
  GtkTextView         *choices_view;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (KpQuestionEditor, kp_question_editor, ADW_TYPE_WINDOW)

/* The types whose choices the user writes: a scale and yes/no have fixed ones, an obec
 * question the territory's obce. */
static gboolean
has_own_choices (KpQuestionType type)
{
  return type == KP_QUESTION_SINGLE || type == KP_QUESTION_MULTIPLE ||
         type == KP_QUESTION_AGE_BAND;
}

static void
on_type_changed_cb (KpQuestionEditor *self)
{
  KpQuestionType type = adw_combo_row_get_selected (self->type_row);

  gtk_widget_set_visible (GTK_WIDGET (self->choices_group),
                          type < KP_N_QUESTION_TYPES && has_own_choices (type));
}

static GStrv
get_choices (KpQuestionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->choices_view);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

static void
on_save_clicked_cb (KpQuestionEditor *self)
{
  g_autoptr (GError) error = NULL;
  const char    *text = gtk_editable_get_text (GTK_EDITABLE (self->text_row));
  KpQuestionType type = adw_combo_row_get_selected (self->type_row);
  g_auto (GStrv) choices = NULL;
  gboolean ok;

  if (type >= KP_N_QUESTION_TYPES)
    return;
  /* A new type whose choices the user did not write takes them from the answers. */
  if (has_own_choices (type) &&
      (self->qid == 0 || type == self->old_type ||
       gtk_text_buffer_get_modified (gtk_text_view_get_buffer (self->choices_view))))
    choices = get_choices (self);
  if (self->qid == 0)
    ok = kp_needs_add_question (self->needs, self->survey, text, type,
                                (const char *const *) choices, &error) != 0;
  else
    ok = kp_needs_set_question (self->needs, self->survey, self->qid, text, type,
                                (const char *const *) choices, &error);
  if (!ok)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
kp_question_editor_dispose (GObject *object)
{
  KpQuestionEditor *self = KP_QUESTION_EDITOR (object);

  g_clear_object (&self->needs);
  g_clear_object (&self->survey);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_QUESTION_EDITOR);
  G_OBJECT_CLASS (kp_question_editor_parent_class)->dispose (object);
}

static void
kp_question_editor_class_init (KpQuestionEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_question_editor_dispose;

  gtk_widget_class_set_template_from_resource (
      widget_class, "/cz/komplan/Komplan/ui/needs/kp-question-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KpQuestionEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, KpQuestionEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, KpQuestionEditor, choices_group);
  gtk_widget_class_bind_template_child (widget_class, KpQuestionEditor, choices_view);
  gtk_widget_class_bind_template_child (widget_class, KpQuestionEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_type_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
}

static void
kp_question_editor_init (KpQuestionEditor *self)
{
  g_autoptr (GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint t = 0; t < KP_N_QUESTION_TYPES; t++)
    gtk_string_list_append (types, kp_question_type_get_label (t));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
}

GtkWidget *
kp_question_editor_new (GtkWindow *parent,
                        KpNeeds   *needs,
                        KpSurvey  *survey,
                        int        qid)
{
  KpQuestionEditor       *self;
  const KpSurveyQuestion *question;
  GtkTextBuffer          *buffer;

  g_return_val_if_fail (KP_IS_NEEDS (needs), NULL);
  g_return_val_if_fail (KP_IS_SURVEY (survey), NULL);

  self = g_object_new (KP_TYPE_QUESTION_EDITOR, "transient-for", parent, NULL);
  self->needs = g_object_ref (needs);
  self->survey = g_object_ref (survey);
  self->qid = qid;
  question = qid != 0 ? kp_survey_find_question (survey, qid, NULL) : NULL;
  self->old_type = question != NULL ? question->type : KP_QUESTION_SINGLE;
  buffer = gtk_text_view_get_buffer (self->choices_view);
  if (question != NULL)
    {
      g_autofree char *choices = g_strjoinv ("\n", question->choices);

      gtk_window_set_title (GTK_WINDOW (self), _ ("Question"));
      gtk_editable_set_text (GTK_EDITABLE (self->text_row), question->text);
      gtk_text_buffer_set_text (buffer, choices, -1);
    }
  else
    {
      self->qid = 0;
      gtk_window_set_title (GTK_WINDOW (self), _ ("New Question"));
    }
  gtk_text_buffer_set_modified (buffer, FALSE);
  adw_combo_row_set_selected (self->type_row, self->old_type);
  on_type_changed_cb (self);
  return GTK_WIDGET (self);
}
