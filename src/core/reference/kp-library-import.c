/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-czech.h"
#include "kp-import-private.h"
#include "kp-registry-private.h"

#include <string.h>

/* A batch of reference files imported in one transaction on a connection of its own: the
 * files are read and hashed, their kinds sniffed from their content, then imported in
 * dependency order (KpReferenceKind) whatever the order given. Any error rolls back all
 * of it. */

#define LOAD_SHARE  0.05 /* of the progress bar: reading and hashing the files */
#define SAVE_SHARE  0.02 /* checking the links and committing */
#define XLSX_WEIGHT 4.0  /* a byte of a workbook takes this much longer than one of CSV */

void
kp_import_set_row_error (GError    **error,
                         int         code,
                         const char *file_name,
                         guint       row,
                         const char *format,
                         ...)
{
  g_autofree char *reason = NULL;
  va_list          args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: file name, row number, then what is wrong with the row. */
  g_set_error (error, KP_IMPORT_ERROR, code, _ ("%s, row %u: %s"), file_name, row, reason);
}

void
kp_import_set_field_error (GError    **error,
                           int         code,
                           const char *file_name,
                           guint       row,
                           const char *column,
                           const char *format,
                           ...)
{
  g_autofree char *reason = NULL;
  va_list          args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: file name, row number, column name, then what is wrong with the field. */
  g_set_error (error, KP_IMPORT_ERROR, code, _ ("%s, row %u, column %s: %s"), file_name, row,
               column, reason);
}

/* Reports progress within the current file and checks for cancellation. */
gboolean
kp_import_step (KpImportBatch *batch,
                double         fraction,
                GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (batch->cancellable, error))
    return FALSE;
  if (batch->progress != NULL)
    kp_progress_set_fraction (batch->progress,
                              batch->progress_start + batch->progress_span * fraction);
  return TRUE;
}

gboolean
kp_import_is_digits (const char *text,
                     gsize       min_length,
                     gsize       max_length)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0'; p++, n++)
    if (*p < '0' || *p > '9' || n >= max_length)
      return FALSE;
  return n >= min_length;
}

/* A count of people: digits only, no sign, no decimals. */
gboolean
kp_import_parse_count (const char *text,
                       gint64     *out_value)
{
  gint64 value = 0;

  if (!kp_import_is_digits (text, 1, 15))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    value = value * 10 + (*p - '0');
  *out_value = value;
  return TRUE;
}

/* Reads the header row and finds each of @names in it (ASCII case ignored). */
gboolean
kp_import_locate_columns (KpCsvReader        *reader,
                          const KpImportFile *file,
                          char                delimiter,
                          const char *const  *names,
                          int                *out_columns,
                          guint              *out_n_header,
                          GCancellable       *cancellable,
                          GError            **error)
{
  gboolean has_row;
  guint    n;

  if (!kp_csv_reader_read_row (reader, &has_row, cancellable, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT, _ ("%s is empty"),
                   file->display_name);
      return FALSE;
    }
  n = kp_csv_reader_get_n_fields (reader);
  for (guint i = 0; names[i] != NULL; i++)
    {
      out_columns[i] = -1;
      for (guint c = 0; c < n && out_columns[i] < 0; c++)
        {
          g_autofree char *header = g_strstrip (g_strdup (kp_csv_reader_get_field (reader, c)));

          if (g_ascii_strcasecmp (header, names[i]) == 0)
            out_columns[i] = (int) c;
        }
      if (out_columns[i] >= 0)
        continue;
      if (n == 1)
        kp_import_set_row_error (error, KP_IMPORT_ERROR_FORMAT, file->display_name,
                                 kp_csv_reader_get_row_number (reader),
                                 _ ("the header does not split into columns at “%c”; the file "
                                    "uses another delimiter"),
                                 delimiter);
      else
        kp_import_set_row_error (error, KP_IMPORT_ERROR_FORMAT, file->display_name,
                                 kp_csv_reader_get_row_number (reader),
                                 _ ("the column “%s” is missing"), names[i]);
      return FALSE;
    }
  *out_n_header = n;
  return TRUE;
}

