/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-editor.h"

#include <string.h>

typedef enum
{
  MODE_NEW,
  MODE_EDIT,
  MODE_IMPORT,
} Mode;

struct _KpSurveyEditor
{
  AdwWindow parent_instance;

  KpNeeds      *needs;
  KpSurvey     *survey; /* MODE_EDIT */
  char         *path;   /* MODE_IMPORT */
  Mode          mode;
  GCancellable *cancellable;

  AdwPreferencesGroup *file_group;
  AdwActionRow        *file_row;
  AdwComboRow         *target_row;
  AdwPreferencesGroup *survey_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *title_row;
  AdwComboRow         *group_row;
  GtkLabel            *error_label;
  GtkSpinner          *spinner;
  GtkButton           *save_button;
};

G_DEFINE_FINAL_TYPE (KpSurveyEditor, kp_survey_editor, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (KpSurveyEditor *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
set_busy (KpSurveyEditor *self,
          gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->file_group), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->survey_group), !busy);
}

/* The survey the import goes into, NULL for a new one. */
static KpSurvey *
get_target (KpSurveyEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (kp_needs_get_surveys (self->needs), selected - 1);
}

static void
on_target_changed_cb (KpSurveyEditor *self)
{
  g_autoptr (KpSurvey) target = NULL;
  const char *title;

  if (self->mode != MODE_IMPORT)
    return;
  target = get_target (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), target == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->title_row), target == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->group_row), target == NULL);
  if (target == NULL)
    return;
  title = kp_survey_get_title (target);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), kp_survey_get_name (target));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  adw_combo_row_set_selected (self->group_row, kp_survey_get_respondent_group (target));
}

static void
done (KpSurveyEditor *self,
      KpSurvey       *survey,
      const char     *message)
{
  g_signal_emit (self, signals[SIGNAL_DONE], 0, survey, message);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (KpSurveyEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpSurveyImport) import = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (GString) message = g_string_new (NULL);
  const char       *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char       *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  KpRespondentGroup group = adw_combo_row_get_selected (self->group_row);
  KpSurvey         *survey;
  gboolean          is_new;
  guint             n;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (import == NULL)
    {
      show_error (self, error->message);
      return;
    }
  is_new = kp_needs_find_survey (self->needs, name) == NULL;
  survey = kp_needs_import_survey (self->needs, name, group, import, &error);
  if (survey == NULL)
    {
      show_error (self, error->message);
      return;
    }
  /* The title belongs to the questionnaire; a new survey takes it in a second step. */
  if (is_new && *title != '\0' &&
      !kp_needs_set_survey_texts (self->needs, survey, name, title, group, &error))
    {
      show_error (self, error->message);
      return;
    }
  n = kp_survey_get_n_respondents (survey);
  g_string_printf (message,
                   g_dngettext (GETTEXT_PACKAGE, "%u respondent imported from %s",
                                "%u respondents imported from %s", n),
                   n, import->display_name);
  if (import->note != NULL && *import->note != '\0')
    g_string_append_printf (message, " (%s)", import->note);
  if (import->inferred)
    g_string_append_printf (message, "; %s",
                            _ ("the questionnaire was made from the file, check its types"));
  done (self, survey, message->str);
}

typedef struct
{
  char      *path;
  GPtrArray *questionnaire;
  GStrv      obce;
} ReadData;

static void
read_data_free (gpointer data)
{
  ReadData *read = data;

  g_free (read->path);
  g_clear_pointer (&read->questionnaire, g_ptr_array_unref);
  g_strfreev (read->obce);
  g_free (read);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData       *read = task_data;
  GError         *error = NULL;
  KpSurveyImport *import = kp_survey_import_read (read->path, read->questionnaire,
                                                  (const char *const *) read->obce, cancellable,
                                                  &error);

  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, (GDestroyNotify) kp_survey_import_free);
}

static void
start_import (KpSurveyEditor *self)
{
  g_autoptr (KpSurvey) target = get_target (self);
  g_autoptr (GTask) task = NULL;
  ReadData *read = g_new0 (ReadData, 1);

  read->path = g_strdup (self->path);
  read->obce = kp_needs_dup_obce_names (self->needs);
  if (target != NULL && kp_survey_get_questions (target)->len > 0)
    {
      GPtrArray *questions = kp_survey_get_questions (target);

      read->questionnaire = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_survey_question_free);
      for (guint i = 0; i < questions->len; i++)
        g_ptr_array_add (read->questionnaire,
                         kp_survey_question_copy (g_ptr_array_index (questions, i)));
    }
  set_busy (self, TRUE);
  task = g_task_new (NULL, self->cancellable, on_read_cb, g_object_ref (self));
  g_task_set_task_data (task, read, read_data_free);
  g_task_run_in_thread (task, read_thread);
}

