/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-publications-surveys.h"
#include "kp-needs.h"

struct _KpPublicationsSurveys
{
  AdwPreferencesGroup parent_instance;

  KpProject              *project;
  KpSettingsWriter       *writer;
  KpPlanDocumentSettings *settings;
  GPtrArray              *rows; /* the survey rows shown */
  gboolean                updating;
};

G_DEFINE_FINAL_TYPE (KpPublicationsSurveys, kp_publications_surveys, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The question a check box stands for. */
#define SURVEY_ID_KEY "kp-survey-id"
#define QID_KEY       "kp-qid"

static void
on_check_toggled_cb (GtkCheckButton        *check,
                     KpPublicationsSurveys *self)
{
  g_autoptr (GError) error = NULL;
  gint64 *survey_id = g_object_get_data (G_OBJECT (check), SURVEY_ID_KEY);
  int     qid = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), QID_KEY));

  if (self->settings == NULL || self->updating)
    return;
  kp_settings_writer_check (self->writer,
                            kp_plan_document_settings_set_question (self->settings, *survey_id, qid,
                                                                    gtk_check_button_get_active (check),
                                                                    &error),
                            &error);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static guint
count_chosen (KpPublicationsSurveys *self,
              KpSurvey              *survey)
{
  GArray *choices = kp_plan_document_settings_get_questions (self->settings);
  guint   n = 0;

  for (guint i = 0; i < choices->len; i++)
    if (g_array_index (choices, KpQuestionChoice, i).survey_id == kp_survey_get_id (survey) &&
        kp_survey_find_question (survey, g_array_index (choices, KpQuestionChoice, i).qid, NULL) !=
            NULL)
      n++;
  return n;
}

/* "12 questions, 2 in the plan" */
static char *
dup_subtitle (KpPublicationsSurveys *self,
              KpSurvey              *survey)
{
  guint n = count_chosen (self, survey);
  guint n_questions = kp_survey_get_questions (survey)->len;

  if (n > 0)
    /* Translators: under a survey in the options of the plan: its questions, and how many of
     * them the plan prints */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question, %u in the plan",
                                         "%u questions, %u in the plan", n_questions),
                            n_questions, n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question, none in the plan",
                                       "%u questions, none in the plan", n_questions),
                          n_questions);
}

static GtkWidget *
make_question_row (KpPublicationsSurveys  *self,
                   KpSurvey               *survey,
                   const KpSurveyQuestion *question)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *check = gtk_check_button_new ();
  gint64          *survey_id = g_new (gint64, 1);
  g_autofree char *name = g_strdup_printf ("publications-question-%" G_GINT64_FORMAT "-%d",
                                           kp_survey_get_id (survey), question->qid);

  *survey_id = kp_survey_get_id (survey);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), question->text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (check, name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               kp_plan_document_settings_has_question (self->settings, *survey_id,
                                                                       question->qid));
  g_object_set_data_full (G_OBJECT (check), SURVEY_ID_KEY, survey_id, g_free);
  g_object_set_data (G_OBJECT (check), QID_KEY, GINT_TO_POINTER (question->qid));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static GtkWidget *
make_survey_row (KpPublicationsSurveys *self,
                 KpSurvey              *survey)
{
  GtkWidget       *row = adw_expander_row_new ();
  GPtrArray       *questions = kp_survey_get_questions (survey);
  const char      *title = kp_survey_get_title (survey);
  g_autofree char *subtitle = dup_subtitle (self, survey);
  g_autofree char *name = g_strdup_printf ("publications-survey-%" G_GINT64_FORMAT,
                                           kp_survey_get_id (survey));

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title != NULL && title[0] != '\0' ? title
                                                                   : kp_survey_get_name (survey));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  for (guint i = 0; i < questions->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              make_question_row (self, survey, g_ptr_array_index (questions, i)));
  return row;
}

void
kp_publications_surveys_update (KpPublicationsSurveys *self)
{
  GListModel *surveys;
  guint       n_surveys;

  g_return_if_fail (KP_IS_PUBLICATIONS_SURVEYS (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (self->project == NULL || self->settings == NULL)
    return;
  surveys = kp_needs_get_surveys (kp_needs_get (self->project));
  n_surveys = g_list_model_get_n_items (surveys);
  adw_preferences_group_set_description (
      ADW_PREFERENCES_GROUP (self),
      n_surveys == 0
          ? _ ("The project has no survey yet. Surveys are imported in the Needs view.")
          : _ ("The plan prints the answers to the questions chosen here, with a table and a "
               "chart, in its needs analysis."));
  self->updating = TRUE;
  for (guint i = 0; i < n_surveys; i++)
    {
      g_autoptr (KpSurvey) survey = g_list_model_get_item (surveys, i);
      GtkWidget *row = make_survey_row (self, survey);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  self->updating = FALSE;
}

static void
on_settings_changed_cb (KpPublicationsSurveys *self)
{
  /* the counts under the surveys; the check boxes are the user's own */
  GListModel *surveys = kp_needs_get_surveys (kp_needs_get (self->project));

  for (guint i = 0; i < self->rows->len && i < g_list_model_get_n_items (surveys); i++)
    {
      g_autoptr (KpSurvey) survey = g_list_model_get_item (surveys, i);
      g_autofree char *subtitle = dup_subtitle (self, survey);

      adw_expander_row_set_subtitle (g_ptr_array_index (self->rows, i), subtitle);
    }
}

void
kp_publications_surveys_setup (KpPublicationsSurveys *self,
                               KpProject             *project,
                               KpSettingsWriter      *writer)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_SURVEYS (self));
  g_return_if_fail (KP_IS_PROJECT (project));

  g_set_object (&self->project, project);
  g_set_object (&self->writer, writer);
}

void
kp_publications_surveys_set_settings (KpPublicationsSurveys  *self,
                                      KpPlanDocumentSettings *settings)
{
  g_return_if_fail (KP_IS_PUBLICATIONS_SURVEYS (self));

  if (self->settings == settings)
    return;
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_signal_connect_swapped (settings, "changed", G_CALLBACK (on_settings_changed_cb), self);
  kp_publications_surveys_update (self);
}

static void
kp_publications_surveys_dispose (GObject *object)
{
  KpPublicationsSurveys *self = KP_PUBLICATIONS_SURVEYS (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->writer);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (kp_publications_surveys_parent_class)->dispose (object);
}

static void
kp_publications_surveys_finalize (GObject *object)
{
  g_ptr_array_unref (KP_PUBLICATIONS_SURVEYS (object)->rows);
  G_OBJECT_CLASS (kp_publications_surveys_parent_class)->finalize (object);
}

static void
kp_publications_surveys_class_init (KpPublicationsSurveysClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kp_publications_surveys_dispose;
  object_class->finalize = kp_publications_surveys_finalize;
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kp_publications_surveys_init (KpPublicationsSurveys *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Survey Results in the Plan"));
}
