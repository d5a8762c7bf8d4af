/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-plan-document-repository.h"
#include "kp-database-private.h"

/* The survey questions a plan document prints: resources/sql/project/0011-plan-documents.sql.
 * The plan documents have the variant ''. */

static const char SQL_SAVEPOINT[] = "SAVEPOINT kp_plan_documents";
static const char SQL_RELEASE[] = "RELEASE kp_plan_documents";
static const char SQL_ROLLBACK[] = "ROLLBACK TO kp_plan_documents; RELEASE kp_plan_documents";

static const char SQL_ENSURE_DOCUMENT[] =
    "INSERT INTO document (kind, variant) VALUES (?1, '') ON CONFLICT (kind, variant) DO NOTHING";
static const char SQL_LOAD_QUESTIONS[] =
    "SELECT q.survey_id, q.qid FROM plan_document_question AS q "
    "JOIN document AS d ON d.id = q.document WHERE d.kind = ?1 AND d.variant = '' "
    "ORDER BY q.position";
static const char SQL_CLEAR_QUESTIONS[] =
    "DELETE FROM plan_document_question WHERE document = "
    "(SELECT id FROM document WHERE kind = ?1 AND variant = '')";
static const char SQL_ADD_QUESTION[] =
    "INSERT INTO plan_document_question (document, position, survey_id, qid) "
    "SELECT id, ?2, ?3, ?4 FROM document WHERE kind = ?1 AND variant = ''";

static gboolean
run_kind (KpDatabase    *db,
          const char    *sql,
          KpDocumentKind kind,
          GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
  return kp_database_step_done (db, stmt, error);
}

static gboolean
add_question (KpDatabase             *db,
              KpDocumentKind          kind,
              guint                   position,
              const KpQuestionChoice *choice,
              GError                **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_ADD_QUESTION, error);

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
  sqlite3_bind_int (stmt, 2, (int) position);
  kp_database_bind_id (stmt, 3, choice->survey_id);
  sqlite3_bind_int (stmt, 4, choice->qid);
  return kp_database_step_done (db, stmt, error);
}

gboolean
kp_plan_document_repository_load_questions (KpDatabase    *db,
                                            KpDocumentKind kind,
                                            GArray        *choices,
                                            GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = kp_database_prepare (db, SQL_LOAD_QUESTIONS, error);
  gboolean has_row = FALSE;

  if (stmt == NULL)
    return FALSE;
  kp_database_bind_text (stmt, 1, kp_document_kind_to_string (kind));
  for (;;)
    {
      KpQuestionChoice choice;

      if (!kp_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      choice.survey_id = sqlite3_column_int64 (stmt, 0);
      choice.qid = sqlite3_column_int (stmt, 1);
      g_array_append_val (choices, choice);
    }
}

gboolean
kp_plan_document_repository_set_questions (KpDatabase    *db,
                                           KpDocumentKind kind,
                                           GArray        *choices,
                                           GError       **error)
{
  gboolean ok;

  if (!kp_database_exec (db, SQL_SAVEPOINT, error))
    return FALSE;
  ok = run_kind (db, SQL_ENSURE_DOCUMENT, kind, error) &&
       run_kind (db, SQL_CLEAR_QUESTIONS, kind, error);
  for (guint i = 0; ok && i < choices->len; i++)
    ok = add_question (db, kind, i, &g_array_index (choices, KpQuestionChoice, i), error);
  if (ok)
    ok = kp_database_exec (db, SQL_RELEASE, error);
  if (!ok)
    kp_database_exec (db, SQL_ROLLBACK, NULL);
  return ok;
}
