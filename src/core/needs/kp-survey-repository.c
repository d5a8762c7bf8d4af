/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-survey-repository.h"
#include "kp-database-private.h"

#include <string.h>

/* Surveys: resources/sql/project/0009-needs.sql. */

static const char SQL_LIST_IDS[] = "SELECT id FROM survey ORDER BY id";
static const char SQL_LOAD[] =
    "SELECT id, name, title, respondent_group, source_name, source_note, imported_at "
    "FROM survey WHERE id = ?1";
static const char SQL_LOAD_QUESTIONS[] =
    "SELECT qid, text, type, choices FROM survey_question WHERE survey_id = ?1 "
    "ORDER BY position, qid";
static const char SQL_LOAD_RESPONSES[] =
    "SELECT respondent, answers FROM survey_response WHERE survey_id = ?1 ORDER BY position";
static const char SQL_LOAD_TAGS[] =
    "SELECT qid, response, tag FROM survey_tag WHERE survey_id = ?1 ORDER BY qid, response, tag";
static const char SQL_INSERT[] = "INSERT INTO survey (name, respondent_group) VALUES (?1, ?2)";
static const char SQL_UPDATE[] =
    "UPDATE survey SET name = ?2, title = ?3, respondent_group = ?4 WHERE id = ?1";
static const char SQL_SET_SOURCE[] =
    "UPDATE survey SET source_name = ?2, source_note = ?3, "
    "imported_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";
static const char SQL_DELETE[] = "DELETE FROM survey WHERE id = ?1";
static const char SQL_CLEAR_QUESTIONS[] = "DELETE FROM survey_question WHERE survey_id = ?1";
static const char SQL_INSERT_QUESTION[] =
    "INSERT INTO survey_question (survey_id, qid, position, text, type, choices) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_CLEAR_RESPONSES[] = "DELETE FROM survey_response WHERE survey_id = ?1";
static const char SQL_CLEAR_TAGS[] = "DELETE FROM survey_tag WHERE survey_id = ?1";
static const char SQL_INSERT_RESPONSE[] =
    "INSERT INTO survey_response (survey_id, position, respondent, answers) "
    "VALUES (?1, ?2, ?3, ?4)";
static const char SQL_SET_RESPONSE[] =
    "UPDATE survey_response SET answers = ?3 WHERE survey_id = ?1 AND position = ?2";
static const char SQL_CLEAR_ANSWER_TAGS[] =
    "DELETE FROM survey_tag WHERE survey_id = ?1 AND qid = ?2 AND response = ?3";
static const char SQL_CLEAR_QUESTION_TAGS[] =
    "DELETE FROM survey_tag WHERE survey_id = ?1 AND qid = ?2";
static const char SQL_INSERT_TAG[] =
    "INSERT OR IGNORE INTO survey_tag (survey_id, qid, response, tag) VALUES (?1, ?2, ?3, ?4)";

static gboolean
run_id (KpDatabase *db,
        const char *sql,
        gint64      id,
        GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  return kp_database_step_done (db, stmt, error);
}

GArray *
kp_survey_repository_list_ids (KpDatabase *db,
                               GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LIST_IDS, error);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      gint64 id;

      if (!kp_database_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        return g_steal_pointer (&ids);
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
}

static void
tag_row_free (KpSurveyTagRow *row)
{
  g_free (row->tag);
  g_free (row);
}

/* The choices are stored one a line. */
static GStrv
split_choices (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, "\n", -1);
}

