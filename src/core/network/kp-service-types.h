/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kp-service-kind.h"

G_BEGIN_DECLS

/* The parts of a service (kp-service.h): plain boxed structs, copied out of the project. */

/**
 * KpServiceLocalKind:
 * @KP_SERVICE_LOCAL_NONE: a registered social service
 * @KP_SERVICE_LOCAL_HEALTH: health care
 * @KP_SERVICE_LOCAL_AUTHORITY: an authority (úřad)
 * @KP_SERVICE_LOCAL_CRISIS_LINE: a crisis line
 * @KP_SERVICE_LOCAL_COMMUNITY: a community service
 * @KP_SERVICE_LOCAL_OTHER: any other related service
 *
 * What a local service ("navazující / neregistrovaná služba") is.
 */
typedef enum
{
  KP_SERVICE_LOCAL_NONE,
  KP_SERVICE_LOCAL_HEALTH,
  KP_SERVICE_LOCAL_AUTHORITY,
  KP_SERVICE_LOCAL_CRISIS_LINE,
  KP_SERVICE_LOCAL_COMMUNITY,
  KP_SERVICE_LOCAL_OTHER,
} KpServiceLocalKind;

/**
 * KpServiceText:
 * @KP_SERVICE_TEXT_DESCRIPTION: plain-language description for the catalogue
 * @KP_SERVICE_TEXT_HOURS: opening hours
 * @KP_SERVICE_TEXT_FEES: "zdarma" or the price list
 * @KP_SERVICE_TEXT_ACCESSIBILITY: accessibility (bezbariérovost, transport)
 * @KP_SERVICE_TEXT_NAME: the name (local services only)
 * @KP_SERVICE_TEXT_PROVIDER_NAME: who provides it (local services only)
 * @KP_SERVICE_TEXT_PROVIDER_ADDRESS: its address (local services only)
 *
 * The texts a user edits. The first four are local data of any service, which a refresh
 * from the registry never overwrites.
 */
typedef enum
{
  KP_SERVICE_TEXT_DESCRIPTION,
  KP_SERVICE_TEXT_HOURS,
  KP_SERVICE_TEXT_FEES,
  KP_SERVICE_TEXT_ACCESSIBILITY,
  KP_SERVICE_TEXT_NAME,
  KP_SERVICE_TEXT_PROVIDER_NAME,
  KP_SERVICE_TEXT_PROVIDER_ADDRESS,
} KpServiceText;

typedef enum
{
  KP_SERVICE_CONTACT_PHONE,
  KP_SERVICE_CONTACT_EMAIL,
  KP_SERVICE_CONTACT_WEB,
  KP_SERVICE_CONTACT_FAX,
} KpServiceContactKind;

/**
 * KpServiceForm:
 * @form: "pob" (pobytová), "amb" (ambulantní) or "ter" (terénní)
 * @nonstop: provided non-stop (-1 when the registry does not say)
 * @unit: (nullable): "luzka", "klient", "kontakt", "interv" or "hovor"; %NULL when the
 *   form has no registered capacity
 * @capacity: the maximum registered capacity in @unit (not free places)
 * @note: (nullable): the registry's description of the capacity
 *
 * One capacity of one form. A form with two capacities appears twice.
 */
typedef struct
{
  char  *form;
  int    nonstop;
  char  *unit;
  gint64 capacity;
  char  *note;
} KpServiceForm;

/**
 * KpServiceFacility:
 * @address: the address as one line, or %NULL when the registry has none
 * @address_point: (nullable): RÚIAN kód adresního místa
 * @obec_kod: (nullable): RÚIAN kód obce
 * @date_from: (nullable): ISO date
 * @date_to: (nullable): ISO date
 * @repeats: how many times the registry lists it (1 normally)
 */
typedef struct
{
  char *name;
  char *address;
  char *address_point;
  char *obec_kod;
  char *obec_name;
  char *okres_kod;
  char *kraj_kod;
  char *date_from;
  char *date_to;
  guint repeats;
} KpServiceFacility;

/**
 * KpServiceContact:
 * @provider: %TRUE for a contact of the provider, %FALSE for one of the service
 */
typedef struct
{
  gboolean             provider;
  KpServiceContactKind kind;
  char                *value;
  char                *note;
} KpServiceContact;

/**
 * KpServiceScope:
 * @share: share of the capacity for the obec in per cent, or -1 when not given
 *
 * An obec the service works for (local data).
 */
typedef struct
{
  char  *obec_kod;
  double share;
} KpServiceScope;

/**
 * KpKrajNetworkEntry:
 * @in_network: the service is in the kraj network that year
 * @capacity: capacity in the network, or -1 when not given
 * @unit: (nullable): "uvazky" (úvazky of direct care) or "luzka"
 *
 * The service's place in the kraj network in one year (local data).
 */
typedef struct
{
  int      year;
  gboolean in_network;
  double   capacity;
  char    *unit;
} KpKrajNetworkEntry;

#define KP_TYPE_SERVICE_FORM       (kp_service_form_get_type ())
#define KP_TYPE_SERVICE_FACILITY   (kp_service_facility_get_type ())
#define KP_TYPE_SERVICE_CONTACT    (kp_service_contact_get_type ())
#define KP_TYPE_SERVICE_SCOPE      (kp_service_scope_get_type ())
#define KP_TYPE_KRAJ_NETWORK_ENTRY (kp_kraj_network_entry_get_type ())

GType kp_service_form_get_type (void) G_GNUC_CONST;
GType kp_service_facility_get_type (void) G_GNUC_CONST;
GType kp_service_contact_get_type (void) G_GNUC_CONST;
GType kp_service_scope_get_type (void) G_GNUC_CONST;
GType kp_kraj_network_entry_get_type (void) G_GNUC_CONST;

KpServiceForm      *kp_service_form_copy (const KpServiceForm *form);
void                kp_service_form_free (KpServiceForm *form);
KpServiceFacility  *kp_service_facility_copy (const KpServiceFacility *facility);
void                kp_service_facility_free (KpServiceFacility *facility);
KpServiceContact   *kp_service_contact_new (gboolean             provider,
                                            KpServiceContactKind kind,
                                            const char          *value,
                                            const char          *note);
KpServiceContact   *kp_service_contact_copy (const KpServiceContact *contact);
void                kp_service_contact_free (KpServiceContact *contact);
KpServiceScope     *kp_service_scope_copy (const KpServiceScope *scope);
void                kp_service_scope_free (KpServiceScope *scope);
KpKrajNetworkEntry *kp_kraj_network_entry_copy (const KpKrajNetworkEntry *entry);
void                kp_kraj_network_entry_free (KpKrajNetworkEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceForm, kp_service_form_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceFacility, kp_service_facility_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceContact, kp_service_contact_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpServiceScope, kp_service_scope_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KpKrajNetworkEntry, kp_kraj_network_entry_free)

/* Czech label for the UI ("zdravotní péče"), translated. Forms and their labels are in
 * the vocabulary (kp-service-kind.h). */
const char *kp_service_local_kind_get_label (KpServiceLocalKind kind);
/* "health", "authority", "crisis_line", "community", "other"; NULL for NONE */
const char        *kp_service_local_kind_to_string (KpServiceLocalKind kind);
KpServiceLocalKind kp_service_local_kind_from_string (const char *id);
/* "telefon", "email", "web", "fax" */
const char          *kp_service_contact_kind_to_string (KpServiceContactKind kind);
KpServiceContactKind kp_service_contact_kind_from_string (const char *id);

G_END_DECLS
