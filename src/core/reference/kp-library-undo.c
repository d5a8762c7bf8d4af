/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-import-private.h"
#include "kp-import-undo-repository.h"
#include "kp-registry-private.h"
#include "kp-registry-repository.h"

/* "Vrátit poslední import": the library as it was before its last import that changed
 * something (resources/sql/library/0004-import-undo.sql says how).
 *
 * Why copies of whole tables, made inside the import's transaction: they are exact (the
 * rows and their order come back as they were), they cannot disagree with the data (a
 * failed or killed import rolls its copy back with it), and they are bounded: one version
 * of each reference table, a few megabytes for the whole country with its boundaries,
 * taken only of the tables the import changes. The registry, the one large part, keeps its
 * history anyway; its imports are taken back by their ids and need no copy. */

/* The tables an import of @kind changes. Boundaries of ORP and kraje fill in the ČSÚ
 * codes of the code lists; the registry may write its built-in code lists. */
static guint
groups_for_kind (KpReferenceKind kind)
{
  switch (kind)
    {
    case KP_REFERENCE_KIND_KRAJE:
    case KP_REFERENCE_KIND_OKRESY:
    case KP_REFERENCE_KIND_ORP:
    case KP_REFERENCE_KIND_POU:
    case KP_REFERENCE_KIND_CISELNIK_CSU:
      return KP_UNDO_GROUP_CODES;
    case KP_REFERENCE_KIND_UI_OBEC:
      return KP_UNDO_GROUP_OBCE | KP_UNDO_GROUP_POPULATION;
    case KP_REFERENCE_KIND_CSU_AGE:
      return KP_UNDO_GROUP_POPULATION;
    case KP_REFERENCE_KIND_GEO_KRAJE:
    case KP_REFERENCE_KIND_GEO_ORP:
    case KP_REFERENCE_KIND_GEO_OBCE:
      return KP_UNDO_GROUP_BOUNDARIES | KP_UNDO_GROUP_CODES;
    case KP_REFERENCE_KIND_REGISTRY_TYPES:
    case KP_REFERENCE_KIND_REGISTRY_FORMS:
    case KP_REFERENCE_KIND_REGISTRY_UNITS:
    case KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS:
    case KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS:
    case KP_REFERENCE_KIND_REGISTRY:
      return KP_UNDO_GROUP_REGISTRY_CODES;
    case KP_REFERENCE_KIND_CSU_ORP:
      return KP_UNDO_GROUP_ORP_INDICATORS;
    case KP_REFERENCE_KIND_UP_OFFICES:
      return KP_UNDO_GROUP_UP_OFFICES;
    case KP_REFERENCE_KIND_UNKNOWN:
    case KP_REFERENCE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * kp_import_undo_prepare:
 *
 * Called before an import of @kind changes anything: the first call of a batch forgets the
 * copies of the import before; each group of tables is copied once, before its first
 * change.
 */
gboolean
kp_import_undo_prepare (KpImportBatch  *batch,
                        KpReferenceKind kind,
                        GError        **error)
{
  guint groups = groups_for_kind (kind) & ~batch->undo_saved;

  if (!batch->undo_begun)
    {
      if (!kp_registry_repository_get_last_import (batch->db, &batch->last_registry_import,
                                                   error) ||
          !kp_import_undo_repository_begin (batch->db, batch->last_registry_import, error) ||
          !kp_registry_repository_restore_codes (batch->db, FALSE, error))
        return FALSE;
      batch->undo_begun = TRUE;
    }
  for (guint group = 1; group <= KP_UNDO_ALL_GROUPS; group <<= 1)
    {
      if ((groups & group) == 0)
        continue;
      if (group == KP_UNDO_GROUP_REGISTRY_CODES &&
          !kp_registry_repository_save_codes (batch->db, error))
        return FALSE;
      if (!kp_import_undo_repository_save (batch->db, group, error))
        return FALSE;
      batch->undo_saved |= group;
    }
  return TRUE;
}

/* Returns: (transfer full): the files of the import to undo, empty when there is none */
GPtrArray *
kp_import_undo_list (KpLibraryRepository *repo,
                     GError             **error)
{
  KpUndoState state = { 0 };
  gboolean    found;

  if (!kp_import_undo_repository_get (kp_library_repository_get_database (repo), &found, &state,
                                      error))
    return NULL;
  if (!found)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) kp_import_record_free);
  return kp_library_repository_list_imports_after (repo, state.last_log_id, error);
}

static GPtrArray *
undo_in_transaction (KpDatabase          *db,
                     KpLibraryRepository *repo,
                     GError             **error)
{
  g_autoptr (GPtrArray) records = NULL;
  KpUndoState state = { 0 };
  gboolean    found;

  if (!kp_import_undo_repository_get (db, &found, &state, error))
    return NULL;
  if (!found)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_NOTHING_TO_UNDO,
                   _ ("There is no import to undo: the last one was undone already, or "
                      "nothing has been imported since the reference data were created"));
      return NULL;
    }
  if (state.schema_version != kp_database_get_version (db))
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_NOTHING_TO_UNDO,
                   _ ("The last import cannot be undone: it was made by an older version of "
                      "Komplan"));
      return NULL;
    }
  records = kp_library_repository_list_imports_after (repo, state.last_log_id, error);
  if (records == NULL ||
      !kp_registry_repository_undo_after (db, state.last_registry_import, error) ||
      !kp_registry_repository_restore_codes (
          db, (state.saved & KP_UNDO_GROUP_REGISTRY_CODES) != 0, error) ||
      !kp_import_undo_repository_restore (db, &state, error))
    return NULL;
  return g_steal_pointer (&records);
}

/**
 * kp_import_undo_run:
 *
 * Undoes the last import in one transaction on a new connection to @db_path.
 *
 * Returns: (transfer full) (element-type KpImportRecord): the files taken back
 */
GPtrArray *
kp_import_undo_run (const char *db_path,
                    GError    **error)
{
  g_autoptr (KpDatabase) db = NULL;
  g_autoptr (KpLibraryRepository) repo = NULL;
  g_autoptr (GPtrArray) records = NULL;

  db = kp_database_open (db_path, KP_DATABASE_KIND_LIBRARY, KP_DATABASE_FLAGS_NONE, error);
  if (db == NULL)
    return NULL;
  repo = kp_library_repository_new (db);
  if (!kp_database_begin (db, error))
    return NULL;
  records = undo_in_transaction (db, repo, error);
  if (records == NULL || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return NULL;
    }
  return g_steal_pointer (&records);
}
