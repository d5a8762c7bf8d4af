/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-project-writer.h"
#include "kp-boundary-store.h"
#include "kp-core-resources.h"
#include "kp-database-worker.h"
#include "kp-error.h"
#include "kp-geo-json.h"
#include "kp-needs-private.h"
#include "kp-plan-private.h"
#include "kp-project-repository.h"
#include "kp-service-network-private.h"
#include "kp-up-offices-repository.h"

#include <errno.h>
#include <glib/gstdio.h>

#define SAMPLE_BOUNDARIES          "sample-boundaries.topojson.json"
#define SAMPLE_BOUNDARIES_RESOURCE "/cz/komplan/Komplan/sample/" SAMPLE_BOUNDARIES

/* Writing new project files. A file is written as @path + ".part" in one transaction,
 * closed (which checkpoints the WAL into it) and renamed over @path, so a failure never
 * leaves a half-written project behind, nor damages a file already at @path. */

/* Removes a database file with its WAL and shared-memory companions. */
static gboolean
remove_database_files (const char *path,
                       GError    **error)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_remove (file) != 0 && errno != ENOENT)
        {
          int              saved = errno;
          g_autofree char *display = g_filename_display_name (file);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _ ("Cannot remove “%s”: %s"), display, g_strerror (saved));
          return FALSE;
        }
    }
  return TRUE;
}

/* Moves the finished @part over @path. The WAL of an older file at @path must not be
 * replayed into the new one, so it goes first. */
