/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: building a KpService from the project's rows (kp-service-repository.c)
 * and updating it when the network module re-reads them (kp-service-network.c). */

#include "kp-service.h"

G_BEGIN_DECLS

typedef struct
{
  gint64             id;
  char              *identifikator;
  gboolean           is_local;
  KpServiceLocalKind local_kind;
  gboolean           in_registry;
  char              *name;
  char              *type_code;
  char              *type_name;
  char              *paragraph;     /* "49", without "§" */
  char              *allowed_forms; /* "amb ter" */
  char              *provider_name;
  char              *ico;
  char              *provider_address;
  char              *date_from;
  char              *date_to;
  char              *age_note;
  char              *texts[4];      /* description, hours, fees, accessibility */
  GPtrArray         *forms;         /* KpServiceForm */
  GPtrArray         *facilities;    /* KpServiceFacility */
  GPtrArray         *contacts;      /* KpServiceContact */
  GPtrArray         *target_groups; /* char*, names (or codes when unnamed) */
  GPtrArray         *age_groups;
  GPtrArray         *scope;        /* KpServiceScope */
  GPtrArray         *kraj_network; /* KpKrajNetworkEntry, by year */
} KpServiceData;

KpServiceData *kp_service_data_new (void);
void           kp_service_data_free (KpServiceData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceData, kp_service_data_free)

/* What differs between two versions of a service's data (kp_service_data_diff). */
typedef enum
{
  KP_SERVICE_DIFF_NONE = 0,
  KP_SERVICE_DIFF_NAME = 1 << 0,
  KP_SERVICE_DIFF_PROVIDER = 1 << 1,
  KP_SERVICE_DIFF_LOCAL_KIND = 1 << 2,
  KP_SERVICE_DIFF_TEXTS = 1 << 3,
  KP_SERVICE_DIFF_CONTACTS = 1 << 4,
  KP_SERVICE_DIFF_SCOPE = 1 << 5,
  KP_SERVICE_DIFF_KRAJ_NETWORK = 1 << 6,
  KP_SERVICE_DIFF_REGISTRY = 1 << 7, /* type, forms, facilities, groups, dates, … */
} KpServiceDiff;

KpServiceDiff kp_service_data_diff (const KpServiceData *a,
                                    const KpServiceData *b);

/* Takes @data. */
KpService     *kp_service_new (KpServiceData *data);
KpServiceData *kp_service_get_data (KpService *self);
/* Replaces the service's data with @data (taken), re-read after a change, and notifies
 * the properties that differ. Returns: whether anything differed */
gboolean kp_service_update (KpService     *self,
                            KpServiceData *data);

G_END_DECLS
