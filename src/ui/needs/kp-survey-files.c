/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-survey-files.h"
#include "kp-file-chooser.h"
#include "kp-needs-common.h"
#include "kp-questionnaire-builder.h"
#include "kp-survey-editor.h"
#include "kp-survey-results.h"

typedef struct
{
  GtkWidget *widget;
  KpNeeds   *needs;
  KpProject *project;
  KpSurvey  *survey;
  GCallback  done;
} FileData;

static FileData *
file_data_new (GtkWidget *widget,
               KpNeeds   *needs,
               KpProject *project,
               KpSurvey  *survey)
{
  FileData *data = g_new0 (FileData, 1);

  data->widget = g_object_ref (widget);
  data->needs = needs != NULL ? g_object_ref (needs) : NULL;
  data->project = project != NULL ? g_object_ref (project) : NULL;
  data->survey = survey != NULL ? g_object_ref (survey) : NULL;
  return data;
}

static void
file_data_free (FileData *data)
{
  g_object_unref (data->widget);
  g_clear_object (&data->needs);
  g_clear_object (&data->project);
  g_clear_object (&data->survey);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileData, file_data_free)

/* The path the user chose, or NULL when they cancelled. */
static char *
chosen_path (GAsyncResult *result,
             char        **out_basename)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) files = kp_file_chooser_run_finish (result, &error);
  g_autoptr (GFile) file = NULL;

  if (files == NULL || g_list_model_get_n_items (files) == 0)
    return NULL;
  file = g_list_model_get_item (files, 0);
  if (out_basename != NULL)
    *out_basename = g_file_get_basename (file);
  return g_file_get_path (file);
}

static GListModel *
filters_new (const char        *name,
             const char *const *patterns)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) filter = kp_file_chooser_filter_new (name, patterns);

  g_list_store_append (filters, filter);
  return G_LIST_MODEL (filters);
}

/* "Dotazník 2024.csv" from the survey's name: no characters file systems refuse. */
static char *
file_name (KpSurvey   *survey,
           const char *suffix)
{
  g_autofree char *name = g_strdup (kp_survey_get_name (survey));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (name, suffix, NULL);
}

static void
on_import_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr (FileData) data = user_data;
  g_autofree char *path = chosen_path (result, NULL);
  GtkWidget       *editor;

  if (path == NULL)
    return;
  editor = kp_survey_editor_import (GTK_WINDOW (gtk_widget_get_root (data->widget)), data->needs,
                                    path, data->survey);
  if (data->done != NULL)
    g_signal_connect_object (editor, "done", data->done, data->widget, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

void
kp_survey_files_import (GtkWidget *widget,
                        KpNeeds   *needs,
                        KpSurvey  *into,
                        GCallback  done)
{
  static const char *const patterns[] = { "*.csv", "*.CSV", "*.xlsx", "*.XLSX", "*.txt", NULL };
  g_autoptr (GListModel) filters = filters_new (_ ("Survey responses (CSV, XLSX)"), patterns);
  FileData *data = file_data_new (widget, needs, NULL, into);

  data->done = done;
  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_OPEN,
                             _ ("Import Survey Responses"), _ ("_Open"), filters, NULL,
                             on_import_chosen_cb, data);
}

static void
on_results_chosen_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (FileData) data = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpSurveyResults) results = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *path = chosen_path (result, &basename);
  g_autofree char *message = NULL;

  if (path == NULL)
    return;
  results = kp_survey_compute_results (data->survey);
  if (!kp_survey_results_write_csv (results, path, &error))
    {
      kp_needs_ui_toast (data->widget, error->message);
      return;
    }
  /* Translators: a toast; the file's name */
  message = g_strdup_printf (_ ("Results saved to %s"), basename);
  kp_needs_ui_toast (data->widget, message);
}

void
kp_survey_files_export_results (GtkWidget *widget,
                                KpSurvey  *survey)
{
  static const char *const patterns[] = { "*.csv", NULL };
  g_autoptr (GListModel) filters = filters_new (_ ("CSV for Excel"), patterns);
  g_autofree char *name = file_name (survey, ".csv");

  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_SAVE,
                             _ ("Export Survey Results"), _ ("_Export"), filters, name,
                             on_results_chosen_cb, file_data_new (widget, NULL, NULL, survey));
}

static void
on_questionnaire_chosen_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr (FileData) data = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KpQuestionnaire) questionnaire = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *path = chosen_path (result, &basename);
  g_autofree char *message = NULL;
  int              pages = 0;

  if (path == NULL)
    return;
  questionnaire = kp_questionnaire_build (data->project, data->survey);
  if (!kp_questionnaire_write_pdf (questionnaire, path, &pages, &error))
    {
      kp_needs_ui_toast (data->widget, error->message);
      return;
    }
  /* Translators: a toast; the file's name and its number of pages */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Questionnaire saved to %s (%d page)",
                                          "Questionnaire saved to %s (%d pages)", pages),
                             basename, pages);
  kp_needs_ui_toast (data->widget, message);
}

void
kp_survey_files_export_questionnaire (GtkWidget *widget,
                                      KpProject *project,
                                      KpSurvey  *survey)
{
  static const char *const patterns[] = { "*.pdf", NULL };
  g_autoptr (GListModel) filters = filters_new (_ ("PDF document"), patterns);
  /* Translators: added to a survey's name for its blank questionnaire's file */
  g_autofree char *suffix = g_strconcat (" – ", _ ("questionnaire"), ".pdf", NULL);
  g_autofree char *name = file_name (survey, suffix);

  kp_file_chooser_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), KP_FILE_CHOOSER_SAVE,
                             _ ("Export Blank Questionnaire"), _ ("_Export"), filters, name,
                             on_questionnaire_chosen_cb,
                             file_data_new (widget, NULL, project, survey));
}
