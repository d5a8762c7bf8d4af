/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-catalogue-builder.h"

G_BEGIN_DECLS

/* A leaflet (leták) of a project for one target group or life situation: the registered
 * services of the group, the local crisis lines, and the local authorities as the key
 * contacts. */

KpCatalogueSnapshot *kp_leaflet_builder_build (KpProject         *project,
                                               KpPublicationGroup group);
/* Title of the group, "Where to turn in <territory>", its introduction, the territory as
 * issuer, this year, the local authorities' phones as key contacts, national lines. */
KpLeafletOptions *kp_leaflet_builder_default_options (KpProject         *project,
                                                      KpPublicationGroup group,
                                                      KpLeafletFormat    format);

G_END_DECLS
