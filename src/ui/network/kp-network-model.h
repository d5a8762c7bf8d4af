/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-network-row.h"

G_BEGIN_DECLS

/**
 * KpNetworkGrouping:
 * @KP_NETWORK_BY_TYPE: by type of service (druh and §), local services by kind
 * @KP_NETWORK_BY_TARGET_GROUP: by target group; a service with several is under each
 * @KP_NETWORK_BY_PROVIDER: by provider
 */
typedef enum
{
  KP_NETWORK_BY_TYPE,
  KP_NETWORK_BY_TARGET_GROUP,
  KP_NETWORK_BY_PROVIDER,
} KpNetworkGrouping;

/* A GListModel of KpNetworkRow: the services of "model" (a GListModel of KpService, in
 * its order) under a header row per group. Rebuilt when the model changes or the
 * grouping is set. Properties: model, grouping (int). */

#define KP_TYPE_NETWORK_MODEL (kp_network_model_get_type ())
G_DECLARE_FINAL_TYPE (KpNetworkModel, kp_network_model, KP, NETWORK_MODEL, GObject)

KpNetworkModel   *kp_network_model_new (GListModel *model);
void              kp_network_model_set_model (KpNetworkModel *self,
                                              GListModel     *model);
KpNetworkGrouping kp_network_model_get_grouping (KpNetworkModel *self);
void              kp_network_model_set_grouping (KpNetworkModel   *self,
                                                 KpNetworkGrouping grouping);
/* The first row of @service, or GTK_INVALID_LIST_POSITION (G_MAXUINT). */
guint kp_network_model_find (KpNetworkModel *self,
                             KpService      *service);

G_END_DECLS
