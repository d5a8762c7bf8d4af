/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kp-render-types.h"

G_BEGIN_DECLS

/* Class breaks of a choropleth and its colour ramps.
 *
 * Limits: class i holds the values v with limits[i] < v ≤ limits[i + 1]; class 0 also
 * holds limits[0], the minimum. limits[n_classes] is the maximum. When the values have
 * fewer distinct values than classes asked for, fewer classes are made. */

typedef enum
{
  KP_CLASS_METHOD_QUANTILES,       /* about as many values in each class */
  KP_CLASS_METHOD_EQUAL_INTERVALS, /* classes of equal width */
  KP_CLASS_METHOD_JENKS,           /* natural breaks: least squared deviation in classes */
} KpClassMethod;

/* Sequential ramps that colour-blind readers can tell apart (ColorBrewer, viridis). */
typedef enum
{
  KP_COLOUR_RAMP_YL_OR_RD,
  KP_COLOUR_RAMP_BLUES,
  KP_COLOUR_RAMP_VIRIDIS,
} KpColourRamp;

guint kp_class_breaks_compute (const double *values,
                               gsize         n_values,
                               KpClassMethod method,
                               guint         n_classes,
                               double       *out_limits);
int   kp_class_breaks_find (const double *limits,
                            guint         n_classes,
                            double        value);

KpMapColour kp_colour_ramp_get (KpColourRamp ramp,
                                guint        n_classes,
                                guint        index);

gboolean kp_map_snapshot_classify (KpMapSnapshot *snapshot,
                                   KpClassMethod  method,
                                   guint          n_classes,
                                   KpColourRamp   ramp);

gboolean kp_map_snapshot_classify_limits (KpMapSnapshot *snapshot,
                                          const double  *limits,
                                          guint          n_classes,
                                          KpColourRamp   ramp);

char *kp_map_classes_format_range (const KpMapClasses *classes,
                                   guint               index);
void  kp_map_classes_clear_labels (KpMapClasses *classes);

G_END_DECLS
