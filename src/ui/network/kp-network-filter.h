/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-service.h"

G_BEGIN_DECLS

/**
 * KpNetworkState:
 * @KP_NETWORK_STATE_ANY: active and ended services
 * @KP_NETWORK_STATE_ACTIVE: services provided today
 * @KP_NETWORK_STATE_ENDED: services that ended
 */
typedef enum
{
  KP_NETWORK_STATE_ANY,
  KP_NETWORK_STATE_ACTIVE,
  KP_NETWORK_STATE_ENDED,
} KpNetworkState;

/**
 * KpNetworkOrigin:
 * @KP_NETWORK_ORIGIN_ANY: registered and related services
 * @KP_NETWORK_ORIGIN_REGISTERED: registered social services only
 * @KP_NETWORK_ORIGIN_LOCAL: related (local, not registered) services only
 */
typedef enum
{
  KP_NETWORK_ORIGIN_ANY,
  KP_NETWORK_ORIGIN_REGISTERED,
  KP_NETWORK_ORIGIN_LOCAL,
} KpNetworkOrigin;

/**
 * KpNetworkFilter:
 * @form: (nullable): "pob", "amb" or "ter": only services registered in that form
 * @target_group: (nullable): only services for this target group (its name)
 * @state: active, ended or both
 * @origin: registered, related or both
 * @needle: (nullable): folded search text (kp_czech_fold()); matches the name, provider,
 *   type, identifikátor, IČO, obce of the facilities and target groups
 *
 * What the Síť služeb list shows: a pure rule over the service's values.
 */
typedef struct
{
  const char     *form;
  const char     *target_group;
  KpNetworkState  state;
  KpNetworkOrigin origin;
  const char     *needle;
} KpNetworkFilter;

gboolean kp_network_filter_matches (const KpNetworkFilter *filter,
                                    KpService             *service);
/* Returns: (transfer full): the folded text the search looks in */
char *kp_network_filter_dup_search_text (KpService *service);

G_END_DECLS
