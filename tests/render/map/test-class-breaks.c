/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-class-breaks.h"

#include <math.h>
#include <string.h>

static void
test_quantiles (void)
{
  double values[100], limits[KP_MAP_MAX_CLASSES + 1];
  guint  n;

  for (int i = 0; i < 100; i++)
    values[i] = 100 - i; /* unsorted input */
  n = kp_class_breaks_compute (values, 100, KP_CLASS_METHOD_QUANTILES, 4, limits);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (limits[0], ==, 1);
  g_assert_cmpfloat (limits[1], ==, 25);
  g_assert_cmpfloat (limits[2], ==, 50);
  g_assert_cmpfloat (limits[3], ==, 75);
  g_assert_cmpfloat (limits[4], ==, 100);
  /* 25 values in each class. */
  for (guint c = 0; c < 4; c++)
    {
      guint count = 0;

      for (int i = 0; i < 100; i++)
        if (kp_class_breaks_find (limits, n, values[i]) == (int) c)
          count++;
      g_assert_cmpuint (count, ==, 25);
    }
}

static void
test_equal_intervals (void)
{
  double values[] = { 10, 0, 3, 7, NAN, 5 };
  double limits[KP_MAP_MAX_CLASSES + 1];
  guint  n = kp_class_breaks_compute (values, G_N_ELEMENTS (values),
                                      KP_CLASS_METHOD_EQUAL_INTERVALS, 5, limits);

  g_assert_cmpuint (n, ==, 5);
  for (guint i = 0; i <= 5; i++)
    g_assert_cmpfloat_with_epsilon (limits[i], 2.0 * i, 1e-12);
  g_assert_cmpint (kp_class_breaks_find (limits, n, 0), ==, 0);
  g_assert_cmpint (kp_class_breaks_find (limits, n, 2), ==, 0);
  g_assert_cmpint (kp_class_breaks_find (limits, n, 2.5), ==, 1);
  g_assert_cmpint (kp_class_breaks_find (limits, n, 10), ==, 4);
  g_assert_cmpint (kp_class_breaks_find (limits, n, NAN), ==, -1);
}

static void
test_jenks_clusters (void)
{
  double values[] = { 101, 1, 2, 3, 10, 11, 12, 100, 102 };
  double limits[KP_MAP_MAX_CLASSES + 1];
  guint  n = kp_class_breaks_compute (values, G_N_ELEMENTS (values), KP_CLASS_METHOD_JENKS, 3,
                                      limits);

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (limits[0], ==, 1);
  g_assert_cmpfloat (limits[1], ==, 3);
  g_assert_cmpfloat (limits[2], ==, 12);
  g_assert_cmpfloat (limits[3], ==, 102);
}

static double
squared_deviations (const double *sorted,
                    guint         n,
                    const guint  *starts,
                    guint         k)
{
  double total = 0.0;

  for (guint c = 0; c < k; c++)
    {
      guint  a = starts[c], b = c + 1 < k ? starts[c + 1] : n;
      double mean = 0.0;

      for (guint i = a; i < b; i++)
        mean += sorted[i];
      mean /= (b - a);
      for (guint i = a; i < b; i++)
        total += (sorted[i] - mean) * (sorted[i] - mean);
    }
  return total;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Jenks is optimal: no split of 14 random values into 4 classes is better. */
static void
test_jenks_optimal (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260101);

  for (int round = 0; round < 20; round++)
    {
      double values[14], limits[KP_MAP_MAX_CLASSES + 1];
      guint  starts[4] = { 0 }, best_starts[4] = { 0 };
      double best = INFINITY, ours;
      guint  n;

      for (int i = 0; i < 14; i++)
        values[i] = g_rand_double_range (rand, 0, 1000);
      qsort (values, 14, sizeof (double), compare_doubles);
      n = kp_class_breaks_compute (values, 14, KP_CLASS_METHOD_JENKS, 4, limits);
      g_assert_cmpuint (n, ==, 4);

      for (starts[1] = 1; starts[1] < 12; starts[1]++)
        for (starts[2] = starts[1] + 1; starts[2] < 13; starts[2]++)
          for (starts[3] = starts[2] + 1; starts[3] < 14; starts[3]++)
            {
              double d = squared_deviations (values, 14, starts, 4);

              if (d < best)
                {
                  best = d;
                  memcpy (best_starts, starts, sizeof starts);
                }
            }
      /* The classes of our limits, as start indexes. */
      for (guint c = 1; c < 4; c++)
        {
          guint i = 0;

          while (values[i] <= limits[c])
            i++;
          starts[c] = i;
        }
      ours = squared_deviations (values, 14, starts, 4);
      g_assert_cmpfloat_with_epsilon (ours, best, 1e-6 * MAX (best, 1.0));
    }
}

