/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-class-breaks.h"
#include "kp-indicator.h"
#include "kp-territory-boundaries.h"
#include "kp-project.h"
#include "kp-render-types.h"
#include "kp-service.h"

G_BEGIN_DECLS

/**
 * KpMapOptions:
 * @indicator: what fills the obce
 * @method: how the class limits are found, for an indicator without population bands
 * @n_classes: how many classes (1 … %KP_MAP_MAX_CLASSES), likewise; an indicator with
 *   population bands (kp_indicator_has_population_bands()) is classed by the size groups of
 *   obce, from the band of the smallest obec to that of the largest
 *
 * What a project map shows; the same for the map view, its export and the command line.
 */
typedef struct
{
  KpIndicator   indicator;
  KpClassMethod method;
  guint         n_classes;
  gboolean      show_services;
} KpMapOptions;

/**
 * KpMapServiceGroup:
 * @KP_MAP_SERVICES_COUNSELLING: sociální poradenství (§ 37)
 * @KP_MAP_SERVICES_CARE: služby sociální péče (§ 39–52)
 * @KP_MAP_SERVICES_PREVENTION: služby sociální prevence (§ 53–70) and any other type
 *
 * The groups of the services layer: one symbol layer, one colour each.
 */
typedef enum
{
  KP_MAP_SERVICES_COUNSELLING,
  KP_MAP_SERVICES_CARE,
  KP_MAP_SERVICES_PREVENTION,
  KP_MAP_N_SERVICE_GROUPS,
} KpMapServiceGroup;

/* Names of the layers the builder adds (kp_map_builder_build) for services. */
#define KP_MAP_LAYER_COVERAGE "service-coverage"
extern const char *const kp_map_service_layer_names[KP_MAP_N_SERVICE_GROUPS];

#define KP_MAP_DEFAULT_CLASSES 5

void kp_map_options_init (KpMapOptions *options);

KpMapSnapshot *kp_map_builder_build (KpProject                 *project,
                                     const KpProjectBoundaries *boundaries,
                                     const KpMapOptions        *options);
char          *kp_map_builder_dup_source (KpProject *project,
                                          gboolean   services);
char          *kp_map_builder_dup_document_source (KpProject *project,
                                                   gboolean   services);
void           kp_map_builder_set_values (KpMapSnapshot      *snapshot,
                                          KpProject          *project,
                                          const KpMapOptions *options);

/* The services layer (KpMapOptions.show_services): symbols of the active registered
 * services, and the area (obce) of one service. */
void               kp_map_builder_set_services (KpMapSnapshot *snapshot,
                                                KpProject     *project,
                                                gboolean       show);
gboolean           kp_map_builder_set_coverage (KpMapSnapshot *snapshot,
                                                KpService     *service);
KpMapServiceGroup  kp_map_service_group_for (KpService *service);
const KpMapColour *kp_map_service_group_get_colour (KpMapServiceGroup group);
const char        *kp_map_service_group_get_label (KpMapServiceGroup group);
const KpMapColour *kp_map_builder_get_coverage_colour (void);
KpMapLayer        *kp_map_builder_find_layer (KpMapSnapshot *snapshot,
                                              const char    *name);

G_END_DECLS
