/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-text-document-sample.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <time.h>

/* A plan of 1 000 activities (ARCHITECTURE.md §5: ≈300 A4 pages with tables and charts;
 * targets ≤ 2 s to PDF, ≤ 0.5 s to ODT): the synthetic plan of the render tests, written to
 * PDF and to ODT, the median of three runs each; then, when LibreOffice is installed, the
 * time soffice takes to convert our ODT to PDF, for the ratio. Prints the numbers; never
 * fails on time.
 *
 * KP_BENCH_ACTIVITIES=<n> changes the number of activities; KP_BENCH_KEEP=<dir> keeps the
 * PDF and ODT there. */

#define N_ACTIVITIES 1000
#define RUNS         3

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The median wall time of RUNS writes; @out_cpu: the median processor time, which the
 * other builds on a shared machine do not inflate. */
static double
time_write (KpTextDocument  *doc,
            const char      *path,
            KpDocumentFormat format,
            double          *out_cpu)
{
  double times[RUNS], cpu[RUNS];

  for (int r = 0; r < RUNS; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();

      if (!kp_document_write_file (KP_DOCUMENT (doc), path, format, NULL, NULL, &error))
        g_error ("Writing %s failed: %s", path, error->message);
      times[r] = (g_get_monotonic_time () - start) / 1e6;
      cpu[r] = cpu_seconds () - cpu_start;
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  qsort (cpu, RUNS, sizeof (double), compare_doubles);
  *out_cpu = cpu[RUNS / 2];
  return times[RUNS / 2];
}

static void
remove_tree (const char *path)
{
  GDir       *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static double
file_size_mb (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size / 1e6 : 0;
}

/* Returns: the seconds soffice took, or -1 */
static double
time_soffice (const char *odt,
              const char *dir)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = NULL;
  g_autofree char *out_dir = NULL;
  g_autoptr (GError) error = NULL;
  int    status = 0;
  gint64 start;

  if (soffice == NULL)
    return -1;
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", dir);
  out_dir = g_build_filename (dir, "soffice", NULL);
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                           out_dir, odt, NULL };

    start = g_get_monotonic_time ();
    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error) ||
        !g_spawn_check_wait_status (status, NULL))
      return -1;
  }
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (void)
{
  const char *env = g_getenv ("KP_BENCH_ACTIVITIES");
  const char *keep = g_getenv ("KP_BENCH_KEEP");
  guint       n = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : N_ACTIVITIES;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("kp-bench-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  g_autofree char *odt = NULL;
  g_autoptr (KpTextDocument) doc = NULL;
  SamplePlanInfo info;
  gint64         start = g_get_monotonic_time ();
  double         build, pdf_time, odt_time, soffice_time, pdf_cpu, odt_cpu;

  if (dir == NULL)
    g_error ("%s", error->message);
  g_mkdir_with_parents (dir, 0700);
  doc = sample_plan_new (n, &info);
  build = (g_get_monotonic_time () - start) / 1e6;
  pdf = g_build_filename (dir, "plan.pdf", NULL);
  odt = g_build_filename (dir, "plan.odt", NULL);

  pdf_time = time_write (doc, pdf, KP_DOCUMENT_FORMAT_PDF, &pdf_cpu);
  printf ("plan of %u activities (%u charts): built in %.3f s\n", n, info.n_charts, build);
  printf ("  to PDF: %.3f s (median of %d; processor %.3f s), %d pages, %.1f MB (target ≤ 2 s)\n",
          pdf_time, RUNS, pdf_cpu, kp_document_get_n_pages (KP_DOCUMENT (doc)), file_size_mb (pdf));
  odt_time = time_write (doc, odt, KP_DOCUMENT_FORMAT_ODT, &odt_cpu);
  printf ("  to ODT: %.3f s (median of %d; processor %.3f s), %.1f MB (target ≤ 0.5 s)\n",
          odt_time, RUNS, odt_cpu, file_size_mb (odt));
  soffice_time = time_soffice (odt, dir);
  if (soffice_time >= 0)
    printf ("  LibreOffice, our ODT to PDF: %.1f s (%.0f× our PDF)\n", soffice_time,
            soffice_time / pdf_time);
  else
    printf ("  LibreOffice: not installed or failed, skipped\n");

  if (keep == NULL)
    remove_tree (dir);
  return 0;
}
