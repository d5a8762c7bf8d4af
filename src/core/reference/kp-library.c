/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-library.h"
#include "kp-czech.h"
#include "kp-database.h"
#include "kp-error.h"
#include "kp-import-private.h"
#include "kp-library-private.h"
#include "kp-library-repository.h"

#include <glib/gstdio.h>
#include <string.h>

/* The reference library: one SQLite file in the user data folder with the national code
 * lists and population. Reads run on the main thread on this object's connection;
 * imports open a connection of their own (see kp-library-import.c). */

struct _KpLibrary
{
  GObject parent_instance;

  char                *path;
  KpDatabase          *db;
  KpLibraryRepository *repo;
};

G_DEFINE_FINAL_TYPE (KpLibrary, kp_library, G_TYPE_OBJECT)

typedef struct
{
  GStrv         paths;
  KpImportFlags flags;
  KpProgress   *progress;
} ImportJob;

static const struct
{
  KpReferenceKind kind;
  const char     *id;
  const char     *label;
} kinds[] = {
  { KP_REFERENCE_KIND_KRAJE, "kraje", N_ ("Kraje (RÚIAN)") },
  { KP_REFERENCE_KIND_OKRESY, "okresy", N_ ("Okresy (RÚIAN)") },
  { KP_REFERENCE_KIND_ORP, "orp", N_ ("ORP (RÚIAN)") },
  { KP_REFERENCE_KIND_POU, "pou", N_ ("POU (RÚIAN)") },
  { KP_REFERENCE_KIND_CISELNIK_CSU, "ciselnik_csu", N_ ("ČSÚ codes of kraje, okresy and ORP") },
  { KP_REFERENCE_KIND_UI_OBEC, "ui_obec", N_ ("Obce (RÚIAN UI_OBEC)") },
  { KP_REFERENCE_KIND_CSU_AGE, "csu_vek", N_ ("Population by age (ČSÚ)") },
  { KP_REFERENCE_KIND_GEO_KRAJE, "geo_kraje", N_ ("Boundaries of kraje") },
  { KP_REFERENCE_KIND_GEO_ORP, "geo_orp", N_ ("Boundaries of ORP") },
  { KP_REFERENCE_KIND_GEO_OBCE, "geo_obce", N_ ("Boundaries of obce") },
  { KP_REFERENCE_KIND_REGISTRY_TYPES, "rpss_druhy", N_ ("Types of social service (MPSV)") },
  { KP_REFERENCE_KIND_REGISTRY_FORMS, "rpss_formy", N_ ("Forms of social service (MPSV)") },
  { KP_REFERENCE_KIND_REGISTRY_UNITS, "rpss_kapacity", N_ ("Capacity units (MPSV)") },
  { KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS, "rpss_cilove_skupiny",
    N_ ("Target groups (MPSV)") },
  { KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS, "rpss_vekove_skupiny", N_ ("Age groups (MPSV)") },
  { KP_REFERENCE_KIND_REGISTRY, "rpss", N_ ("Registry of social services (MPSV)") },
  { KP_REFERENCE_KIND_CSU_ORP, "csu_orp", N_ ("Indicators of SO ORP (ČSÚ)") },
  { KP_REFERENCE_KIND_UP_OFFICES, "up_pracoviste", N_ ("Contact offices of Úřad práce ČR") },
};

const char *
kp_reference_kind_to_string (KpReferenceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return kinds[i].id;
  return "unknown";
}

KpReferenceKind
kp_reference_kind_from_string (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (kinds[i].id, id) == 0)
      return kinds[i].kind;
  return KP_REFERENCE_KIND_UNKNOWN;
}

const char *
kp_reference_kind_get_label (KpReferenceKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return _ (kinds[i].label);
  return _ ("Unknown file");
}

void
kp_import_record_free (KpImportRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->source_name);
  g_free (record->data_date);
  g_free (record->sha256);
  g_free (record->imported_at);
  g_free (record->note);
  g_free (record);
}

void
kp_library_counts_clear (KpLibraryCounts *counts)
{
  g_return_if_fail (counts != NULL);
  g_clear_pointer (&counts->population_date, g_free);
  memset (counts, 0, sizeof *counts);
}

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_strfreev (job->paths);
  g_clear_object (&job->progress);
  g_free (job);
}

