/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "kp-bench-fixture.h"
#include "kp-needs.h"
#include "kp-project.h"

/* ARCHITECTURE.md §5, issue 13: the needs profile and the obce table of a national project
 * (all 6 258 obce, the synthetic national registry) are computed in at most 50 ms.
 *
 * One round computes the profile (every indicator for the territory, its ORP, kraje and ČR,
 * the ranges over all 206 ORP, the coverage of the network that the profile's coverage
 * ratios need, benchmarks) and the obce table (each obec's indicators coloured against the
 * territory), on a project already open with its needs module read, as the view does when
 * it is shown. Reading the module once (the comparison figures and every obec's bands)
 * is reported apart. Medians of ROUNDS rounds; the benchmark never fails on time. */

#define TARGET_MS 50.0
#define ROUNDS    9

static double
now_seconds (void)
{
  return (double) g_get_monotonic_time () / G_USEC_PER_SEC;
}

static gboolean
measure (const char *label,
         const char *path,
         gboolean    with_target)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KpProject) project = kp_project_open (path, &error);
  double           rounds[ROUNDS], load, median;
  g_autofree char *padded = NULL;
  KpNeeds         *needs;
  guint            n_obce = 0, n_rows = 0;

  if (project == NULL)
    {
      fprintf (stderr, "bench-needs: %s: %s\n", path, error->message);
      return FALSE;
    }
  load = now_seconds ();
  needs = kp_needs_get (project);
  load = now_seconds () - load;
  for (int i = 0; i < ROUNDS; i++)
    {
      double start = now_seconds ();
      g_autoptr (KpNeedsProfile) profile = kp_needs_compute_profile (needs);
      g_autoptr (KpObceTable) table = kp_needs_compute_obce (needs);

      rounds[i] = now_seconds () - start;
      n_obce = table->n_obce;
      n_rows = profile->rows->len;
      if (profile->rows->len == 0 || table->n_obce == 0)
        {
          fprintf (stderr, "bench-needs: %s: an empty profile\n", path);
          return FALSE;
        }
    }
  median = kp_bench_median (rounds, ROUNDS) * 1000.0;
  padded = kp_bench_pad (label, 28);
  printf ("  %s %5u obce, %u indicators: profile + obce table %6.1f ms (reading the module "
          "once %6.1f ms)",
          padded, n_obce, n_rows, median, load * 1000.0);
  if (with_target)
    printf ("  (target %.0f ms: %s)", TARGET_MS, median <= TARGET_MS ? "met" : "not met");
  printf ("\n");
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KpBenchFixture) fixture = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *national = NULL;

  fixture = kp_bench_fixture_get (&error);
  if (fixture == NULL && error == NULL)
    {
      printf ("SKIP: KP_SHARED_DATA, KP_GEN_RPSS or KP_BENCH_CORE is missing: no national data\n");
      return 0;
    }
  if (fixture == NULL)
    {
      fprintf (stderr, "bench-needs: the fixture cannot be built: %s\n", error->message);
      return 1;
    }
  printf ("%s %s\n", fixture->build_seconds > 0 ? "fixture built:" : "fixture from the cache:",
          fixture->dir);
  national = g_strdup_printf ("national (%u services)", fixture->national_services);
  printf ("needs profile and obce table, medians of %d rounds:\n", ROUNDS);
  return measure (national, fixture->national, TRUE) &&
                 measure ("ORP Benešov", fixture->benesov, FALSE) &&
                 measure ("sample", fixture->sample, FALSE)
             ? 0
             : 1;
}
