/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-needs-private.h"
#include "kp-czech.h"
#include "kp-error.h"
#include "kp-survey-import.h"
#include "kp-survey-private.h"
#include "kp-survey-repository.h"

#include <string.h>

/* Edits of surveys: the survey itself, an import of its responses and the categories of
 * open answers (its questionnaire: kp-needs-question-edit.c). Each is one undo step
 * through the project's edit path. */

#define MAX_NAME 200

gboolean
kp_needs_check_survey (KpNeeds  *self,
                       KpSurvey *survey,
                       GError  **error)
{
  if (kp_needs_find_survey_by_id (self, kp_survey_get_id (survey)) == survey)
    return TRUE;
  g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                       _ ("The survey is not in the project"));
  return FALSE;
}

static gboolean
check_name (KpNeeds    *self,
            const char *name,
            KpSurvey   *except,
            GError    **error)
{
  KpSurvey *other;

  if (!kp_needs_check_text (name, _ ("The survey needs a name"), error))
    return FALSE;
  if (strlen (name) > MAX_NAME)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The survey’s name is too long"));
      return FALSE;
    }
  {
    g_autofree char *clean = g_strstrip (g_strdup (name));

    other = kp_needs_find_survey (self, clean);
  }
  if (other != NULL && other != except)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                   _ ("The project has a survey named “%s” already"), name);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const char       *name;
  KpRespondentGroup group;
  gint64            id;
} NewSurvey;

static gboolean
write_new_survey (KpDatabase *db,
                  gpointer    data,
                  GError    **error)
{
  NewSurvey       *edit = data;
  g_autofree char *name = g_strstrip (g_strdup (edit->name));

  return kp_survey_repository_insert (db, name, edit->group, &edit->id, error);
}

KpSurvey *
kp_needs_add_survey (KpNeeds          *self,
                     const char       *name,
                     KpRespondentGroup group,
                     GError          **error)
{
  NewSurvey edit = { name, group, 0 };

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  g_return_val_if_fail (group < KP_N_RESPONDENT_GROUPS, NULL);

  if (!check_name (self, name, NULL, error) ||
      !kp_project_edit (kp_needs_get_project (self), _ ("Add a survey"), write_new_survey, &edit,
                        error))
    return NULL;
  return kp_needs_find_survey_by_id (self, edit.id);
}

static gboolean
write_remove_survey (KpDatabase *db,
                     gpointer    data,
                     GError    **error)
{
  return kp_survey_repository_delete (db, *(gint64 *) data, error);
}

gboolean
kp_needs_remove_survey (KpNeeds  *self,
                        KpSurvey *survey,
                        GError  **error)
{
  gint64 id;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (KP_IS_SURVEY (survey), FALSE);

  if (!kp_needs_check_survey (self, survey, error))
    return FALSE;
  id = kp_survey_get_id (survey);
  return kp_project_edit (kp_needs_get_project (self), _ ("Remove a survey"), write_remove_survey,
                          &id, error);
}

typedef struct
{
  gint64            id;
  const char       *name;
  const char       *title;
  KpRespondentGroup group;
} SurveyTexts;

static gboolean
write_survey_texts (KpDatabase *db,
                    gpointer    data,
                    GError    **error)
{
  SurveyTexts     *edit = data;
  g_autofree char *name = g_strstrip (g_strdup (edit->name));
  g_autofree char *title = edit->title != NULL ? g_strstrip (g_strdup (edit->title)) : NULL;

  return kp_survey_repository_update (db, edit->id, name,
                                      title != NULL && *title != '\0' ? title : NULL, edit->group,
                                      error);
}

gboolean
kp_needs_set_survey_texts (KpNeeds          *self,
                           KpSurvey         *survey,
                           const char       *name,
                           const char       *title,
                           KpRespondentGroup group,
                           GError          **error)
{
  SurveyTexts edit;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (KP_IS_SURVEY (survey), FALSE);
  g_return_val_if_fail (group < KP_N_RESPONDENT_GROUPS, FALSE);

  if (!kp_needs_check_survey (self, survey, error) || !check_name (self, name, survey, error))
    return FALSE;
  if (title != NULL && (!g_utf8_validate (title, -1, NULL) || strlen (title) > 1000))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The title must be a short text"));
      return FALSE;
    }
  edit = (SurveyTexts){ kp_survey_get_id (survey), name, title, group };
  return kp_project_edit (kp_needs_get_project (self), _ ("Edit a survey"), write_survey_texts,
                          &edit, error);
}