gboolean
kp_import_check_field_count (KpCsvReader        *reader,
                             const KpImportFile *file,
                             guint               expected,
                             GError            **error)
{
  guint n = kp_csv_reader_get_n_fields (reader);

  if (n == expected)
    return TRUE;
  kp_import_set_row_error (error, KP_IMPORT_ERROR_RECORD, file->display_name,
                           kp_csv_reader_get_row_number (reader),
                           g_dngettext (GETTEXT_PACKAGE,
                                        "the row has %u field but the header has %u (is the "
                                        "file truncated?)",
                                        "the row has %u fields but the header has %u (is the "
                                        "file truncated?)",
                                        n),
                           n, expected);
  return FALSE;
}

/* For formats that end every row with a line end (the CzechData code lists): a last row
 * without one was cut after one of its fields. */
gboolean
kp_import_check_last_line_end (KpCsvReader        *reader,
                               const KpImportFile *file,
                               GError            **error)
{
  if (kp_csv_reader_get_row_ended (reader))
    return TRUE;
  kp_import_set_row_error (error, KP_IMPORT_ERROR_FORMAT, file->display_name,
                           kp_csv_reader_get_row_number (reader),
                           _ ("the last row does not end with a line end; the file is probably "
                              "truncated"));
  return FALSE;
}

/* Returns: the kind, or %KP_REFERENCE_KIND_UNKNOWN with @error set */
KpReferenceKind
kp_import_detect (GBytes     *contents,
                  const char *display_name,
                  GError    **error)
{
  gsize           len;
  const char     *data = g_bytes_get_data (contents, &len);
  gboolean        old_obce = FALSE;
  KpReferenceKind kind = kp_registry_detect (contents, display_name);

  if (kind != KP_REFERENCE_KIND_UNKNOWN)
    return kind;
  if (kp_import_boundaries_sniff (contents))
    return kp_import_boundaries_detect (contents, display_name, error);
  if (kp_import_csu_orp_detect (contents) != KP_REFERENCE_KIND_UNKNOWN)
    return KP_REFERENCE_KIND_CSU_ORP;
  if (kp_import_up_detect (contents) != KP_REFERENCE_KIND_UNKNOWN)
    return KP_REFERENCE_KIND_UP_OFFICES;
  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      g_autoptr (GError) local_error = NULL;

      kind = kp_import_csu_detect (contents, display_name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return KP_REFERENCE_KIND_UNKNOWN;
        }
    }
  else
    kind = kp_import_ruian_detect (contents, &old_obce);
  if (old_obce)
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s is the older list of obce (about 2019); import UI_OBEC.csv instead"),
                 display_name);
  else if (kind == KP_REFERENCE_KIND_UNKNOWN)
    g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_FORMAT,
                 _ ("%s is not a reference file that Komplan can import"), display_name);
  return kind;
}

static void
import_file_free (gpointer data)
{
  KpImportFile *file = data;

  g_free (file->path);
  g_free (file->display_name);
  g_clear_pointer (&file->contents, g_bytes_unref);
  g_free (file->sha256);
  g_free (file);
}

static KpImportFile *
load_file (const char *path,
           guint       index,
           GError    **error)
{
  g_autoptr (GMappedFile) mapped = NULL;
  KpImportFile *file;

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;
  file = g_new0 (KpImportFile, 1);
  file->path = g_strdup (path);
  file->display_name = g_filename_display_basename (path);
  file->index = index;
  file->contents = g_mapped_file_get_bytes (mapped);
  file->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file->contents);
  file->kind = kp_import_detect (file->contents, file->display_name, error);
  if (file->kind == KP_REFERENCE_KIND_UNKNOWN)
    {
      import_file_free (file);
      return NULL;
    }
  return file;
}

