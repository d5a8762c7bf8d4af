/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-tool-options.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kp-bench-fixture.h"
#include "kp-test-utils.h"

/* ARCHITECTURE.md §5, issue 10 item 9: `komplan FILE.komplan` shows the window of a
 * national-scale project at most 0.25 s after an empty libadwaita window started the same
 * way would.
 *
 * Runs under Xvfb (xvfb-run, as the UI tests). Each round spawns a program and watches the
 * root window with SubstructureNotifyMask, with nothing in the product code to help:
 *
 *   mapped  the first MapNotify of a top-level window of that process (_NET_WM_PID, not
 *           override-redirect);
 *   shown   the first frame the process draws into that window after the map: the first
 *           DamageNotify (XDamage, watched from the window's CreateNotify) later than the
 *           server's own exposure of the window when it was mapped.
 *
 * The two differ because komplan maps its window before it opens the project given on the
 * command line and draws nothing until the project is loaded: today the map comes 0.1 s
 * after the empty window's, the first frame seconds later. "Shown" is what the user sees
 * and what the target is checked against. Then the program is terminated.
 *
 * The programs are komplan ($KP_KOMPLAN) with a project of kp-bench-fixture.c or --sample,
 * and empty-window ($KP_EMPTY_WINDOW), a header bar over an empty page; the two alternate
 * round by round, in one environment: that of the UI tests (GSettings in memory, cairo
 * renderer, no accessibility bus), no session bus (each process is an application of its
 * own), fresh XDG folders, the fixture's reference library. A window that does not map and
 * draw within 20 s fails the benchmark; the times never do.
 *
 * Before the fast open (the code before the refactor of issue 10, on the 2-core development
 * machine while other builds ran, load 4–6; the range of four runs of medians of 5 rounds):
 *
 *                  shown: empty   komplan       difference         mapped: difference
 *   national       0.21–0.39 s    2.61–4.90 s   +2.39 … +4.51 s    +0.10 … +0.21 s
 *   ORP Benešov    0.22–0.38 s    0.67–1.12 s   +0.45 … +0.79 s    +0.10 … +0.21 s
 *   sample         0.26–0.38 s    0.54–0.94 s   +0.28 … +0.58 s    +0.26 … +0.53 s
 *
 * After it (the first view only, made after the project is open; the table's and the
 * comparison's first rows at once, the rest after the first frame; load 7–9, three runs):
 *
 *                  shown: empty   komplan       difference         mapped: difference
 *   national       0.33–0.51 s    0.47–0.76 s   +0.15 … +0.31 s    +0.14 … +0.26 s
 *   ORP Benešov    0.32–0.41 s    0.44–0.63 s   +0.12 … +0.22 s    +0.10 … +0.19 s
 *   sample         0.31–0.54 s    0.44–0.80 s   +0.13 … +0.26 s    +0.11 … +0.23 s
 */

#define ROUNDS      5
#define TIMEOUT_S   20
#define TARGET_DIFF 0.25

typedef struct
{
  Display *display;
  int      damage_event;
  Atom     net_wm_pid;
  char   **envp;
} Bench;

typedef struct
{
  double mapped;
  double shown;
} Times;

static int
ignore_x_error (Display     *display,
                XErrorEvent *event)
{
  return 0; /* a window that went away before its property was read */
}

