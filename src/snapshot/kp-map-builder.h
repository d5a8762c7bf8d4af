/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-class-breaks.h"
#include "kp-obec-indicator.h"
#include "kp-project-map.h"
#include "kp-project.h"
#include "kp-render-types.h"

G_BEGIN_DECLS

/**
 * KpMapOptions:
 * @indicator: what fills the obce
 * @method: how the class limits are found
 * @n_classes: how many classes (1 … %KP_MAP_MAX_CLASSES)
 *
 * What a project map shows; the same for the map view, its export and the command line.
 */
typedef struct
{
  KpObecIndicator indicator;
  KpClassMethod   method;
  guint           n_classes;
} KpMapOptions;

#define KP_MAP_DEFAULT_CLASSES 5

void kp_map_options_init (KpMapOptions *options);

KpMapSnapshot *kp_map_builder_build (KpProject                 *project,
                                     const KpProjectBoundaries *boundaries,
                                     const KpMapOptions        *options);
void           kp_map_builder_set_values (KpMapSnapshot      *snapshot,
                                          KpProject          *project,
                                          const KpMapOptions *options);

G_END_DECLS
