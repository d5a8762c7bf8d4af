/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

#include "kp-bench-fixture.h"
#include "kp-database.h"
#include "kp-library.h"
#include "kp-service-network.h"
#include "kp-project.h"
#include "kp-test-utils.h"

/* Bump when the fixture is built differently. */
#define FIXTURE_VERSION "komplan-bench-fixture-2"
#define ORP_NAME        "Benešov"

static const char *const reference_files[] = {
  "ruian/kraje.csv",
  "ruian/okresy.csv",
  "ruian/orp.csv",
  "ruian/pou.csv",
  "ruian/ciselnik_CSU.csv",
  "ruian/UI_OBEC.csv",
  "csu/2020_vek_do_999.xlsx",
  "csu/2020_vek_nad_1000.xlsx",
  "csu/orp_ukazatele.csv",
  "geo/kraje.topojson.json",
  "geo/orp.geojson",
  "geo/obce.topojson.json",
};
/* gen-rpss places its services in these obce (with okres and kraj codes). */
#define OBCE_FOR_REGISTRY "ruian/obce.csv"

void
kp_bench_fixture_free (KpBenchFixture *fixture)
{
  if (fixture == NULL)
    return;
  g_free (fixture->dir);
  g_free (fixture->library);
  g_free (fixture->national);
  g_free (fixture->benesov);
  g_free (fixture->sample);
  g_free (fixture);
}

char *
kp_bench_pad (const char *label,
              int         width)
{
  GString *text = g_string_new (label);

  for (glong n = g_utf8_strlen (label, -1); n < width; n++)
    g_string_append_c (text, ' ');
  return g_string_free (text, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

double
kp_bench_median (double *values,
                 int     n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static void
hash_file (GChecksum  *checksum,
           const char *path)
{
  GStatBuf         st = { 0 };
  g_autofree char *line = NULL;

  if (g_stat (path, &st) != 0)
    st.st_size = -1;
  line = g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", path,
                          (gint64) st.st_size, (gint64) st.st_mtime);
  g_checksum_update (checksum, (const guchar *) line, -1);
}

static char *
cache_key (const char *shared,
           const char *generator,
           const char *core)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *versions = g_strdup_printf ("%s %d %d\n", FIXTURE_VERSION,
                                               kp_database_latest_version (KP_DATABASE_KIND_LIBRARY),
                                               kp_database_latest_version (KP_DATABASE_KIND_PROJECT));
  g_autofree char *obce = g_build_filename (shared, OBCE_FOR_REGISTRY, NULL);

  g_checksum_update (checksum, (const guchar *) versions, -1);
  for (guint i = 0; i < G_N_ELEMENTS (reference_files); i++)
    {
      g_autofree char *path = g_build_filename (shared, reference_files[i], NULL);

      hash_file (checksum, path);
    }
  hash_file (checksum, obce);
  hash_file (checksum, generator);
  hash_file (checksum, core);
  return g_strdup (g_checksum_get_string (checksum));
}

static gboolean
run_generator (const char *generator,
               const char *obce,
               const char *out,
               GError    **error)
{
  const char *argv[] = { generator, "--obce", obce, out, NULL };
  int         status = 0;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                       NULL, &status, error) &&
         g_spawn_check_wait_status (status, error);
}

/* Creates a project and copies the registry's services of its territory into it. */
static gboolean
make_project (KpLibrary           *library,
              const char          *path,
              const KpProjectSpec *spec,
              guint               *out_obce,
              guint               *out_services,
              GError             **error)
{
  g_autoptr (KpProject) project = kp_project_create (library, path, spec, error);
  g_autoptr (KpServicesRefresh) refresh = NULL;

  if (project == NULL)
    return FALSE;
  refresh = kp_test_refresh_services (project, library, error);
  if (refresh == NULL)
    return FALSE;
  *out_obce = g_list_model_get_n_items (kp_project_get_obce (project));
  *out_services = g_list_model_get_n_items (kp_service_network_get_services (kp_service_network_get (project)));
  return TRUE;
}

