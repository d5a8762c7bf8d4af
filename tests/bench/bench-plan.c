/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "kp-plan-view.h"
#include "kp-test-utils.h"
#include "kp-ui-resources.h"

/* ARCHITECTURE.md §5, issue 14: a kraj-sized plan of 5 000 activities opens in the Plán
 * view in at most 200 ms, and a move with renumbering takes at most 5 ms.
 *
 * The plan: 10 priorities × 25 measures × 20 activities, each activity with three costs,
 * a target group and an indicator, imported into the sample project. "Open" is timed from
 * creating the view on a freshly opened project (so the plan module reads the plan then)
 * to the first frame of its window under Xvfb. "Move" is kp_plan_move_item_by() with the
 * view showing: the edit, its changeset, the module re-reading what changed, the codes
 * renumbered and the tree updated; once an activity among its siblings, once a measure
 * with its 20 activities to the top of its priority. Medians are printed; the benchmark
 * never fails on time. */

#define N_PRIORITIES 10
#define N_MEASURES   25
#define N_ACTIVITIES 20
#define OPEN_ROUNDS  5
#define MOVE_ROUNDS  41
#define OPEN_TARGET  200.0
#define MOVE_TARGET  5.0

static char *
make_plan (void)
{
  GString *json = g_string_new ("{\"format\": \"komplan-plan/1\", \"period\": \"2026-2028\", "
                                "\"levels\": [\"Priorita\", \"Opatření\", \"Aktivita\"], "
                                "\"items\": [");

  for (int p = 0; p < N_PRIORITIES; p++)
    {
      g_string_append_printf (json, "%s{\"title\": \"Priorita kraje %d\", \"children\": [",
                              p > 0 ? "," : "", p + 1);
      for (int m = 0; m < N_MEASURES; m++)
        {
          g_string_append_printf (json, "%s{\"title\": \"Opatření %d.%d\", \"children\": [",
                                  m > 0 ? "," : "", p + 1, m + 1);
          for (int a = 0; a < N_ACTIVITIES; a++)
            g_string_append_printf (
                json,
                "%s{\"title\": \"Aktivita %d.%d.%d: rozvoj terénních služeb v ORP\", "
                "\"status\": \"probíhá\", \"start\": \"2026-01\", \"end\": \"2028-12\", "
                "\"target_groups\": [\"senioři\"], \"responsible\": \"odbor sociálních věcí\", "
                "\"costs\": [{\"year\": 2026, \"source\": \"mpsv\", \"amount\": %d}, "
                "{\"year\": 2027, \"source\": \"kraj\", \"amount\": 250000}, "
                "{\"year\": 2028, \"source\": \"obec\", \"amount\": 90000}], "
                "\"indicators\": [{\"name\": \"Klienti\", \"unit\": \"klienti\", "
                "\"baseline\": 10, \"target\": 20}]}",
                a > 0 ? "," : "", p + 1, m + 1, a + 1, 100000 + a);
          g_string_append (json, "]}");
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static gboolean
first_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static double
open_round (const char  *path,
            KpPlanItem **out_activity,
            GtkWidget  **out_window,
            KpProject  **out_project)
{
  g_autoptr (GError) error = NULL;
  KpProject *project = kp_project_open (path, &error);
  GtkWidget *window, *view;
  gboolean   drawn = FALSE;
  gint64     start, end;

  g_assert_no_error (error);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  start = g_get_monotonic_time ();
  view = kp_plan_view_new (project);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_widget_add_tick_callback (view, first_frame_cb, &drawn, NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (!drawn)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();
  g_assert_cmpuint (kp_plan_count_items (kp_plan_get (project)), ==,
                    N_PRIORITIES * (1 + N_MEASURES * (1 + N_ACTIVITIES)));
  if (out_window != NULL)
    {
      GListModel *priorities = kp_plan_get_items (kp_plan_get (project));
      g_autoptr (KpPlanItem) priority = g_list_model_get_item (priorities, 4);
      g_autoptr (KpPlanItem) measure = g_list_model_get_item (kp_plan_item_get_children (priority),
                                                              12);

      *out_activity = g_list_model_get_item (kp_plan_item_get_children (measure), 10);
      *out_window = window;
      *out_project = project;
    }
  else
    {
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_object_unref (project);
    }
  return (end - start) / 1000.0;
}

static double
time_move (KpPlan     *plan,
           KpPlanItem *item,
           int         delta)
{
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (kp_plan_move_item_by (plan, item, delta, &error));
  g_assert_no_error (error);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A measure with its 20 activities to the top of its priority and back. */
static void
move_measures (KpPlan     *plan,
               KpPlanItem *measure,
               GArray     *times)
{
  for (int i = 0; i < MOVE_ROUNDS; i++)
    {
      g_autoptr (GError) error = NULL;
      KpPlanItem *priority = kp_plan_item_get_parent (measure);
      int         to = i % 2 == 0 ? 0 : 12;
      gint64      start = g_get_monotonic_time ();
      double      ms;

      g_assert_true (kp_plan_move_item (plan, measure, priority, to, &error));
      g_assert_no_error (error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *json = make_plan ();
  g_autofree char *path = NULL;
  g_autoptr (GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) activity_moves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) measure_moves = g_array_new (FALSE, FALSE, sizeof (double));
  KpPlanItem *activity = NULL, *measure;
  GtkWidget  *window = NULL;
  KpProject  *project = NULL;
  KpPlan     *plan;
  gint64      start;

  gtk_init ();
  adw_init ();
  (void) kp_ui_get_resource ();
  dir = kp_test_make_tmpdir ();
  {
    g_autoptr (KpProject) sample = kp_test_create_sample (dir);

    path = g_strdup (kp_project_get_path (sample));
    start = g_get_monotonic_time ();
    g_assert_true (kp_plan_import_json (kp_plan_get (sample), json, strlen (json), "kraj.json",
                                        &error));
    g_assert_no_error (error);
    printf ("import of 5 000 activities (%.1f MB of JSON): %.0f ms\n", strlen (json) / 1e6,
            (g_get_monotonic_time () - start) / 1000.0);
  }
  for (int i = 0; i < OPEN_ROUNDS; i++)
    {
      double ms = open_round (path, NULL, NULL, NULL);

      g_array_append_val (opens, ms);
    }
  printf ("open in the Plán view, to the first frame: median %.1f ms of %d (target ≤ %.0f ms)\n",
          median (opens), OPEN_ROUNDS, OPEN_TARGET);

  open_round (path, &activity, &window, &project);
  plan = kp_plan_get (project);
  for (int i = 0; i < MOVE_ROUNDS; i++)
    {
      double ms = time_move (plan, activity, i % 2 == 0 ? -1 : 1);

      g_array_append_val (activity_moves, ms);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  measure = kp_plan_item_get_parent (activity);
  move_measures (plan, measure, measure_moves);
  printf ("move an activity among 20 siblings, renumbered: median %.2f ms of %d (target ≤ %.0f "
          "ms)\n",
          median (activity_moves), MOVE_ROUNDS, MOVE_TARGET);
  printf ("move a measure (20 activities) to the top of 25, renumbering 13 measures and 260 "
          "activities: median %.2f ms of %d\n",
          median (measure_moves), MOVE_ROUNDS);
  /* The same moves with no view: what the plan module itself takes. */
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_array_set_size (activity_moves, 0);
  g_array_set_size (measure_moves, 0);
  for (int i = 0; i < MOVE_ROUNDS; i++)
    {
      double ms = time_move (plan, activity, i % 2 == 0 ? -1 : 1);

      g_array_append_val (activity_moves, ms);
    }
  move_measures (plan, measure, measure_moves);
  printf ("without the view (the plan module alone): activity %.2f ms, measure %.2f ms\n",
          median (activity_moves), median (measure_moves));
  g_object_unref (activity);
  g_object_unref (project);
  kp_test_remove_tree (dir);
  return 0;
}
