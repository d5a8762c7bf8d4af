/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "kp-plan-document-builder.h"
#include "kp-project.h"

/* Issue 15: the sample project's plan (SPRSS) built from the project and written as PDF and
 * as ODT through the builder the application and komplan-cli use. Prints the median of
 * three rounds of the build and of each writer, the pages and the sizes; never fails on
 * time. KP_BENCH_PDF=<path> keeps the PDF; KP_BENCH_KEEP=<folder> writes the four plan
 * documents there as PDF and ODT, to look at. */

#define RUNS 3

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

static void
keep_documents (KpProject  *project,
                const char *folder)
{
  const char *const names[] = { "plan", "action-plan", "evaluation", "comments" };

  if (g_mkdir_with_parents (folder, 0755) != 0)
    g_error ("cannot make the folder %s: %s", folder, g_strerror (errno));
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    for (int f = 0; f < 2; f++)
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *name = g_strdup_printf ("%s.%s", names[k], f == 0 ? "pdf" : "odt");
        g_autofree char *path = g_build_filename (folder, name, NULL);
        g_autoptr (KpDocument) document =
            kp_plan_document_build (project, KP_DOCUMENT_KIND_PLAN + k, 0, &error);

        g_assert_no_error (error);
        kp_document_write_file (document, path,
                                f == 0 ? KP_DOCUMENT_FORMAT_PDF : KP_DOCUMENT_FORMAT_ODT, NULL,
                                NULL, &error);
        g_assert_no_error (error);
      }
}

/* The folder of the run and what the project left in it (its journal). */
static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *project_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *odt = NULL;
  g_autoptr (KpProject) project = NULL;
  double   build[RUNS], write_pdf[RUNS], write_odt[RUNS];
  int      n_pages = 0;
  GStatBuf pdf_st = { 0 }, odt_st = { 0 };

  if (argc > 1)
    {
      printf ("Usage: %s\nTimes the sample plan to PDF and ODT.\n", argv[0]);
      return g_strcmp0 (argv[1], "--help") == 0 ? 0 : 2;
    }
  dir = g_dir_make_tmp ("kp-bench-XXXXXX", NULL);
  project_path = g_build_filename (dir, "sample.komplan", NULL);
  pdf = g_build_filename (dir, "plan.pdf", NULL);
  odt = g_build_filename (dir, "plan.odt", NULL);
  project = kp_project_create_sample (project_path, &error);
  g_assert_no_error (error);
  for (int r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (KpDocument) document =
          kp_plan_document_build (project, KP_DOCUMENT_KIND_PLAN, 0, &error);
      gint64 t1;

      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      kp_document_write_file (document, pdf, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
      g_assert_no_error (error);
      build[r] = (t1 - t0) / 1e6;
      write_pdf[r] = (g_get_monotonic_time () - t1) / 1e6;
      n_pages = kp_document_get_n_pages (document);
      t1 = g_get_monotonic_time ();
      kp_document_write_file (document, odt, KP_DOCUMENT_FORMAT_ODT, NULL, NULL, &error);
      g_assert_no_error (error);
      write_odt[r] = (g_get_monotonic_time () - t1) / 1e6;
    }
  g_stat (pdf, &pdf_st);
  g_stat (odt, &odt_st);
  printf ("sample plan: %d pages; build %.3f s, PDF %.3f s (%.0f kB), ODT %.3f s (%.0f kB)\n",
          n_pages, median (build), median (write_pdf), pdf_st.st_size / 1024.0, median (write_odt),
          odt_st.st_size / 1024.0);
  if (g_getenv ("KP_BENCH_KEEP") != NULL)
    keep_documents (project, g_getenv ("KP_BENCH_KEEP"));
  if (g_getenv ("KP_BENCH_PDF") != NULL)
    g_rename (pdf, g_getenv ("KP_BENCH_PDF"));
  g_unlink (pdf);
  g_unlink (odt);
  g_clear_object (&project);
  remove_dir (dir);
  return 0;
}