static gboolean
build (const char     *dir,
       const char     *shared,
       const char     *generator,
       KpBenchFixture *counts,
       GError        **error)
{
  g_autofree char *rpss = g_build_filename (dir, "rpss.json", NULL);
  g_autofree char *obce_csv = g_build_filename (shared, OBCE_FOR_REGISTRY, NULL);
  g_autofree char *library_path = g_build_filename (dir, "reference.sqlite", NULL);
  g_autofree char *national = g_build_filename (dir, "cesko.komplan", NULL);
  g_autofree char *benesov = g_build_filename (dir, "benesov.komplan", NULL);
  g_autofree char *sample = g_build_filename (dir, "ukazka.komplan", NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GListModel) obce = NULL;
  g_autoptr (GStrvBuilder) codes_builder = g_strv_builder_new ();
  g_auto (GStrv) codes = NULL;
  g_autoptr (KpArea) orp = NULL;
  g_autoptr (KpProject) sample_project = NULL;
  KpProjectSpec spec = { 0 };

  if (!run_generator (generator, obce_csv, rpss, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (reference_files); i++)
    g_ptr_array_add (paths, g_build_filename (shared, reference_files[i], NULL));
  g_ptr_array_add (paths, g_strdup (rpss));
  g_ptr_array_add (paths, NULL);
  library = kp_library_open (library_path, error);
  if (library == NULL)
    return FALSE;
  records = kp_library_import_files (library, (const char *const *) paths->pdata, NULL, NULL,
                                     error);
  if (records == NULL)
    return FALSE;
  g_unlink (rpss); /* 55 MB; the library holds it now */

  obce = kp_library_list_obce (library, error);
  if (obce == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (obce); i++)
    {
      g_autoptr (KpObec) obec = g_list_model_get_item (obce, i);

      g_strv_builder_add (codes_builder, kp_obec_get_kod (obec));
    }
  codes = g_strv_builder_end (codes_builder);
  spec.name = "Celostátní projekt";
  spec.kind = KP_TERRITORY_CUSTOM;
  spec.obce = (const char *const *) codes;
  spec.territory_name = "Česká republika";
  spec.period_from = 2026;
  spec.period_to = 2028;
  if (!make_project (library, national, &spec, &counts->national_obce,
                     &counts->national_services, error))
    return FALSE;

  orp = kp_library_find_orp (library, ORP_NAME, error);
  if (orp == NULL)
    return FALSE;
  spec = (KpProjectSpec){ 0 };
  spec.name = "Komunitní plán ORP Benešov";
  spec.kind = KP_TERRITORY_ORP;
  spec.orp_kod = kp_area_get_kod (orp);
  spec.period_from = 2026;
  spec.period_to = 2028;
  if (!make_project (library, benesov, &spec, &counts->benesov_obce, &counts->benesov_services,
                     error))
    return FALSE;

  sample_project = kp_project_create_sample (sample, error);
  return sample_project != NULL;
}

static void
write_counts (const char           *dir,
              const char           *key,
              const KpBenchFixture *counts)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *path = g_build_filename (dir, "fixture.ini", NULL);

  g_key_file_set_string (file, "fixture", "key", key);
  g_key_file_set_integer (file, "national", "obce", (int) counts->national_obce);
  g_key_file_set_integer (file, "national", "services", (int) counts->national_services);
  g_key_file_set_integer (file, "benesov", "obce", (int) counts->benesov_obce);
  g_key_file_set_integer (file, "benesov", "services", (int) counts->benesov_services);
  g_key_file_save_to_file (file, path, NULL);
}

/* Returns: %TRUE when @dir holds a fixture built from the inputs of @key */
static gboolean
read_counts (const char     *dir,
             const char     *key,
             KpBenchFixture *counts)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *path = g_build_filename (dir, "fixture.ini", NULL);
  g_autofree char *stored = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  stored = g_key_file_get_string (file, "fixture", "key", NULL);
  if (g_strcmp0 (stored, key) != 0)
    return FALSE;
  counts->national_obce = (guint) g_key_file_get_integer (file, "national", "obce", NULL);
  counts->national_services = (guint) g_key_file_get_integer (file, "national", "services", NULL);
  counts->benesov_obce = (guint) g_key_file_get_integer (file, "benesov", "obce", NULL);
  counts->benesov_services = (guint) g_key_file_get_integer (file, "benesov", "services", NULL);
  return counts->national_obce > 0;
}

KpBenchFixture *
kp_bench_fixture_get (GError **error)
{
  const char *shared = g_getenv ("KP_SHARED_DATA");
  const char *generator = g_getenv ("KP_GEN_RPSS");
  const char *core = g_getenv ("KP_BENCH_CORE");
  g_autoptr (KpBenchFixture) fixture = NULL;
  g_autofree char *probe = NULL;
  g_autofree char *key = NULL;
  g_autofree char *tree = NULL;
  g_autofree char *lock_path = NULL;
  int              lock_fd;
  gboolean         ok = TRUE;

  if (shared == NULL || generator == NULL || core == NULL)
    return NULL;
  probe = g_build_filename (shared, "ruian", "UI_OBEC.csv", NULL);
  if (!g_file_test (probe, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (generator, G_FILE_TEST_IS_EXECUTABLE))
    return NULL;

  /* One folder per build tree, rebuilt when an input or libkp-core changes. */
  key = cache_key (shared, generator, core);
  tree = g_compute_checksum_for_string (G_CHECKSUM_SHA256, core, -1);
  tree[12] = '\0';
  fixture = g_new0 (KpBenchFixture, 1);
  fixture->dir = g_strdup_printf ("%s/komplan-bench-%s", g_get_tmp_dir (), tree);
  fixture->library = g_build_filename (fixture->dir, "reference.sqlite", NULL);
  fixture->national = g_build_filename (fixture->dir, "cesko.komplan", NULL);
  fixture->benesov = g_build_filename (fixture->dir, "benesov.komplan", NULL);
  fixture->sample = g_build_filename (fixture->dir, "ukazka.komplan", NULL);

  /* One builder at a time; the others wait and then find it built. */
  lock_path = g_strdup_printf ("%s.lock", fixture->dir);
  lock_fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock_fd < 0 || flock (lock_fd, LOCK_EX) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot lock %s: %s", lock_path, g_strerror (saved_errno));
      if (lock_fd >= 0)
        close (lock_fd);
      return NULL;
    }
  if (!read_counts (fixture->dir, key, fixture))
    {
      g_autofree char *part = g_strdup_printf ("%s.part", fixture->dir);
      gint64           start = g_get_monotonic_time ();

      kp_test_remove_tree (part);
      kp_test_remove_tree (fixture->dir);
      ok = g_mkdir_with_parents (part, 0700) == 0;
      if (!ok)
        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "Cannot create %s",
                     part);
      ok = ok && build (part, shared, generator, fixture, error);
      if (ok)
        {
          write_counts (part, key, fixture);
          ok = g_rename (part, fixture->dir) == 0;
          if (!ok)
            g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                         "Cannot rename %s", part);
        }
      if (!ok)
        kp_test_remove_tree (part);
      fixture->build_seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
    }
  close (lock_fd); /* releases the lock */
  return ok ? g_steal_pointer (&fixture) : NULL;
}
