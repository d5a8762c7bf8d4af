/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-document-settings.h"
#include "kp-plan-document-repository.h"
#include "kp-publications-private.h"

struct _KpPlanDocumentSettings
{
  KpDocumentSettings parent_instance;

  GArray *questions; /* KpQuestionChoice */
};

G_DEFINE_FINAL_TYPE (KpPlanDocumentSettings, kp_plan_document_settings, KP_TYPE_DOCUMENT_SETTINGS)

static void
kp_plan_document_settings_copy_values (KpDocumentSettings *settings,
                                       KpDocumentSettings *copy)
{
  GArray *from = KP_PLAN_DOCUMENT_SETTINGS (settings)->questions;

  g_array_append_vals (KP_PLAN_DOCUMENT_SETTINGS (copy)->questions, from->data, from->len);
}

static void
kp_plan_document_settings_finalize (GObject *object)
{
  g_array_unref (KP_PLAN_DOCUMENT_SETTINGS (object)->questions);
  G_OBJECT_CLASS (kp_plan_document_settings_parent_class)->finalize (object);
}

static void
kp_plan_document_settings_class_init (KpPlanDocumentSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kp_plan_document_settings_finalize;
  KP_DOCUMENT_SETTINGS_CLASS (klass)->copy_values = kp_plan_document_settings_copy_values;
}

static void
kp_plan_document_settings_init (KpPlanDocumentSettings *self)
{
  self->questions = g_array_new (FALSE, FALSE, sizeof (KpQuestionChoice));
}

gboolean
kp_document_kind_is_plan (KpDocumentKind kind)
{
  return kind >= KP_DOCUMENT_KIND_PLAN && kind <= KP_DOCUMENT_KIND_COMMENTS;
}

/**
 * kp_plan_document_settings_new:
 * @kind: %KP_DOCUMENT_KIND_PLAN, _ACTION_PLAN, _EVALUATION or _COMMENTS
 */
KpPlanDocumentSettings *
kp_plan_document_settings_new (KpDocumentKind kind)
{
  g_return_val_if_fail (kp_document_kind_is_plan (kind), NULL);
  return g_object_new (KP_TYPE_PLAN_DOCUMENT_SETTINGS, "kind", kind, "variant", "", NULL);
}

/* For kp-publications.c: the settings of the plan document @kind kept in @db. */
KpPlanDocumentSettings *
kp_plan_document_settings_new_stored (KpDatabase    *db,
                                      KpDocumentKind kind)
{
  KpPlanDocumentSettings *self = kp_plan_document_settings_new (kind);
  g_autoptr (GError) error = NULL;

  kp_document_settings_load (KP_DOCUMENT_SETTINGS (self), db);
  if (!kp_plan_document_repository_load_questions (db, kind, self->questions, &error))
    {
      g_debug ("Reading the survey questions of %s failed: %s", kp_document_kind_to_string (kind),
               error->message);
      g_array_set_size (self->questions, 0);
    }
  return self;
}

/**
 * kp_plan_document_settings_get_questions:
 *
 * Returns: (transfer none) (element-type KpQuestionChoice): the chosen survey questions, in
 *   the order the document prints them
 */
GArray *
kp_plan_document_settings_get_questions (KpPlanDocumentSettings *self)
{
  g_return_val_if_fail (KP_IS_PLAN_DOCUMENT_SETTINGS (self), NULL);
  return self->questions;
}

static int
find_question (KpPlanDocumentSettings *self,
               gint64                  survey_id,
               int                     qid)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      const KpQuestionChoice *choice = &g_array_index (self->questions, KpQuestionChoice, i);

      if (choice->survey_id == survey_id && choice->qid == qid)
        return (int) i;
    }
  return -1;
}

gboolean
kp_plan_document_settings_has_question (KpPlanDocumentSettings *self,
                                        gint64                  survey_id,
                                        int                     qid)
{
  g_return_val_if_fail (KP_IS_PLAN_DOCUMENT_SETTINGS (self), FALSE);
  return find_question (self, survey_id, qid) >= 0;
}

/**
 * kp_plan_document_settings_set_question:
 * @chosen: %TRUE to print the question's results (after those chosen before), %FALSE to
 *   leave them out
 *
 * Returns: %TRUE when the choice is kept; %FALSE with @error set, and nothing changed
 */
gboolean
kp_plan_document_settings_set_question (KpPlanDocumentSettings *self,
                                        gint64                  survey_id,
                                        int                     qid,
                                        gboolean                chosen,
                                        GError                **error)
{
  g_autoptr (GArray) questions = NULL;
  KpDocumentSettings *settings = KP_DOCUMENT_SETTINGS (self);
  KpDatabase         *db;
  int                 index;

  g_return_val_if_fail (KP_IS_PLAN_DOCUMENT_SETTINGS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  index = find_question (self, survey_id, qid);
  if ((index >= 0) == !!chosen)
    return TRUE;
  questions = g_array_copy (self->questions);
  if (chosen)
    {
      KpQuestionChoice choice = { survey_id, qid };

      g_array_append_val (questions, choice);
    }
  else
    g_array_remove_index (questions, (guint) index);
  db = kp_document_settings_get_database (settings);
  if (db != NULL && !kp_plan_document_repository_set_questions (
                        db, kp_document_settings_get_kind (settings), questions, error))
    return FALSE;
  g_array_unref (self->questions);
  self->questions = g_steal_pointer (&questions);
  kp_document_settings_emit_changed (settings);
  return TRUE;
}
