/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kp-service-types.h"

G_BEGIN_DECLS

/* One service of a project's network: a registered social service (its registry data as
 * of the last refresh) or a local, non-registered related service, with the local data
 * the user keeps for it. Read-only: edits go through kp-service-network.h, which commits
 * them as undo steps; the network then re-reads the service and updates this object
 * (notify::<property>).
 *
 * Properties (read-only):
 *   id (gint64), identifikator (nullable), name, type-code (nullable, e.g.
 *   "DruhSocialniSluzby/13"), type-name, paragraph ("§ 49"), forms (GPtrArray of
 *   KpServiceForm), forms-text ("pobytová: 10 lůžek; terénní: 15 klientů"), target-groups
 *   and age-groups (GStrv of names, or of codes that had no name), age-note, provider-name, ico, provider-address,
 *   facilities (GPtrArray of KpServiceFacility), obce (GStrv of obec codes), contacts
 *   (GPtrArray of KpServiceContact), phones, emails, webs, provider-phones,
 *   provider-emails, provider-webs (GStrv), date-from, date-to (ISO, nullable),
 *   is-active, in-registry, is-local, local-kind (KpServiceLocalKind as int), description,
 *   hours, fees, accessibility (nullable), scope (GPtrArray of KpServiceScope), kraj-network
 *   (GPtrArray of KpKrajNetworkEntry: its place in the kraj network by year). */

#define KP_TYPE_SERVICE (kp_service_get_type ())
G_DECLARE_FINAL_TYPE (KpService, kp_service, KP, SERVICE, GObject)

gint64             kp_service_get_id (KpService *self);
const char        *kp_service_get_identifikator (KpService *self);
const char        *kp_service_get_name (KpService *self);
const char        *kp_service_get_type_code (KpService *self);
const char        *kp_service_get_type_name (KpService *self);
const char        *kp_service_get_paragraph (KpService *self);
gboolean           kp_service_allows_form (KpService  *self,
                                           const char *form);
GPtrArray         *kp_service_get_forms (KpService *self);
char              *kp_service_dup_forms_text (KpService *self);
const char *const *kp_service_get_target_groups (KpService *self);
const char *const *kp_service_get_age_groups (KpService *self);
/* The groups as they are shown: names, never a raw code (kp_target_group_format_stored);
 * the named ones A–Z, then the unknown ones. kp_service_get_target_groups() gives the stored
 * values, which filters and settings keep. */
char             **kp_service_dup_target_group_names (KpService *self);
char             **kp_service_dup_age_group_names (KpService *self);
const char        *kp_service_get_age_note (KpService *self);
const char        *kp_service_get_provider_name (KpService *self);
const char        *kp_service_get_ico (KpService *self);
const char        *kp_service_get_provider_address (KpService *self);
GPtrArray         *kp_service_get_facilities (KpService *self);
const char *const *kp_service_get_obce (KpService *self);
GPtrArray         *kp_service_get_contacts (KpService *self);
char             **kp_service_dup_contacts (KpService           *self,
                                            gboolean             provider,
                                            KpServiceContactKind kind);
gboolean           kp_service_has_contact (KpService *self);
const char        *kp_service_get_date_from (KpService *self);
const char        *kp_service_get_date_to (KpService *self);
gboolean           kp_service_get_is_active (KpService *self);
gboolean           kp_service_is_active_on (KpService  *self,
                                            const char *iso_date);
gboolean           kp_service_get_in_registry (KpService *self);
gboolean           kp_service_get_is_local (KpService *self);
KpServiceLocalKind kp_service_get_local_kind (KpService *self);
const char        *kp_service_get_text (KpService    *self,
                                        KpServiceText field);
const char        *kp_service_get_description (KpService *self);
const char        *kp_service_get_hours (KpService *self);
const char        *kp_service_get_fees (KpService *self);
const char        *kp_service_get_accessibility (KpService *self);
GPtrArray         *kp_service_get_scope (KpService *self);
GPtrArray         *kp_service_get_kraj_network (KpService *self);
/* Returns: (nullable): the service's entry in the kraj network of @year */
const KpKrajNetworkEntry *kp_service_get_kraj_entry (KpService *self,
                                                     int        year);
/* The facility is active on @iso_date (its service too is checked by the caller). */
gboolean kp_service_facility_is_active_on (const KpServiceFacility *facility,
                                           const char              *iso_date);
/* Czech collation of the names, for sorting lists. */
int kp_service_compare_by_name (KpService *a,
                                KpService *b);

G_END_DECLS