static void
kp_library_finalize (GObject *object)
{
  KpLibrary *self = KP_LIBRARY (object);

  g_clear_pointer (&self->repo, kp_library_repository_free);
  g_clear_object (&self->db);
  g_free (self->path);
  G_OBJECT_CLASS (kp_library_parent_class)->finalize (object);
}

static void
kp_library_class_init (KpLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kp_library_finalize;
}

static void
kp_library_init (KpLibrary *self)
{
}

/**
 * kp_library_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/komplan/reference.sqlite`; the folder is
 *   created when missing
 */
char *
kp_library_get_default_path (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "komplan", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, "reference.sqlite", NULL);
}

/**
 * kp_library_open:
 * @path: the library file; created (with its folder) when missing
 *
 * Returns: (transfer full): the library, or %NULL with @error set
 */
KpLibrary *
kp_library_open (const char *path,
                 GError    **error)
{
  g_autoptr (KpLibrary) self = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0700);
  self = g_object_new (KP_TYPE_LIBRARY, NULL);
  self->path = g_strdup (path);
  self->db = kp_database_open (path, KP_DATABASE_KIND_LIBRARY, KP_DATABASE_FLAGS_CREATE, error);
  if (self->db == NULL)
    return NULL;
  self->repo = kp_library_repository_new (self->db);
  return g_steal_pointer (&self);
}

const char *
kp_library_get_path (KpLibrary *self)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  return self->path;
}

/* kp-library-private.h: the main-thread connection, for the registry's readers. */
KpDatabase *
kp_library_get_database (KpLibrary *self)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  return self->db;
}

/**
 * kp_library_detect_file:
 *
 * Returns: the kind of reference file at @path, or %KP_REFERENCE_KIND_UNKNOWN with
 *   @error set when it is none (or cannot be read)
 */
KpReferenceKind
kp_library_detect_file (const char *path,
                        GError    **error)
{
  g_autoptr (GMappedFile) mapped = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, KP_REFERENCE_KIND_UNKNOWN);

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return KP_REFERENCE_KIND_UNKNOWN;
  bytes = g_mapped_file_get_bytes (mapped);
  display = g_filename_display_basename (path);
  return kp_import_detect (bytes, display, error);
}

/**
 * kp_library_import_files:
 * @paths: %NULL-terminated file names
 *
 * See kp-library.h. Safe to call from a worker thread: it reads nothing of @self but its
 * path.
 */
GPtrArray *
kp_library_import_files (KpLibrary         *self,
                         const char *const *paths,
                         KpProgress        *progress,
                         GCancellable      *cancellable,
                         GError           **error)
{
  return kp_library_import_files_full (self, paths, KP_IMPORT_FLAGS_NONE, progress, cancellable,
                                       error);
}

/**
 * kp_library_import_files_full:
 * @flags: %KP_IMPORT_FLAGS_FORCE to import even when the library would lose more than
 *   %KP_LIBRARY_MAX_LOSS of what it holds
 *
 * As kp_library_import_files(), which refuses such an import with
 * %KP_IMPORT_ERROR_CHANGED.
 */
GPtrArray *
kp_library_import_files_full (KpLibrary         *self,
                              const char *const *paths,
                              KpImportFlags      flags,
                              KpProgress        *progress,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (progress == NULL || KP_IS_PROGRESS (progress), NULL);

  return kp_import_run (self->path, paths, flags, progress, cancellable, error);
}