static void
on_save_clicked_cb (KpSurveyEditor *self)
{
  g_autoptr (GError) error = NULL;
  const char       *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char       *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  KpRespondentGroup group = adw_combo_row_get_selected (self->group_row);
  KpSurvey         *survey = self->survey;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  switch (self->mode)
    {
    case MODE_IMPORT:
      start_import (self);
      return;
    case MODE_NEW:
      survey = kp_needs_add_survey (self->needs, name, group, &error);
      if (survey == NULL)
        {
          show_error (self, error->message);
          return;
        }
      if (*title == '\0')
        break;
      G_GNUC_FALLTHROUGH;
    case MODE_EDIT:
    default:
      if (!kp_needs_set_survey_texts (self->needs, survey, name, title, group, &error))
        {
          show_error (self, error->message);
          return;
        }
      break;
    }
  done (self, survey, self->mode == MODE_NEW ? _ ("Survey added") : _ ("Survey saved"));
}

static void
kp_survey_editor_dispose (GObject *object)
{
  KpSurveyEditor *self = KP_SURVEY_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->needs);
  g_clear_object (&self->survey);
  g_clear_pointer (&self->path, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KP_TYPE_SURVEY_EDITOR);
  G_OBJECT_CLASS (kp_survey_editor_parent_class)->dispose (object);
}

static void
kp_survey_editor_class_init (KpSurveyEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kp_survey_editor_dispose;

  signals[SIGNAL_DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 2, KP_TYPE_SURVEY,
                                       G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/cz/komplan/Komplan/ui/needs/kp-survey-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, file_group);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, file_row);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, survey_group);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, KpSurveyEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
}

static void
kp_survey_editor_init (KpSurveyEditor *self)
{
  g_autoptr (GtkStringList) groups = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  for (guint g = 0; g < KP_N_RESPONDENT_GROUPS; g++)
    gtk_string_list_append (groups, kp_respondent_group_get_label (g));
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
}

static KpSurveyEditor *
editor_new (GtkWindow *parent,
            KpNeeds   *needs,
            Mode       mode)
{
  KpSurveyEditor *self;

  g_return_val_if_fail (KP_IS_NEEDS (needs), NULL);
  self = g_object_new (KP_TYPE_SURVEY_EDITOR, "transient-for", parent, NULL);
  self->needs = g_object_ref (needs);
  self->mode = mode;
  return self;
}

GtkWidget *
kp_survey_editor_new_survey (GtkWindow *parent,
                             KpNeeds   *needs)
{
  KpSurveyEditor *self = editor_new (parent, needs, MODE_NEW);

  gtk_window_set_title (GTK_WINDOW (self), _ ("New Survey"));
  gtk_button_set_label (self->save_button, _ ("_Add"));
  return GTK_WIDGET (self);
}

GtkWidget *
kp_survey_editor_edit (GtkWindow *parent,
                       KpNeeds   *needs,
                       KpSurvey  *survey)
{
  KpSurveyEditor *self = editor_new (parent, needs, MODE_EDIT);
  const char     *title;

  g_return_val_if_fail (KP_IS_SURVEY (survey), NULL);
  self->survey = g_object_ref (survey);
  title = kp_survey_get_title (survey);
  gtk_window_set_title (GTK_WINDOW (self), kp_survey_get_name (survey));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), kp_survey_get_name (survey));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  adw_combo_row_set_selected (self->group_row, kp_survey_get_respondent_group (survey));
  gtk_button_set_label (self->save_button, _ ("_Save"));
  return GTK_WIDGET (self);
}

GtkWidget *
kp_survey_editor_import (GtkWindow  *parent,
                         KpNeeds    *needs,
                         const char *path,
                         KpSurvey   *into)
{
  KpSurveyEditor *self = editor_new (parent, needs, MODE_IMPORT);
  GListModel     *surveys = kp_needs_get_surveys (needs);
  g_autoptr (GtkStringList) targets = gtk_string_list_new (NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *display = g_filename_display_name (base);
  char            *dot;
  guint            selected = 0;

  self->path = g_strdup (path);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Import Survey Responses"));
  gtk_button_set_label (self->save_button, _ ("_Import"));
  gtk_widget_set_visible (GTK_WIDGET (self->file_group), TRUE);
  adw_action_row_set_subtitle (self->file_row, display);
  gtk_string_list_append (targets, _ ("A new survey"));
  for (guint i = 0; i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr (KpSurvey) survey = g_list_model_get_item (surveys, i);

      gtk_string_list_append (targets, kp_survey_get_name (survey));
      if (survey == into)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (targets));
  dot = strrchr (display, '.');
  if (dot != NULL && dot != display)
    *dot = '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), display);
  adw_combo_row_set_selected (self->target_row, selected);
  on_target_changed_cb (self);
  return GTK_WIDGET (self);
}