static void
test_few_distinct_values (void)
{
  double values[] = { 5, 5, 5, 0, 0 };
  double limits[KP_MAP_MAX_CLASSES + 1];

  for (int m = KP_CLASS_METHOD_QUANTILES; m <= KP_CLASS_METHOD_JENKS; m++)
    {
      guint n = kp_class_breaks_compute (values, 5, m, 5, limits);

      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpint (kp_class_breaks_find (limits, n, 0), ==, 0);
      g_assert_cmpint (kp_class_breaks_find (limits, n, 5), ==, 1);
    }
  g_assert_cmpuint (kp_class_breaks_compute (values, 0, KP_CLASS_METHOD_JENKS, 3, limits), ==, 0);
}

static void
assert_colour (KpMapColour c,
               guint32     rgb)
{
  g_assert_cmpint ((int) lround (c.red * 255), ==, (rgb >> 16) & 0xff);
  g_assert_cmpint ((int) lround (c.green * 255), ==, (rgb >> 8) & 0xff);
  g_assert_cmpint ((int) lround (c.blue * 255), ==, rgb & 0xff);
}

static void
test_ramps (void)
{
  assert_colour (kp_colour_ramp_get (KP_COLOUR_RAMP_YL_OR_RD, 7, 0), 0xffffb2);
  assert_colour (kp_colour_ramp_get (KP_COLOUR_RAMP_YL_OR_RD, 7, 6), 0xb10026);
  assert_colour (kp_colour_ramp_get (KP_COLOUR_RAMP_BLUES, 5, 4), 0x08519c);
  assert_colour (kp_colour_ramp_get (KP_COLOUR_RAMP_VIRIDIS, 5, 0), 0x440154);
  assert_colour (kp_colour_ramp_get (KP_COLOUR_RAMP_VIRIDIS, 5, 4), 0xfde725);

  /* Sequential: every ramp gets lighter (or for viridis, brighter) step by step. */
  for (guint n = 2; n <= KP_MAP_MAX_CLASSES; n++)
    for (guint i = 1; i < n; i++)
      {
        KpMapColour a = kp_colour_ramp_get (KP_COLOUR_RAMP_YL_OR_RD, n, i - 1);
        KpMapColour b = kp_colour_ramp_get (KP_COLOUR_RAMP_YL_OR_RD, n, i);
        KpMapColour va = kp_colour_ramp_get (KP_COLOUR_RAMP_VIRIDIS, n, i - 1);
        KpMapColour vb = kp_colour_ramp_get (KP_COLOUR_RAMP_VIRIDIS, n, i);

        g_assert_cmpfloat (a.red + a.green + a.blue, >, b.red + b.green + b.blue);
        g_assert_cmpfloat (0.3 * va.red + 0.59 * va.green + 0.11 * va.blue, <,
                           0.3 * vb.red + 0.59 * vb.green + 0.11 * vb.blue);
      }
}

static void
test_classify_snapshot (void)
{
  g_autoptr (KpMapSnapshot) s = kp_map_snapshot_new ();
  double           values[] = { 1200, 5678.4, NAN, 250 };
  g_autofree char *range = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      KpMapFeature f = { 0 };

      f.value = values[i];
      g_array_append_val (s->features, f);
    }
  s->classes.decimals = 0;
  g_assert_true (kp_map_snapshot_classify (s, KP_CLASS_METHOD_EQUAL_INTERVALS, 2,
                                           KP_COLOUR_RAMP_BLUES));
  g_assert_cmpuint (s->classes.n_classes, ==, 2);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 0)->class_index, ==, 0);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 1)->class_index, ==, 1);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 2)->class_index, ==, -1);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 3)->class_index, ==, 0);
  range = kp_map_classes_format_range (&s->classes, 1);
  /* Czech number format: no-break spaces between thousands; the class begins one above the
   * end of the class below (2 964). */
  g_assert_cmpstr (range, ==, "2\u00a0965–5\u00a0678");
}

/* Fixed classes (population bands): given limits, and labels that the legend shows instead
 * of the limits; classifying by computed breaks drops the labels again. */
