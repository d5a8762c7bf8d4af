/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-tool-options.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kp-library.h"
#include "kp-library-registry.h"
#include "kp-test-utils.h"

/* ARCHITECTURE.md §5: import a national-scale rpss.json (≈6 700 services, ≈19 000
 * facilities, ≈55 MB) faster than `jq length` merely parses it, with a peak memory of at
 * most 150 MB.
 *
 * gen-rpss ($KP_GEN_RPSS) writes the file into a temporary folder. Each round imports it
 * into a fresh library in a forked child, which reports the time of the whole import
 * (opening and creating the library, importing, closing it) through a pipe; the child's
 * peak resident size comes from wait4 (ru_maxrss). `jq length FILE` is timed the same
 * number of times when jq is installed. Medians are compared. */

#define ROUNDS        5
#define TARGET_MB     150.0
#define FALLBACK_JQ_S 0.8 /* ARCHITECTURE.md, when jq is not installed */

typedef struct
{
  double seconds;
  double peak_mb;
  guint  services;
  guint  facilities;
} Round;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* In the child: the whole import into a new library; writes the seconds and counts. */
static void
child_import (const char *rpss,
              const char *dir,
              int         fd)
{
  g_autofree char *path = g_build_filename (dir, "reference.sqlite", NULL);
  const char      *paths[] = { rpss, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (KpLibrary) library = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (KpRegistryReport) report = NULL;
  Round  round = { 0 };
  gint64 start = g_get_monotonic_time ();

  library = kp_library_open (path, &error);
  if (library != NULL)
    records = kp_library_import_files (library, paths, NULL, NULL, &error);
  if (records == NULL)
    {
      fprintf (stderr, "import failed: %s\n", error->message);
      _exit (1);
    }
  g_clear_object (&library); /* closing checkpoints the WAL: part of the work */
  round.seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  library = kp_library_open (path, &error);
  report = library != NULL ? kp_library_get_registry_report (library, 0, &error) : NULL;
  if (report == NULL)
    _exit (1);
  round.services = report->services;
  round.facilities = report->facilities;
  if (write (fd, &round, sizeof round) != sizeof round)
    _exit (1);
  _exit (0);
}

static gboolean
import_round (const char *rpss,
              Round      *round)
{
  g_autofree char *dir = kp_test_make_tmpdir ();
  struct rusage    usage;
  int              fds[2];
  int              status = 0;
  pid_t            pid;
  gboolean         ok;

  if (pipe (fds) != 0)
    return FALSE;
  pid = fork ();
  if (pid == 0)
    {
      close (fds[0]);
      child_import (rpss, dir, fds[1]);
    }
  close (fds[1]);
  ok = pid > 0 && read (fds[0], round, sizeof *round) == sizeof *round;
  close (fds[0]);
  while (pid > 0 && wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  ok = ok && WIFEXITED (status) && WEXITSTATUS (status) == 0;
  round->peak_mb = (double) usage.ru_maxrss / 1024.0; /* kilobytes on Linux */
  kp_test_remove_tree (dir);
  return ok;
}

static double
time_jq (const char *jq,
         const char *rpss)
{
  const char *argv[] = { jq, "length", rpss, NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  int              status = 0;
  gint64           start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("jq failed: %s", error->message);
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

static int
run (int   argc,
     char *argv[])
{
  const char      *generator = g_getenv ("KP_GEN_RPSS");
  g_autofree char *dir = kp_test_make_tmpdir ();
  g_autofree char *rpss = g_build_filename (dir, "rpss.json", NULL);
  g_autofree char *jq = g_find_program_in_path ("jq");
  g_autoptr (GError) error = NULL;
  const char *gen_argv[] = { generator, rpss, NULL };
  double      times[ROUNDS], peaks[ROUNDS], jq_times[ROUNDS];
  double      import_s, peak_mb, jq_s = 0.0, file_mb;
  Round       round = { 0 };
  int         status = 0;
  gboolean    ok;

  if (generator == NULL)
    {
      printf ("SKIP: KP_GEN_RPSS does not name gen-rpss\n");
      return 0;
    }
  if (!g_spawn_sync (NULL, (char **) gen_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("gen-rpss failed: %s", error->message);
  {
    GStatBuf st;

    g_stat (rpss, &st);
    file_mb = (double) st.st_size / 1e6;
  }

  for (int i = 0; i < ROUNDS; i++)
    {
      if (!import_round (rpss, &round))
        g_error ("the import failed in round %d", i + 1);
      times[i] = round.seconds;
      peaks[i] = round.peak_mb;
    }
  import_s = median (times, ROUNDS);
  peak_mb = median (peaks, ROUNDS);
  printf ("import registry: %s, %.1f MB, %u services, %u facilities\n", "rpss.json", file_mb,
          round.services, round.facilities);
  printf ("  import into a new library: median %.3f s, best %.3f s over %d rounds\n", import_s,
          times[0], ROUNDS);
  printf ("  peak resident memory: median %.1f MB (target %.0f MB)\n", peak_mb, TARGET_MB);

  if (jq != NULL)
    {
      for (int i = 0; i < ROUNDS; i++)
        jq_times[i] = time_jq (jq, rpss);
      jq_s = median (jq_times, ROUNDS);
      printf ("  jq length: median %.3f s, best %.3f s over %d rounds\n", jq_s, jq_times[0],
              ROUNDS);
      printf ("  import / jq: %.2f\n", import_s / jq_s);
    }
  else
    {
      jq_s = FALLBACK_JQ_S;
      printf ("  jq not installed: compared with %.1f s from ARCHITECTURE.md\n", jq_s);
    }

  ok = import_s < jq_s && peak_mb <= TARGET_MB;
  printf ("%s\n", ok ? "OK" : "SLOW");
  kp_test_remove_tree (dir);
  return ok ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  kp_tool_parse_options (&argc, &argv, NULL,
                         "Benchmark (ARCHITECTURE.md §5): imports a national-scale rpss.json written by gen-rpss (KP_GEN_RPSS) and compares the time and peak memory with jq reading the same file.");
  return run (argc, argv);
}