static int
compare_by_kind (gconstpointer a,
                 gconstpointer b)
{
  const KpImportFile *fa = *(const KpImportFile *const *) a;
  const KpImportFile *fb = *(const KpImportFile *const *) b;

  if (fa->kind != fb->kind)
    return fa->kind < fb->kind ? -1 : 1;
  /* Two boundary files of one level: the larger, more detailed one is imported last and
   * stays. */
  if ((fa->kind == KP_REFERENCE_KIND_GEO_KRAJE || fa->kind == KP_REFERENCE_KIND_GEO_ORP ||
       fa->kind == KP_REFERENCE_KIND_GEO_OBCE) &&
      g_bytes_get_size (fa->contents) != g_bytes_get_size (fb->contents))
    return g_bytes_get_size (fa->contents) < g_bytes_get_size (fb->contents) ? -1 : 1;
  return fa->index < fb->index ? -1 : (fa->index > fb->index);
}

static double
file_weight (const KpImportFile *file)
{
  double size = (double) g_bytes_get_size (file->contents) + 1.0;

  return file->kind == KP_REFERENCE_KIND_CSU_AGE ? size * XLSX_WEIGHT : size;
}

static char *
now_utc (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static KpImportRecord *
import_file (KpImportBatch      *batch,
             const KpImportFile *file,
             const char         *imported_at,
             gboolean           *out_changed,
             GError            **error)
{
  g_autoptr (KpImportRecord) record = NULL;
  g_autofree char *previous = NULL;
  gboolean         ok = FALSE;

  *out_changed = FALSE;
  if (!kp_library_repository_find_current_import (batch->repo, file->kind, file->sha256,
                                                  &record, error))
    return NULL;
  if (record != NULL)
    {
      g_free (record->source_name);
      record->source_name = g_strdup (file->display_name);
      record->unchanged = TRUE;
      return g_steal_pointer (&record);
    }

  record = g_new0 (KpImportRecord, 1);
  record->kind = file->kind;
  record->source_name = g_strdup (file->display_name);
  record->sha256 = g_strdup (file->sha256);
  record->imported_at = g_strdup (imported_at);

  /* What this file is about to change is copied first, so the import can be undone. */
  if (!kp_import_undo_prepare (batch, file->kind, error))
    return NULL;

  /* The registry keeps its history (kp-registry-import.c): nothing of it is cleared. */
  if (file->kind != KP_REFERENCE_KIND_CSU_AGE &&
      (!kp_library_repository_get_data_date (batch->repo, file->kind, &previous, error) ||
       (!kp_registry_is_registry_kind (file->kind) &&
        !kp_library_repository_clear (batch->repo, file->kind, error))))
    return NULL;

  switch (file->kind)
    {
    case KP_REFERENCE_KIND_KRAJE:
    case KP_REFERENCE_KIND_OKRESY:
    case KP_REFERENCE_KIND_ORP:
    case KP_REFERENCE_KIND_POU:
    case KP_REFERENCE_KIND_CISELNIK_CSU:
      ok = kp_import_ruian_code_list (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_UI_OBEC:
      ok = kp_import_ruian_ui_obec (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_CSU_AGE:
      ok = kp_import_csu_age (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_GEO_KRAJE:
    case KP_REFERENCE_KIND_GEO_ORP:
    case KP_REFERENCE_KIND_GEO_OBCE:
      ok = kp_import_boundaries (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_REGISTRY_TYPES:
    case KP_REFERENCE_KIND_REGISTRY_FORMS:
    case KP_REFERENCE_KIND_REGISTRY_UNITS:
    case KP_REFERENCE_KIND_REGISTRY_TARGET_GROUPS:
    case KP_REFERENCE_KIND_REGISTRY_AGE_GROUPS:
      ok = kp_registry_import_codes (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_REGISTRY:
      ok = kp_registry_import_services (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_CSU_ORP:
      ok = kp_import_csu_orp (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_UP_OFFICES:
      ok = kp_import_up (batch, file, record, error);
      break;
    case KP_REFERENCE_KIND_UNKNOWN:
    case KP_REFERENCE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return NULL;

  if (previous != NULL && record->data_date != NULL && strcmp (record->data_date, previous) < 0)
    {
      g_autofree char *file_date = kp_czech_format_date (record->data_date);
      g_autofree char *have_date = kp_czech_format_date (previous);

      g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_OUTDATED,
                   _ ("%s describes %s, which is older than the data already imported (%s)"),
                   file->display_name, file_date, have_date);
      return NULL;
    }
  if (!kp_library_repository_insert_import (batch->repo, record, error))
    return NULL;
  *out_changed = TRUE;
  return g_steal_pointer (&record);
}

/* After code lists were replaced, every child must still find its parent. The message
 * names the file that dropped the parent. */
static gboolean
check_links (KpImportBatch *batch,
             const char   **changed,
             GError       **error)
{
  static const struct
  {
    KpLibraryLink   link;
    KpReferenceKind parent;
    KpReferenceKind child;
  } links[] = {
    { KP_LIBRARY_LINK_OKRES_KRAJ, KP_REFERENCE_KIND_KRAJE, KP_REFERENCE_KIND_OKRESY },
    { KP_LIBRARY_LINK_ORP_KRAJ, KP_REFERENCE_KIND_KRAJE, KP_REFERENCE_KIND_ORP },
    { KP_LIBRARY_LINK_POU_ORP, KP_REFERENCE_KIND_ORP, KP_REFERENCE_KIND_POU },
    { KP_LIBRARY_LINK_OBEC_POU, KP_REFERENCE_KIND_POU, KP_REFERENCE_KIND_UI_OBEC },
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *parent = NULL;
      g_autofree char *child = NULL;
      const char      *name = changed[links[i].parent];

      if (name == NULL)
        continue;
      if (!kp_library_repository_find_broken_link (batch->repo, links[i].link, &parent, &child,
                                                   error))
        return FALSE;
      if (parent == NULL)
        continue;
      switch (links[i].link)
        {
        case KP_LIBRARY_LINK_OKRES_KRAJ:
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MISSING,
                       _ ("%s: kraj “%s” is missing, but okres “%s” belongs to it"), name,
                       parent, child);
          break;
        case KP_LIBRARY_LINK_ORP_KRAJ:
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MISSING,
                       _ ("%s: kraj “%s” is missing, but ORP “%s” belongs to it"), name,
                       parent, child);
          break;
        case KP_LIBRARY_LINK_POU_ORP:
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MISSING,
                       _ ("%s: ORP “%s” is missing, but POU “%s” belongs to it"), name, parent,
                       child);
          break;
        case KP_LIBRARY_LINK_OBEC_POU:
        case KP_LIBRARY_N_LINKS:
        default:
          g_set_error (error, KP_IMPORT_ERROR, KP_IMPORT_ERROR_MISSING,
                       _ ("%s: POU “%s” is missing, but obec “%s” belongs to it"), name,
                       parent, child);
          break;
        }
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_all (KpImportBatch *batch,
            GPtrArray     *sorted,
            GPtrArray     *records,
            GError       **error)
{
  g_autofree char *imported_at = now_utc ();
  const char      *changed[KP_REFERENCE_N_KINDS] = { NULL };
  double           total = 0.0;
  double           done = 0.0;

  for (guint i = 0; i < sorted->len; i++)
    total += file_weight (g_ptr_array_index (sorted, i));

  for (guint i = 0; i < sorted->len; i++)
    {
      const KpImportFile *file = g_ptr_array_index (sorted, i);
      g_autofree char    *message = g_strdup_printf (_ ("Reading %s…"), file->display_name);
      KpImportRecord     *record;
      gboolean            file_changed;

      batch->progress_span = (1.0 - LOAD_SHARE - SAVE_SHARE) * file_weight (file) / total;
      batch->progress_start = LOAD_SHARE + (1.0 - LOAD_SHARE - SAVE_SHARE) * done / total;
      done += file_weight (file);
      if (batch->progress != NULL)
        kp_progress_set (batch->progress, batch->progress_start, message);
      if (g_cancellable_set_error_if_cancelled (batch->cancellable, error))
        return FALSE;

      record = import_file (batch, file, imported_at, &file_changed, error);
      if (record == NULL)
        return FALSE;
      g_ptr_array_index (records, file->index) = record;
      if (file_changed)
        changed[file->kind] = file->display_name;
    }

  if (batch->progress != NULL)
    kp_progress_set (batch->progress, 1.0 - SAVE_SHARE, _ ("Saving the reference data…"));
  if (changed[KP_REFERENCE_KIND_KRAJE] != NULL || changed[KP_REFERENCE_KIND_OKRESY] != NULL ||
      changed[KP_REFERENCE_KIND_ORP] != NULL || changed[KP_REFERENCE_KIND_CISELNIK_CSU] != NULL)
    {
      if (!kp_library_repository_update_csu_codes (batch->repo, error))
        return FALSE;
    }
  if (!check_links (batch, changed, error))
    return FALSE;
  if (!(batch->flags & KP_IMPORT_FLAGS_FORCE) && !kp_import_check_losses (batch, changed, error))
    return FALSE;
  return !g_cancellable_set_error_if_cancelled (batch->cancellable, error);
}

/**
 * kp_import_run:
 * @db_path: the reference library
 * @flags: whether to import even when the library would lose much of what it holds
 *
 * Imports @paths in one transaction on a new connection to @db_path.
 *
 * Returns: (transfer full) (element-type KpImportRecord): one record per path, in the
 *   order given, or %NULL with @error set and nothing changed
 */
GPtrArray *
kp_import_run (const char        *db_path,
               const char *const *paths,
               KpImportFlags      flags,
               KpProgress        *progress,
               GCancellable      *cancellable,
               GError           **error)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (import_file_free);
  g_autoptr (GPtrArray) sorted = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpDatabase) db = NULL;
  g_autoptr (KpLibraryRepository) repo = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  KpImportBatch batch = { 0 };
  guint         n = g_strv_length ((char **) paths);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *display = g_filename_display_basename (paths[i]);
      g_autofree char *message = g_strdup_printf (_ ("Reading %s…"), display);
      KpImportFile    *file;

      if (progress != NULL)
        kp_progress_set (progress, LOAD_SHARE * i / MAX (n, 1), message);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      file = load_file (paths[i], i, error);
      if (file == NULL)
        return NULL;
      g_ptr_array_add (files, file);
      g_ptr_array_add (names, file->display_name);
    }
  sorted = g_ptr_array_copy (files, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL); /* the copy shares the files */
  g_ptr_array_sort (sorted, compare_by_kind);

  db = kp_database_open (db_path, KP_DATABASE_KIND_LIBRARY, KP_DATABASE_FLAGS_CREATE, error);
  if (db == NULL)
    return NULL;
  repo = kp_library_repository_new (db);
  if (!kp_library_repository_tune_for_import (repo, error) || !kp_database_begin (db, error))
    return NULL;

  records = g_ptr_array_new_full (n, (GDestroyNotify) kp_import_record_free);
  g_ptr_array_set_size (records, (int) n);
  batch.repo = repo;
  batch.db = db;
  batch.flags = flags;
  batch.cancellable = cancellable;
  batch.progress = progress;
  batch.file_names = names;
  batch.population_seen = seen;
  if (!import_all (&batch, sorted, records, error) || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return NULL;
    }
  if (progress != NULL)
    kp_progress_set_fraction (progress, 1.0);
  return g_steal_pointer (&records);
}