static void
import_files_worker (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError    *error = NULL;
  GPtrArray *records;

  records = kp_library_import_files_full (KP_LIBRARY (source_object),
                                          (const char *const *) job->paths, job->flags,
                                          job->progress, cancellable, &error);
  if (records == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

void
kp_library_import_files_async (KpLibrary          *self,
                               const char *const  *paths,
                               KpImportFlags       flags,
                               KpProgress         *progress,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (KP_IS_LIBRARY (self));
  g_return_if_fail (paths != NULL);
  g_return_if_fail (progress == NULL || KP_IS_PROGRESS (progress));

  task = g_task_new (self, cancellable, callback, user_data);
  job = g_new0 (ImportJob, 1);
  job->paths = g_strdupv ((char **) paths);
  job->flags = flags;
  job->progress = progress != NULL ? g_object_ref (progress) : NULL;
  g_task_set_source_tag (task, kp_library_import_files_async);
  g_task_set_name (task, "kp_library_import_files");
  /* The worker checks the cancellable between rows; once it has committed, the result is
   * what happened, even if Cancel was pressed a moment too late. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, import_job_free);
  g_task_run_in_thread (task, import_files_worker);
}

/**
 * kp_library_import_files_finish:
 *
 * Returns: (transfer full) (element-type KpImportRecord): the records, or %NULL with
 *   @error set
 */
GPtrArray *
kp_library_import_files_finish (KpLibrary    *self,
                                GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kp_library_import_files_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kp_library_list_last_import:
 *
 * Returns: (transfer full) (element-type KpImportRecord): the files of the import that
 *   kp_library_undo_last_import() would take back, oldest first; empty when there is
 *   nothing to undo
 */
GPtrArray *
kp_library_list_last_import (KpLibrary *self,
                             GError   **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  return kp_import_undo_list (self->repo, error);
}

/**
 * kp_library_undo_last_import:
 *
 * Restores the library to its state before the last import that changed something, in
 * one transaction on a connection of its own.
 *
 * Returns: (transfer full) (element-type KpImportRecord): the files taken back, or %NULL
 *   with @error set (%KP_IMPORT_ERROR_NOTHING_TO_UNDO when there is no such import)
 */
GPtrArray *
kp_library_undo_last_import (KpLibrary *self,
                             GError   **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  return kp_import_undo_run (self->path, error);
}

static void
undo_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError    *error = NULL;
  GPtrArray *records = kp_library_undo_last_import (KP_LIBRARY (source_object), &error);

  if (records == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

void
kp_library_undo_last_import_async (KpLibrary          *self,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KP_IS_LIBRARY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kp_library_undo_last_import_async);
  g_task_set_name (task, "kp_library_undo_last_import");
  /* One short transaction: once it started, its result is what happened. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, undo_worker);
}

GPtrArray *
kp_library_undo_last_import_finish (KpLibrary    *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (
      g_task_get_source_tag (G_TASK (result)) == kp_library_undo_last_import_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kp_library_list_imports:
 *
 * Returns: (transfer full) (element-type KpImportRecord): the current import of each
 *   kind, in KpReferenceKind order. The population has one record per file (the ČSÚ
 *   publishes it in two files of the same date).
 */
GPtrArray *
kp_library_list_imports (KpLibrary *self,
                         GError   **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  return kp_library_repository_list_imports (self->repo, error);
}

gboolean
kp_library_get_counts (KpLibrary       *self,
                       KpLibraryCounts *out_counts,
                       GError         **error)
{
  g_return_val_if_fail (KP_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (out_counts != NULL, FALSE);
  return kp_library_repository_get_counts (self->repo, out_counts, error);
}

gboolean
kp_library_is_ready (KpLibrary *self)
{
  KpLibraryCounts counts = { 0 };
  gboolean        ready;

  g_return_val_if_fail (KP_IS_LIBRARY (self), FALSE);

  if (!kp_library_get_counts (self, &counts, NULL))
    return FALSE;
  ready = counts.kraje > 0 && counts.orp > 0 && counts.pou > 0 && counts.obce > 0 &&
          counts.obce_with_population > 0;
  kp_library_counts_clear (&counts);
  return ready;
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  KpArea *area_a = *(KpArea *const *) a;
  KpArea *area_b = *(KpArea *const *) b;
  int     result = kp_czech_compare (kp_area_get_nazev (area_a), kp_area_get_nazev (area_b));

  return result != 0 ? result : g_strcmp0 (kp_area_get_kod (area_a), kp_area_get_kod (area_b));
}

static int
compare_obce (gconstpointer a,
              gconstpointer b)
{
  return kp_obec_compare_by_name (*(KpObec *const *) a, *(KpObec *const *) b);
}

static GListModel *
to_store (GType      type,
          GPtrArray *items)
{
  GListStore *store = g_list_store_new (type);

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

/**
 * kp_library_list_kraje:
 *
 * Returns: (transfer full): a #GListModel of #KpArea, Czech order of names
 */
GListModel *
kp_library_list_kraje (KpLibrary *self,
                       GError   **error)
{
  g_autoptr (GPtrArray) areas = NULL;

  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);

  areas = kp_library_repository_list_areas (self->repo, KP_AREA_LEVEL_KRAJ, NULL, error);
  if (areas == NULL)
    return NULL;
  g_ptr_array_sort (areas, compare_areas);
  return to_store (KP_TYPE_AREA, areas);
}

/**
 * kp_library_list_orp:
 * @kraj_kod: (nullable): only the ORP of this kraj (RÚIAN code), or all
 *
 * Returns: (transfer full): a #GListModel of #KpArea, Czech order of names
 */
GListModel *
kp_library_list_orp (KpLibrary  *self,
                     const char *kraj_kod,
                     GError    **error)
{
  g_autoptr (GPtrArray) areas = NULL;

  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);

  areas = kp_library_repository_list_areas (self->repo, KP_AREA_LEVEL_ORP, kraj_kod, error);
  if (areas == NULL)
    return NULL;
  g_ptr_array_sort (areas, compare_areas);
  return to_store (KP_TYPE_AREA, areas);
}

/**
 * kp_library_list_obce:
 *
 * Returns: (transfer full): a #GListModel of every current #KpObec, Czech order of names
 */
GListModel *
kp_library_list_obce (KpLibrary *self,
                      GError   **error)
{
  g_autoptr (GPtrArray) obce = NULL;

  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);

  obce = kp_library_repository_list_obce (self->repo, error);
  if (obce == NULL)
    return NULL;
  g_ptr_array_sort (obce, compare_obce);
  return to_store (KP_TYPE_OBEC, obce);
}

static char *
list_candidates (GPtrArray *matches)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      KpArea *area = g_ptr_array_index (matches, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s (%s)", kp_area_get_nazev (area), kp_area_get_kod (area));
    }
  return g_string_free (text, FALSE);
}

/**
 * kp_library_find_orp:
 * @name_or_code: a RÚIAN ORP code (949), a ČSÚ ORP code (6102) or a name, whole or a
 *   unique part of it, with case and diacritics ignored ("havlickuv brod")
 *
 * Returns: (transfer full): the ORP with its totals, or %NULL with
 *   %KP_PROJECT_ERROR_NOT_FOUND when nothing or more than one ORP matches
 */
KpArea *
kp_library_find_orp (KpLibrary  *self,
                     const char *name_or_code,
                     GError    **error)
{
  g_autoptr (GPtrArray) areas = NULL;
  g_autoptr (GPtrArray) exact = g_ptr_array_new ();
  g_autoptr (GPtrArray) partial = g_ptr_array_new ();
  g_autofree char *wanted = NULL;
  g_autofree char *needle = NULL;
  GPtrArray       *matches;

  g_return_val_if_fail (KP_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (name_or_code != NULL, NULL);

  areas = kp_library_repository_list_areas (self->repo, KP_AREA_LEVEL_ORP, NULL, error);
  if (areas == NULL)
    return NULL;
  g_ptr_array_sort (areas, compare_areas);

  wanted = g_strstrip (g_strdup (name_or_code));
  needle = kp_czech_fold (wanted);
  for (guint i = 0; i < areas->len; i++)
    {
      KpArea          *area = g_ptr_array_index (areas, i);
      g_autofree char *name = kp_czech_fold (kp_area_get_nazev (area));

      if (g_strcmp0 (kp_area_get_kod (area), wanted) == 0 ||
          g_strcmp0 (kp_area_get_csu_kod (area), wanted) == 0 || strcmp (name, needle) == 0)
        g_ptr_array_add (exact, area);
      else if (needle[0] != '\0' && strstr (name, needle) != NULL)
        g_ptr_array_add (partial, area);
    }

  matches = exact->len > 0 ? exact : partial;
  if (matches->len == 1)
    return g_object_ref (g_ptr_array_index (matches, 0));
  if (matches->len == 0)
    g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                 _ ("No ORP matches “%s”"), wanted);
  else
    {
      g_autofree char *candidates = list_candidates (matches);

      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                   _ ("“%s” matches more than one ORP: %s"), wanted, candidates);
    }
  return NULL;
}