static gboolean
load_children (KpDatabase   *db,
               KpSurveyData *data,
               GError      **error)
{
  g_autoptr (sqlite3_stmt) questions = kp_database_prepare (db, SQL_LOAD_QUESTIONS, error);
  g_autoptr (sqlite3_stmt) responses = NULL;
  g_autoptr (sqlite3_stmt) tags = NULL;
  gboolean has_row;

  if (questions == NULL)
    return FALSE;
  kp_database_bind_id (questions, 1, data->id);
  for (;;)
    {
      g_auto (GStrv) choices = NULL;
      KpQuestionType type = KP_QUESTION_TEXT;

      if (!kp_database_step (db, questions, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      kp_question_type_from_string (kp_database_column_text (questions, 2), &type);
      choices = split_choices (kp_database_column_text (questions, 3));
      g_ptr_array_add (data->questions,
                       kp_survey_question_new (sqlite3_column_int (questions, 0),
                                               kp_database_column_text (questions, 1), type,
                                               (const char *const *) choices));
    }
  responses = kp_database_prepare (db, SQL_LOAD_RESPONSES, error);
  if (responses == NULL)
    return FALSE;
  kp_database_bind_id (responses, 1, data->id);
  for (;;)
    {
      if (!kp_database_step (db, responses, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (data->respondents, kp_database_dup_column_text (responses, 0));
      g_ptr_array_add (data->rows, kp_database_dup_column_text (responses, 1));
    }
  tags = kp_database_prepare (db, SQL_LOAD_TAGS, error);
  if (tags == NULL)
    return FALSE;
  kp_database_bind_id (tags, 1, data->id);
  for (;;)
    {
      KpSurveyTagRow *row;

      if (!kp_database_step (db, tags, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      row = g_new0 (KpSurveyTagRow, 1);
      row->qid = sqlite3_column_int (tags, 0);
      row->response = (guint) sqlite3_column_int (tags, 1);
      row->tag = kp_database_dup_column_text (tags, 2);
      g_ptr_array_add (data->tags, row);
    }
}

KpSurveyData *
kp_survey_repository_load (KpDatabase *db,
                           gint64      id,
                           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD, error);
  g_autoptr (KpSurveyData) data = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  kp_database_bind_id (stmt, 1, id);
  if (!kp_database_step (db, stmt, &has_row, error) || !has_row)
    return NULL;
  data = g_new0 (KpSurveyData, 1);
  data->id = sqlite3_column_int64 (stmt, 0);
  data->name = kp_database_dup_column_text (stmt, 1);
  data->title = kp_database_dup_column_text (stmt, 2);
  kp_respondent_group_from_string (kp_database_column_text (stmt, 3), &data->group);
  data->source_name = kp_database_dup_column_text (stmt, 4);
  data->source_note = kp_database_dup_column_text (stmt, 5);
  data->imported_at = kp_database_dup_column_text (stmt, 6);
  data->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) kp_survey_question_free);
  data->respondents = g_ptr_array_new_with_free_func (g_free);
  data->rows = g_ptr_array_new_with_free_func (g_free);
  data->tags = g_ptr_array_new_with_free_func ((GDestroyNotify) tag_row_free);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!load_children (db, data, error))
    return NULL;
  return g_steal_pointer (&data);
}

gboolean
kp_survey_repository_insert (KpDatabase       *db,
                             const char       *name,
                             KpRespondentGroup group,
                             gint64           *out_id,
                             GError          **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, name);
  kp_database_bind_text (stmt, 2, kp_respondent_group_to_string (group));
  if (!kp_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (kp_database_get_handle (db));
  return TRUE;
}

gboolean
kp_survey_repository_update (KpDatabase       *db,
                             gint64            id,
                             const char       *name,
                             const char       *title,
                             KpRespondentGroup group,
                             GError          **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_UPDATE, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  kp_database_bind_text (stmt, 2, name);
  kp_database_bind_text (stmt, 3, title);
  kp_database_bind_text (stmt, 4, kp_respondent_group_to_string (group));
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_survey_repository_set_source (KpDatabase *db,
                                 gint64      id,
                                 const char *source_name,
                                 const char *source_note,
                                 GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_SET_SOURCE, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  kp_database_bind_text (stmt, 2, source_name);
  kp_database_bind_text (stmt, 3, source_note);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_survey_repository_delete (KpDatabase *db,
                             gint64      id,
                             GError    **error)
{
  return run_id (db, SQL_DELETE, id, error);
}

gboolean
kp_survey_repository_replace_questions (KpDatabase *db,
                                        gint64      id,
                                        GPtrArray  *questions,
                                        GError    **error)
{
  if (!run_id (db, SQL_CLEAR_QUESTIONS, id, error))
    return FALSE;
  for (guint i = 0; i < questions->len; i++)
    {
      const KpSurveyQuestion *question = g_ptr_array_index (questions, i);
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_QUESTION, error);
      g_autofree char *choices = NULL;

      if (stmt == NULL)
        return FALSE;
      choices = g_strjoinv ("\n", question->choices);
      kp_database_bind_id (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, question->qid);
      sqlite3_bind_int (stmt, 3, (int) i);
      kp_database_bind_text (stmt, 4, question->text);
      kp_database_bind_text (stmt, 5, kp_question_type_to_string (question->type));
      kp_database_bind_text (stmt, 6, choices);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_survey_repository_replace_responses (KpDatabase *db,
                                        gint64      id,
                                        GPtrArray  *respondents,
                                        GPtrArray  *rows,
                                        GError    **error)
{
  if (!run_id (db, SQL_CLEAR_TAGS, id, error) || !run_id (db, SQL_CLEAR_RESPONSES, id, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_INSERT_RESPONSE, error);
      const char *answers = g_ptr_array_index (rows, i);

      if (stmt == NULL)
        return FALSE;
      kp_database_bind_id (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      kp_database_bind_text (stmt, 3,
                             respondents != NULL && i < respondents->len
                                 ? g_ptr_array_index (respondents, i)
                                 : NULL);
      sqlite3_bind_text (stmt, 4, answers, (int) strlen (answers), SQLITE_STATIC);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_survey_repository_set_response (KpDatabase *db,
                                   gint64      id,
                                   guint       position,
                                   const char *answers,
                                   GError    **error)
{
  g_autoptr (KpBorrowedStmt) stmt = kp_database_borrow (db, SQL_SET_RESPONSE, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, (int) position);
  kp_database_bind_text (stmt, 3, answers);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_survey_repository_set_tags (KpDatabase        *db,
                               gint64             id,
                               int                qid,
                               guint              response,
                               const char *const *tags,
                               GError           **error)
{
  g_autoptr (sqlite3_stmt) clear = kp_database_prepare (db, SQL_CLEAR_ANSWER_TAGS, error);

  if (clear == NULL)
    return FALSE;
  kp_database_bind_id (clear, 1, id);
  sqlite3_bind_int (clear, 2, qid);
  sqlite3_bind_int (clear, 3, (int) response);
  if (!kp_database_step_done (db, clear, error))
    return FALSE;
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_INSERT_TAG, error);

      if (stmt == NULL)
        return FALSE;
      kp_database_bind_id (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, qid);
      sqlite3_bind_int (stmt, 3, (int) response);
      kp_database_bind_text (stmt, 4, tags[i]);
      if (!kp_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
kp_survey_repository_delete_question_tags (KpDatabase *db,
                                           gint64      id,
                                           int         qid,
                                           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_CLEAR_QUESTION_TAGS, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_id (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, qid);
  return kp_database_step_done (db, stmt, error);
}