static gboolean
replace_file (const char *part,
              const char *path,
              GError    **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_remove (wal);
  g_remove (shm);
  if (g_rename (part, path) != 0)
    {
      int              saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _ ("Cannot write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Fills the new territory (temp.territory) and works out its name. */
static gboolean
fill_territory (KpDatabase          *db,
                const KpProjectSpec *spec,
                KpProjectRow        *row,
                GError             **error)
{
  g_autofree char *found = NULL;

  if (!kp_project_repository_create_territory (db, error))
    return FALSE;

  if (spec->kind == KP_TERRITORY_ORP)
    {
      if (!kp_project_repository_find_library_orp (db, spec->orp_kod, &found, error))
        return FALSE;
      if (found == NULL)
        {
          g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                       _ ("The reference data has no ORP with code “%s”"), spec->orp_kod);
          return FALSE;
        }
      row->territory_code = g_strdup (spec->orp_kod);
      /* Translators: the name of a territory made of one ORP, e.g. "ORP Havlíčkův Brod" */
      row->territory_name = g_strdup_printf (_ ("ORP %s"), found);
      return kp_project_repository_add_territory_orp (db, spec->orp_kod, error);
    }

  if (!kp_project_repository_add_territory_obce (db, spec->obce, &found, error))
    return FALSE;
  if (found != NULL)
    {
      g_set_error (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NOT_FOUND,
                   _ ("The reference data has no obec with code “%s”"), found);
      return FALSE;
    }
  if (spec->territory_name != NULL)
    row->territory_name = g_strstrip (g_strdup (spec->territory_name));
  if (row->territory_name == NULL || *row->territory_name == '\0')
    {
      g_free (row->territory_name);
      row->territory_name = g_strdup (_ ("Custom territory"));
    }
  return TRUE;
}

/* Copies what the territory needs from the attached library into the new file @db, in one
 * transaction. */
static gboolean
copy_from_library (KpDatabase          *db,
                   const KpProjectSpec *spec,
                   KpProgress          *progress,
                   GCancellable        *cancellable,
                   GError             **error)
{
  g_auto (KpProjectRow) row = { 0 };
  gint64 obce = 0;
  gint64 population = 0;

  if (!kp_project_repository_count_library (db, &obce, &population, error))
    return FALSE;
  if (obce == 0 || population == 0)
    {
      g_set_error_literal (error, KP_PROJECT_ERROR, KP_PROJECT_ERROR_NO_REFERENCE,
                           _ ("The reference data has no obce with population yet; import "
                              "the code lists and the population by age first"));
      return FALSE;
    }

  row.name = g_strstrip (g_strdup (spec->name));
  row.territory_kind = spec->kind;
  row.period_from = spec->period_from;
  row.period_to = spec->period_to;

  if (!kp_database_begin (db, error))
    return FALSE;
  if (progress != NULL)
    kp_progress_set (progress, 0.05, _ ("Copying the obce and their population…"));
  if (!fill_territory (db, spec, &row, error) ||
      !kp_project_repository_copy_snapshot (db, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  if (progress != NULL)
    kp_progress_set (progress, 0.3, _ ("Copying the boundaries…"));
  if (!kp_boundary_store_copy_from_library (db, error) ||
      !kp_up_offices_copy_from_library (db, error) ||
      !kp_project_repository_insert_project (db, &row, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

typedef gboolean (*FillFunc) (KpDatabase *db,
                              gpointer    data,
                              GError    **error);

/* Creates @path + ".part" through the migrations, lets @fill write it, closes it and
 * renames it over @path. On failure or cancel nothing is left at either name. */
static gboolean
write_project_file (const char   *path,
                    FillFunc      fill,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr (KpDatabase) db = NULL;

  if (!remove_database_files (part, error))
    return FALSE;

  db = kp_database_open_worker (part, KP_DATABASE_KIND_PROJECT, KP_DATABASE_FLAGS_CREATE, NULL,
                                cancellable, error);
  if (db == NULL || !fill (db, data, error))
    {
      g_clear_object (&db);
      remove_database_files (part, NULL);
      return FALSE;
    }
  g_clear_object (&db); /* closing checkpoints the WAL into the file */

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !replace_file (part, path, error))
    {
      remove_database_files (part, NULL);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const char          *library_path;
  const KpProjectSpec *spec;
  KpProgress          *progress;
  GCancellable        *cancellable;
} CreateData;

/* The territory, then (when the library has the registry) its registered services. */
static gboolean
fill_from_library (KpDatabase *db,
                   gpointer    data,
                   GError    **error)
{
  CreateData *create = data;
  gboolean    ok;

  if (!kp_database_attach_library (db, create->library_path, error))
    return FALSE;
  ok = copy_from_library (db, create->spec, create->progress, create->cancellable, error) &&
       kp_needs_write_comparison (db, error) &&
       kp_service_network_write_snapshot (db, create->progress, create->cancellable, error);
  kp_database_detach_library (db);
  if (ok && create->progress != NULL)
    kp_progress_set (create->progress, 1.0, NULL);
  return ok;
}

/* Writes one object of the sample's fictional boundaries; every feature has its code in
 * "kod_obce", "kod_orp" or "kod_cznuts3" and its name in "nazev". */
static gboolean
write_sample_level (KpDatabase     *db,
                    GBytes         *topology,
                    const char     *object,
                    const char     *code_key,
                    KpBoundaryLevel level,
                    GError        **error)
{
  gsize       len;
  const char *data = g_bytes_get_data (topology, &len);
  g_autoptr (KpGeoLayer) layer = kp_geo_layer_parse (data, len, SAMPLE_BOUNDARIES, object, error);
  g_autofree const char **codes = NULL;
  g_autofree const char **names = NULL;

  if (layer == NULL)
    return FALSE;
  codes = g_new0 (const char *, layer->features->len + 1);
  names = g_new0 (const char *, layer->features->len + 1);
  for (guint i = 0; i < layer->features->len; i++)
    {
      codes[i] = kp_geo_feature_get_property (kp_geo_layer_get_feature (layer, i), code_key);
      names[i] = kp_geo_feature_get_property (kp_geo_layer_get_feature (layer, i), "nazev");
    }
  return kp_boundary_store_write (db, level, layer, codes, names, error);
}

static gboolean
fill_sample (KpDatabase *db,
             gpointer    data,
             GError    **error)
{
  g_autoptr (GBytes) topology = NULL;
  g_autoptr (GPtrArray) codes = NULL;

  if (!kp_project_repository_write_sample (db, error))
    return FALSE;
  if (!kp_database_begin (db, error))
    return FALSE;
  if (!kp_plan_write_sample (db, error) || !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  topology = g_resource_lookup_data (kp_core_get_resource (), SAMPLE_BOUNDARIES_RESOURCE,
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (topology == NULL)
    return FALSE;
  codes = kp_project_repository_list_territory (db, error);
  if (codes == NULL || !kp_database_begin (db, error))
    return FALSE;
  if (!write_sample_level (db, topology, "obce", "kod_obce", KP_BOUNDARY_LEVEL_OBEC, error) ||
      !write_sample_level (db, topology, "orp", "kod_orp", KP_BOUNDARY_LEVEL_ORP, error) ||
      !write_sample_level (db, topology, "kraje", "kod_cznuts3", KP_BOUNDARY_LEVEL_KRAJ, error) ||
      !kp_boundary_store_set_territory (db, (const char *const *) codes->pdata, error) ||
      !kp_database_commit (db, error))
    {
      kp_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * kp_project_writer_write_from_library:
 * @library_path: the reference library file
 * @path: the project file to write
 * @spec: a validated specification
 * @progress: (nullable): how far it is
 * @cancellable: (nullable): stops it between steps and interrupts the statement running
 *
 * Copies the territory's obce, their hierarchy and population, the sources, the
 * comparison figures of its ORP, kraje and ČR, the boundaries and the registered services
 * from the library into a new file. Safe in a worker thread: it opens its own connections.
 *
 * Returns: %FALSE with @error set (#KP_PROJECT_ERROR_NOT_FOUND naming an unknown code,
 *   #KP_PROJECT_ERROR_NO_REFERENCE, a file error, or an error of the interrupted statement
 *   when cancelled); nothing is left at either name then
 */
gboolean
kp_project_writer_write_from_library (const char          *library_path,
                                      const char          *path,
                                      const KpProjectSpec *spec,
                                      KpProgress          *progress,
                                      GCancellable        *cancellable,
                                      GError             **error)
{
  CreateData data = { library_path, spec, progress, cancellable };

  g_return_val_if_fail (library_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  return write_project_file (path, fill_from_library, &data, cancellable, error);
}

/**
 * kp_project_writer_write_sample:
 * @path: the project file to write
 *
 * Writes the fictional sample project (resources/sample/sample-project.sql).
 */
gboolean
kp_project_writer_write_sample (const char *path,
                                GError    **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return write_project_file (path, fill_sample, NULL, NULL, error);
}
