/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For core only: building a KpService from the project's rows and changing it after an
 * edit (kp-service-repository.c, kp-project-services.c). */

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
  GPtrArray         *scope;   /* KpServiceScope */
  GPtrArray         *network; /* KpServiceNetworkEntry, by year */
} KpServiceData;

KpServiceData *kp_service_data_new (void);
void           kp_service_data_free (KpServiceData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceData, kp_service_data_free)

/* Takes @data. */
KpService     *kp_service_new (KpServiceData *data);
KpServiceData *kp_service_get_data (KpService *self);

void kp_service_set_text (KpService    *self,
                          KpServiceText field,
                          const char   *text);
void kp_service_set_local_kind (KpService         *self,
                                KpServiceLocalKind kind);
/* Each takes the array given. */
void kp_service_set_contacts (KpService *self,
                              GPtrArray *contacts);
void kp_service_set_scope (KpService *self,
                           GPtrArray *scope);
void kp_service_set_network (KpService *self,
                             GPtrArray *network);

G_END_DECLS
