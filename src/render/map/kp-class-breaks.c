/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kp-class-breaks.h"
#include "kp-czech.h"

#include <math.h>
#include <string.h>

/* Quantiles, equal intervals and Jenks natural breaks. Jenks is computed exactly, as the
 * optimal 1-D k-means (Fisher's dynamic programme), with the divide-and-conquer
 * speed-up that the monotone split points allow: O(k·n·log n) instead of O(k·n²), so all
 * 6 258 obce classify in about a millisecond. */

#define JENKS_MAX_VALUES 50000

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Drops the limits of empty classes; returns the number of classes left. The first class
 * holds limits[0] itself, so it is never empty. */
static guint
unique_limits (double *limits,
               guint   n_classes)
{
  guint k = 1;

  for (guint i = 2; i <= n_classes; i++)
    if (limits[i] > limits[k])
      limits[++k] = limits[i];
  return k;
}

typedef struct
{
  const double *x;
  const double *s1;
  const double *s2;
  double       *prev; /* D[m − 1][·] */
  double       *cur;  /* D[m][·] */
  guint        *split;
} Jenks;

/* Sum of squared deviations of x[j..i]. */
static inline double
ssq (const Jenks *J,
     gsize        j,
     gsize        i)
{
  double n = (double) (i - j + 1);
  double s = J->s1[i + 1] - J->s1[j];

  return MAX ((J->s2[i + 1] - J->s2[j]) - s * s / n, 0.0);
}

static void
jenks_row (Jenks *J,
           gsize  m,
           gssize ilo,
           gssize ihi,
           gsize  jlo,
           gsize  jhi)
{
  while (ilo <= ihi)
    {
      gsize  mid = (gsize) (ilo + ihi) / 2;
      gsize  best_j = MAX (jlo, m);
      double best = INFINITY;

      for (gsize j = MAX (jlo, m); j <= MIN (jhi, mid); j++)
        {
          double d = J->prev[j - 1] + ssq (J, j, mid);

          if (d < best)
            {
              best = d;
              best_j = j;
            }
        }
      J->cur[mid] = best;
      J->split[mid] = (guint) best_j;
      jenks_row (J, m, ilo, (gssize) mid - 1, jlo, best_j);
      ilo = (gssize) mid + 1;
      jlo = best_j;
    }
}

static void
jenks (const double *x,
       gsize         n,
       guint         k,
       double       *limits)
{
  g_autofree double *s1 = g_new0 (double, n + 1);
  g_autofree double *s2 = g_new0 (double, n + 1);
  g_autofree double *prev = g_new (double, n);
  g_autofree double *cur = g_new (double, n);
  g_autofree guint  *splits = g_new0 (guint, (gsize) k * n);
  Jenks              J = { x, s1, s2, prev, cur, NULL };
  gsize              i;

  for (i = 0; i < n; i++)
    {
      s1[i + 1] = s1[i] + x[i];
      s2[i + 1] = s2[i] + x[i] * x[i];
    }
  for (i = 0; i < n; i++)
    prev[i] = ssq (&J, 0, i);
  for (guint m = 1; m < k; m++)
    {
      J.split = splits + (gsize) m * n;
      for (i = 0; i < m; i++)
        cur[i] = INFINITY;
      jenks_row (&J, m, m, (gssize) n - 1, m, n - 1);
      memcpy (prev, cur, n * sizeof (double));
      J.prev = prev;
    }

  limits[0] = x[0];
  limits[k] = x[n - 1];
  i = n - 1;
  for (guint m = k - 1; m >= 1; m--)
    {
      gsize j = splits[(gsize) m * n + i];

      limits[m] = x[j - 1];
      i = j - 1;
    }
}

/**
 * kp_class_breaks_compute:
 * @values: the values; NaN values are left out
 * @n_classes: 1 … %KP_MAP_MAX_CLASSES
 * @out_limits: (out caller-allocates): @n_classes + 1 limits
 *
 * Returns: the number of classes made, at most @n_classes; 0 when there is no value
 */