static void
test_classify_limits (void)
{
  g_autoptr (KpMapSnapshot) s = kp_map_snapshot_new ();
  double           values[] = { 82, 199, 200, 23255, NAN };
  double           limits[] = { 82, 199, 499, 23255 };
  g_autofree char *label = NULL;
  g_autofree char *range = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      KpMapFeature f = { 0 };

      f.value = values[i];
      g_array_append_val (s->features, f);
    }
  s->classes.labels[0] = g_strdup ("0–199");
  s->classes.labels[1] = g_strdup ("200–499");
  s->classes.labels[2] = g_strdup ("20 000 a více");
  g_assert_true (kp_map_snapshot_classify_limits (s, limits, 3, KP_COLOUR_RAMP_YL_OR_RD));
  g_assert_cmpuint (s->classes.n_classes, ==, 3);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 0)->class_index, ==, 0);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 1)->class_index, ==, 0); /* 199: upper end */
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 2)->class_index, ==, 1);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 3)->class_index, ==, 2);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 4)->class_index, ==, -1);
  g_assert_cmpfloat (s->classes.limits[3], ==, 23255.0);
  label = kp_map_classes_format_range (&s->classes, 1);
  g_assert_cmpstr (label, ==, "200–499");
  g_assert_true (kp_map_snapshot_classify (s, KP_CLASS_METHOD_QUANTILES, 2,
                                           KP_COLOUR_RAMP_YL_OR_RD));
  g_assert_null (s->classes.labels[0]);
  range = kp_map_classes_format_range (&s->classes, 0);
  g_assert_cmpstr (range, ==, "82–199");
}

/* Classes do not share their end points, at the precision the legend shows: a value on a
 * limit belongs to one class only, and the legend says which. */
static void
test_no_shared_ends (void)
{
  g_autoptr (KpMapSnapshot) s = kp_map_snapshot_new ();
  double           values[] = { 18.34, 24.17, 24.23, 24.26, 30.0 };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      KpMapFeature f = { 0 };

      f.value = values[i];
      g_array_append_val (s->features, f);
    }
  s->classes.decimals = 1;
  g_assert_true (kp_map_snapshot_classify (s, KP_CLASS_METHOD_EQUAL_INTERVALS, 2,
                                           KP_COLOUR_RAMP_BLUES));
  first = kp_map_classes_format_range (&s->classes, 0);
  second = kp_map_classes_format_range (&s->classes, 1);
  g_assert_cmpstr (first, ==, "18,3–24,2");
  g_assert_cmpstr (second, ==, "24,3–30,0");
  /* 24,17 and 24,23 both show as 24,2: the first class; 24,26 shows as 24,3: the second. */
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 1)->class_index, ==, 0);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 2)->class_index, ==, 0);
  g_assert_cmpint (kp_map_snapshot_get_feature (s, 3)->class_index, ==, 1);

  /* Whole numbers: "0–99", "100–…", never "0–100", "100–…". */
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    kp_map_snapshot_get_feature (s, i)->value = (double[]){ 0, 40, 99, 100, 499 }[i];
  s->classes.decimals = 0;
  {
    double           limits[] = { 0, 99, 499 };
    g_autofree char *low = NULL;
    g_autofree char *high = NULL;

    kp_map_snapshot_classify_limits (s, limits, 2, KP_COLOUR_RAMP_BLUES);
    low = kp_map_classes_format_range (&s->classes, 0);
    high = kp_map_classes_format_range (&s->classes, 1);
    g_assert_cmpstr (low, ==, "0–99");
    g_assert_cmpstr (high, ==, "100–499");
    g_assert_cmpint (kp_map_snapshot_get_feature (s, 2)->class_index, ==, 0);
    g_assert_cmpint (kp_map_snapshot_get_feature (s, 3)->class_index, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/kp/render/class-breaks/quantiles", test_quantiles);
  g_test_add_func ("/kp/render/class-breaks/equal-intervals", test_equal_intervals);
  g_test_add_func ("/kp/render/class-breaks/jenks-clusters", test_jenks_clusters);
  g_test_add_func ("/kp/render/class-breaks/jenks-optimal", test_jenks_optimal);
  g_test_add_func ("/kp/render/class-breaks/few-distinct", test_few_distinct_values);
  g_test_add_func ("/kp/render/class-breaks/ramps", test_ramps);
  g_test_add_func ("/kp/render/class-breaks/classify", test_classify_snapshot);
  g_test_add_func ("/kp/render/class-breaks/classify-limits", test_classify_limits);
  g_test_add_func ("/kp/render/class-breaks/no-shared-ends", test_no_shared_ends);
  return g_test_run ();
}
