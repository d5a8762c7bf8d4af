/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "kp-plan-document-builder.h"
#include "kp-plan.h"
#include "kp-project.h"

/* ARCHITECTURE.md §5, issue 15: a plan of 1 000 activities (about 300 pages) to PDF in at
 * most 2 s and to ODT in at most 0.5 s, through the builder the application and komplan-cli
 * use. The plan is imported into the sample project (core's plan import): 5 priorities ×
 * 10 measures × 20 activities, each with a description, a target group, a term, costs over
 * the three years of the period from three sources and two indicators; chapters with the live
 * blocks (demography with the map, services, SWOT, strategy, budget). kp_plan_document_build,
 * the PDF and the ODT are timed separately, wall and CPU time (clock(): the machine is
 * shared with other builds, so the CPU time says more about Komplan than the wall time);
 * the median of RUNS rounds is printed, with LibreOffice converting our ODT to PDF beside
 * them when soffice is installed (KP_BENCH_SOFFICE=0 leaves it out). Never fails on time.
 * KP_BENCH_ACTIVITIES=N changes the number of activities per measure (20);
 * KP_BENCH_KEEP=<folder> keeps the documents. */

#define N_PRIORITIES 5
#define N_MEASURES   10
#define N_ACTIVITIES 20
#define RUNS         3
#define PDF_TARGET   2.0
#define ODT_TARGET   0.5

static const char *const chapters_json =
    "\"chapters\": ["
    "{\"title\": \"Úvod\", \"depth\": 1, \"text\": \"Střednědobý plán rozvoje sociálních služeb "
    "navazuje na zákon č. 108/2006 Sb. Plán připravila MAS ve spolupráci s obcemi ORP.\"},"
    "{\"title\": \"Analytická část\", \"depth\": 1, \"text\": \"\"},"
    "{\"title\": \"Sociodemografická analýza\", \"depth\": 2, "
    "\"text\": \"```komplan demography\\n```\\n\"},"
    "{\"title\": \"Analýza sociálních služeb\", \"depth\": 2, "
    "\"text\": \"```komplan services\\n```\\n\"},"
    "{\"title\": \"SWOT analýza\", \"depth\": 2, \"text\": \"```komplan swot\\n```\\n\"},"
    "{\"title\": \"Strategická část\", \"depth\": 1, \"text\": \"```komplan strategy\\n```\\n\"},"
    "{\"title\": \"Finanční zajištění\", \"depth\": 2, \"text\": \"```komplan budget\\n```\\n\"}"
    "],";

static char *
make_plan (int n_activities)
{
  GString *json = g_string_new ("{\"format\": \"komplan-plan/1\", \"period\": \"2026-2028\", "
                                "\"levels\": [\"Priorita\", \"Opatření\", \"Aktivita\"], "
                                "\"vision\": \"Lidé v obcích mikroregionu dostanou pomoc, "
                                "kterou potřebují, co nejblíže domovu.\", ");

  g_string_append (json, chapters_json);
  g_string_append (json, "\"items\": [");
  for (int p = 0; p < N_PRIORITIES; p++)
    {
      g_string_append_printf (json, "%s{\"title\": \"Priorita %d: rozvoj a udržení služeb\", "
                                    "\"children\": [",
                              p > 0 ? "," : "", p + 1);
      for (int m = 0; m < N_MEASURES; m++)
        {
          g_string_append_printf (json, "%s{\"title\": \"Opatření %d.%d: podpora služeb pro "
                                        "cílovou skupinu\", \"children\": [",
                                  m > 0 ? "," : "", p + 1, m + 1);
          for (int a = 0; a < n_activities; a++)
            g_string_append_printf (
                json,
                "%s{\"title\": \"Aktivita %d.%d.%d: rozšíření terénní pečovatelské služby\", "
                "\"description\": \"Poskytovatel rozšíří terénní službu o jeden úvazek.\", "
                "\"status\": \"probíhá\", \"start\": \"2026-01\", \"end\": \"2028-12\", "
                "\"target_groups\": [\"senioři\"], \"responsible\": \"odbor sociálních věcí\", "
                "\"costs\": [{\"year\": 2026, \"source\": \"mpsv\", \"amount\": %d}, "
                "{\"year\": 2027, \"source\": \"kraj\", \"amount\": 250000}, "
                "{\"year\": 2028, \"source\": \"esf\", \"amount\": 90000}], "
                "\"indicators\": [{\"name\": \"Počet klientů\", \"unit\": \"klienti\", "
                "\"baseline\": 10, \"target\": 20}, {\"name\": \"Úvazky v přímé péči\", "
                "\"unit\": \"úvazky\", \"baseline\": 2, \"target\": 3.5}]}",
                a > 0 ? "," : "", p + 1, m + 1, a + 1, 100000 + a);
          g_string_append (json, "]}");
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

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

/* Returns: the seconds soffice took to convert @odt to PDF, or -1 */
static double
time_soffice (const char *odt,
              const char *dir)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = NULL;
  g_autofree char *out_dir = NULL;
  int              status = 0;
  gint64           start;

  if (soffice == NULL || g_strcmp0 (g_getenv ("KP_BENCH_SOFFICE"), "0") == 0)
    return -1;
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", dir);
  out_dir = g_build_filename (dir, "soffice", NULL);
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                           out_dir, odt, NULL };

    start = g_get_monotonic_time ();
    if (!g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                       NULL, &status, NULL) ||
        !g_spawn_check_wait_status (status, NULL))
      return -1;
  }
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