static pid_t
window_pid (Bench *bench,
            Window window)
{
  Atom           type = None;
  int            format = 0;
  unsigned long  n_items = 0, after = 0;
  unsigned char *data = NULL;
  pid_t          pid = 0;

  if (XGetWindowProperty (bench->display, window, bench->net_wm_pid, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n_items, &after, &data) == Success &&
      type == XA_CARDINAL && format == 32 && n_items == 1)
    pid = (pid_t) * (unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

static void
stop_child (pid_t pid)
{
  int status;

  kill (pid, SIGTERM);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
}

static double
seconds_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

/* Follows the events of one round. Returns: %TRUE when @times is complete. */
static gboolean
handle_event (Bench  *bench,
              XEvent *event,
              GPid    pid,
              gint64  start,
              GArray *damages,
              Window *window,
              Time   *exposed,
              Times  *times)
{
  if (event->type == CreateNotify && !event->xcreatewindow.override_redirect)
    {
      /* Its _NET_WM_PID comes later: watch every new top-level window. */
      Damage damage = XDamageCreate (bench->display, event->xcreatewindow.window,
                                     XDamageReportRawRectangles);

      g_array_append_val (damages, damage);
    }
  else if (event->type == MapNotify && *window == None && !event->xmap.override_redirect &&
           window_pid (bench, event->xmap.window) == pid)
    {
      *window = event->xmap.window;
      times->mapped = seconds_since (start);
    }
  else if (event->type == bench->damage_event + XDamageNotify && *window != None)
    {
      XDamageNotifyEvent *damage = (XDamageNotifyEvent *) event;

      if (damage->drawable != *window)
        return FALSE;
      if (*exposed == CurrentTime)
        *exposed = damage->timestamp; /* the server's exposure on the map */
      else if (damage->timestamp > *exposed)
        {
          times->shown = seconds_since (start);
          return TRUE;
        }
    }
  return FALSE;
}

/* Times one run of @argv. Returns: %FALSE when its window did not come */
static gboolean
time_to_window (Bench             *bench,
                const char *const *argv,
                Times             *times)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) damages = g_array_new (FALSE, FALSE, sizeof (Damage));
  Window   window = None;
  Time     exposed = CurrentTime;
  gboolean done = FALSE;
  gint64   start, deadline;
  GPid     pid;
  XEvent   event;

  XSync (bench->display, False);
  while (XPending (bench->display) > 0)
    XNextEvent (bench->display, &event);

  start = g_get_monotonic_time ();
  deadline = start + TIMEOUT_S * G_USEC_PER_SEC;
  if (!g_spawn_async (NULL, (char **) argv, bench->envp,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid,
                      &error))
    {
      fprintf (stderr, "bench-window: cannot start %s: %s\n", argv[0], error->message);
      return FALSE;
    }
  while (!done)
    {
      struct pollfd fd = { ConnectionNumber (bench->display), POLLIN, 0 };
      gint64        now;
      int           status;

      while (!done && XPending (bench->display) > 0)
        {
          XNextEvent (bench->display, &event);
          done = handle_event (bench, &event, pid, start, damages, &window, &exposed, times);
        }
      if (done)
        break;
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (stderr, "bench-window: FAILED: %s ended (status %d) without showing a window\n",
                   argv[0], status);
          return FALSE;
        }
      now = g_get_monotonic_time ();
      if (now >= deadline)
        {
          fprintf (stderr, "bench-window: FAILED: %s %s did not %s a window within %d s\n",
                   argv[0], argv[1] != NULL ? argv[1] : "", window == None ? "map" : "draw",
                   TIMEOUT_S);
          break;
        }
      poll (&fd, 1, (int) MIN ((deadline - now) / 1000 + 1, 100));
    }
  for (guint i = 0; i < damages->len; i++)
    XDamageDestroy (bench->display, g_array_index (damages, Damage, i));
  XSync (bench->display, False);
  stop_child (pid);
  return done;
}

/* Returns: %FALSE when a window did not come */
static gboolean
measure (Bench             *bench,
         const char        *label,
         const char *const *app_argv,
         const char *const *empty_argv)
{
  double           app_map[ROUNDS], app_shown[ROUNDS], empty_map[ROUNDS], empty_shown[ROUNDS];
  double           first, app_s, empty_s, map_diff;
  g_autofree char *padded = NULL;

  for (int i = 0; i < ROUNDS; i++)
    {
      Times app = { 0 }, empty = { 0 };

      if (!time_to_window (bench, empty_argv, &empty) || !time_to_window (bench, app_argv, &app))
        return FALSE;
      empty_map[i] = empty.mapped;
      empty_shown[i] = empty.shown;
      app_map[i] = app.mapped;
      app_shown[i] = app.shown;
    }
  first = app_shown[0];
  map_diff = kp_bench_median (app_map, ROUNDS) - kp_bench_median (empty_map, ROUNDS);
  empty_s = kp_bench_median (empty_shown, ROUNDS);
  app_s = kp_bench_median (app_shown, ROUNDS);
  padded = kp_bench_pad (label, 22);
  printf ("  %s shown: empty %.2f s, komplan %.2f s (first round %.2f s), difference "
          "%+.2f s (target +%.2f s: %s); mapped: difference %+.2f s\n",
          padded, empty_s, app_s, first, app_s - empty_s, TARGET_DIFF,
          app_s - empty_s <= TARGET_DIFF ? "met" : "not met", map_diff);
  return TRUE;
}