typedef struct
{
  const char       *name;
  KpRespondentGroup group;
  KpSurveyImport   *import;
  gint64            id;
  gboolean          new_survey;
} ImportEdit;

static gboolean
write_import (KpDatabase *db,
              gpointer    data,
              GError    **error)
{
  ImportEdit *edit = data;

  if (edit->new_survey)
    {
      g_autofree char *name = g_strstrip (g_strdup (edit->name));

      if (!kp_survey_repository_insert (db, name, edit->group, &edit->id, error))
        return FALSE;
    }
  if ((edit->new_survey || edit->import->inferred) &&
      !kp_survey_repository_replace_questions (db, edit->id, edit->import->questions, error))
    return FALSE;
  return kp_survey_repository_replace_responses (db, edit->id, edit->import->respondents,
                                                 edit->import->rows, error) &&
         kp_survey_repository_set_source (db, edit->id, edit->import->display_name,
                                          edit->import->note, error);
}

KpSurvey *
kp_needs_import_survey (KpNeeds          *self,
                        const char       *name,
                        KpRespondentGroup group,
                        KpSurveyImport   *import,
                        GError          **error)
{
  KpSurvey  *existing;
  ImportEdit edit = { name, group, import, 0, FALSE };

  g_return_val_if_fail (KP_IS_NEEDS (self), NULL);
  g_return_val_if_fail (import != NULL, NULL);
  g_return_val_if_fail (group < KP_N_RESPONDENT_GROUPS, NULL);

  existing = name != NULL ? kp_needs_find_survey (self, name) : NULL;
  if (existing == NULL && !check_name (self, name, NULL, error))
    return NULL;
  if (existing != NULL && !import->inferred &&
      import->questions->len != kp_survey_get_questions (existing)->len)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("The responses were read for another questionnaire"));
      return NULL;
    }
  edit.new_survey = existing == NULL;
  edit.id = existing != NULL ? kp_survey_get_id (existing) : 0;
  if (!kp_project_edit (kp_needs_get_project (self), _ ("Import survey responses"), write_import,
                        &edit, error))
    return NULL;
  return kp_needs_find_survey_by_id (self, edit.id);
}

typedef struct
{
  gint64             id;
  int                qid;
  guint              respondent;
  const char *const *tags;
} TagEdit;

static gboolean
write_tags (KpDatabase *db,
            gpointer    data,
            GError    **error)
{
  TagEdit *edit = data;

  return kp_survey_repository_set_tags (db, edit->id, edit->qid, edit->respondent, edit->tags,
                                        error);
}

/* A category the question already has, spelt as it was first ("Doprava" for "doprava"),
 * so that one category is not counted as two; else @tag. */
static const char *
known_tag (const char *const *used,
           const char        *tag)
{
  g_autofree char *key = kp_czech_fold (tag);

  for (guint i = 0; used != NULL && used[i] != NULL; i++)
    {
      g_autofree char *other = kp_czech_fold (used[i]);

      if (strcmp (key, other) == 0)
        return used[i];
    }
  return tag;
}

gboolean
kp_needs_set_answer_tags (KpNeeds           *self,
                          KpSurvey          *survey,
                          int                qid,
                          guint              respondent,
                          const char *const *tags,
                          GError           **error)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) clean = NULL;
  g_auto (GStrv) used = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const KpSurveyQuestion *question;
  TagEdit                 edit;

  g_return_val_if_fail (KP_IS_NEEDS (self), FALSE);
  g_return_val_if_fail (KP_IS_SURVEY (survey), FALSE);

  if (!kp_needs_check_survey (self, survey, error))
    return FALSE;
  question = kp_survey_find_question (survey, qid, NULL);
  if (question == NULL || question->type != KP_QUESTION_TEXT ||
      respondent >= kp_survey_get_n_respondents (survey))
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                           _ ("Only open answers get categories"));
      return FALSE;
    }
  used = kp_survey_list_tags (survey, qid);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));

      if (!g_utf8_validate (tag, -1, NULL) || strlen (tag) > MAX_NAME)
        {
          g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_INVALID,
                               _ ("A category must be a short text"));
          return FALSE;
        }
      if (*tag != '\0' && g_hash_table_add (seen, kp_czech_fold (tag)))
        g_strv_builder_add (builder, known_tag ((const char *const *) used, tag));
    }
  clean = g_strv_builder_end (builder);
  edit = (TagEdit){ kp_survey_get_id (survey), qid, respondent, (const char *const *) clean };
  return kp_project_edit (kp_needs_get_project (self), _ ("Set the categories of an answer"),
                          write_tags, &edit, error);
}