guint
kp_class_breaks_compute (const double *values,
                         gsize         n_values,
                         KpClassMethod method,
                         guint         n_classes,
                         double       *out_limits)
{
  g_autofree double *sorted = NULL;
  gsize              n = 0;
  gsize              distinct = 0;

  g_return_val_if_fail (values != NULL || n_values == 0, 0);
  g_return_val_if_fail (n_classes >= 1 && n_classes <= KP_MAP_MAX_CLASSES, 0);
  g_return_val_if_fail (out_limits != NULL, 0);

  sorted = g_new (double, MAX (n_values, 1));
  for (gsize i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      sorted[n++] = values[i];
  if (n == 0)
    return 0;
  qsort (sorted, n, sizeof (double), compare_doubles);
  for (gsize i = 0; i < n && distinct <= n_classes; i++)
    if (i == 0 || sorted[i] > sorted[i - 1])
      distinct++;
  if (distinct < n_classes)
    {
      /* Fewer values than classes: one class per distinct value. */
      guint k = 0;

      out_limits[0] = sorted[0];
      for (gsize i = 0; i < n; i++)
        if (i == 0 || sorted[i] > sorted[i - 1])
          out_limits[++k] = sorted[i];
      return k;
    }

  out_limits[0] = sorted[0];
  out_limits[n_classes] = sorted[n - 1];
  switch (method)
    {
    case KP_CLASS_METHOD_EQUAL_INTERVALS:
      for (guint i = 1; i < n_classes; i++)
        out_limits[i] = sorted[0] + (sorted[n - 1] - sorted[0]) * i / n_classes;
      break;

    case KP_CLASS_METHOD_JENKS:
      if (n > JENKS_MAX_VALUES)
        {
          /* An even sample of the sorted values keeps the breaks and the cost bounded. */
          g_autofree double *sample = g_new (double, JENKS_MAX_VALUES);

          for (gsize i = 0; i < JENKS_MAX_VALUES; i++)
            sample[i] = sorted[i * (n - 1) / (JENKS_MAX_VALUES - 1)];
          jenks (sample, JENKS_MAX_VALUES, n_classes, out_limits);
        }
      else
        jenks (sorted, n, n_classes, out_limits);
      break;

    case KP_CLASS_METHOD_QUANTILES:
    default:
      for (guint i = 1; i < n_classes; i++)
        {
          gsize rank = (gsize) ceil ((double) i * n / n_classes);

          out_limits[i] = sorted[MAX (rank, 1) - 1];
        }
      break;
    }
  return unique_limits (out_limits, n_classes);
}

/**
 * kp_class_breaks_find:
 *
 * Returns: the class of @value, or -1 for NaN
 */
int
kp_class_breaks_find (const double *limits,
                      guint         n_classes,
                      double        value)
{
  guint lo = 0, hi;

  if (isnan (value) || n_classes == 0)
    return -1;
  hi = n_classes - 1;
  /* The first class whose upper limit is ≥ value. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (value <= limits[mid + 1])
        hi = mid;
      else
        lo = mid + 1;
    }
  return (int) lo;
}

/* ColorBrewer 2.0 sequential schemes (Cynthia Brewer, Apache-2.0), 3 to 9 classes. */
static const guint32 yl_or_rd[7][9] = {
  { 0xffeda0, 0xfeb24c, 0xf03b20 },
  { 0xffffb2, 0xfecc5c, 0xfd8d3c, 0xe31a1c },
  { 0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026 },
  { 0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026 },
  { 0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026 },
  { 0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026 },
  { 0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026 },
};

static const guint32 blues[7][9] = {
  { 0xdeebf7, 0x9ecae1, 0x3182bd },
  { 0xeff3ff, 0xbdd7e7, 0x6baed6, 0x2171b5 },
  { 0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c },
  { 0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c },
  { 0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594 },
  { 0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594 },
  { 0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b },
};

/* viridis (matplotlib, CC0) at ten even stops; colours between are interpolated. */
static const guint32 viridis[10] = {
  0x440154,
  0x482878,
  0x3e4a89,
  0x31688e,
  0x26828e,
  0x1f9e89,
  0x35b779,
  0x6dcd59,
  0xb4de2c,
  0xfde725,
};

static KpMapColour
colour_from_rgb (guint32 rgb)
{
  return (KpMapColour){ ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0, 1.0 };
}

/**
 * kp_colour_ramp_get:
 * @index: 0 … @n_classes − 1, from the lowest class
 *
 * Returns: the colour of a class; light for low values, dark for high ones (viridis:
 *   dark for low, bright for high)
 */
KpMapColour
kp_colour_ramp_get (KpColourRamp ramp,
                    guint        n_classes,
                    guint        index)
{
  g_return_val_if_fail (n_classes >= 1 && n_classes <= KP_MAP_MAX_CLASSES,
                        colour_from_rgb (0x808080));
  g_return_val_if_fail (index < n_classes, colour_from_rgb (0x808080));

  if (ramp == KP_COLOUR_RAMP_VIRIDIS)
    {
      double      t = n_classes > 1 ? (double) index / (n_classes - 1) * 9.0 : 4.5;
      guint       i = MIN ((guint) t, 8);
      double      f = t - i;
      KpMapColour a = colour_from_rgb (viridis[i]);
      KpMapColour b = colour_from_rgb (viridis[i + 1]);

      return (KpMapColour){ a.red + (b.red - a.red) * f, a.green + (b.green - a.green) * f,
                            a.blue + (b.blue - a.blue) * f, 1.0 };
    }
  else
    {
      const guint32 (*table)[9] = ramp == KP_COLOUR_RAMP_BLUES ? blues : yl_or_rd;

      if (n_classes == 1)
        return colour_from_rgb (table[0][1]);
      if (n_classes == 2)
        return colour_from_rgb (table[0][index * 2]);
      return colour_from_rgb (table[n_classes - 3][index]);
    }
}

/* @value at the precision the legend shows it: @decimals digits after the comma. */
static double
at_precision (double value,
              int    decimals)
{
  double p = pow (10.0, CLAMP (decimals, 0, 6));

  return isfinite (value) ? floor (value * p + 0.5) / p : value;
}

/**
 * kp_map_snapshot_classify:
 *
 * Computes class limits from the features' values, sets their class indexes and the
 * legend's colours. The legend's title, unit and decimals are left as they are.
 *
 * Returns: %FALSE when no feature has a value (every feature is then "no data")
 */
gboolean
kp_map_snapshot_classify (KpMapSnapshot *snapshot,
                          KpClassMethod  method,
                          guint          n_classes,
                          KpColourRamp   ramp)
{
  g_autofree double *values = NULL;
  KpMapClasses      *classes;
  guint              n;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (n_classes >= 1 && n_classes <= KP_MAP_MAX_CLASSES, FALSE);

  classes = &snapshot->classes;
  values = g_new (double, MAX (snapshot->features->len, 1));
  for (guint i = 0; i < snapshot->features->len; i++)
    values[i] = g_array_index (snapshot->features, KpMapFeature, i).value;
  n = kp_class_breaks_compute (values, snapshot->features->len, method, n_classes,
                               classes->limits);
  /* Limits at the legend's precision, so that the legend tells the classes apart exactly:
   * a class begins one step (1, or 0,1 with one decimal) above the end of the one below. */
  for (guint i = 0; n > 0 && i <= n; i++)
    classes->limits[i] = at_precision (classes->limits[i], classes->decimals);
  if (n > 0)
    n = unique_limits (classes->limits, n);
  kp_map_classes_clear_labels (classes);
  return kp_map_snapshot_classify_limits (snapshot, classes->limits, n, ramp);
}

/**
 * kp_map_snapshot_classify_limits:
 * @limits: @n_classes + 1 limits, as kp_class_breaks_compute() gives them
 * @n_classes: 0 … %KP_MAP_MAX_CLASSES
 *
 * Classifies the features by given limits (fixed classes such as population bands) and
 * sets the legend's colours. A value is classed as the legend shows it, rounded to the
 * classes' decimals. The legend's labels, title, unit and decimals are left as they are.
 *
 * Returns: %FALSE when there are no classes
 */
gboolean
kp_map_snapshot_classify_limits (KpMapSnapshot *snapshot,
                                 const double  *limits,
                                 guint          n_classes,
                                 KpColourRamp   ramp)
{
  KpMapClasses *classes;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (n_classes <= KP_MAP_MAX_CLASSES, FALSE);
  g_return_val_if_fail (limits != NULL || n_classes == 0, FALSE);

  classes = &snapshot->classes;
  if (limits != classes->limits && n_classes > 0)
    memcpy (classes->limits, limits, (n_classes + 1) * sizeof (double));
  classes->n_classes = n_classes;
  for (guint i = 0; i < n_classes; i++)
    classes->colours[i] = kp_colour_ramp_get (ramp, n_classes, i);
  for (guint i = 0; i < snapshot->features->len; i++)
    {
      KpMapFeature *f = &g_array_index (snapshot->features, KpMapFeature, i);

      f->class_index = kp_class_breaks_find (classes->limits, n_classes,
                                             at_precision (f->value, classes->decimals));
    }
  return n_classes > 0;
}

/**
 * kp_map_classes_format_range:
 *
 * Returns: the legend text of a class: its label when it has one, else its limits in
 *   Czech number format. Classes do not share their end points: a class above the first
 *   begins one step of the shown precision above the end of the class below ("0–99",
 *   "100–499"; "18,4–21,0" with one decimal), as a value is classed as it is shown
 */
char *
kp_map_classes_format_range (const KpMapClasses *classes,
                             guint               index)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  double           from;

  g_return_val_if_fail (classes != NULL, NULL);
  g_return_val_if_fail (index < classes->n_classes, NULL);
  if (classes->labels[index] != NULL)
    return g_strdup (classes->labels[index]);
  from = classes->limits[index];
  if (index > 0)
    from += pow (10.0, -CLAMP (classes->decimals, 0, 6));
  low = kp_czech_format_double (from, classes->decimals);
  high = kp_czech_format_double (classes->limits[index + 1], classes->decimals);
  if (g_str_equal (low, high))
    return g_steal_pointer (&low);
  /* A range of numbers: an en dash without spaces, as in the population bands. */
  return g_strdup_printf ("%s–%s", low, high);
}

/* Frees the classes' labels: the legend shows their limits again. */
void
kp_map_classes_clear_labels (KpMapClasses *classes)
{
  g_return_if_fail (classes != NULL);
  for (guint i = 0; i < KP_MAP_MAX_CLASSES; i++)
    g_clear_pointer (&classes->labels[i], g_free);
}