/* The environment of the UI tests, with XDG folders of its own under @home. */
static char **
child_environment (const char *home,
                   const char *library)
{
  static const char *const dropped[] = { "MALLOC_PERTURB_", "MALLOC_CHECK_", "G_DEBUG",
                                         "G_SLICE", "G_MESSAGES_DEBUG" };
  const struct
  {
    const char *name;
    const char *value;
  } set[] = {
    { "GSETTINGS_BACKEND", "memory" },
    { "NO_AT_BRIDGE", "1" },
    { "GTK_A11Y", "none" },
    { "GDK_BACKEND", "x11" },
    { "GSK_RENDERER", "cairo" },
    { "LANGUAGE", "cs" },
    { "LC_ALL", "C.UTF-8" },
    /* No session bus: each process is an application of its own, never a remote one. */
    { "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent" },
    { "KOMPLAN_REFERENCE", library },
  };
  char            **envp = g_get_environ ();
  const char *const xdg[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                              "XDG_STATE_HOME" };

  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    envp = g_environ_unsetenv (envp, dropped[i]);
  for (guint i = 0; i < G_N_ELEMENTS (set); i++)
    envp = g_environ_setenv (envp, set[i].name, set[i].value, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *dir = g_build_filename (home, xdg[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      envp = g_environ_setenv (envp, xdg[i], dir, TRUE);
    }
  return envp;
}

static int
run (int   argc,
     char *argv[])
{
  const char *komplan = g_getenv ("KP_KOMPLAN");
  const char *empty = g_getenv ("KP_EMPTY_WINDOW");
  g_autoptr (KpBenchFixture) fixture = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *home = NULL;
  Bench            bench = { 0 };
  int              damage_error;
  gboolean         ok;

  if (komplan == NULL || empty == NULL || g_getenv ("DISPLAY") == NULL)
    {
      printf ("SKIP: needs KP_KOMPLAN, KP_EMPTY_WINDOW and an X display (xvfb-run)\n");
      return 0;
    }
  fixture = kp_bench_fixture_get (&error);
  if (fixture == NULL && error == NULL)
    {
      printf ("SKIP: KP_SHARED_DATA, KP_GEN_RPSS or KP_BENCH_CORE is missing: no national data to open\n");
      return 0;
    }
  if (fixture == NULL)
    {
      fprintf (stderr, "bench-window: the fixture cannot be built: %s\n", error->message);
      return 1;
    }
  if (fixture->build_seconds > 0)
    printf ("fixture built in %.1f s: %s\n", fixture->build_seconds, fixture->dir);
  else
    printf ("fixture from the cache: %s\n", fixture->dir);

  bench.display = XOpenDisplay (NULL);
  if (bench.display == NULL)
    {
      fprintf (stderr, "bench-window: cannot open the display %s\n", g_getenv ("DISPLAY"));
      return 1;
    }
  if (!XDamageQueryExtension (bench.display, &bench.damage_event, &damage_error))
    {
      fprintf (stderr, "bench-window: the X server has no DAMAGE extension\n");
      return 1;
    }
  XSetErrorHandler (ignore_x_error);
  bench.net_wm_pid = XInternAtom (bench.display, "_NET_WM_PID", False);
  XSelectInput (bench.display, DefaultRootWindow (bench.display), SubstructureNotifyMask);
  home = kp_test_make_tmpdir ();
  bench.envp = child_environment (home, fixture->library);

  printf ("spawn to the window shown (first frame drawn after the map) and mapped, medians of "
          "%d rounds:\n",
          ROUNDS);
  {
    g_autofree char  *national = g_strdup_printf ("national (%u obce)", fixture->national_obce);
    const char *const empty_argv[] = { empty, NULL };
    const char *const national_argv[] = { komplan, fixture->national, NULL };
    const char *const benesov_argv[] = { komplan, fixture->benesov, NULL };
    const char *const sample_argv[] = { komplan, "--sample", NULL };

    ok = measure (&bench, national, national_argv, empty_argv) &&
         measure (&bench, "ORP Benešov", benesov_argv, empty_argv) &&
         measure (&bench, "sample (--sample)", sample_argv, empty_argv);
  }
  XCloseDisplay (bench.display);
  g_strfreev (bench.envp);
  kp_test_remove_tree (home);
  return ok ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  kp_tool_parse_options (&argc, &argv, NULL,
                         "Benchmark (ARCHITECTURE.md §5): starts komplan FILE.komplan (KP_KOMPLAN) and an empty libadwaita window (KP_EMPTY_WINDOW) under an X display and compares how long each takes to show.");
  return run (argc, argv);
}
