/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kp-reference-sources.h"
#include "kp-service-network.h"

G_BEGIN_DECLS

/* The MPSV code lists that the services of a network lack: rpss.json names its target and
 * age groups by code only, and without cilove-skupiny-osoby.json or vekove-skupiny-osoby.json
 * in the reference data they show as "neznámá cílová skupina (kód 16)". The data-quality
 * panel says which list is missing and where it is published (the source of
 * kp-reference-sources.h, the same text the reference window shows). */

/**
 * KpMissingCodeList:
 * @source: the code list: its file, where it is published and what to download
 * @n_services: services with a value of the list that has no name
 * @imported: the list came with the registry the services were refreshed from, yet does
 *   not name every code (an older list than the registry)
 */
typedef struct
{
  const KpReferenceSource *source;
  guint                    n_services;
  gboolean                 imported;
} KpMissingCodeList;

/* Returns: (transfer full) (element-type KpMissingCodeList): the lists whose names the
 * network's services lack, target groups first; empty when every group has a name */
GPtrArray *kp_service_network_list_missing_code_lists (KpServiceNetwork *self);

G_END_DECLS