typedef struct
{
  double wall;
  double cpu;
} Times;

static Times
times_since (gint64  wall_start,
             clock_t cpu_start)
{
  Times t = { (g_get_monotonic_time () - wall_start) / 1e6,
              (double) (clock () - cpu_start) / CLOCKS_PER_SEC };

  return t;
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("KP_BENCH_ACTIVITIES");
  const char *keep = g_getenv ("KP_BENCH_KEEP");
  int         n_activities = env != NULL ? (int) g_ascii_strtoll (env, NULL, 10) : N_ACTIVITIES;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kp-bench-XXXXXX", &error);
  g_autofree char *project_path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *json = NULL;
  g_autoptr (KpProject) project = NULL;
  double build[RUNS], build_cpu[RUNS], write_pdf[RUNS], pdf_cpu[RUNS], write_odt[RUNS],
      odt_cpu[RUNS];
  int      n_pages = 0;
  double   soffice;
  GStatBuf pdf_st = { 0 }, odt_st = { 0 };
  gint64   start;

  if (argc > 1)
    {
      printf ("Usage: %s\nTimes a plan of 1 000 activities to PDF and ODT.\n", argv[0]);
      return g_strcmp0 (argv[1], "--help") == 0 ? 0 : 2;
    }
  if (dir == NULL)
    g_error ("%s", error->message);
  project_path = g_build_filename (dir, "large.komplan", NULL);
  pdf = g_build_filename (dir, "plan.pdf", NULL);
  odt = g_build_filename (dir, "plan.odt", NULL);
  project = kp_project_create_sample (project_path, &error);
  g_assert_no_error (error);
  json = make_plan (MAX (n_activities, 1));
  start = g_get_monotonic_time ();
  if (!kp_plan_import_json (kp_plan_get (project), json, strlen (json), "large.json", &error))
    g_error ("%s", error->message);
  printf ("import of %d activities (%.1f MB of JSON): %.0f ms\n",
          N_PRIORITIES * N_MEASURES * MAX (n_activities, 1), strlen (json) / 1e6,
          (g_get_monotonic_time () - start) / 1000.0);

  for (int r = 0; r < RUNS; r++)
    {
      g_autoptr (KpDocument) document = NULL;
      clock_t cpu = clock ();
      Times   t;

      start = g_get_monotonic_time ();
      document = kp_plan_document_build (project, KP_DOCUMENT_KIND_PLAN, 0, &error);
      g_assert_no_error (error);
      t = times_since (start, cpu);
      build[r] = t.wall;
      build_cpu[r] = t.cpu;

      cpu = clock ();
      start = g_get_monotonic_time ();
      kp_document_write_file (document, pdf, KP_DOCUMENT_FORMAT_PDF, NULL, NULL, &error);
      g_assert_no_error (error);
      t = times_since (start, cpu);
      write_pdf[r] = t.wall;
      pdf_cpu[r] = t.cpu;
      n_pages = kp_document_get_n_pages (document);

      cpu = clock ();
      start = g_get_monotonic_time ();
      kp_document_write_file (document, odt, KP_DOCUMENT_FORMAT_ODT, NULL, NULL, &error);
      g_assert_no_error (error);
      t = times_since (start, cpu);
      write_odt[r] = t.wall;
      odt_cpu[r] = t.cpu;
    }
  g_stat (pdf, &pdf_st);
  g_stat (odt, &odt_st);
  printf ("plan of %d activities: %d pages\n", N_PRIORITIES * N_MEASURES * MAX (n_activities, 1),
          n_pages);
  printf ("  build            %.3f s (CPU %.3f s)\n", median (build), median (build_cpu));
  printf ("  build + PDF      %.3f s (CPU %.3f s, %.0f kB), target %.1f s\n",
          median (build) + median (write_pdf), median (build_cpu) + median (pdf_cpu),
          pdf_st.st_size / 1024.0, PDF_TARGET);
  printf ("  build + ODT      %.3f s (CPU %.3f s, %.0f kB), target %.1f s\n",
          median (build) + median (write_odt), median (build_cpu) + median (odt_cpu),
          odt_st.st_size / 1024.0, ODT_TARGET);
  printf ("  PDF writer alone %.3f s (CPU %.3f s); ODT writer alone %.3f s (CPU %.3f s)\n",
          median (write_pdf), median (pdf_cpu), median (write_odt), median (odt_cpu));
  soffice = time_soffice (odt, dir);
  if (soffice >= 0)
    printf ("  LibreOffice, our ODT to PDF: %.2f s (%.0f× our build + PDF)\n", soffice,
            soffice / (median (build) + median (write_pdf)));
  else
    printf ("  LibreOffice: not installed, left out or failed; no ratio\n");

  if (keep != NULL)
    {
      g_autofree char *kept_pdf = g_build_filename (keep, "large-plan.pdf", NULL);
      g_autofree char *kept_odt = g_build_filename (keep, "large-plan.odt", NULL);

      g_mkdir_with_parents (keep, 0755);
      g_rename (pdf, kept_pdf);
      g_rename (odt, kept_odt);
    }
  g_clear_object (&project);
  remove_tree (dir);
  return 0;
}
